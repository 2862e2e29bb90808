import type { Fact } from '../model';

// What one page says about one indicator, from the facts it states about it:
//  - the same figure repeated (a summary paragraph, then the body) counts once;
//  - exact statements beat approximate ones ("1500余篇" then "采编1565篇" → 1565);
//  - parts stated beside their total give the total (525名 = 322名 + 203名 → 525, not 1050);
//  - different figures with no total are the parts of the year's work and add up, as a clerk adds
//    them: 人民政协报刊发报道103篇 + 其他媒体196篇 = 299; 修订8项 + 新出台11项制度 = 19;
//    捐款捐物93.35万元 (地震) + 23.05万元 (慰问) = 116.4万元. Every statement added is in `sources`.

export interface Statement {
  fact: Fact;
  /** The value in the indicator's unit. */
  value: number;
}

export interface PageValue {
  value: number;
  approximate: boolean;
  /** The statements the value rests on: the total's, or every part added. */
  sources: Statement[];
  /** True when the value is the sum of different figures, not one stated figure. */
  summed: boolean;
}

export function pageValue(statements: readonly Statement[]): PageValue | null {
  if (statements.length === 0) return null;
  const exact = statements.filter((s) => s.fact.approx === 'exact');
  const used = exact.length > 0 ? exact : [...statements];
  const approximate = exact.length === 0;
  const total = Math.max(...used.map((s) => s.value));
  const smaller = used.filter((s) => s.value < total);
  const distinct = [...new Set(used.map((s) => s.value))];
  if (smaller.length === 0) return { value: total, approximate, sources: used, summed: false };
  // Parts beside the total: the smaller figures add up to it (counting a repeated part once also fits).
  const sum = smaller.reduce((a, s) => a + s.value, 0);
  const distinctSmaller = distinct.filter((v) => v < total).reduce((a, b) => a + b, 0);
  if (close(sum, total) || close(distinctSmaller, total)) {
    return { value: total, approximate, sources: used.filter((s) => s.value === total), summed: false };
  }
  const firstOfEach = distinct.map((v) => used.find((s) => s.value === v)!);
  return { value: round(distinct.reduce((a, b) => a + b, 0)), approximate, sources: firstOfEach, summed: true };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
