import type { Snapshot, SnapshotBlock } from './snapshot-schema';
import { ancestorsOf, boxTree, isInside, type BoxTree } from './tree';
import { edgeDrops } from './main-edges';
import { isArticleChromePath, isAsideHeadingAnyLanguage, isChromeText, isPageChromePath, nameChrome, stripChromeSpans } from './chrome';

// Main-content detection over the snapshot (Readability's idea, not its code): score prose blocks,
// credit their containers, take the best container, then grow it while growing only adds prose
// (a title, a date line, an editor's note) and never swallows the page frame or a headline list.
//
// Chrome is judged by the element that names it (snapshot `names`: each container's own tag, id,
// class and role words), not by a word anywhere in a block's ancestry: a wrapper called
// "nav-drawer" or "header-fixed" that holds most of the page's prose is no frame, and a frame
// word on some element beside the article only drops that element. Snapshots without `names`
// (older saves) fall back to the ancestry words in each block's `path`.

export interface Main {
  /** Indices into snapshot.blocks of the main content, document order, chrome removed. */
  blocks: number[];
  /** Text of each main block with counters/tools cut (parallel to `blocks`). */
  texts: string[];
  /** The container chosen (index into snapshot.boxes), -1 when the page has no prose. */
  box: number;
}

const PUNCT = /[，。、；：！？,.;:!?]/g;
const SENTENCE = /[。！？；.!?;]/g;

export function linkDensity(b: SnapshotBlock): number {
  return b.text.length ? b.linkChars / b.text.length : 0;
}

/** A paragraph wrapped in a link (a teaser-style lead, a linked quote) that reads as prose, not a headline. */
export function isLinkedProse(b: SnapshotBlock): boolean {
  return b.text.length >= 120 && (b.text.match(SENTENCE)?.length ?? 0) >= 2;
}

/** Set by the snapshot when a link dominates the block (a headline with its date). */
function isListItem(b: SnapshotBlock): boolean {
  return !!b.linkText && !isLinkedProse(b);
}

function linkShare(b: SnapshotBlock): number {
  return isListItem(b) ? 1 : isLinkedProse(b) ? 0 : linkDensity(b);
}

/** Chrome verdicts per box, from each element's own name, once the page's prose is known. */
interface Chrome {
  /** Nearest chrome-named container of each box (itself included) that is chrome, -1 if none; and its kind. */
  near: Int32Array;
  kind: Array<'frame' | 'aside' | null>;
  /** Per box: a gallery/slideshow (see isCaptionProse). */
  media: Uint8Array;
  /** Per box: link characters and blocks in its subtree (to tell a menu from a share button). */
  subLinks: Float64Array;
  subBlocks: Int32Array;
}

function chromeOf(s: Snapshot, t: BoxTree): Chrome | null {
  const names = s.names;
  if (!names || names.length !== s.boxes.length) return null;
  const n = s.boxes.length;
  const subProse = new Float64Array(n);
  const subLinks = new Float64Array(n);
  const subBlocks = new Int32Array(n);
  let total = 0;
  for (const b of s.blocks) {
    if (b.box < 0 || b.box >= n) continue;
    const link = b.text.length * linkShare(b);
    subProse[b.box] += b.text.length - link;
    subLinks[b.box] += link;
    subBlocks[b.box]++;
    total += b.text.length - link;
  }
  // Children come after their parent: one backward pass sums every subtree.
  for (let i = n - 1; i > 0; i--) {
    const p = t.parent[i];
    if (p < 0) continue;
    subProse[p] += subProse[i];
    subLinks[p] += subLinks[i];
    subBlocks[p] += subBlocks[i];
  }
  const kind: Chrome['kind'] = new Array(n).fill(null);
  const near = new Int32Array(n).fill(-1);
  const media = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = t.parent[i];
    near[i] = p >= 0 ? near[p] : -1;
    const k = nameChrome(names[i]);
    // A wrapper holding most of the page's prose is the page, whatever it is called ("nav-drawer",
    // a share widget's container); comments and galleries can outweigh the article and stay chrome.
    if (!k || (!k.strong && subProse[i] * 2 > total)) continue;
    kind[i] = k.kind;
    if (k.media) media[i] = 1;
    near[i] = i;
  }
  // A slideshow of one story's pictures shows one caption (repeated at most); a carousel of other
  // stories shows one summary each.
  const captions = new Map<number, Set<string>>();
  for (const b of s.blocks) {
    const cb = b.box >= 0 && b.box < n ? near[b.box] : -1;
    if (cb < 0 || !media[cb] || !isCaptionProse(b)) continue;
    const seen = captions.get(cb) ?? new Set<string>();
    seen.add(b.text);
    captions.set(cb, seen);
  }
  for (const [cb, seen] of captions) if (seen.size > 1) media[cb] = 0;
  return { near, kind, media, subLinks, subBlocks };
}

const chromeCache = new WeakMap<number[], Chrome | null>();

function chromeCached(s: Snapshot): Chrome | null {
  if (chromeCache.has(s.boxes)) return chromeCache.get(s.boxes)!;
  const c = chromeOf(s, boxTree(s));
  chromeCache.set(s.boxes, c);
  return c;
}

/**
 * Whether block `i` sits in page chrome (frame or article-level), judged by the element that names
 * it; by its ancestry words when the snapshot has no names. For headline lists and record tables.
 */
export function isChromeBlock(s: Snapshot, i: number): boolean {
  const b = s.blocks[i];
  const c = chromeCached(s);
  if (!c) return isPageChromePath(b.path) || isArticleChromePath(b.path);
  return chromeBox(c, b) >= 0;
}

/** The chrome container a block sits in (nearest chrome-named ancestor), -1 when none. */
function chromeBox(c: Chrome, b: SnapshotBlock): number {
  return b.box >= 0 && b.box < c.near.length ? c.near[b.box] : -1;
}

/** How much a block reads like article prose. */
function proseScore(b: SnapshotBlock, paths: boolean, c: Chrome | null): number {
  const len = b.text.length;
  if (len < 20 || b.tag === 'body') return 0;
  if (isChromeText(b.text)) return 0;
  let weight = 1;
  if (paths && c) {
    const cb = chromeBox(c, b);
    if (cb >= 0 && c.kind[cb] === 'frame') return 0;
    if (cb >= 0) weight = 0.2;
  } else if (paths) {
    if (isPageChromePath(b.path)) return 0;
    if (isArticleChromePath(b.path)) weight = 0.2;
  }
  const base = 1 + (b.text.match(PUNCT)?.length ?? 0) + Math.min(Math.floor(len / 100), 3);
  return base * (1 - linkShare(b)) * weight;
}

/** Whether a block is kept as content once its container is chosen (its text, '' when dropped). */
/**
 * A picture's caption that tells the news (sentences, no links), in a slideshow or gallery: the
 * article's lead picture is often one. Headline strips of other pages' pictures are short or links.
 */
function isCaptionProse(b: SnapshotBlock): boolean {
  return b.text.length >= 200 && (b.text.match(SENTENCE)?.length ?? 0) >= 2 && linkDensity(b) < 0.1 && !b.linkText;
}

export function keepBlock(b: SnapshotBlock, paths = true, c: Chrome | null = null, links = false): string {
  if (b.tag === 'body' && b.text.length < 40) return '';
  const cb = paths && c ? chromeBox(c, b) : -1;
  if (paths && c ? cb >= 0 && !(c.media[cb] && isCaptionProse(b)) : paths && (isPageChromePath(b.path) || isArticleChromePath(b.path))) return '';
  // Link items are other pages' headlines (headlines.ts reads the page's own lists); a block that is
  // nearly all link text is a menu.
  if (!links && (isListItem(b) || (linkDensity(b) >= 0.7 && !isLinkedProse(b)))) return '';
  const t = stripChromeSpans(b.text);
  if (!t || isChromeText(t)) return '';
  return t;
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

/** A frame container big enough to be the page's own navigation, header or footer (not a share button). */
function bigFrame(c: Chrome, box: number): boolean {
  return c.kind[box] === 'frame' && (c.subLinks[box] >= 80 || c.subBlocks[box] >= 6);
}

/**
 * `paths` = trust class/id words. When they hide every prose block (a site whose wrapper is called
 * "header-fixed" or "top"), the page is read again on wording alone.
 */
export function findMain(s: Snapshot, paths = true): Main {
  const { blocks, boxes } = s;
  const tree = boxTree(s);
  const chrome = paths ? chromeCached(s) : null;
  const score = new Float64Array(boxes.length);
  const prose = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const v = proseScore(b, paths, chrome);
    if (!v) continue;
    prose[i] = v;
    // The block's own element, its parent and grandparent share the credit (Readability's 1, 1/2, 1/3).
    const c = ancestorsOf(tree, b.box, 4);
    if (c[1] !== undefined) score[c[1]] += v;
    if (c[2] !== undefined) score[c[2]] += v / 2;
    if (c[3] !== undefined) score[c[3]] += v / 3;
  }
  let best = -1;
  for (let i = 0; i < score.length; i++) if (score[i] > 0 && (best < 0 || score[i] > score[best])) best = i;
  if (best < 0) return paths ? findMain(s, false) : shortPage(blocks);

  const kept = blocks.map((b) => keepBlock(b, paths, chrome));
  // Blocks grouped by box in pre-order, so a box's subtree is one contiguous run of `order`.
  const order = blocks.map((_, i) => i).sort((a, b) => tree.tin[blocks[a].box] - tree.tin[blocks[b].box] || a - b);
  const tins = order.map((i) => tree.tin[blocks[i].box]);
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = tins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tins[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const subtree = (box: number): [number, number] => [lowerBound(tree.tin[box]), lowerBound(tree.tout[box] + 1)];

  // Grow upwards while the blocks gained are prose or chrome that keepBlock drops anyway.
  let box = best;
  while (tree.parent[box] >= 0) {
    const parent = tree.parent[box];
    const [from, to] = subtree(parent);
    const [inFrom, inTo] = subtree(box);
    let frame = 0;
    let links = 0;
    let prose = 0;
    for (let k = from; k < to; k++) {
      if (k === inFrom) k = inTo;
      if (k >= to) break;
      const i = order[k];
      const b = blocks[i];
      if (paths && chrome) {
        const cb = chromeBox(chrome, b);
        if (cb >= 0 && isInside(tree, cb, parent) && cb !== parent && bigFrame(chrome, cb)) frame += b.text.length;
      } else if (paths && isPageChromePath(b.path)) frame = Infinity;
      if (!kept[i]) continue;
      if (isListItem(b)) links += b.text.length;
      else if (isLinkedProse(b)) prose += b.text.length;
      else {
        links += b.linkChars;
        prose += b.text.length - b.linkChars;
      }
    }
    // A frame (navigation, page header/footer) beside the box stops the growth, unless what is gained
    // is mostly prose: then the "frame" is the article's own footer or a nav strip inside its body.
    if ((frame && prose < 2 * frame) || links > Math.max(prose, 30)) break;
    box = parent;
  }
  const out: Main = { blocks: [], texts: [], box };
  const [from, to] = subtree(box);
  const inMain = order.slice(from, to).sort((a, b) => a - b);
  // Links listed inside the article's body are its text; link items before its first paragraph are
  // other pages' headlines (a related list, a column).
  const isPara = (i: number) => !!kept[i] && blocks[i].text.length >= 80 && !isListItem(blocks[i]);
  const firstPara = inMain.findIndex(isPara);
  let lastPara = -1;
  for (let k = inMain.length - 1; k >= 0 && lastPara < 0; k--) if (isPara(inMain[k])) lastPara = k;
  // …and only when the list sits among the paragraphs (its container holds some), not in a widget box.
  const withParas = new Set<number>();
  // Each such container's first paragraph (block index).
  const firstParaIn = new Map<number, number>();
  for (const i of inMain)
    if (isPara(i)) {
      const p = tree.parent[blocks[i].box];
      withParas.add(p);
      if (!firstParaIn.has(p)) firstParaIn.set(p, i);
    }
  // (or written straight into a paragraph's container after it: a feature's "Learn more about …")
  const amongParas = (b: SnapshotBlock, i: number) => (firstParaIn.get(b.box) ?? i) < i || withParas.has(tree.parent[b.box]) || withParas.has(tree.parent[tree.parent[b.box]] ?? -2);
  // Between two paragraphs a list may nest (a sub-list of bug links) or stand alone under a
  // subheading: its items' container up to four levels up holds paragraphs or their containers.
  // Each such container's first and last paragraph (positions in inMain): the list must sit between them.
  const column = new Map<number, [number, number]>();
  inMain.forEach((i, k) => {
    if (!isPara(i)) return;
    const p = tree.parent[blocks[i].box];
    for (const c of [p, p >= 0 ? tree.parent[p] : -1]) {
      if (c < 0) continue;
      const r = column.get(c);
      if (r) r[1] = k;
      else column.set(c, [k, k]);
    }
  });
  const nestedAmongParas = (b: SnapshotBlock, k: number) => {
    if (b.tag !== 'li') return false;
    for (let a = tree.parent[b.box], d = 0; a >= 0 && d < 4; a = tree.parent[a], d++) {
      const r = column.get(a);
      if (r && r[0] < k && k < r[1]) return true;
    }
    return false;
  };
  // A box introduced by "More on this story"/"相关新闻" and made of headlines (with or without
  // summaries) is a teaser list, however its elements are named: drop it whole.
  const dropped = new Set<number>();
  let mainProse = 0;
  for (const i of inMain) if (kept[i]) mainProse += blocks[i].text.length * (1 - linkShare(blocks[i]));
  for (const i of inMain) {
    const b = blocks[i];
    if (!kept[i] || b.text.length > 40 || !isAsideHeadingAnyLanguage(b.text)) continue;
    for (let p = tree.parent[b.box]; p >= 0 && p !== box; p = tree.parent[p]) {
      const [pf, pt] = subtree(p);
      let links = 0;
      let all = 0;
      let items = 0;
      for (let k = pf; k < pt; k++) {
        const x = blocks[order[k]];
        all += x.text.length;
        links += x.text.length * linkShare(x);
        if (isListItem(x)) items++;
      }
      if (all - b.text.length < 40) continue; // the heading's own wrapper: look one level up
      // Never the article itself: the box must hold a small part of the main prose.
      if ((links >= 0.3 * all || items >= 3) && all - links < 0.3 * mainProse) for (let k = pf; k < pt; k++) dropped.add(order[k]);
      break;
    }
  }
  for (const a of [...teaserStreams(s, tree, inMain, box, best), ...fragmentWidgets(s, tree, inMain, kept, box, best)]) {
    const [pf, pt] = subtree(a);
    for (let k = pf; k < pt; k++) dropped.add(order[k]);
  }
  for (const i of edgeDrops(s, tree, inMain, best, box, prose, isPara)) dropped.add(i);
  inMain.forEach((i, k) => {
    if (dropped.has(i)) return;
    let t = kept[i];
    const b = blocks[i];
    if (!t && k > firstPara && isListItem(b) && (amongParas(b, i) || nestedAmongParas(b, k))) t = keepBlock(b, paths, chrome, true);
    if (!t) return;
    out.blocks.push(i);
    out.texts.push(t);
  });
  return dropOrphanHeadings(out, s, tree, subtree, order);
}

/**
 * A short heading whose box holds nothing else kept but other pages' links ("Tools & Resources",
 * "Today on …" over a list that was left out) titles that list, not the article.
 */
function dropOrphanHeadings(out: Main, s: Snapshot, tree: BoxTree, subtree: (box: number) => [number, number], order: number[]): Main {
  const kept = new Set(out.blocks);
  // Prefix counts over the pre-order run: kept blocks and link items in any box's subtree in O(1).
  const keptAt = new Int32Array(order.length + 1);
  const itemsAt = new Int32Array(order.length + 1);
  order.forEach((j, k) => {
    keptAt[k + 1] = keptAt[k] + (kept.has(j) ? 1 : 0);
    itemsAt[k + 1] = itemsAt[k] + (!kept.has(j) && s.blocks[j].linkText ? 1 : 0);
  });
  const orphan = new Set<number>();
  for (const i of out.blocks) {
    const b = s.blocks[i];
    if (!b.level || b.text.length > 60) continue;
    const p = tree.parent[b.box];
    if (p < 0) continue;
    const [from, to] = subtree(p);
    if (keptAt[to] - keptAt[from] === 1 && itemsAt[to] - itemsAt[from] >= 2) orphan.add(i);
  }
  if (!orphan.size) return out;
  const res: Main = { blocks: [], texts: [], box: out.box };
  out.blocks.forEach((i, k) => {
    if (orphan.has(i)) return;
    res.blocks.push(i);
    res.texts.push(out.texts[k]);
  });
  return res;
}

/**
 * A card's headline: a heading that links to another page (never an article's own section title),
 * or a whole card wrapped in one link (headline and summary inside the <a>; a list of links in the
 * text is made of <li>s).
 */
function isLinkHeading(b: SnapshotBlock): boolean {
  if (!b.linkText || !b.href) return false;
  return b.level ? b.linkChars * 2 >= b.text.length : b.tag !== 'li' && b.text.length >= 80 && b.linkChars >= 0.9 * b.text.length;
}

/**
 * Boxes of headline cards inside the main box (a linked heading, a summary, a source line, three
 * times or more) that do not hold the article's best-scoring container: a "recommended for you"
 * stream or a section's other stories, however the CMS names them. The smallest box that gathers
 * three such headlines is the stream.
 */
function teaserStreams(s: Snapshot, tree: BoxTree, inMain: number[], box: number, best: number): number[] {
  const n = s.boxes.length;
  const count = new Int32Array(n);
  let any = 0;
  for (const i of inMain) {
    const b = s.blocks[i];
    if (isLinkHeading(b) && b.box >= 0 && b.box < n) {
      count[b.box]++;
      any++;
    }
  }
  if (any < 3) return [];
  for (let i = n - 1; i > 0; i--) if (count[i] && tree.parent[i] >= 0) count[tree.parent[i]] += count[i];
  // 0 = not looked at, 1 = below three headlines (keep walking up), 2 = done.
  const state = new Uint8Array(n);
  const out: number[] = [];
  for (const i of inMain) {
    const b = s.blocks[i];
    if (!isLinkHeading(b)) continue;
    let a = b.box;
    while (a >= 0 && a !== box && !state[a] && count[a] < 3) {
      state[a] = 1;
      a = tree.parent[a];
    }
    if (a < 0 || a === box || state[a]) continue;
    state[a] = 2;
    if (!isInside(tree, best, a)) out.push(a);
  }
  return out;
}

/** A line that reads as text: long enough, or a sentence of a few words. */
function isSentence(t: string): boolean {
  return t.length >= 40 || (/[.!?。！？…]$/.test(t) && t.split(/\s+/).length >= 3) || /[\p{Script=Han}]{12}/u.test(t);
}

/**
 * Boxes beside the article's best container whose kept text is six or more fragments and at most
 * one sentence in six: a player's controls, a chart's axis labels, a numbered rail ("1.", "2."…), a form's
 * field labels. A list of short items in the text (ingredients, names) is made of <li>s, a fact box of
 * table cells: they stay.
 */
function fragmentWidgets(s: Snapshot, tree: BoxTree, inMain: number[], kept: string[], box: number, best: number): number[] {
  const n = s.boxes.length;
  const frags = new Int32Array(n);
  const items = new Int32Array(n);
  const sentences = new Int32Array(n);
  for (const i of inMain) {
    const b = s.blocks[i];
    if (!kept[i] || b.box < 0 || b.box >= n) continue;
    if (b.tag === 'table' || isSentence(kept[i])) sentences[b.box]++;
    else {
      frags[b.box]++;
      if (b.tag === 'li' || b.tag === 'td' || b.tag === 'th') items[b.box]++;
    }
  }
  for (let i = n - 1; i > 0; i--) {
    const p = tree.parent[i];
    if (p < 0) continue;
    frags[p] += frags[i];
    items[p] += items[i];
    sentences[p] += sentences[i];
  }
  // A chart's title or a form's heading may read as a line of text: one among six fragments or more.
  const quiet = (a: number) => a >= 0 && a !== box && sentences[a] * 6 <= frags[a] && !isInside(tree, best, a);
  const state = new Uint8Array(n);
  const out: number[] = [];
  for (const i of inMain) {
    const b = s.blocks[i];
    if (!kept[i] || b.box < 0 || b.box >= n || !quiet(b.box)) continue;
    // The widest quiet box around the fragment.
    let a = b.box;
    while (!state[a] && quiet(tree.parent[a])) {
      state[a] = 1;
      a = tree.parent[a];
    }
    if (state[a]) continue;
    state[a] = 1;
    if (frags[a] >= 6 && items[a] * 2 < frags[a]) out.push(a);
  }
  return out;
}
