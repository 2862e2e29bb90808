import type { Approx } from '../model';
import { parseArabic, parseChineseNumeral } from '../text/numerals';
import { INFIX_MARKERS, SUFFIX_MARKERS, markerAt, markerBefore, combine } from './approx';
import { UNITS, UNIT_BLOCKERS, NOT_AFTER_YI } from './units';
import { notFactReason, type Candidate } from './not-facts';

/** A quantity found in normalised text; indices are into the normalised text. */
export interface Quantity extends Candidate {
  /** quote span (approx prefix … suffix marker) */
  start: number;
  end: number;
  value: number;
  approx: Approx;
}

// One number: 百分之 form, Arabic (1,500 / 93.35) or a Chinese numeral run; 上千 handled by the caller.
const NUMBER = /百分之([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)|([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?)|([零〇一二两三四五六七八九十百千万亿]+)/g;
const RANGE_SEP = /^(?:至|到|~|～|-|—|–|－)/;
const RANGE_NUM = /^(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)/;
const ROUGH = /^[一二两三四五六七八][二三四五六七八九]/;
const DIGIT_OF: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const BIG = /^(?:万亿|万|亿)/;
const PERSON_TIMES = /^人[(（]次[)）]/;

const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u[0], [...(UNITS_BY_FIRST.get(u[0]) ?? []), u]);

interface UnitHit {
  unit: string;
  end: number;
}

function unitAt(text: string, pos: number, numeral: string): UnitHit | null {
  if (text[pos] === '%') return { unit: '%', end: pos + 1 };
  const pt = PERSON_TIMES.exec(text.slice(pos, pos + 4));
  if (pt) return { unit: '人次', end: pos + pt[0].length };
  for (const u of UNITS_BY_FIRST.get(text[pos]) ?? []) {
    if (!text.startsWith(u, pos)) continue;
    const next = text[pos + u.length] ?? '';
    const blockers = UNIT_BLOCKERS[u];
    if (blockers && next && blockers.includes(next)) continue;
    if (numeral === '一' && NOT_AFTER_YI.has(u)) return null;
    return { unit: u, end: pos + u.length };
  }
  return null;
}

function valueOf(numeral: string, chinese: boolean, big: string): number | null {
  if (!chinese) return parseArabic(numeral, big);
  const v = parseChineseNumeral(numeral + big);
  return v;
}

/** Every number bound to a measure word in `text` (normalised, simplified), not-facts removed. */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text))) {
    const percentWord = m[1] !== undefined;
    let numeral = m[1] ?? m[2] ?? m[3];
    const chinese = m[2] === undefined && !/^[0-9]/.test(numeral);
    let numStart = m.index;
    let pos = m.index + m[0].length;
    let approxPre: Approx | null = null;
    let start = numStart;
    const prev = text[numStart - 1] ?? '';
    if (chinese && (prev === '数' || prev === '几' || prev === '若')) continue; // 数百, 几十: no number
    if (chinese && prev === '上' && /^[百千万亿]$/.test(numeral)) {
      approxPre = 'over'; // 上千 = more than a thousand
      start = numStart - 1;
    }
    if (!chinese && /[0-9.]/.test(prev)) continue;
    let big = '';
    if (!percentWord) {
      // Chinese runs already contain 万/亿; Arabic takes them as a suffix (800万元), unless 千克 follows
      if (!chinese) {
        const b = BIG.exec(text.slice(pos, pos + 2));
        if (b) {
          big = b[0];
          pos += big.length;
        }
      }
    }
    // 两三个, 三四十名, 七八百人: two neighbouring digits give a rough range → lower bound, about
    let approxRough: Approx | null = null;
    let parsed = numeral;
    if (chinese && ROUGH.test(numeral) && DIGIT_OF[numeral[1]] === DIGIT_OF[numeral[0]] + 1) {
      parsed = numeral[0] + numeral.slice(2);
      approxRough = 'about';
    }
    let value = percentWord ? (chinese ? parseChineseNumeral(parsed) : parseArabic(parsed)) : valueOf(parsed, chinese, big);
    // a "number" of dozens of digits is an ID, a hash or noise, not a count
    if (value === null || !Number.isFinite(value) || numeral.length > 16) continue;
    let approxRange: Approx | null = null;
    // range: 30至35个, 6-8个 → lower bound, about
    const sep = RANGE_SEP.exec(text.slice(pos, pos + 1));
    if (sep && !percentWord) {
      const rest = text.slice(pos + 1, pos + 12);
      const n2 = RANGE_NUM.exec(rest);
      if (n2 && /[0-9]/.test(n2[0]) === !chinese) {
        let p2 = pos + 1 + n2[0].length;
        const b2 = BIG.exec(text.slice(p2, p2 + 2));
        if (b2) p2 += b2[0].length;
        const probe = text[p2] === '余' || text[p2] === '多' ? p2 + 1 : p2;
        if (unitAt(text, probe, n2[0])) {
          pos = p2;
          approxRange = 'about';
          if (!big && b2) value = valueOf(numeral, chinese, b2[0]) ?? value;
        }
      }
    }
    let approxInfix: Approx | null = null;
    const infix = percentWord ? null : markerAt(text, pos, INFIX_MARKERS);
    if (infix) {
      approxInfix = infix[1];
      pos += infix[0].length;
    }
    let unitHit: UnitHit | null;
    if (percentWord) unitHit = { unit: '%', end: pos };
    else unitHit = unitAt(text, pos, infix ? '' : numeral);
    if (!unitHit) {
      NUMBER.lastIndex = m.index + m[0].length;
      continue;
    }
    const unitStart = percentWord ? pos : pos;
    let end = unitHit.end;
    let approxSuffix: Approx | null = null;
    const suffix = markerAt(text, end, SUFFIX_MARKERS);
    if (suffix && (suffix[0].length === 2 || unitHit.unit === '倍' || unitHit.unit === '成' || !/[\u4e00-\u9fff]/.test(text[end + 1] ?? ''))) {
      if (!(suffix[0] === '余' && approxInfix) && !(suffix[0] === '多' && approxInfix)) {
        approxSuffix = suffix[1];
        end += suffix[0].length;
      }
    }
    const pre = approxPre ? null : markerBefore(text, start);
    if (pre) start -= pre[0].length;
    const cand: Quantity = {
      numStart, numEnd: m.index + m[0].length, unitStart, unitEnd: unitHit.end, unit: unitHit.unit, chinese, numeral,
      start, end, value, approx: combine(approxPre, pre?.[1], approxRange, approxRough, approxInfix, approxSuffix),
    };
    if (notFactReason(text, cand) === null) out.push(cand);
    NUMBER.lastIndex = Math.max(unitHit.end, m.index + m[0].length);
  }
  return out;
}
