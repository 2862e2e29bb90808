import type { Approx } from '../model';
import { parseArabic, parseChineseNumeral } from '../text/numerals';
import { INFIX_MARKERS, SUFFIX_MARKERS, boundBefore, markerAt, markerBefore, combine } from './approx';
import { UNITS, UNIT_BLOCKERS, UNIT_NEEDS_NEXT, NOT_AFTER_YI } from './units';
import { notFactReason, type Candidate } from './not-facts';
import { tableCells } from './table-cells';

/** A quantity found in normalised text; indices are into the normalised text. */
export interface Quantity extends Candidate {
  /** quote span (approx prefix … suffix marker) */
  start: number;
  end: number;
  value: number;
  approx: Approx;
}

// One number: 百分之 form, Arabic (1,500 / 93.35) or a Chinese numeral run; 上千 handled by the caller.
// A Chinese numeral may carry decimals (三点五, 百分之九十八点六, 一点二万).
const NUMBER = /百分之([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十廿卅百千]+(?:点[零〇一二三四五六七八九]+)?)|([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)|([零〇一二两三四五六七八九十廿卅百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]?)?)/y;
// Chars a NUMBER can start with: the scanner skips to the next one with a table lookup and runs the
// (sticky) regex only there — much faster than letting a global regex search the page.
const NUMBER_START = new Uint8Array(0x10000);
for (const c of '0123456789零〇一二两三四五六七八九十廿卅百千万亿') NUMBER_START[c.charCodeAt(0)] = 1;

/** The next number at or after `from` (the same match a global NUMBER search would find). */
function nextNumber(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (NUMBER_START[text.charCodeAt(i)] === 0) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) return m;
  }
  return null;
}
/** Range separators (one char each): 30至35个, 6-8个. */
const RANGE_SEP_CHARS = new Set(['至', '到', '~', '～', '-', '—', '–', '－']);
const RANGE_NUM = /^(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)/;
/** A rough Chinese range: an optional lead (二十, 一百), two digits, then at most the tens/hundreds/… they count. */
const ROUGH = /^((?:[一二两三四五六七八九]?[十百千])*)([一二两三四五六七八])([二两三四五六七八九])(?=[十百千万亿]*$)/;
const CN_NUMERAL = new Set('零〇一二两三四五六七八九十廿卅百千万亿');
const DIGIT_OF: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** After an Arabic number: 万/亿, and 百/千 (3千万元, 5千余人) — not the 千 of 千克/千米/千瓦 or the 百 of 百分点. */
const BIG = /^(?:[百千](?![克米瓦分])(?:万亿|万|亿)?|万亿|万|亿)/;
/** "1万2千人": a second Arabic digit with 千/百 after 万. */
const MIXED = /^([1-9])([千百])(?![克米瓦分])/;
/** BIG at `pos`, sliced and matched only where the text has 万/亿/百/千 there (most numbers have none). */
const bigAt = (text: string, pos: number): RegExpExecArray | null =>
  text[pos] === '万' || text[pos] === '亿' || text[pos] === '千' || text[pos] === '百' ? BIG.exec(text.slice(pos, pos + 4)) : null;
/** How many chars of 万/亿/千/百 (and a mixed 万2千) follow an Arabic number at `pos`. */
function bigLength(text: string, pos: number): number {
  const b = bigAt(text, pos);
  if (!b) return 0;
  return b[0].length + (b[0] === '万' ? (MIXED.exec(text.slice(pos + 1, pos + 4))?.[0].length ?? 0) : 0);
}
/** 人(次), 件（次）, 人/次, 人·次: a count of times written with the 次 apart (人次, 件次, 项次, 场次, 批次, 家次). */
const TIMES_IN_BRACKETS = /^([人件项场批家条篇])(?:[(（]次[)）]|[/／·]次)/;

const PERCENT_POINT = /^个?百分点/;
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u[0], [...(UNITS_BY_FIRST.get(u[0]) ?? []), u]);

/** Chars that can follow a number that makes a quantity: range separators, 余/多, the first char of a unit. */
const FOLLOW = new Set(['至', '到', '~', '～', '-', '—', '–', '－', '余', '多', '几', '来', '%', '人', '百', ...UNITS_BY_FIRST.keys()]);
const mayFollow = (text: string, pos: number): boolean => FOLLOW.has(text[pos] ?? '');

interface UnitHit {
  unit: string;
  end: number;
}

/** The measure word at `pos` (longest first), unless it starts another word (名单, 部门) or follows an indefinite 一. */
function unitAt(text: string, pos: number, numeral: string): UnitHit | null {
  if (text[pos] === '%') return { unit: '%', end: pos + 1 };
  const pt = '人件项场批家条篇'.includes(text[pos]) ? TIMES_IN_BRACKETS.exec(text.slice(pos, pos + 4)) : null;
  if (pt && UNITS.includes(pt[1] + '次')) return { unit: pt[1] + '次', end: pos + pt[0].length };
  // "提高2.3个百分点": the measure is the percentage point, not 个
  const pp = text[pos] === '个' || text[pos] === '百' ? PERCENT_POINT.exec(text.slice(pos, pos + 4)) : null;
  if (pp) return { unit: '百分点', end: pos + pp[0].length };
  for (const u of UNITS_BY_FIRST.get(text[pos]) ?? []) {
    if (!text.startsWith(u, pos)) continue;
    const next = text[pos + u.length] ?? '';
    const blockers = UNIT_BLOCKERS[u];
    if (blockers && next && blockers.includes(next)) continue;
    const needs = UNIT_NEEDS_NEXT[u];
    if (needs && !needs.test(text.slice(pos + u.length, pos + u.length + 4))) continue;
    if (numeral === '一' && NOT_AFTER_YI.has(u)) return null;
    return { unit: u, end: pos + u.length };
  }
  return null;
}

interface NumberRead {
  value: number;
  /** end of the number and its 万/亿 */
  pos: number;
  approx: Approx | null;
}

/** Value of the matched number word, with a following 万/亿 (Arabic) and rough ranges (两三个 → 2, about). */
function readNumber(text: string, numeral: string, chinese: boolean, percentWord: boolean, pos: number): NumberRead | null {
  let big = '';
  if (!chinese && !percentWord) {
    const b = bigAt(text, pos);
    if (b) big = b[0];
  }
  let parsed = numeral;
  let approx: Approx | null = null;
  const rough = chinese && numeral.length <= 16 ? ROUGH.exec(numeral) : null;
  if (rough) {
    // two neighbouring digits (两三个, 七八百, 十五六名, 三五个): the lower one, about
    const [a, b] = [DIGIT_OF[rough[2]], DIGIT_OF[rough[3]]];
    if (b === a + 1 || (a === 3 && b === 5) || (a === 1 && b === 2)) {
      parsed = rough[1] + rough[2] + numeral.slice(rough[0].length);
      approx = 'about';
    }
  }
  let value = chinese ? parseChineseNumeral(parsed + big) : parseArabic(parsed, big);
  const mixed = !chinese && big === '万' ? MIXED.exec(text.slice(pos + 1, pos + 4)) : null;
  if (mixed && value !== null) {
    value += Number(mixed[1]) * (mixed[2] === '千' ? 1000 : 100);
    big += mixed[0];
  }
  // a "number" of dozens of digits is an ID, a hash or noise, not a count
  if (value === null || !Number.isFinite(value) || numeral.length > 16) return null;
  return { value, pos: pos + big.length, approx };
}

/** "30至35个", "6-8个": the range's end (after its second number) and its 万/亿, when a unit follows it. */
function readRange(text: string, pos: number, chinese: boolean): { end: number; big: string } | null {
  if (!RANGE_SEP_CHARS.has(text[pos] ?? '')) return null;
  const n2 = RANGE_NUM.exec(text.slice(pos + 1, pos + 12));
  if (!n2 || /[0-9]/.test(n2[0]) === chinese) return null;
  let p2 = pos + 1 + n2[0].length;
  const b2 = bigAt(text, p2);
  if (b2) p2 += b2[0].length;
  const probe = text[p2] === '余' || text[p2] === '多' ? p2 + 1 : p2;
  return unitAt(text, probe, n2[0]) ? { end: p2, big: b2?.[0] ?? '' } : null;
}

/**
 * "10人至20人", "3万元至5万元", "30%-50%", "百分之三十至五十": a range that says its unit (or 百分之) twice.
 * Where its second half ends, or null.
 */
function repeatedRange(text: string, pos: number, chinese: boolean, unit: string, percentWord: boolean): number | null {
  if (!RANGE_SEP_CHARS.has(text[pos] ?? '')) return null;
  let p = pos + 1;
  if (percentWord && text.startsWith('百分之', p)) p += 3;
  const n2 = RANGE_NUM.exec(text.slice(p, p + 12));
  if (!n2 || /[0-9]/.test(n2[0]) === chinese) return null;
  p += n2[0].length;
  if (percentWord) return p;
  const b2 = bigAt(text, p);
  if (b2) p += b2[0].length;
  const u2 = unitAt(text, p, n2[0]);
  return u2 && u2.unit === unit ? u2.end : null;
}

/** 余/多/以上/左右/以下 after the unit (2倍多, 100人以上); a lone 余/多 only where it cannot start a word. */
function readSuffix(text: string, end: number, unit: string, hadInfix: boolean): readonly [string, Approx] | null {
  const suffix = markerAt(text, end, SUFFIX_MARKERS);
  if (!suffix) return null;
  // 上下 is "about" only where it ends the phrase (50人上下。), not in 上下车, 上下游
  if (suffix[0] === '上下' && /[\u4e00-\u9fff]/.test(text[end + 2] ?? '')) return null;
  if (suffix[0].length === 1 && (hadInfix || (unit !== '倍' && unit !== '成' && /[\u4e00-\u9fff]/.test(text[end + 1] ?? '')))) return null;
  return suffix;
}

/** Every number bound to a measure word in `text` (normalised, simplified), not-facts removed. */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextNumber(text, from))) {
    from = m.index + m[0].length;
    const percentWord = m[1] !== undefined;
    const numeral = m[1] ?? m[2] ?? m[3];
    const chinese = m[2] === undefined && !/^[0-9]/.test(numeral);
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    const prev = text[numStart - 1] ?? '';
    if (chinese && (prev === '数' || prev === '几' || prev === '若')) continue; // 数百, 几十: no number
    // a 千/万 right after digits belongs to that Arabic number (3千米 is no 千米 of its own)
    if (/[0-9.]/.test(prev) && (!chinese || /^[百千万亿]/.test(numeral))) continue;
    // 上千 = more than a thousand
    const shang = chinese && prev === '上' && /^[百千万亿]$/.test(numeral);
    // cheap reject before parsing: a range, 余/多 or a measure word must follow the number (and its 万/亿)
    if (!percentWord && !mayFollow(text, chinese ? numEnd : numEnd + bigLength(text, numEnd))) continue;
    const num = readNumber(text, numeral, chinese, percentWord, numEnd);
    if (!num) continue;
    let pos = num.pos;
    // the value is the range's lower bound; "3至5万元" puts 万 on both numbers
    const range = percentWord ? null : readRange(text, pos, chinese);
    if (range) {
      pos = range.end;
      if (range.big && num.pos === numEnd) num.value = (chinese ? parseChineseNumeral(numeral + range.big) : parseArabic(numeral, range.big)) ?? num.value;
    }
    let infix = percentWord ? null : markerAt(text, pos, INFIX_MARKERS);
    // 几 is "some" only after a Chinese 十/百/千 (十几名); 3几 or 五几 is no number
    if (infix?.[0] === '几' && !(chinese && /[十百千]$/.test(numeral))) infix = null;
    // 来 is "about" only after a round number (二十来场, 百来条, 20来人); 一来, 三来 are "firstly", "thirdly"
    if (infix?.[0] === '来' && !(chinese ? /[十百千]$/.test(numeral) : /0$/.test(numeral) && num.pos === numEnd)) infix = null;
    if (infix) pos += infix[0].length;
    // "580余万元", "三千多万元": a 万/亿 after the marker scales the number all the same
    const bigAfter = infix && !range && num.pos === numEnd ? bigAt(text, pos) : null;
    if (bigAfter) {
      num.value = (chinese ? parseChineseNumeral(numeral + bigAfter[0]) : parseArabic(numeral, bigAfter[0])) ?? num.value;
      pos += bigAfter[0].length;
    }
    const unitHit = percentWord ? { unit: '%', end: pos } : unitAt(text, pos, infix ? '' : numeral);
    if (!unitHit) continue;
    // 六成半, 3成半: half a tenth more
    if (unitHit.unit === '成' && text[unitHit.end] === '半' && !infix) {
      num.value += 0.5;
      unitHit.end += 1;
    }
    const rangeEnd = range || infix ? null : repeatedRange(text, unitHit.end, chinese, unitHit.unit, percentWord);
    const suffix = rangeEnd === null ? readSuffix(text, unitHit.end, unitHit.unit, !!infix) : readSuffix(text, rangeEnd, unitHit.unit, false);
    // Facts never overlap: a marker before the number that the last fact already ends with ("100万元以上万名":
    // 以上 and 上万 share 上) stays the last fact's, and this one reads without it.
    const lastEnd = out.length ? out[out.length - 1].end : 0;
    const useShang = shang && numStart - 1 >= lastEnd;
    let start = useShang ? numStart - 1 : numStart;
    // 三、四十条, 五、六个: two neighbouring digits apart by 、 — the lower one, about (a list marker 二、 opens a line)
    const pair = chinese && !range && !useShang && text[numStart - 1] === '、' ? DIGIT_OF[text[numStart - 2] ?? ''] : undefined;
    const paired = pair !== undefined && pair + 1 === DIGIT_OF[numeral[0]] && !(numeral[0] === '二' && pair === 1) && /[\u4e00-\u9fff]/.test(text[numStart - 3] ?? '') && !CN_NUMERAL.has(text[numStart - 3]) && numStart - 2 >= lastEnd;
    if (paired) {
      num.value = parseChineseNumeral(text[numStart - 2] + numeral.slice(1)) ?? num.value;
      num.approx = 'about';
      start = numStart - 2;
    }
    let pre = shang ? null : markerBefore(text, start);
    if (pre && start - pre[0].length < lastEnd) pre = null;
    if (pre) start -= pre[0].length;
    if (start < lastEnd) continue;
    const cand: Quantity = {
      numStart, numEnd, unitStart: pos, unitEnd: unitHit.end, unit: unitHit.unit, chinese, numeral,
      start, end: (rangeEnd ?? unitHit.end) + (suffix ? suffix[0].length : 0), value: num.value,
      approx: combine(useShang ? 'over' : null, pre?.[1], range || rangeEnd !== null ? 'about' : null, num.approx, infix?.[1], suffix?.[1], pre || useShang ? null : boundBefore(text, start)),
    };
    if (notFactReason(text, cand) === null) {
      out.push(cand);
      from = Math.max(cand.end, numEnd);
    } else from = Math.max(unitHit.end, numEnd);
  }
  return withTableCells(text, out);
}

/** Add the bare cells of a table that declares its unit (单位：件), where no fact stands already. */
function withTableCells(text: string, out: Quantity[]): Quantity[] {
  const cells = tableCells(text).filter((c) => notFactReason(text, c) === null && !out.some((q) => q.start < c.end && c.start < q.end));
  if (!cells.length) return out;
  return [...out, ...cells].sort((a, b) => a.start - b.start);
}
