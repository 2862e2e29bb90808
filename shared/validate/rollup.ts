import { tidy, valueOf, type Evaluator } from './context';

// A consolidated form's counts and amounts are the sum over its parts. The consolidated cell must be blank
// exactly when every part is blank (that is what roll-up writes); otherwise it must equal the sum of the
// written parts. Rates are recomputed from counts, not summed, so R06/R07/R09 check them instead.
export const evaluateRollup: Evaluator<'rollup'> = (_rule, { form, parts, catalogue }) => {
  if (parts.length === 0) return [];
  const out = [];
  for (const ind of catalogue) {
    if (ind.kind === 'rate') continue;
    const total = valueOf(form.values, ind.code);
    const written = parts.map((p) => valueOf(p.values, ind.code));
    const present = written.filter((v): v is number => v !== null);
    if (total === null && present.length === 0) continue;
    const sum = present.reduce((a, b) => a + b, 0);
    if (total !== null && present.length > 0 && tidy(total - sum) === 0) continue;
    const values: Record<string, number | null> = { [ind.code]: total };
    parts.forEach((p, i) => (values[`${ind.code}@${p.unit || `第${i + 1}个单位`}`] = written[i]));
    const detail = !Number.isFinite(sum)
      ? '下级单位合计超出可计算的范围（不是有限数），汇总表此项留空：请核对下级单位填报的数值（是否多写了位数）'
      : total === null ? '汇总表此项为空，但下级单位已填' : present.length === 0 ? '下级单位均未填此项，汇总表却有数' : `下级单位合计 ${tidy(sum)}`;
    out.push({ codes: [ind.code], imbalance: total === null || !Number.isFinite(sum) ? null : tidy(total - sum), values, detail });
  }
  return out;
};
