import type { Snapshot, SnapshotBlock, SnapshotTable } from './snapshot-schema';
import { cellText, isDataTable, tableGrid } from './snapshot-table';

// Runs inside the injected capture script (and in Node on a linkedom Document): DOM access only
// through `doc`, no globals beyond the language's own (URL), no zod/opencc (the bundle stays small).

export type { Snapshot } from './snapshot-schema';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'input', 'textarea', 'button', 'head', 'map', 'video', 'audio']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul', 'caption']);
const SEMANTIC = new Set(['nav', 'header', 'footer', 'aside', 'main', 'article', 'table', 'form']);
const ZW = /[\u200b-\u200d\u2060\ufeff]/g;
const DATE = /(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?)|\b\d{1,2}-\d{1,2}\b/;

/** Caps for huge pages; whatever is cut is reported in `truncated`. */
const MAX_BLOCKS = 6000;
const MAX_CHARS = 600_000;
const MAX_TABLES = 60;
const PATH_TOKENS = 8;

interface Pending {
  parts: string[];
  linkChars: number;
  links: Array<{ href?: string; text: string; full?: string }>;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function token(el: Element, tag: string): string {
  const words = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase().match(/[a-z][a-z0-9_-]*/g);
  const base = SEMANTIC.has(tag) ? tag : '';
  if (!words) return base;
  return (base ? base + '.' : '') + words.slice(0, 4).join('.').slice(0, 40);
}

/** Lists cut long headlines ("…", "..."), the link's title attribute keeps the whole one. */
function untruncate(text: string, full?: string): string {
  if (!full || full.length <= text.length) return text;
  const shown = text.replace(/(?:\.{2,}|…+|。。+)$/, '').trim();
  return shown !== text && full.replace(ZW, '').startsWith(shown) ? tidy(full).replace(/\n/g, ' ') : text;
}

function tidy(s: string): string {
  return s
    .replace(ZW, '')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}

/** Walks the page once into text blocks (document order), tables and a container tree. */
export function snapshotFromDocument(doc: Document, opts: { selectionOnly?: boolean; url?: string } = {}): Snapshot {
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  // Links resolve against <base href> when the page declares one (saved pages often do).
  let base = url;
  const declared = doc.querySelector('base[href]')?.getAttribute('href');
  if (declared)
    try {
      base = new URL(declared, url || undefined).href;
    } catch {
      // unusable base: keep the page URL
    }
  const absolute = (href: string): string | undefined => {
    const h = href.trim();
    if (!h || /^(?:javascript|mailto|tel):/i.test(h) || h.startsWith('#')) return undefined;
    try {
      return new URL(h, base || undefined).href;
    } catch {
      return h;
    }
  };
  const blocks: SnapshotBlock[] = [];
  const boxes: number[] = [];
  const tables: SnapshotTable[] = [];
  const truncated: string[] = [];
  let chars = 0;
  let full = false;

  const emit = (p: Pending, tag: string, path: string, box: number): SnapshotBlock | undefined => {
    const text = tidy(p.parts.join(''));
    p.parts = [];
    const links = p.links;
    const linkChars = p.linkChars;
    p.links = [];
    p.linkChars = 0;
    if (!text || full) return;
    if (blocks.length >= MAX_BLOCKS || chars + text.length > MAX_CHARS) {
      full = true;
      truncated.push(`页面过大，仅保留前${blocks.length}个文本块（约${chars}字）`);
      return;
    }
    chars += text.length;
    const b: SnapshotBlock = { tag, text, path, box, linkChars: Math.min(linkChars, text.length) };
    const level = /^h([1-6])$/.exec(tag);
    if (level) b.level = Number(level[1]);
    const main = links.filter((l) => l.text).sort((a, c) => c.text.length - a.text.length)[0];
    if (main) {
      // "Mostly a link": the link outweighs what is left once a date and brackets are taken out.
      const rest = text.replace(main.text, ' ');
      const d = DATE.exec(rest);
      const other = (d ? rest.replace(d[0], '') : rest).replace(/[\s[\]()（）【】·|:：,，-]/g, '');
      if (main.text.length >= other.length) {
        if (main.href) b.href = main.href;
        b.linkText = untruncate(main.text, main.full);
        if (d) b.date = d[0].trim();
      }
    }
    blocks.push(b);
    return b;
  };

  const walk = (el: Element, tag: string, path: string, box: number, p: Pending, inLink?: { href?: string; text: string[] }) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (full) return;
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        const collapsed = tag === 'pre' ? t : t.replace(/[ \t\n\r\f]+/g, ' ');
        p.parts.push(collapsed);
        if (inLink) {
          inLink.text.push(collapsed);
          p.linkChars += collapsed.trim().length;
        }
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      const ct = c.tagName.toLowerCase();
      if (SKIP.has(ct) || hidden(c)) continue;
      if (ct === 'br') {
        p.parts.push('\n');
        continue;
      }
      if (ct === 'table' && isDataTable(c)) {
        emit(p, tag, path, box);
        if (tables.length >= MAX_TABLES) {
          if (tables.length === MAX_TABLES) truncated.push(`表格过多，仅保留前${MAX_TABLES}个`);
          continue;
        }
        const cpath = `${path} ${token(c, ct)}`.trim();
        const { rows, cut } = tableGrid(c, absolute);
        if (cut) truncated.push(`表格${tables.length + 1}过长，仅保留前${rows.length}行`);
        const cap = c.querySelector('caption');
        const t: SnapshotTable = { rows, path: cpath };
        if (cap) t.caption = cellText(cap);
        tables.push(t);
        const pc: Pending = { parts: [rows.map((r) => r.map((x) => x.text).join(' ')).join('\n')], linkChars: 0, links: [] };
        boxes.push(box);
        const tb = emit(pc, 'table', cpath, boxes.length - 1);
        if (tb) tb.table = tables.length - 1;
        continue;
      }
      if (BLOCK.has(ct) || c.getAttribute('role') === 'heading') {
        if (visible && !visible(c)) continue;
        emit(p, tag, path, box);
        const tk = token(c, ct);
        const cpath = tk ? (path ? `${path} ${tk}` : tk).split(' ').slice(-PATH_TOKENS).join(' ') : path;
        boxes.push(box);
        const cbox = boxes.length - 1;
        const cp: Pending = { parts: [], linkChars: 0, links: [] };
        const btag = c.getAttribute('role') === 'heading' && !BLOCK.has(ct) ? 'h' + (c.getAttribute('aria-level') ?? '2') : ct;
        const link = inLink ? { href: inLink.href, text: [] as string[] } : undefined;
        walk(c, btag, cpath, cbox, cp, link);
        if (link) cp.links.push({ href: link.href, text: tidy(link.text.join('')).replace(/\n/g, ' ') });
        emit(cp, btag, cpath, cbox);
        continue;
      }
      if (ct === 'a' && !inLink) {
        const link = { href: absolute(c.getAttribute('href') ?? ''), text: [] as string[] };
        walk(c, tag, path, box, p, link);
        p.links.push({ href: link.href, text: tidy(link.text.join('')).replace(/\n/g, ' '), full: c.getAttribute('title')?.trim() || undefined });
        continue;
      }
      walk(c, tag, path, box, p, inLink);
    }
  };

  const root = doc.body ?? doc.documentElement;
  // In a rendered tab, CSS-hidden blocks (mobile menus, print copies) are skipped too. Only when the
  // body itself reports visible: parsed, unrendered documents (DOMParser, linkedom) have no layout.
  type Checkable = Element & { checkVisibility?: () => boolean };
  const canCheck = !!root && typeof (root as Checkable).checkVisibility === 'function' && (root as Checkable).checkVisibility!();
  const visible = canCheck ? (el: Element) => (el as Checkable).checkVisibility!() : null;
  if (root) {
    boxes.push(-1);
    const p: Pending = { parts: [], linkChars: 0, links: [] };
    // The body's own classes (e.g. "header-fixed") say nothing about where a block sits.
    walk(root, 'body', '', 0, p);
    emit(p, 'body', '', 0);
  }

  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const snap: Snapshot = {
    url,
    title: tidy(doc.title || meta('meta[property="og:title"]') || ''),
    meta: {},
    blocks,
    boxes,
    tables,
  };
  const description = meta('meta[name="description"]');
  const published =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="PubDate"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="publishdate"]') ?? meta('meta[property="og:release_date"]');
  const charset = doc.querySelector('meta[charset]')?.getAttribute('charset') ?? /charset=([\w-]+)/i.exec(meta('meta[http-equiv="Content-Type"]') ?? meta('meta[http-equiv="content-type"]') ?? '')?.[1];
  if (description) snap.meta.description = description;
  if (published) snap.meta.published = published;
  if (charset) snap.meta.charset = charset.toLowerCase();
  if (opts.selectionOnly) {
    const sel = doc.getSelection?.()?.toString() ?? '';
    if (sel.trim()) snap.selection = sel.replace(ZW, '');
  }
  if (truncated.length) snap.truncated = truncated;
  return snap;
}
