import type { Snapshot, SnapshotBlock, SnapshotTable } from './snapshot-schema';
import { isArticleChromePath, isAsideHeading, isChromeText, isPageChromePath } from './chrome';

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

function isItem(b: SnapshotBlock): boolean {
  return !!b.linkText && b.linkText.length >= MIN_TITLE && b.tag !== 'table';
}

/** Rows of a table that are one link plus short cells (date, source): a list laid out as a table. */
function tableItems(t: SnapshotTable, block: number): Headline[] {
  const out: Headline[] = [];
  for (const row of t.rows) {
    const cells = row.filter((c, i) => c !== row[i - 1]); // colspan repeats
    const link = cells.find((c) => c.href && c.text.length >= MIN_TITLE);
    if (!link || cells.some((c) => c !== link && c.text.length > 20)) continue;
    const date = cells.map((c) => (c === link ? null : DATE.exec(c.text)?.[0] ?? null)).find((d) => d) ?? null;
    out.push({ block, title: link.linkText ?? link.text, href: link.href ?? null, date, line: cells.map((c) => c.text).filter(Boolean).join(' ') });
  }
  return out;
}

/**
 * The page's own headline lists (each at least three items sharing one parent container).
 * `loose`: also look inside frame/aside containers (a list page whose list box is called "side_list").
 */
export function findHeadlineLists(s: Snapshot, loose = false): Headline[][] {
  const groups = new Map<number, number[]>();
  const lists: Headline[][] = [];
  s.blocks.forEach((b, i) => {
    if (!loose && (isPageChromePath(b.path) || isArticleChromePath(b.path))) return;
    if (b.tag === 'table' && b.table !== undefined) {
      const items = tableItems(s.tables[b.table], i);
      if (items.length >= MIN_ITEMS) lists.push(items);
      return;
    }
    if (!isItem(b) || isChromeText(b.text)) return;
    const parent = s.boxes[b.box] ?? -1;
    const g = groups.get(parent);
    if (g) g.push(i);
    else groups.set(parent, [i]);
  });
  for (const idx of groups.values()) {
    if (idx.length < MIN_ITEMS) continue;
    // A heading such as 相关新闻/热点推荐 right before the list marks it as an aside.
    const before = s.blocks[idx[0] - 1];
    if (!loose && before && !before.linkText && isAsideHeading(before.text)) continue;
    lists.push(
      idx.map((i) => {
        const b = s.blocks[i];
        const title = b.linkText!.trim();
        return { block: i, title, href: b.href ?? null, date: b.date ?? null, line: b.date ? `${title} ${b.date}` : b.text.replace(/\s*\n\s*/g, ' ') };
      }),
    );
  }
  return lists.sort((a, b) => a[0].block - b[0].block);
}

/** On a page with no article and no list of its own, the largest dated list is the page's list. */
export function fallbackList(s: Snapshot): Headline[][] {
  const dated = findHeadlineLists(s, true).filter((l) => l.length >= 5 && l.filter((h) => h.date || /20\d{6}/.test(h.href ?? '')).length * 2 >= l.length);
  const best = dated.sort((a, b) => b.length - a.length)[0];
  return best ? [best] : [];
}
