import type { FactScope } from '../model';
import { CUMULATIVE_ONE_YEAR, CUMULATIVE_SPAN, META_LABEL, META_LINE, OBJECT_VERBS, findAnchors, type RawAnchor } from './scope-anchors';

// The time scope of each statement: does the figure cover one year or several, and which year?
// Anchors (scope-anchors.ts) are read in text order. An anchor governs what follows it in its paragraph until
// the next anchor; one that modifies an object ("总结两年来工作") only its own clause. A heading, or a
// paragraph ending with a colon ("五年来主要做了以下工作："), governs the paragraphs under it that have no
// anchor of their own. Pure and linear in the text: pages run to megabytes.

export interface TimeScope {
  scope: FactScope;
  year: number | null;
}

interface State extends TimeScope {
  /** the anchor's position (later anchors win) */
  at: number;
}

const DEFAULT: TimeScope = { scope: 'year', year: null };
const CLAUSE_END = /[，,；;。！？!?\n]/;
const SENTENCE_END = /[。！？!?\n]/;
const SENTENCE_END_CODES = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));
const isSentenceEnd = (c: number): boolean => SENTENCE_END_CODES.has(c);
const HEADING_END = /[。！？!?；;，,、…]$/;
const LEAD_IN_END = /[：:]$/;
/** A line that is only a date (and time): the page's date, no anchor of its text. */
const DATE_LINE = /^[\s\d年月日时分秒:：\-/.]{6,30}$/;

function pageParts(pageDate: string | null | undefined): { year: number | null; month: number | null } {
  const m = /^((?:19|20)\d{2})-(\d{2})/.exec(pageDate ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : { year: null, month: null };
}

/** The latest calendar year the text names: "now" for 2021年以来 when the page's date is unknown. */
function latestYear(text: string): number | null {
  let max: number | null = null;
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=年|[-/.]\d)/g)) {
    const y = Number(m[1]);
    if (max === null || y > max) max = y;
  }
  return max;
}

/** Where the clause holding `pos` ends (bounded: a clause is short). */
function clauseEnd(text: string, pos: number): number {
  const m = CLAUSE_END.exec(text.slice(pos, pos + 200));
  return m ? pos + m.index : Math.min(text.length, pos + 200);
}

/** The sentence around `pos`, at most `reach` chars either side. */
function sentenceAround(text: string, pos: number, end: number, reach = 80): string {
  let a = pos;
  while (a > 0 && pos - a < reach && !isSentenceEnd(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < reach && !isSentenceEnd(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** Index of the last sentence end in `line` (-1: none). */
function lastSentenceEnd(line: string): number {
  return Math.max(line.lastIndexOf('。'), line.lastIndexOf('！'), line.lastIndexOf('？'), line.lastIndexOf('!'), line.lastIndexOf('?'));
}

/** Inside 《…》: a title's year ("《2024年工作报告》") is no anchor. */
function inTitleMarks(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 40), pos);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/**
 * Scope and year of each span (quantities, in text order) of `text` (normalised). `pageDate` (YYYY-MM-DD) reads
 * 今年/去年/全年 and tells 2025年以来 on a 2025 page (one year) from 2021年以来 (several). `breaks` (ascending) are
 * positions where a line of the page begins that normalisation joined to the line before (headingBreaks).
 */
export function timeScopes(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  pageDate?: string | null,
  breaks: ArrayLike<number> = [],
): TimeScope[] {
  if (!spans.length) return [];
  const page = pageParts(pageDate);
  const now = page.year ?? latestYear(text);
  // 2025年以来 on a page of January or February 2026 (a year-end summary) is that one year, as 今年以来 is mid-year
  const sinceOneYear = (y: number): boolean =>
    now !== null && (y >= now || (page.year !== null && page.month !== null && page.month <= 2 && y === page.year - 1));
  const out: TimeScope[] = new Array(spans.length);

  // document-wide state
  let heading: State | null = null;
  let headingYear: number | null = null;
  let docYear: number | null = null;
  /** the year of the last anchor that gave one (a session named again later is that session) */
  let lastYear: number | null = null;
  // every anchor first: whether the page speaks of several years anywhere decides the weak ones
  const anchors = findAnchors(text).filter((a) => !inTitleMarks(text, a.start));
  const pageSpeaksOfYears = anchors.some((a) => a.kind === 'span' || (a.kind === 'since' && !sinceOneYear(a.n)));
  let ai = 0;
  let k = 0;
  let lineStart = 0;
  let bi = 0;
  while (k < spans.length && lineStart <= text.length) {
    // lines with neither a statement nor an anchor change nothing: jump to the line of the next one
    const nextEvent = Math.max(lineStart, ai < anchors.length ? Math.min(anchors[ai].start, spans[k].start) : spans[k].start);
    while (bi < breaks.length && breaks[bi] <= nextEvent) bi++;
    lineStart = Math.max(lineStart, text.lastIndexOf('\n', nextEvent - 1) + 1, bi > 0 ? breaks[bi - 1] : 0);
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const byBreak = bi < breaks.length && breaks[bi] < lineEnd;
    if (byBreak) lineEnd = breaks[bi];
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 400)).trim();
    const isHeading = lineEnd - lineStart <= 60 && line.length > 0 && line.length <= 40 && !HEADING_END.test(line) && !line.includes('。');
    const governs = isHeading || LEAD_IN_END.test(line);
    // a short line about the page (its date, source, author): its dates are no anchors
    const isMeta = (line.length <= 80 && META_LINE.test(line) && !line.includes('。')) || DATE_LINE.test(line);

    // paragraph state
    let carry: State | null = null;
    let clause: (State & { until: number }) | null = null;
    let paraYear: number | null = null;
    let sentenceYearAt = -1;

    // a paragraph without an anchor: the heading above it, else one year, which the text does not say
    const inherited = (): TimeScope => (!isHeading && heading ? { scope: heading.scope, year: heading.year } : DEFAULT);
    const yearContext = (): number | null => (carry && carry.scope === 'year' && carry.year !== null ? carry.year : null) ?? paraYear ?? headingYear;
    const reportYear = (): number | null =>
      paraYear ?? headingYear ?? (page.year !== null ? (page.month !== null && page.month <= 3 ? page.year - 1 : page.year) : docYear);

    const resolve = (a: RawAnchor): TimeScope | null => {
      switch (a.kind) {
        case 'span':
          return { scope: 'span', year: null };
        case 'since':
          return sinceOneYear(a.n) ? { scope: 'year', year: a.n } : { scope: 'span', year: null };
        case 'explicit':
          return { scope: 'year', year: a.n };
        case 'rel':
          if (a.comparison) return null;
          return { scope: 'year', year: page.year !== null ? page.year + a.n : null };
        case 'docyear':
          return { scope: 'year', year: reportYear() };
        case 'event':
          // a month or day says no year of its own: only a year named around it ("2024年……5月") dates it
          return { scope: 'year', year: yearContext() };
        case 'session':
          return { scope: 'year', year: yearContext() ?? lastYear };
        case 'session-since':
          // since a term's first session: the whole term where the page speaks of several years, else this year's
          return a.n === 1 && pageSpeaksOfYears ? { scope: 'span', year: null } : { scope: 'year', year: reportYear() };
        case 'peryear':
          return { scope: 'year', year: null };
        case 'weak':
          if (sentenceYearAt >= 0) return null;
          return pageSpeaksOfYears ? { scope: 'span', year: null } : { scope: 'year', year: page.year };
        case 'now':
          return { scope: 'year', year: page.year };
        case 'cumulative': {
          const sentence = sentenceAround(text, a.start, a.end);
          return CUMULATIVE_SPAN.test(sentence) && !CUMULATIVE_ONE_YEAR.test(sentence) ? { scope: 'span', year: null } : null;
        }
        case 'until': {
          // an end point inside a span ("五年来……截至去年底") keeps the span
          if (carry?.scope === 'span') return null;
          if (a.n) return { scope: 'year', year: a.n };
          if (a.offset !== undefined) return { scope: 'year', year: page.year !== null ? page.year + a.offset : null };
          return { scope: 'year', year: yearContext() };
        }
      }
    };

    const apply = (a: RawAnchor): void => {
      // "发布日期：2025-07-03" run into the first sentence of the text
      if (META_LABEL.test(text.slice(Math.max(lineStart, a.start - 12), a.start))) return;
      // a new sentence forgets the year anchors of the last one (for 截至目前)
      if (sentenceYearAt >= 0 && (a.start - sentenceYearAt > 300 || SENTENCE_END.test(text.slice(sentenceYearAt, a.start)))) sentenceYearAt = -1;
      const r = resolve(a);
      if (!r) return;
      if (a.kind === 'explicit') {
        paraYear = a.n;
        docYear = a.n;
      }
      if (r.scope === 'year' && a.kind !== 'peryear') sentenceYearAt = a.start;
      if (r.year !== null) lastYear = r.year;
      const st: State = { ...r, at: a.start };
      const clauseStart = Math.max(lineStart, a.start - 40);
      if (OBJECT_VERBS.test(text.slice(clauseStart, a.start))) clause = { ...st, until: clauseEnd(text, a.end) };
      else carry = st;
    };

    while (k < spans.length && spans[k].start < lineEnd + (lineEnd === text.length ? 1 : 0)) {
      const s = spans[k];
      for (; ai < anchors.length && anchors[ai].start < s.start; ai++) if (anchors[ai].start >= lineStart && !isMeta) apply(anchors[ai]);
      const c = clause as (State & { until: number }) | null;
      const cur = carry as State | null;
      const fromClause = c && s.start < c.until && (!cur || c.at > cur.at) ? c : null;
      const st = fromClause ?? cur;
      out[k] = st ? { scope: st.scope, year: st.scope === 'span' ? null : st.year } : inherited();
      k++;
    }
    // the rest of the line's anchors, for a heading's state
    for (; ai < anchors.length && anchors[ai].start < lineEnd; ai++) if (anchors[ai].start >= lineStart && !isMeta) apply(anchors[ai]);
    const last = carry as State | null;
    // a lead-in governs by what its last sentence says ("五年来，主要做了以下工作："), not by an earlier sentence
    if (governs && last && (isHeading || last.at > lineStart + lastSentenceEnd(text.slice(lineStart, lineEnd)))) {
      heading = last;
      headingYear = paraYear;
    }
    lineStart = byBreak ? lineEnd : lineEnd + 1;
  }
  for (; k < spans.length; k++) out[k] = { ...DEFAULT };
  return out;
}

const HEADING_LINE_END = /[。！？!?；;，,、…：:]$/;
/** A line broken out of a sentence (a PDF column) holds its commas; a heading seldom does. */
const HEADING_INNER = /[，,。；;、]/;
const SENTENCE_LINE_END = /[。！？!?]$/;

/**
 * Normalisation joins a line to the next when the break falls between two CJK chars (PDF columns, e-paper) — and
 * so joins a heading to its paragraph. These are the positions (in the normalised text) of the joined breaks that
 * end a heading: a short line without punctuation followed by a paragraph (a long line, or one that ends a sentence).
 */
export function headingBreaks(raw: string, map: ArrayLike<number>, length: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < length; i++) {
    const a = map[i - 1];
    const b = map[i];
    if (b - a <= 1) continue;
    const nl = raw.indexOf('\n', a + 1);
    if (nl < 0 || nl >= b) continue;
    const prevStart = raw.lastIndexOf('\n', a) + 1;
    const prev = raw.slice(prevStart, a + 1).trim();
    if (!prev.length || prev.length > 40 || HEADING_LINE_END.test(prev) || HEADING_INNER.test(prev)) continue;
    // a heading starts a paragraph: the line above it (if any) ends one, or is blank
    const above = raw.slice(Math.max(0, prevStart - 200), prevStart).replace(/[ \t\r\u3000]+$/, '');
    if (above.length && !/(?:\n\s*|^\s*|[。！？!?；;：:”」』）)】])\n$/.test(above)) continue;
    let nextEnd = raw.indexOf('\n', b);
    if (nextEnd < 0) nextEnd = raw.length;
    const next = raw.slice(b, Math.min(nextEnd, b + 200)).trim();
    if (next.length > 40 || SENTENCE_LINE_END.test(next)) out.push(i);
  }
  return out;
}
