import type { Snapshot, SnapshotBlock } from './snapshot-schema';
import { ancestorsOf, boxTree, isInside } from './tree';
import { isArticleChromePath, isChromeText, isPageChromePath, stripChromeSpans } from './chrome';

// Main-content detection over the snapshot (Readability's idea, not its code): score prose blocks,
// credit their containers, take the best container, then grow it while growing only adds prose
// (a title, a date line, an editor's note) and never swallows the page frame or a headline list.

export interface Main {
  /** Indices into snapshot.blocks of the main content, document order, chrome removed. */
  blocks: number[];
  /** Text of each main block with counters/tools cut (parallel to `blocks`). */
  texts: string[];
  /** The container chosen (index into snapshot.boxes), -1 when the page has no prose. */
  box: number;
}

const PUNCT = /[，。、；：！？,.;:!?]/g;

export function linkDensity(b: SnapshotBlock): number {
  return b.text.length ? b.linkChars / b.text.length : 0;
}

/** How much a block reads like article prose. */
function proseScore(b: SnapshotBlock, paths: boolean): number {
  const len = b.text.length;
  if (len < 20 || b.tag === 'body') return 0;
  if (isChromeText(b.text) || (paths && isPageChromePath(b.path))) return 0;
  const base = 1 + (b.text.match(PUNCT)?.length ?? 0) + Math.min(Math.floor(len / 100), 3);
  return base * (1 - linkDensity(b)) * (paths && isArticleChromePath(b.path) ? 0.2 : 1);
}


/** Whether a block is kept as content once its container is chosen. */
export function keepBlock(b: SnapshotBlock, paths = true): string {
  if (b.tag === 'body' && b.text.length < 40) return '';
  if (paths && (isPageChromePath(b.path) || isArticleChromePath(b.path))) return '';
  // Link items are other pages' headlines (headlines.ts reads the page's own lists); a block that is
  // nearly all link text is a menu.
  if (isListItem(b) || linkDensity(b) >= 0.7) return '';
  const t = stripChromeSpans(b.text);
  if (!t || isChromeText(t)) return '';
  return t;
}

/** Set by the snapshot when a link dominates the block (a headline with its date). */
function isListItem(b: SnapshotBlock): boolean {
  return !!b.linkText;
}

/** A page too short to score (one sentence, a fragment): everything that is not chrome is the content. */
function shortPage(blocks: readonly SnapshotBlock[]): Main {
  const out: Main = { blocks: [], texts: [], box: -1 };
  blocks.forEach((b, i) => {
    const t = b.tag === 'body' ? stripChromeSpans(b.text) : keepBlock(b, false);
    if (!t || isChromeText(t) || isListItem(b) || linkDensity(b) >= 0.7) return;
    out.blocks.push(i);
    out.texts.push(t);
  });
  return out;
}

/**
 * `paths` = trust class/id words. When they hide every prose block (a site whose wrapper is called
 * "header-fixed" or "top"), the page is read again on wording alone.
 */
export function findMain(s: Snapshot, paths = true): Main {
  const { blocks, boxes } = s;
  const tree = boxTree(s);
  const chain = (_b: number[], box: number) => ancestorsOf(tree, box, 4);
  const inside = (_b: number[], box: number, c: number) => isInside(tree, box, c);
  const score = new Float64Array(boxes.length);
  blocks.forEach((b) => {
    const v = proseScore(b, paths);
    if (!v) return;
    // The block's own element, its parent and grandparent share the credit (Readability's 1, 1/2, 1/3).
    const c = chain(boxes, b.box);
    if (c[1] !== undefined) score[c[1]] += v;
    if (c[2] !== undefined) score[c[2]] += v / 2;
    if (c[3] !== undefined) score[c[3]] += v / 3;
  });
  let best = -1;
  for (let i = 0; i < score.length; i++) if (score[i] > 0 && (best < 0 || score[i] > score[best])) best = i;
  if (best < 0) return paths ? findMain(s, false) : shortPage(blocks);

  // Grow upwards while the blocks gained are prose or chrome that keepBlock drops anyway.
  const kept = blocks.map((b) => keepBlock(b, paths));
  let box = best;
  while (boxes[box] >= 0) {
    const parent = boxes[box];
    let frame = false;
    let links = 0;
    let prose = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (!inside(boxes, b.box, parent) || inside(boxes, b.box, box)) continue;
      if (paths && isPageChromePath(b.path)) {
        frame = true;
        break;
      }
      if (!kept[i]) continue;
      if (isListItem(b)) links += b.text.length;
      else {
        links += b.linkChars;
        prose += b.text.length - b.linkChars;
      }
    }
    if (frame || links > Math.max(prose, 30)) break;
    box = parent;
  }
  const out: Main = { blocks: [], texts: [], box };
  blocks.forEach((b, i) => {
    if (!inside(boxes, b.box, box)) return;
    const t = kept[i];
    if (!t) return;
    out.blocks.push(i);
    out.texts.push(t);
  });
  return out;
}
