import { ruleCodes } from '../catalogue/rules';
import { presentSum, seen, tidy, valueOf, type Evaluator } from './context';

// total = sum(parts), to the standard's letter: with every part written it is an equality; with some parts
// blank it is evaluated only when the total and at least two parts are written, and then as total >= sum.
export const evaluateSum: Evaluator<'sum'> = (rule, { form }) => {
  const total = valueOf(form.values, rule.total);
  const parts = presentSum(form.values, rule.parts);
  if (total === null || parts.present < 2) return [];
  const complete = parts.present === rule.parts.length;
  const ok = complete ? total === parts.sum : total >= parts.sum;
  if (ok) return [];
  const diff = rule.totalSide === 'left' ? total - parts.sum : parts.sum - total;
  const codes = ruleCodes(rule);
  return [{ codes, imbalance: tidy(diff), values: seen(form.values, codes), ...(complete ? {} : { detail: '部分分项未填，按合计不小于已填分项之和审核' }) }];
};
