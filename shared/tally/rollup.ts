import type { Indicator } from '../catalogue/schema';
import type { Rule } from '../catalogue/rules';
import { editionForPeriod } from '../catalogue/edition';
import type { FormFile, Source } from '../form/form-file';
import { validateForm, type Finding } from '../validate/engine';
import { deriveRates } from './derive';

// Several subordinate units' forms → one consolidated form. Counts and amounts add up (a cell blank in every
// part stays blank: blanks are not zeros); rates are recomputed from the added counts, never added. The parts'
// values travel in `parts`, so `check` can run R21 on the consolidated form alone. Each unit's findings are
// kept apart. The period is the parts' common period, or blank (then R20 asks for it) when they differ.

export interface RollupOptions {
  unit?: string;
  catalogue?: readonly Indicator[];
  rules?: readonly Rule[];
}

export interface RollupResult {
  form: FormFile;
  perUnit: Array<{ unit: string; findings: Finding[] }>;
  /** Findings on the consolidated form itself: R21 where the parts' sum is not a finite number (left blank). */
  findings: Finding[];
}

export function rollupForms(forms: readonly FormFile[], opts: RollupOptions = {}): RollupResult {
  const periods = [...new Set(forms.map((f) => f.period))];
  const period = periods.length === 1 ? periods[0] : '';
  const edition = editionForPeriod(period);
  const catalogue = opts.catalogue ?? edition.indicators;
  const rules = opts.rules ?? edition.rules;
  const kind = new Map(catalogue.map((i) => [i.code, i.kind]));
  const order = new Map(catalogue.map((i, n) => [i.code, n]));

  const overflowed = new Set<string>();
  const values = addUp(forms.map((f) => f.values), kind, order, overflowed);
  for (const s of deriveRates(values, rules)) values[s.code] = s.value;
  const form: FormFile = { form: 'ZX-01', unit: opts.unit ?? '', period, values };

  const priorOverflowed = new Set<string>();
  if (forms.some((f) => f.prior)) {
    const prior = addUp(forms.map((f) => f.prior ?? {}), kind, order, priorOverflowed);
    for (const s of deriveRates(prior, rules)) prior[s.code] = s.value;
    form.prior = prior;
  }
  const notes = mergeNotes(forms);
  if (notes) form.notes = notes;
  const sources = mergeSources(forms);
  if (sources) form.sources = sources;
  const approx = [...new Set(forms.flatMap((f) => f.approx ?? []))].filter((c) => Object.hasOwn(values, c));
  if (approx.length > 0) form.approx = approx;
  if (forms.some((f) => f.records)) form.records = addUp(forms.map((f) => f.records ?? {}), kind, order);
  form.parts = forms.map((f) => ({ unit: f.unit, ...(f.period ? { period: f.period } : {}), values: { ...f.values } }));

  const perUnit = forms.map((f) => ({ unit: f.unit, findings: validateForm(f, { catalogue, rules }) }));
  // A sum past the largest double (1e308 + 1e308) is left blank, never written as Infinity (JSON null): R21 says so.
  const r21 = rules.filter((r) => r.kind === 'rollup');
  const findings = overflowed.size === 0 ? [] : validateForm(form, { catalogue, rules: r21 }).filter((f) => f.codes.some((c) => overflowed.has(c)));
  for (const code of priorOverflowed) findings.push(priorOverflow(code, forms, r21[0]));
  return { form, perUnit, findings };
}

/** The same finding as R21's, for a prior-year sum that is not a finite number (R21 checks this year's values only). */
function priorOverflow(code: string, forms: readonly FormFile[], r21: Rule | undefined): Finding {
  const values: Record<string, number | null> = {};
  forms.forEach((f, i) => (values[`${code}@${f.unit || `第${i + 1}个单位`}`] = f.prior?.[code] ?? null));
  return {
    rule: r21?.id ?? 'R21', severity: r21?.severity ?? 'error', message: r21?.message ?? '汇总数与下级单位合计不符', codes: [code],
    imbalance: null, values, explained: false,
    detail: '下级单位上年数合计超出可计算的范围（不是有限数），汇总表上年数此项留空：请核对下级单位填报的上年数',
  };
}

/**
 * Sums of the written values, code by code in catalogue order; rates are left for deriveRates. A sum that is not
 * a finite number is left out (and its code added to `overflowed`).
 */
function addUp(
  tables: ReadonlyArray<Record<string, number>>,
  kind: Map<string, string>,
  order: Map<string, number>,
  overflowed: Set<string> = new Set(),
): Record<string, number> {
  const sums = new Map<string, number>();
  for (const t of tables) {
    for (const [code, v] of Object.entries(t)) {
      if (kind.get(code) === 'rate') continue;
      sums.set(code, (sums.get(code) ?? 0) + v);
    }
  }
  const out: Record<string, number> = {};
  const rank = (c: string) => order.get(c) ?? Infinity;
  for (const code of [...sums.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const sum = sums.get(code)!;
    if (!Number.isFinite(sum)) overflowed.add(code);
    // amounts carry fen; no float tails (past 1e15 a double has no fen to round, and sum * 100 could overflow)
    else out[code] = Math.abs(sum) < 1e15 ? Math.round(sum * 100) / 100 : sum;
  }
  return out;
}

// A unit's note explains that unit's figure; in the consolidated form it keeps the unit's name.
function mergeNotes(forms: readonly FormFile[]): Record<string, string> | undefined {
  const out: Record<string, string[]> = {};
  for (const f of forms) {
    for (const [code, note] of Object.entries(f.notes ?? {})) {
      if (note.trim() === '') continue;
      (out[code] ??= []).push(`${f.unit || '下级单位'}：${note.trim()}`);
    }
  }
  const codes = Object.keys(out);
  return codes.length === 0 ? undefined : Object.fromEntries(codes.map((c) => [c, out[c].join('；')]));
}

function mergeSources(forms: readonly FormFile[]): Record<string, Source[]> | undefined {
  const out: Record<string, Source[]> = {};
  // One push per source: spreading a long list into push() overflows the stack (a 100 MB roll-up input).
  for (const f of forms) for (const [code, list] of Object.entries(f.sources ?? {})) {
    const into = (out[code] ??= []);
    for (const s of list) into.push(s);
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
