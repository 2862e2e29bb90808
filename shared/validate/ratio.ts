import { presentSum, seen, tidy, valueOf, type Evaluator } from './context';
import { rateMatches } from './rate';

// rate = 100 × sum(numerator) / sum(denominator). Needs the rate and every count written (blank is not
// zero) and a denominator above zero; then the written rate must be the computed one, rounded as written.
export const evaluateRatio: Evaluator<'ratio'> = (rule, { form }) => {
  const counts = [...new Set([...rule.numerator, ...rule.denominator])];
  const codes = [rule.rate, ...counts];
  const rate = valueOf(form.values, rule.rate);
  if (rate === null || counts.some((c) => valueOf(form.values, c) === null)) return [];
  const den = presentSum(form.values, rule.denominator).sum;
  if (den === 0) return [];
  const computed = (100 * presentSum(form.values, rule.numerator).sum) / den;
  if (rateMatches(rate, computed)) return [];
  return [{ codes, imbalance: tidy(rate - computed), values: seen(form.values, codes), detail: `按件数计算应为 ${computed.toFixed(2)}%` }];
};
