import { tidy, valueOf, type Evaluator } from './context';

// Year-on-year change: |this − last| / last > limit, only where last year's value is >= minPrior
// (a jump from 2 to 4 is not news). One failure per indicator; imbalance is this − last.
export const evaluateChange: Evaluator<'change'> = (rule, { form }) => {
  const out = [];
  for (const code of Object.keys(form.values)) {
    const now = valueOf(form.values, code);
    const last = valueOf(form.prior, code);
    if (now === null || last === null || last < rule.minPrior || last === 0) continue;
    const change = Math.abs(now - last) / last;
    if (change <= rule.limit) continue;
    const pct = Math.round(((now - last) / last) * 1000) / 10;
    out.push({ codes: [code], imbalance: tidy(now - last), values: { [code]: now, [`${code}@prior`]: last }, detail: `上年 ${last}，本年 ${now}，${pct > 0 ? '增' : '减'}${Math.abs(pct)}%` });
  }
  return out;
};
