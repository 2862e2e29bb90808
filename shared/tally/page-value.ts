import type { Approx, Fact } from '../model';
import { withoutParts, type PartScope } from './parts';

// What one page says about one indicator, from the facts it states about it:
//  - the same figure repeated (a summary paragraph, then the body) counts once;
//  - exact statements beat approximate ones ("1500余篇" then "采编1565篇" → 1565);
//  - parts stated beside their total give the total (525名 = 322名 + 203名 → 525, not 1050);
//  - different figures with no total are the parts of the year's work and add up, as a clerk adds
//    them: 人民政协报刊发报道103篇 + 其他媒体196篇 = 299; 修订8项 + 新出台11项制度 = 19;
//    捐款捐物93.35万元 (地震) + 23.05万元 (慰问) = 116.4万元. Every statement added is in `sources`;
//  - a figure the page marks as the final one (经审查立案78件、并案6件，实际立案72件) is the figure: the others
//    are the same count before a correction, not parts of it;
//  - a figure in a 其中 clause is a part of the figure said before it (提案133件，其中联名提案11件 → 133): see parts.ts.

export interface Statement {
  fact: Fact;
  /** The value in the indicator's unit. */
  value: number;
  /** The page marks it as the final figure (实际立案72件): see finalFigure. */
  final?: boolean;
  /** The figure stands in a 其中 clause: where the whole it is a part of may stand (see partScope). */
  within?: PartScope;
}

/** Words right before a figure that make it the final count of its row: 实际立案72件, 最终确定, 实有. */
const FINAL = /(?:实际|最终|实有)[^，,。；;、\d]{0,6}\d/;

/** Whether the words right before a statement's figure (in its quote or just before it) mark it as the final one. */
export function finalFigure(text: string, fact: { start: number; end: number }): boolean {
  return FINAL.test(text.slice(Math.max(0, fact.start - 8), fact.end));
}

export interface PageValue {
  value: number;
  approximate: boolean;
  /** How the value was stated: exact, or the approximate statements' common kind (mixed ones are "about"). */
  approx: Approx;
  /** The statements the value rests on: the total's, or every part added. */
  sources: Statement[];
  /** True when the value is the sum of different figures, not one stated figure. */
  summed: boolean;
}

export function pageValue(stated: readonly Statement[], opts: { rate?: boolean } = {}): PageValue | null {
  if (stated.length === 0) return null;
  const statements = withoutParts(stated);
  const exactAll = statements.filter((s) => s.fact.approx === 'exact');
  const final = exactAll.filter((s) => s.final);
  const exact = final.length > 0 ? final : exactAll;
  const used = exact.length > 0 ? exact : [...statements];
  const approximate = exact.length === 0;
  const kinds = new Set(used.map((s) => s.fact.approx));
  const approx: Approx = !approximate ? 'exact' : kinds.size === 1 ? [...kinds][0] : 'about';
  const total = Math.max(...used.map((s) => s.value));
  const smaller = used.filter((s) => s.value < total);
  const distinct = [...new Set(used.map((s) => s.value))];
  if (smaller.length === 0) return { value: total, approximate, approx, sources: used, summed: false };
  // Rates never add up: the figure the page states most often is its rate; of equals, the larger (a rate with its
  // wider part, 满意和基本满意率 beside 满意率, is the form's row).
  if (opts.rate) {
    const count = (v: number) => used.filter((s) => s.value === v).length;
    const rate = distinct.reduce((best, v) => (count(v) > count(best) || (count(v) === count(best) && v > best) ? v : best));
    return { value: rate, approximate, approx, sources: used.filter((s) => s.value === rate), summed: false };
  }
  // Parts beside the total: the other figures add up to it. A figure said twice is one statement repeated,
  // so each figure counts once (政协讲堂2期 … 政协讲堂2期 + 委员讲堂4期 is 6, not a total of 4).
  const distinctSmaller = distinct.filter((v) => v < total).reduce((a, b) => a + b, 0);
  if (close(distinctSmaller, total)) {
    return { value: total, approximate, approx, sources: used.filter((s) => s.value === total), summed: false };
  }
  const firstOfEach = distinct.map((v) => used.find((s) => s.value === v)!);
  return { value: round(distinct.reduce((a, b) => a + b, 0)), approximate, approx, sources: firstOfEach, summed: true };
}

/**
 * Whether an exact figure agrees with an approximate one: "1500余" allows 1565, not 1200; "不足50" allows 48;
 * "约/近 200" allows 20% either way (a wider "about" would hide real disagreements).
 */
export function agrees(exact: number, approximate: number, kind: Approx): boolean {
  if (kind === 'over') return exact >= approximate;
  if (kind === 'under') return exact <= approximate;
  if (kind === 'about') return Math.abs(exact - approximate) <= 0.2 * approximate;
  return exact === approximate;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
