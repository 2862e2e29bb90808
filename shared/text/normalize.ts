import { toSimplified } from './simplify';
import { isCjk, isCjkPunct, isDigit, isInnerPunct } from './chars';

/** Normalised text plus, for every char, the index of the raw char it came from. */
export interface NormalizedText {
  text: string;
  /** map[i] = raw index of text[i]; map[text.length] = raw.length. Non-decreasing. */
  map: Int32Array;
}

// Every step is a 1:1 substitution or a deletion, so the map is just "which raw chars survived".
// Code units and their raw indices live in typed arrays: pages run to megabytes.
interface Work {
  codes: Uint16Array;
  idx: Int32Array;
  n: number;
}

const isFwDigit = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
/** Exactly three full-width digits at `at` (a thousands group), not a fourth. */
const isFwThousands = (s: string, at: number): boolean =>
  isFwDigit(s.charCodeAt(at)) && isFwDigit(s.charCodeAt(at + 1)) && isFwDigit(s.charCodeAt(at + 2)) && !isFwDigit(s.charCodeAt(at + 3));

const DROP = new Set([0x200b, 0x200c, 0x200d, 0xfeff, 0x2060, 0x00ad]);

/** Per-char substitution: spaces, full-width ASCII, line ends; zero-width chars dropped. */
function charPass(simp: string): Work {
  const codes = new Uint16Array(simp.length);
  const idx = new Int32Array(simp.length);
  let n = 0;
  for (let i = 0; i < simp.length; i++) {
    let c = simp.charCodeAt(i);
    // ideographs and plain ASCII letters/digits/punctuation (most of a page) pass through unchanged
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0x20 && c < 0x7f)) {
      codes[n] = c;
      idx[n] = i;
      n++;
      continue;
    }
    if (DROP.has(c)) continue;
    if (c === 0x0d) {
      if (simp.charCodeAt(i + 1) === 0x0a) continue; // CRLF → LF
      c = 0x0a;
    } else if (c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) {
      c = 0x20;
    } else if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e || c === 0xff1a) {
      c -= 0xfee0; // full-width digit/letter/%/./: → ASCII
    } else if (c === 0xff0c && isFwDigit(simp.charCodeAt(i - 1)) && isFwThousands(simp, i + 1)) {
      c = 0x2c; // １，２３４: a full-width thousands separator between full-width digits
    }
    codes[n] = c;
    idx[n] = i;
    n++;
  }
  return { codes, idx, n };
}

/** Drop the marked positions, in place. */
function compact(w: Work, drop: Uint8Array): Work {
  if (drop.indexOf(1) < 0) return w;
  let k = 0;
  for (let i = 0; i < w.n; i++) {
    if (drop[i]) continue;
    w.codes[k] = w.codes[i];
    w.idx[k] = w.idx[i];
    k++;
  }
  w.n = k;
  return w;
}

function toText(w: Work): string {
  let out = '';
  for (let i = 0; i < w.n; i += 8192) out += String.fromCharCode.apply(null, w.codes.subarray(i, Math.min(w.n, i + 8192)) as unknown as number[]);
  return out;
}

// A CJK char followed by a parenthesised pinyin reading: 協(xié) / 協（xié） (toned: up to four syllables), or
// 提(ti)案 / 立(li)案 (toneless: one lower-case syllable that pinyin allows, then no latin letter or digit), so that
// ordinary bracketed latin (GDP, APP, app, CPPCC) survives. Tested only at brackets that follow a CJK char.
// (a word's syllables may run together: wěiyuánhuì)
const PINYIN = /^[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,24}(?: [a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,24}){0,3}[)）]/;
const PINYIN_MAX = 60;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]/;
const TONELESS = /^[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|vn|üe|a|o|e|i|u|v|ü)[)）]/;
const LATIN_OR_DIGIT = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function pinyinPass(w: Work): Work {
  let drop: Uint8Array | null = null;
  for (let i = 1; i < w.n; i++) {
    const c = w.codes[i];
    if (c !== 0x28 && c !== 0xff08) continue;
    const prev = w.codes[i - 1];
    if (prev < 0x3400 || prev > 0x9fff) continue;
    // the closing bracket must come within reach before the regex is worth running
    let close = i + 2;
    const stop = Math.min(w.n, i + PINYIN_MAX);
    while (close < stop && w.codes[close] !== 0x29 && w.codes[close] !== 0xff09) close++;
    if (close >= stop) continue;
    const gloss = String.fromCharCode.apply(null, w.codes.subarray(i, close + 1) as unknown as number[]);
    let m = PINYIN.exec(gloss);
    if (m && !TONE.test(m[0])) {
      // toneless: one syllable of two or more letters, and the word goes on (or ends) right after it
      m = TONELESS.exec(gloss);
      if (m && (m[0].length < 4 || (i + m[0].length < w.n && LATIN_OR_DIGIT(w.codes[i + m[0].length])))) m = null;
    }
    if (!m) continue;
    drop ??= new Uint8Array(w.n);
    drop.fill(1, i, i + m[0].length);
    i += m[0].length - 1;
  }
  return drop ? compact(w, drop) : w;
}

const code = (w: Work, i: number): number => (i >= 0 && i < w.n ? w.codes[i] : -1);
const joinLeft = (c: number): boolean => isCjk(c) || isDigit(c) || isInnerPunct(c) || c === 0x25 /* % */;
const joinRight = (c: number): boolean => isCjk(c) || isDigit(c) || isCjkPunct(c) || c === 0x25;
const ASCII_INNER = new Set([0x2c, 0x3b, 0x3a]); // , ; : then a space then CJK
const isBlank = (c: number): boolean => c === 0x20;

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The char at `at` stands alone between single spaces (`dir` points away from the space being judged), and it joins
 * what is beyond both spaces: a letter between ideographs, or '.' between digits.
 */
function loneSpaced(w: Work, at: number, dir: 1 | -1, near: number): boolean {
  const c = code(w, at);
  if (code(w, at + dir) !== 0x20) return false;
  const far = code(w, at + 2 * dir);
  if (isLetter(c)) return (isCjk(near) || isCjkPunct(near)) && (isCjk(far) || isCjkPunct(far)) && (isCjk(near) || isCjk(far));
  if (c === 0x2e) return isDigit(near) && isDigit(far);
  return false;
}

/**
 * A number wrapped across a line of running text ("收到提案35\n6件"): the digits before the newline follow an
 * ideograph on a line of some length, and the digits after it end in an ideograph (the measure word), not in a space,
 * another newline or punctuation — a column of figures or a page number does neither.
 */
function numberBrokenAt(w: Work, nl: number): boolean {
  let a = nl - 1;
  while (a >= 0 && isDigit(code(w, a))) a--;
  if (nl - 1 - a > 7 || !isCjk(code(w, a))) return false;
  let lineStart = a;
  while (lineStart > 0 && code(w, lineStart - 1) !== 0x0a && a - lineStart < 12) lineStart--;
  if (a - lineStart < 12) return false;
  let b = nl + 1;
  while (b < w.n && isDigit(code(w, b))) b++;
  return b - nl - 1 <= 7 && isCjk(code(w, b));
}

/** Re-join CJK broken by single newlines and CJK spaced out char by char (PDF / e-paper extraction). */
function whitespacePass(w: Work): Work {
  const n = w.n;
  const drop = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const c = code(w, i);
    if (c !== 0x20 && c !== 0x0a) {
      i++;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < n && (code(w, j) === 0x20 || code(w, j) === 0x0a)) {
      if (code(w, j) === 0x0a) newlines++;
      j++;
    }
    const left = code(w, i - 1);
    const right = code(w, j);
    const ok =
      newlines === 0
        ? (joinLeft(left) || isCjkPunct(left) || (ASCII_INNER.has(left) && isCjk(right))) && joinRight(right) && !((isDigit(left) || left === 0x25) && isDigit(right))
        : newlines === 1 && joinLeft(left) && joinRight(right) && !((isDigit(left) || left === 0x25) && isDigit(right));
    // digits spaced out like the CJK around them ("提 案 3 5 6 件"): one space, and a digit standing alone on one side
    const spacedDigits =
      newlines === 0 && j - i === 1 && isDigit(left) && isDigit(right) && (code(w, i - 2) === 0x20 || code(w, j + 1) === 0x20);
    // one char spaced out between the spaced-out chars around it: a class letter between ideographs ("其 中 A 類 7 6 件")
    // or a decimal point between digits ("9 8 . 6 %")
    const spacedLone = newlines === 0 && j - i === 1 && (loneSpaced(w, j, 1, left) || loneSpaced(w, i - 1, -1, right));
    const brokenNumber = newlines === 1 && j - i === 1 && isDigit(left) && isDigit(right) && numberBrokenAt(w, i);
    if (ok || spacedDigits || spacedLone || brokenNumber) drop.fill(1, i, j);
    else if (newlines > 0) {
      // keep the line structure but drop spaces that only pad line ends
      for (let k = i; k < j; k++) if (isBlank(code(w, k))) drop[k] = 1;
    }
    i = j;
  }
  return compact(w, drop);
}

const FW_AFTER = new Set('，、。；'.split('').map((c) => c.charCodeAt(0))); // "，，" "，。"
const AFTER_COMMA = new Set(',，、。；;：:！？!?'.split('').map((c) => c.charCodeAt(0)));

/** ",," ",、" ",。" "，，" "%%": doubled punctuation of traditional-character portals. */
function punctPass(w: Work): Work {
  const n = w.n;
  const drop = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    const c = code(w, i);
    const d = code(w, i + 1);
    if ((c === 0x2c && AFTER_COMMA.has(d)) || (c === 0xff0c && FW_AFTER.has(d)) || (c === 0x25 && d === 0x25)) drop[i] = 1;
  }
  return compact(w, drop);
}

/**
 * Whether no pass changes `s`: every char passes charPass untouched (ideographs, ASCII but spaces,
 * CJK and full-width punctuation it keeps) and none is where pinyinPass, whitespacePass or punctPass
 * acts (a bracket after an ideograph, a space or newline, a doubled comma or %). Headlines and
 * cells mostly are; checked char by char, so a text that is not costs at most one extra scan.
 */
function unchanged(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) continue;
    if (c > 0x20 && c < 0x7f) {
      if (c === 0x28 && i > 0 && isIdeograph(s.charCodeAt(i - 1))) return false;
      if (c === 0x2c && AFTER_COMMA.has(s.charCodeAt(i + 1))) return false;
      if (c === 0x25 && s.charCodeAt(i + 1) === 0x25) return false;
      continue;
    }
    if (c > 0x3000 && c <= 0x303f) continue;
    if (c === 0xff0c) {
      if (FW_AFTER.has(s.charCodeAt(i + 1))) return false;
      continue;
    }
    if (c === 0xff08) {
      if (i > 0 && isIdeograph(s.charCodeAt(i - 1))) return false;
      continue;
    }
    // other full-width forms charPass keeps (！？；（ ）【】…), not the digits, letters, % . : it folds
    if (c >= 0xff01 && c <= 0xff5e && !((c >= 0xff10 && c <= 0xff1a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e)) continue;
    // quotes, dashes, ellipsis, middle dot
    if ((c >= 0x2010 && c <= 0x2027) || c === 0xb7) continue;
    return false;
  }
  return true;
}

const isIdeograph = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

export function normalizeText(raw: string): NormalizedText {
  const simp = toSimplified(raw);
  if (unchanged(simp)) {
    const map = new Int32Array(simp.length + 1);
    for (let i = 0; i < simp.length; i++) map[i] = i;
    map[simp.length] = raw.length;
    return { text: simp, map };
  }
  return normalizeFully(raw, simp);
}

/** normalizeText(raw).text without building the map (headlines are classified by their text alone). */
export function normalizedText(raw: string): string {
  // Headlines come back cleaned and are cleaned again by the classifier: most are already clean, so
  // the last answer (a pure function's) is the next one's too.
  if (raw === lastRaw) return lastText;
  const simp = toSimplified(raw);
  const text = unchanged(simp) ? simp : normalizeFully(raw, simp).text;
  lastRaw = raw;
  lastText = text;
  return text;
}
let lastRaw: string | null = null;
let lastText = '';

/** The passes themselves (normalizeText without its shortcut; exported for the test that they agree). */
export function normalizeFully(raw: string, simp = toSimplified(raw)): NormalizedText {
  let w = charPass(simp);
  w = pinyinPass(w);
  w = whitespacePass(w);
  w = punctPass(w);
  const map = new Int32Array(w.n + 1);
  map.set(w.idx.subarray(0, w.n));
  map[w.n] = raw.length;
  return { text: toText(w), map };
}

/** Raw span [start, end) for the normalised span [from, to). */
export function rawSpan(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  return { start: n.map[from], end: to > from ? n.map[to - 1] + 1 : n.map[from] };
}
