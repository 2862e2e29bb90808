import { presentSum, seen, tidy, valueOf, type Evaluator } from './context';

// sum(left) <= sum(right). Blank is not zero: the right side must be fully written (a blank there could be
// anything), the left needs at least one written value (written values are a lower bound of its sum, since
// counts are >= 0). Otherwise the rule is not evaluated.
export const evaluateOrder: Evaluator<'order'> = (rule, { form }) => {
  const codes = [...rule.left, ...rule.right];
  const left = presentSum(form.values, rule.left);
  if (left.present === 0 || rule.right.some((c) => valueOf(form.values, c) === null)) return [];
  const right = presentSum(form.values, rule.right).sum;
  if (left.sum <= right) return [];
  return [{ codes, imbalance: tidy(left.sum - right), values: seen(form.values, codes) }];
};
