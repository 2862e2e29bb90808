import type { Snapshot, SnapshotBlock } from './snapshot-schema';
import { isArticleChromePath, isAsideHeading, isChromeText, isPageChromePath } from './chrome';
import { linkDensity } from './content';

// Headline lists: runs of link items (a title, often a date) that belong to the page itself, not to
// its sidebar, navigation or "related articles" boxes.

export interface Headline {
  block: number;
  title: string;
  href: string | null;
  date: string | null;
}

/** Headlines are short sentences; navigation entries are a few characters. */
const MIN_TITLE = 8;
const MIN_ITEMS = 3;

function isItem(b: SnapshotBlock): boolean {
  return !!b.linkText && b.linkText.length >= MIN_TITLE && linkDensity(b) >= 0.5 && b.tag !== 'table';
}

/** The page's own headline lists (each at least three items sharing one parent container). */
export function findHeadlineLists(s: Snapshot): Headline[][] {
  const groups = new Map<number, number[]>();
  s.blocks.forEach((b, i) => {
    if (!isItem(b) || isPageChromePath(b.path) || isArticleChromePath(b.path) || isChromeText(b.text)) return;
    const parent = s.boxes[b.box] ?? -1;
    const g = groups.get(parent);
    if (g) g.push(i);
    else groups.set(parent, [i]);
  });
  const lists: Headline[][] = [];
  for (const idx of groups.values()) {
    if (idx.length < MIN_ITEMS) continue;
    // A heading such as 相关新闻/热点推荐 right before the list marks it as an aside.
    const before = s.blocks[idx[0] - 1];
    if (before && !before.linkText && isAsideHeading(before.text)) continue;
    lists.push(
      idx.map((i) => {
        const b = s.blocks[i];
        return { block: i, title: b.linkText!.trim(), href: b.href ?? null, date: b.date ?? null };
      }),
    );
  }
  return lists;
}
