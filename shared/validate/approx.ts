import { valueOf, type Evaluator } from './context';

// A value from "1500余篇" is a lower bound, not a count: each such value is reported until the clerk
// confirms it (marks it 已核实: `verified` holds the value confirmed, or removes the code from `approx`) or explains
// it in notes. A confirmation holds for the value confirmed only: a value changed afterwards is asked about again.
export const evaluateApproximate: Evaluator<'approximate'> = (_rule, { form, approx }) =>
  [...approx]
    .filter((code) => valueOf(form.values, code) !== null)
    .filter((code) => !(form.verified && Object.hasOwn(form.verified, code) && form.verified[code] === valueOf(form.values, code)))
    .sort()
    .map((code) => ({ codes: [code], imbalance: null, values: { [code]: valueOf(form.values, code) } }));
