import type { Snapshot, SnapshotBlock, SnapshotTable } from './snapshot-schema';
import { cellText, dataTableRows, tableGrid, MAX_TABLE_ROWS } from './snapshot-table';
import { urlResolver } from './resolve-url';

// Runs inside the injected capture script (and in Node on html-dom.ts's light DOM): DOM access only
// through `doc` (child/sibling links, tag names, attributes, text), no globals beyond the language's
// own (URL), no zod/opencc (the bundle stays small). One iterative pass: no recursion, so pages
// nested thousands of elements deep keep their text.

export type { Snapshot } from './snapshot-schema';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'input', 'textarea', 'button', 'head', 'map', 'video', 'audio', 'meta', 'link', 'title', 'base']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul', 'caption']);
const SEMANTIC = new Set(['nav', 'header', 'footer', 'aside', 'main', 'article', 'table', 'form']);
/** ARIA landmark roles as the tag words chrome.ts knows. */
const ROLE: Record<string, string> = { navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', main: 'main', article: 'article', search: 'search' };
const ZW = /[\u200b-\u200d\u2060\ufeff]/g;
const DATE = /(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?)|\b\d{1,2}-\d{1,2}\b/;

/**
 * Safety limits far above any real page (the walk is linear, so they only stop pathological input);
 * whatever is cut is said in `truncated`, in Chinese, and the capture passes it on as a notice.
 */
const MAX_BLOCKS = 200_000;
const MAX_CHARS = 20_000_000;
const MAX_TABLES = 2000;
const PATH_TOKENS = 8;

interface Link {
  raw: string;
  text: string[];
  full?: string;
}

interface Pending {
  parts: string[];
  linkChars: number;
  links: Array<{ raw: string; text: string; full?: string }>;
}

/** What the walk carries down: the block being filled and the link being read, if any. */
interface Ctx {
  tag: string;
  path: string;
  box: number;
  p: Pending;
  link?: Link;
}

interface Frame {
  next: Node | null;
  ctx: Ctx;
  /** What to do when the element's children are done: close a block, close a link, nothing. */
  exit: 0 | 1 | 2;
  /** For a link: the context that holds it. */
  outer?: Ctx;
}
const INLINE = 0;
const CLOSE_BLOCK = 1;
const CLOSE_LINK = 2;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function token(el: Element, tag: string): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  const words = id || cls ? `${id ?? ''} ${cls ?? ''}`.toLowerCase().match(/[a-z_][a-z0-9_-]*/g) : null;
  const role = ROLE[(el.getAttribute('role') ?? '').trim().toLowerCase()];
  const base = SEMANTIC.has(tag) ? tag : role ?? '';
  if (!words) return base;
  return (base ? base + '.' : '') + words.slice(0, 4).join('.').slice(0, 40);
}

/** The path's last PATH_TOKENS words (most paths are shorter: returned as they are). */
function lastTokens(path: string): string {
  // What follows the PATH_TOKENS-th space from the end (split(' ').slice(-n).join(' '), without the arrays).
  let i = path.length;
  for (let k = 0; k < PATH_TOKENS; k++) {
    i = i > 0 ? path.lastIndexOf(' ', i - 1) : -1;
    if (i < 0) return path;
  }
  return path.slice(i + 1);
}

/** Whitespace runs of a text node as one space (most nodes have none to collapse, or are whitespace alone). */
function collapse(t: string): string {
  if (!/[\t\n\r\f]| {2}/.test(t)) return t;
  return /^[ \t\n\r\f]+$/.test(t) ? ' ' : t.replace(/[ \t\n\r\f]+/g, ' ');
}

/** Lists cut long headlines ("…", "..."), the link's title attribute keeps the whole one. */
function untruncate(text: string, full?: string): string {
  if (!full || full.length <= text.length) return text;
  const shown = text.replace(/(?:\.{2,}|…+|。。+)$/, '').trim();
  return shown !== text && full.replace(ZW, '').startsWith(shown) ? tidy(full).replace(/\n/g, ' ') : text;
}

/** Anything tidy() would change beyond trimming the ends. */
const UNTIDY = /[\n\t\r\f\u00a0\u200b-\u200d\u2060\ufeff]| {2}/;

function tidy(s: string): string {
  if (!UNTIDY.test(s)) return s.trim();
  return s
    .replace(ZW, '')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}

/**
 * The table's text as tidy() makes it of its rows (cells joined by a space, one row a line), built
 * directly: cell texts are already collapsed and trimmed, so a row's line is its non-empty cells joined
 * and an empty row is no line. null when some cell ends in a space (cut at the cell limit): tidy() then.
 */
function tableLines(rows: ReadonlyArray<ReadonlyArray<{ text: string }>>): string | null {
  const lines: string[] = [];
  const cells: string[] = [];
  for (const r of rows) {
    cells.length = 0;
    for (const c of r) {
      const t = c.text;
      if (!t) continue;
      if (t.charCodeAt(t.length - 1) === 32) return null;
      cells.push(t);
    }
    if (cells.length) lines.push(cells.length === 1 ? cells[0] : cells.join(' '));
  }
  return lines.join('\n');
}

interface Head {
  title: string;
  base?: string;
  meta: Map<string, string>;
  charset?: string;
}

/** <title>, <base> and every <meta> in one pass over the head (not one document scan per lookup). */
function readHeadElements(doc: Document): Head {
  const head: Head = { title: '', meta: new Map() };
  const root = doc.head ?? doc.documentElement;
  if (!root) return head;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const t = c.tagName.toLowerCase();
      if (t === 'body') continue;
      if (t === 'meta') noteMeta(head, c);
      else if (t === 'base' && head.base === undefined && c.hasAttribute('href')) head.base = c.getAttribute('href') ?? '';
      else if (t === 'title' && !head.title) head.title = c.textContent ?? '';
      else if (c.firstElementChild) stack.push(c);
    }
  }
  return head;
}

function noteMeta(head: Head, c: Element): void {
  const content = c.getAttribute('content')?.trim();
  const cs = c.getAttribute('charset');
  if (cs && !head.charset) head.charset = cs;
  if (!content) return;
  for (const attr of ['name', 'property', 'http-equiv']) {
    const key = c.getAttribute(attr);
    // The first one wins, as querySelector's would.
    if (key && !head.meta.has(`${attr}=${key.toLowerCase()}`)) head.meta.set(`${attr}=${key.toLowerCase()}`, content);
  }
}

/** Walks the page once into text blocks (document order), tables and a container tree. */
export interface SnapshotLimits {
  blocks?: number;
  chars?: number;
  tables?: number;
  rows?: number;
}

export function snapshotFromDocument(doc: Document, opts: { selectionOnly?: boolean; url?: string; limits?: SnapshotLimits } = {}): Snapshot {
  const maxBlocks = opts.limits?.blocks ?? MAX_BLOCKS;
  const maxChars = opts.limits?.chars ?? MAX_CHARS;
  const maxTables = opts.limits?.tables ?? MAX_TABLES;
  const maxRows = opts.limits?.rows ?? MAX_TABLE_ROWS;
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  const head = readHeadElements(doc);
  // Links resolve against <base href> when the page declares one (saved pages often do).
  let base = url;
  if (head.base)
    try {
      base = new URL(head.base, url || undefined).href;
    } catch {
      // unusable base: keep the page URL
    }
  // Only the link that stands for a block is resolved (per kept link, not per <a>; see resolve-url.ts).
  const resolve = urlResolver(base);
  const absolute = (href: string): string | undefined => {
    const h = href.trim();
    if (!h || /^(?:javascript|mailto|tel):/i.test(h) || h.startsWith('#')) return undefined;
    return resolve(h);
  };
  const blocks: SnapshotBlock[] = [];
  const boxes: number[] = [];
  const names: string[] = [];
  const tables: SnapshotTable[] = [];
  const truncated: string[] = [];
  let chars = 0;
  let full = false;
  let tooManyTables = false;

  /** `tidied`: the parts are tidy() output already (a table's lines), and tidy() would keep them as they are. */
  const emit = (p: Pending, tag: string, path: string, box: number, tidied = false): SnapshotBlock | undefined => {
    // Emptied in place (nothing else holds the parts); a fresh links array only when some were read.
    const parts = p.parts;
    const links = p.links;
    const linkChars = p.linkChars;
    if (links.length) p.links = [];
    p.linkChars = 0;
    if (parts.length === 0) return;
    const joined = parts.length === 1 ? parts[0] : parts.join('');
    parts.length = 0;
    let text = tidied ? joined : tidy(joined);
    if (!text || full) return;
    if (blocks.length >= maxBlocks) {
      full = true;
      truncated.push(`本页内容过长，只采集了前${blocks.length}条（约${chars}字）`);
      return;
    }
    if (chars + text.length > maxChars) {
      // The block that crosses the limit keeps the part that fits.
      full = true;
      text = text.slice(0, maxChars - chars);
      truncated.push(`本页内容过长，只采集了前${blocks.length + (text ? 1 : 0)}条（约${chars + text.length}字）`);
      if (!text) return;
    }
    chars += text.length;
    const b: SnapshotBlock = { tag, text, path, box, linkChars: Math.min(linkChars, text.length) };
    const level = tag.length === 2 && tag.charCodeAt(0) === 104 /* h */ ? /^h([1-6])$/.exec(tag) : null;
    if (level) b.level = Number(level[1]);
    let main: Pending['links'][number] | undefined;
    for (const l of links) if (l.text && (!main || l.text.length > main.text.length)) main = l;
    if (main) {
      // "Mostly a link": the link outweighs what is left once a date and brackets are taken out.
      // (a block that is the link alone, most list items, leaves nothing)
      const rest = main.text === text ? ' ' : text.replace(main.text, ' ');
      const d = rest === ' ' ? null : DATE.exec(rest);
      const other = rest === ' ' ? '' : (d ? rest.replace(d[0], '') : rest).replace(/[\s[\]()（）【】·|:：,，-]/g, '');
      if (main.text.length >= other.length) {
        const href = absolute(main.raw);
        if (href) b.href = href;
        b.linkText = untruncate(main.text, main.full);
        if (d) b.date = d[0].trim();
      }
    }
    blocks.push(b);
    return b;
  };

  const linkOf = (l: Link) => {
    const text = tidy(l.text.length === 1 ? l.text[0] : l.text.join(''));
    return { raw: l.raw, text: text.includes('\n') ? text.replace(/\n/g, ' ') : text, full: l.full };
  };

  const root = doc.body ?? doc.documentElement;
  // In a rendered tab, CSS-hidden blocks (mobile menus, print copies) are skipped too. Only when the
  // body itself reports visible: parsed, unrendered documents (DOMParser, html-dom) have no layout.
  type Checkable = Element & { checkVisibility?: () => boolean };
  const canCheck = !!root && typeof (root as Checkable).checkVisibility === 'function' && (root as Checkable).checkVisibility!();
  const visible = canCheck ? (el: Element) => (el as Checkable).checkVisibility!() : null;

  const table = (c: Element, ctx: Ctx, rows: Element[]) => {
    emit(ctx.p, ctx.tag, ctx.path, ctx.box);
    if (tables.length >= maxTables) {
      if (!tooManyTables) truncated.push(`本页表格过多，只采集了前${maxTables}个`);
      tooManyTables = true;
      return;
    }
    const tk = token(c, 'table');
    const cpath = `${ctx.path} ${tk}`.trim();
    const grid = tableGrid(rows, absolute, maxRows);
    if (grid.cut) truncated.push(`本页表格${tables.length + 1}过长，只采集了前${maxRows}行`);
    let cap: Element | null = null;
    for (let k = c.firstElementChild; k && !cap; k = k.nextElementSibling) if (k.tagName.toLowerCase() === 'caption') cap = k;
    const t: SnapshotTable = { rows: grid.rows, path: cpath };
    if (cap) t.caption = cellText(cap);
    tables.push(t);
    const lines = tableLines(grid.rows);
    const pc: Pending = { parts: [lines ?? grid.rows.map((r) => r.map((x) => x.text).join(' ')).join('\n')], linkChars: 0, links: [] };
    boxes.push(ctx.box);
    names.push(tk);
    const tb = emit(pc, 'table', cpath, boxes.length - 1, lines !== null);
    if (tb) tb.table = tables.length - 1;
  };

  if (root) {
    boxes.push(-1);
    names.push('');
    // The body's own classes (e.g. "header-fixed") say nothing about where a block sits.
    const top: Ctx = { tag: 'body', path: '', box: 0, p: { parts: [], linkChars: 0, links: [] } };
    const stack: Frame[] = [{ next: root.firstChild, ctx: top, exit: INLINE }];
    while (stack.length && !full) {
      const f = stack[stack.length - 1];
      const n = f.next;
      if (!n) {
        stack.pop();
        if (f.exit === CLOSE_BLOCK) {
          const inner = f.ctx;
          if (inner.link) inner.p.links.push(linkOf(inner.link));
          emit(inner.p, inner.tag, inner.path, inner.box);
        } else if (f.exit === CLOSE_LINK) f.outer!.p.links.push(linkOf(f.ctx.link!));
        continue;
      }
      f.next = n.nextSibling;
      const ctx = f.ctx;
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        const collapsed = ctx.tag === 'pre' ? t : collapse(t);
        ctx.p.parts.push(collapsed);
        if (ctx.link) {
          ctx.link.text.push(collapsed);
          ctx.p.linkChars += collapsed.trim().length;
        }
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      const ct = c.tagName.toLowerCase();
      if (SKIP.has(ct) || hidden(c)) {
        if (ct === 'meta') noteMeta(head, c);
        continue;
      }
      if (ct === 'br') {
        ctx.p.parts.push('\n');
        continue;
      }
      if (ct === 'table') {
        const rows = dataTableRows(c);
        if (rows) {
          table(c, ctx, rows);
          continue;
        }
      }
      const role = c.getAttribute('role');
      if (BLOCK.has(ct) || role === 'heading') {
        if (visible && !visible(c)) continue;
        emit(ctx.p, ctx.tag, ctx.path, ctx.box);
        const tk = token(c, ct);
        const cpath = tk ? lastTokens(ctx.path ? `${ctx.path} ${tk}` : tk) : ctx.path;
        boxes.push(ctx.box);
        names.push(tk);
        const btag = role === 'heading' && !BLOCK.has(ct) ? 'h' + (c.getAttribute('aria-level') ?? '2') : ct;
        const inner: Ctx = { tag: btag, path: cpath, box: boxes.length - 1, p: { parts: [], linkChars: 0, links: [] } };
        if (ctx.link) inner.link = { raw: ctx.link.raw, text: [] };
        stack.push({ next: c.firstChild, ctx: inner, exit: CLOSE_BLOCK });
        continue;
      }
      // An <a> without href, or a javascript: one, links nowhere: its text is plain text.
      if (ct === 'a' && !ctx.link && c.hasAttribute('href') && !/^\s*javascript:/i.test(c.getAttribute('href') ?? '')) {
        const link: Link = { raw: c.getAttribute('href') ?? '', text: [], full: c.getAttribute('title')?.trim() || undefined };
        const inner: Ctx = { tag: ctx.tag, path: ctx.path, box: ctx.box, p: ctx.p, link };
        stack.push({ next: c.firstChild, ctx: inner, exit: CLOSE_LINK, outer: ctx });
        continue;
      }
      if (c.firstChild) stack.push({ next: c.firstChild, ctx, exit: INLINE });
    }
    emit(top.p, 'body', '', 0);
  }

  const meta = (key: string) => head.meta.get(key) || undefined;
  const snap: Snapshot = {
    url,
    title: tidy(doc.title || head.title || meta('property=og:title') || ''),
    meta: {},
    blocks,
    boxes,
    names,
    tables,
  };
  const description = meta('name=description');
  const published = meta('property=article:published_time') ?? meta('name=pubdate') ?? meta('name=publishdate') ?? meta('property=og:release_date');
  const charset = head.charset ?? /charset=([\w-]+)/i.exec(meta('http-equiv=content-type') ?? '')?.[1];
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
