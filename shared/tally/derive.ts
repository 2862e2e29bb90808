import type { Rule } from '../catalogue/rules';

// A rate the counts already determine is offered to the clerk, never written for them: the page may print
// its own rate (Putian's 93.3%), and which one stands is the clerk's call. Two decimals, as 办复率 99.84%.

export interface Suggestion {
  code: string;
  value: number;
  reason: string;
}

/** Rates left blank whose numerator and denominator counts are all written. */
export function deriveRates(values: Record<string, number>, rules: readonly Rule[]): Suggestion[] {
  const out: Suggestion[] = [];
  const has = (c: string) => Object.hasOwn(values, c);
  for (const rule of rules) {
    if (rule.kind !== 'ratio' || has(rule.rate)) continue;
    if (![...rule.numerator, ...rule.denominator].every(has)) continue;
    const num = rule.numerator.reduce((a, c) => a + values[c], 0);
    const den = rule.denominator.reduce((a, c) => a + values[c], 0);
    if (den <= 0) continue;
    const value = Math.round((10000 * num) / den) / 100;
    out.push({ code: rule.rate, value, reason: `按 ${rule.check.replace(/^[^=]*=\s*/, '')} 计算：${num} ÷ ${den} = ${value}%（${rule.id}）` });
  }
  return out;
}
