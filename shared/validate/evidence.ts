import { tidy, valueOf, type Evaluator } from './context';

// Records are evidence, never values: more captured records of an activity than the reported count means
// the count is probably short. A blank count is not evaluated (blank is not zero).
export const evaluateEvidence: Evaluator<'evidence'> = (_rule, { form, records }) => {
  const out = [];
  for (const code of Object.keys(records).sort()) {
    const reported = valueOf(form.values, code);
    const found = records[code];
    if (reported === null || !(found > reported)) continue;
    out.push({ codes: [code], imbalance: tidy(found - reported), values: { [code]: reported, [`${code}@records`]: found }, detail: `采集到 ${found} 条记录，填报 ${reported}` });
  }
  return out;
};
