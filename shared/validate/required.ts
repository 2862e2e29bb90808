import type { Evaluator } from './context';

const LABEL = { form: '表号', unit: '填报单位', period: '报告期' } as const;

// The header fields without which the office above cannot file the form.
export const evaluateRequired: Evaluator<'required'> = (rule, { form }) => {
  const missing = rule.fields.filter((f) => !form[f] || form[f].trim() === '');
  if (missing.length === 0) return [];
  return [{ codes: [], imbalance: null, values: {}, detail: `缺：${missing.map((f) => LABEL[f]).join('、')}` }];
};
