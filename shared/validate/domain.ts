import { type Evaluator } from './context';

// Counts are whole numbers >= 0, amounts >= 0, rates within [0, 100]. Codes outside the catalogue are the
// form file parser's business, not this rule's.
export const evaluateDomain: Evaluator<'domain'> = (_rule, { form, kindOf }) => {
  const out = [];
  for (const [code, v] of Object.entries(form.values)) {
    const kind = kindOf(code);
    if (!kind) continue;
    const ok =
      typeof v === 'number' && Number.isFinite(v) && v >= 0 && (kind === 'count' ? Number.isInteger(v) : kind === 'rate' ? v <= 100 : true);
    if (ok) continue;
    const why = kind === 'count' ? '计数应为非负整数' : kind === 'rate' ? '比率应在 0–100 之间' : '金额不能为负';
    out.push({ codes: [code], imbalance: null, values: { [code]: typeof v === 'number' ? v : null }, detail: `${why}，实际为 ${String(v)}` });
  }
  return out;
};
