import type { Snapshot, SnapshotBlock, SnapshotTable } from './snapshot-schema';
import { boxTree, isInside } from './tree';
import { isAsideHeading, isChromeText } from './chrome';
import { isChromeBlock } from './content';

// Headline lists: runs of link items (a title, often a date) that belong to the page itself, not to
// its sidebar, navigation or "related articles" boxes. Older portals lay lists out as tables
// (one row: link | date), so table rows count too.

export interface Headline {
  /** Index into snapshot.blocks (for a table list: the table's block). */
  block: number;
  title: string;
  href: string | null;
  date: string | null;
  /** The line the clerk sees, for the captured text. */
  line: string;
}

/** Headlines are short sentences; navigation entries are a few characters. */
const MIN_TITLE = 8;
const MIN_ITEMS = 3;
const DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\b\d{1,2}-\d{1,2}\b/;

/** Attachments (附件：….doc) are files, not reported activities. */
const FILE = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|jpe?g|png|gif)(?:[?#]|$)/i;
const TAIL_DATE = /[\s[(（【]*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)[\])）】]*\s*$/;

function isItem(b: SnapshotBlock): boolean {
  return !!b.linkText && b.linkText.length >= MIN_TITLE && b.tag !== 'table' && !FILE.test(b.href ?? '');
}

/** Title and date of a link item; some lists put the date inside the link ("标题 2024-09-27"). */
function itemOf(b: SnapshotBlock, i: number): Headline {
  let title = b.linkText!.trim();
  let date = b.date ?? null;
  const tail = TAIL_DATE.exec(title);
  if (tail && tail.index >= MIN_TITLE) {
    title = title.slice(0, tail.index).trim();
    date = date ?? tail[1];
  }
  return { block: i, title, href: b.href ?? null, date, line: b.date ? `${title} ${b.date}` : b.text.replace(/\s*\n\s*/g, ' ') };
}

/** Rows of a table that are one link plus short cells (date, source): a list laid out as a table. */
function tableItems(t: SnapshotTable, block: number): Headline[] {
  const out: Headline[] = [];
  for (const row of t.rows) {
    const cells = row.filter((c, i) => c !== row[i - 1]); // colspan repeats
    const link = cells.find((c) => c.href && c.text.length >= MIN_TITLE && !FILE.test(c.href));
    if (!link || cells.some((c) => c !== link && c.text.length > 20)) continue;
    const date = cells.map((c) => (c === link ? null : DATE.exec(c.text)?.[0] ?? null)).find((d) => d) ?? null;
    out.push({ block, title: link.linkText ?? link.text, href: link.href ?? null, date, line: cells.map((c) => c.text).filter(Boolean).join(' ') });
  }
  return out;
}

/**
 * The page's own headline lists (each at least three items sharing one parent container).
 * `loose`: also look inside frame/aside containers (a list page whose list box is called "side_list").
 * `skipTables`: tables (indices into s.tables) read elsewhere, as record tables: not read again as lists.
 */
export function findHeadlineLists(s: Snapshot, loose = false, skipTables?: ReadonlySet<number>): Headline[][] {
  const items: number[] = [];
  const lists: Headline[][] = [];
  s.blocks.forEach((b, i) => {
    if (!loose && isChromeBlock(s, i)) return;
    if (b.tag === 'table' && b.table !== undefined) {
      if (skipTables?.has(b.table)) return;
      const rows = tableItems(s.tables[b.table], i);
      if (rows.length >= MIN_ITEMS) lists.push(rows);
      return;
    }
    if (isItem(b) && !isChromeText(b.text)) items.push(i);
  });
  // Items share their parent (<li><a>); when each sits in its own wrapper (<li><h3><a>…</h3><p>…</p></li>),
  // they share their grandparent instead.
  const byParent = groupBy(items, (i) => s.boxes[s.blocks[i].box] ?? -1);
  const loners = [...byParent.values()].filter((g) => g.length < MIN_ITEMS).flat();
  const byGrand = groupBy(loners, (i) => s.boxes[s.boxes[s.blocks[i].box] ?? -1] ?? -1);
  for (const idx of [...byParent.values(), ...byGrand.values()]) {
    if (idx.length < MIN_ITEMS) continue;
    // A heading such as 相关新闻/热点推荐 right before the list marks it as an aside.
    const before = s.blocks[idx[0] - 1];
    if (!loose && before && !before.linkText && isAsideHeading(before.text)) continue;
    lists.push(idx.map((i) => withNearbyDate(s, itemOf(s.blocks[i], i))));
  }
  return lists.sort((a, b) => a[0].block - b[0].block);
}

function groupBy(xs: number[], key: (x: number) => number): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

const ONLY_DATE = /^[\s[(（【]*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)[\])）】]*\s*$/;

/** A date printed in its own block right after the headline, inside the same item (<h3><a/></h3><span>date</span>). */
function withNearbyDate(s: Snapshot, h: Headline): Headline {
  if (h.date) return h;
  const item = s.blocks[h.block];
  const wrapper = s.boxes[item.box];
  for (let k = h.block + 1; k < Math.min(h.block + 4, s.blocks.length); k++) {
    const b = s.blocks[k];
    if (b.box !== wrapper && s.boxes[b.box] !== wrapper) break;
    const d = ONLY_DATE.exec(b.text);
    if (d) return { ...h, date: d[1] };
  }
  return h;
}

/** On a page with no article and no list of its own, the largest dated list is the page's list. */
export function fallbackList(s: Snapshot): Headline[][] {
  const dated = findHeadlineLists(s, true).filter((l) => l.length >= 5 && l.filter((h) => h.date || /20\d{6}/.test(h.href ?? '')).length * 2 >= l.length);
  const best = dated.sort((a, b) => b.length - a.length)[0];
  return best ? [best] : [];
}


/**
 * Blocks that belong to the lists' items (summaries, dates, sources between the first and the last
 * headline, inside the list's container): they are not article prose.
 */
export function listRegions(s: Snapshot, lists: Headline[][]): Set<number> {
  const out = new Set<number>();
  const t = boxTree(s);
  for (const l of lists) {
    const first = l[0].block;
    const last = l[l.length - 1].block;
    // The nearest common container of the first and last item's parents.
    let container = t.parent[s.blocks[last].box] ?? -1;
    const from = t.parent[s.blocks[first].box] ?? -1;
    while (container >= 0 && !isInside(t, from, container)) container = t.parent[container];
    const region: number[] = [];
    let paras = 0;
    for (let i = first; i < s.blocks.length && i <= last + 3; i++) {
      const inC = container < 0 || isInside(t, s.blocks[i].box, container);
      if (i > last && !inC) break;
      if (!inC) continue;
      region.push(i);
      const b = s.blocks[i];
      if (!b.linkText && b.text.length >= 80) paras++;
    }
    // One summary per headline at most: more paragraphs than that are an article that links to a
    // few pages between its paragraphs, and only the links are the list's.
    if (paras > l.length + 1) for (const h of l) out.add(h.block);
    else for (const i of region) out.add(i);
  }
  return out;
}

/** A list the page itself publishes (a portal column: most items carry their printed date), not a related/teaser box. */
export function isOwnColumn(s: Snapshot, list: Headline[]): boolean {
  // A column item is its headline and its date (a source at most); a citation that carries a date
  // (authors, publisher, "Retrieved …") is a reference, not a column.
  const bare = (h: Headline) => {
    const b = s.blocks[h.block];
    if (b.tag === 'table') return true;
    return b.text.replace(/\s+/g, '').length - (b.linkText ?? '').replace(/\s+/g, '').length - (h.date ?? '').replace(/\s+/g, '').length <= 16;
  };
  return list.filter((h) => h.date && bare(h)).length * 2 >= list.length;
}
