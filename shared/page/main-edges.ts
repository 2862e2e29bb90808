import type { Snapshot } from './snapshot-schema';
import { isInside, type BoxTree } from './tree';
import { titleFromHead } from './article';
import { isByline } from './chrome';

// The edges of the main content: what growing from the best container up to the article's box
// gained beside it. Growth is there for the article's head (its title, date line, standfirst), so
//  - before the article's own title (the heading that repeats the document's title) the short
//    lines gained are the page's: a section name, breadcrumbs, a text-size tool; and above the
//    body's first paragraph a byline is the page's too;
//  - after the article's body, a gained box holding a small part of the body's prose is a widget
//    beside or under it (a call to action, an author card, an app form, a video teaser), as
//    Readability keeps only siblings that score a fair share of the best candidate, or are a
//    paragraph themselves.

/** Share of the best container's prose score a trailing box needs to be article text. */
const TAIL_SHARE = 0.2;
/**
 * Boxes beside the body's own wrapper (a caption, a signature line, a contributors' note) are the
 * article's; from this many levels above the best container a box sits in the page's layout.
 */
const TAIL_LEVEL = 3;

/** Whether a heading repeats the document title (either holds the other, of comparable length). */
function repeatsTitle(text: string, headTitle: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length < 4 || !headTitle) return false;
  const [short, long] = t.length <= headTitle.length ? [t, headTitle] : [headTitle, t];
  return long.includes(short) && short.length * 2 >= long.length;
}

/**
 * Blocks of `inMain` to leave out: page material before the article's title and low-scoring boxes
 * after its body. `prose` is each block's prose score, `isPara` tells the body's paragraphs.
 */
export function edgeDrops(
  s: Snapshot,
  tree: BoxTree,
  inMain: number[],
  best: number,
  box: number,
  prose: Float64Array,
  isPara: (i: number) => boolean,
): Set<number> {
  const out = new Set<number>();
  if (box === best || best < 0) return out;
  const n = s.boxes.length;
  const chain = new Uint8Array(n);
  for (let b = best; b >= 0; b = tree.parent[b]) {
    chain[b] = 1;
    if (b === box) break;
  }
  // Each box outside `best` under a chain box: the gained sibling subtree it belongs to (-1: none).
  // Children come after their parent, so one forward pass labels every subtree.
  const root = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = tree.parent[i];
    if (p < 0 || chain[i] || p === best) continue;
    root[i] = chain[p] ? i : root[p];
  }
  // How many levels above the best container each chain box is.
  const level = new Int32Array(n);
  for (let b = best, k = 0; b >= 0; b = tree.parent[b], k++) {
    level[b] = k;
    if (b === box) break;
  }
  const blocks = s.blocks;
  const inBest = (i: number) => isInside(tree, blocks[i].box, best);
  let bestSum = 0;
  const sums = new Map<number, { sum: number; items: number[]; paras: number }>();
  for (const i of inMain) {
    const b = blocks[i];
    if (inBest(i)) {
      bestSum += prose[i];
      continue;
    }
    const r = b.box >= 0 && b.box < n ? root[b.box] : -1;
    if (r < 0) continue;
    const e = sums.get(r);
    const para = isPara(i) ? 1 : 0;
    if (e) {
      e.sum += prose[i];
      e.items.push(i);
      e.paras += para;
    } else sums.set(r, { sum: prose[i], items: [i], paras: para });
  }
  // The tail: boxes after the best container that score little and are not one paragraph.
  for (const [r, e] of sums) {
    if (tree.tin[r] < tree.tin[best] || level[tree.parent[r]] < TAIL_LEVEL) continue;
    if (e.sum >= TAIL_SHARE * bestSum || e.paras >= 2) continue;
    if (e.items.length === 1 && isPara(e.items[0]) && blocks[e.items[0]].tag === 'p') continue;
    for (const i of e.items) out.add(i);
  }
  // The head: everything outside the best container before the last heading that repeats the
  // document title, when that heading comes before the body's first paragraph.
  const headTitle = titleFromHead(s.title);
  let anchor = -1;
  for (let k = 0; k < inMain.length; k++) {
    const i = inMain[k];
    const b = blocks[i];
    if (isPara(i) && inBest(i)) break;
    if (!b.level && isByline(b.text)) out.add(i);
    if (b.level && !b.linkText && b.text.length <= 120 && repeatsTitle(b.text, headTitle)) anchor = k;
  }
  // (a paragraph there, an editor's note over the headline, stays)
  for (let k = 0; k < anchor; k++) if (!inBest(inMain[k]) && !isPara(inMain[k])) out.add(inMain[k]);
  return out;
}
