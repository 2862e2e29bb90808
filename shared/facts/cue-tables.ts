import type { Indicator } from '../catalogue/schema';
import { termIndex, type Term, type TermIndex } from './terms';
import { INSTRUCTION_NOT, QUALIFIED_CUES, TOPIC_GATES } from './cues';
import { unitFit, unitHints } from './unit-fit';

// What the classifier needs per catalogue, computed once: cue lookup by leading character pair, the topic
// gate of every cue, and per fact unit the unit fit and specificity of every cue. Ranking a fact then only
// visits the cues whose words can occur around it.

export interface UnitTable {
  /** unitFit of the cue's indicator for this unit (0: the unit cannot count it) */
  fit: Float64Array;
  /** owners of the cue / owners this unit can count: a generic cue owned by one fitting indicator is specific */
  spec: Float64Array;
}

export interface CueTables extends TermIndex {
  /** first two code units of a last-part alternative → indices of the cues (ascending) */
  byPair: Map<number, number[]>;
  /** code units that start some key of byPair */
  first: Uint8Array;
  /** hashed bitset of the keys of byPair: most pairs of a text start no cue, and a bit test is cheaper than the map */
  pairBits: Uint32Array;
  /** cues with a last-part alternative shorter than two code units (not in byPair: always candidates) */
  short: number[];
  /** index into TOPIC_GATES, or -1 */
  gate: Int8Array;
  /** 1 when the cue holds its gate's topic noun (社情民意信息, 收到…提案) */
  holdsTopic: Uint8Array;
  /** INSTRUCTION_NOT of the cue's indicator, looked up once per cue rather than once per fact and cue */
  instructionNot: Array<(typeof INSTRUCTION_NOT)[string] | undefined>;
  /** 1 when the cue is one of QUALIFIED_CUES (one word needing a qualifier): only those can be unqualified() */
  qualified: Uint8Array;
  /** all words of a cue joined, to tell a cue contained in another */
  text: Map<Term, string>;
  units: Map<string, UnitTable>;
}

const cache = new WeakMap<readonly Indicator[], CueTables>();

const pairKey = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
const PAIR_BITS = 18;
const pairHash = (s: string, i: number): number => (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1)) >>> (32 - PAIR_BITS);

/** Some cue's last part may start at `i` of `s` (no false negatives): the first char starts a key and the pair may be one. */
function mayStart(tables: CueTables, s: string, i: number): boolean {
  if (tables.first[s.charCodeAt(i)] === 0) return false;
  const h = pairHash(s, i);
  return (tables.pairBits[h >>> 5] & (1 << (h & 31))) !== 0;
}

export function cueTables(catalogue: readonly Indicator[]): CueTables {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const index = termIndex(catalogue);
  const byPair = new Map<number, number[]>();
  const gate = new Int8Array(index.terms.length);
  const holdsTopic = new Uint8Array(index.terms.length);
  const first = new Uint8Array(0x10000);
  const pairBits = new Uint32Array(1 << (PAIR_BITS - 5));
  const text = new Map<Term, string>();
  const short: number[] = [];
  const qualified = Uint8Array.from(index.terms, (t) => (t.parts.length === 1 && t.parts[0].length === 1 && QUALIFIED_CUES[t.parts[0][0]] ? 1 : 0));
  const instructionNot = index.terms.map((t) => (Object.hasOwn(INSTRUCTION_NOT, t.code) ? INSTRUCTION_NOT[t.code] : undefined));
  index.terms.forEach((t, k) => {
    text.set(t, t.parts.flat().join('|'));
    for (const alt of t.parts[t.parts.length - 1]) {
      if (alt.length < 2) {
        if (short[short.length - 1] !== k) short.push(k);
        continue;
      }
      first[alt.charCodeAt(0)] = 1;
      const h = pairHash(alt, 0);
      pairBits[h >>> 5] |= 1 << (h & 31);
      const key = pairKey(alt, 0);
      const list = byPair.get(key);
      if (!list) byPair.set(key, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
    gate[k] = TOPIC_GATES.findIndex(([p]) => t.code.startsWith(p));
    holdsTopic[k] = gate[k] >= 0 && TOPIC_GATES[gate[k]][1].test(t.parts.flat().join('|')) ? 1 : 0;
  });
  const tables: CueTables = { ...index, byPair, first, pairBits, short, gate, holdsTopic, instructionNot, qualified, text, units: new Map() };
  cache.set(catalogue, tables);
  return tables;
}

export function unitTable(tables: CueTables, unit: string): UnitTable {
  let u = tables.units.get(unit);
  if (u) return u;
  const fitByCode = new Map<string, number>();
  const fitOf = (code: string): number => {
    let f = fitByCode.get(code);
    if (f === undefined) {
      const ind = tables.byCode.get(code);
      f = ind ? unitFit(unit, ind, unitHints(ind)) : 0;
      fitByCode.set(code, f);
    }
    return f;
  };
  const n = tables.terms.length;
  u = { fit: new Float64Array(n), spec: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const t = tables.terms[k];
    u.fit[k] = fitOf(t.code);
    const owners = t.owners.filter((o) => fitOf(o) > 0).length;
    u.spec[k] = Math.max(1, t.owners.length) / Math.max(1, owners);
  }
  tables.units.set(unit, u);
  return u;
}

function markPairs(tables: CueTables, s: string, mark: Uint8Array): void {
  const { byPair } = tables;
  for (let i = 0; i + 1 < s.length; i++) {
    if (!mayStart(tables, s, i)) continue;
    const list = byPair.get(pairKey(s, i));
    if (list) for (const k of list) mark[k] = 1;
  }
}

/** Scratch bitset for cuesIn, reused across calls (cleared on entry). */
let bits = new Uint32Array(0);

/**
 * The cues (ascending indices) whose last part may start somewhere in `text`: a superset of the cues
 * that match in it (a match holds some last-part alternative, hence its leading pair).
 */
export function cuesIn(tables: CueTables, text: string): number[] {
  const { byPair, short } = tables;
  const words = (tables.terms.length + 31) >>> 5;
  if (bits.length < words) bits = new Uint32Array(words);
  else bits.fill(0, 0, words);
  for (const k of short) bits[k >>> 5] |= 1 << (k & 31);
  for (let i = 0; i + 1 < text.length; i++) {
    if (!mayStart(tables, text, i)) continue;
    const list = byPair.get(pairKey(text, i));
    if (list) for (const k of list) bits[k >>> 5] |= 1 << (k & 31);
  }
  const out: number[] = [];
  for (let w = 0; w < words; w++)
    for (let v = bits[w]; v !== 0; v &= v - 1) out.push(w * 32 + 31 - Math.clz32(v & -v));
  return out;
}

// Facts of one sentence share it: remember the cues of the last sentences seen. Two of them, since a fact's
// ranking alternates between its sentence and short words read as a sentence of their own (a share's base,
// the examples before 等). Marks live in buffers reused from call to call (a fresh typed array per fact was
// a tenth of classifying it).
interface SentenceMarks {
  tables: CueTables;
  s: string;
  mark: Uint8Array;
  /** the marked cues, ascending */
  list: number[];
}
const recent: SentenceMarks[] = [];
/** Scratch for one fact's marks (sentence and its own words): overwritten by the next call. */
let scratch = new Uint8Array(0);

/** The marks of `sentence`, from the two most recent sentences or computed (replacing the older one). */
function sentenceMarks(tables: CueTables, sentence: string): SentenceMarks {
  for (let i = 0; i < recent.length; i++) {
    const r = recent[i];
    if (r.tables !== tables || r.s !== sentence) continue;
    if (i > 0) [recent[0], recent[i]] = [recent[i], recent[0]];
    return r;
  }
  const n = tables.terms.length;
  if (scratch.length !== n) scratch = new Uint8Array(n);
  let r = recent.length < 2 ? undefined : recent.pop();
  if (!r || r.tables !== tables) r = { tables, s: sentence, mark: new Uint8Array(n), list: [] };
  else r.mark.fill(0);
  r.s = sentence;
  markPairs(tables, sentence, r.mark);
  r.list = marked(r.mark);
  recent.unshift(r);
  return r;
}

/** The marked indices, ascending (one pass over a few hundred bytes: cheaper than sorting the cues as found). */
function marked(mark: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < mark.length; k++) if (mark[k] !== 0) out.push(k);
  return out;
}

/** markPairs that tells whether it marked a cue not marked yet. */
function markNew(tables: CueTables, s: string, mark: Uint8Array): boolean {
  const { byPair } = tables;
  let added = false;
  for (let i = 0; i + 1 < s.length; i++) {
    if (!mayStart(tables, s, i)) continue;
    const cues = byPair.get(pairKey(s, i));
    if (!cues) continue;
    for (const k of cues) {
      if (mark[k] !== 0) continue;
      mark[k] = 1;
      added = true;
    }
  }
  return added;
}

/**
 * Marks the cues whose last part may start somewhere in `sentence` or the given words (a cheap superset of matches).
 * The array returned is overwritten by the next call: read it before calling again.
 */
export function candidateCues(tables: CueTables, sentence: string, words: readonly string[]): Uint8Array {
  const last = sentenceMarks(tables, sentence);
  const mark = scratch;
  mark.set(last.mark);
  for (const w of words) markPairs(tables, w, mark);
  return mark;
}

/**
 * The cues candidateCues marks, as ascending indices: a fact's sentence names a few dozen of the catalogue's
 * hundreds of cues, and the classifier visits only those. Returns a fresh array.
 */
export function candidateList(tables: CueTables, sentence: string, words: readonly string[]): number[] {
  const last = sentenceMarks(tables, sentence);
  const mark = scratch;
  mark.set(last.mark);
  let added = false;
  for (const w of words) if (markNew(tables, w, mark)) added = true;
  return added ? marked(mark) : last.list.slice();
}
