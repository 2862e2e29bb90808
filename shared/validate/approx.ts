import { valueOf, type Evaluator } from './context';

// A value from "1500余篇" is a lower bound, not a count: each such value is reported until the clerk
// confirms it (removes the code from `approx`) or explains it in notes.
export const evaluateApproximate: Evaluator<'approximate'> = (_rule, { form, approx }) =>
  [...approx]
    .filter((code) => valueOf(form.values, code) !== null)
    .sort()
    .map((code) => ({ codes: [code], imbalance: null, values: { [code]: valueOf(form.values, code) } }));
