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
}

export function rollupForms(forms: readonly FormFile[], opts: RollupOptions = {}): RollupResult {
  const periods = [...new Set(forms.map((f) => f.period))];
  const period = periods.length === 1 ? periods[0] : '';
  const edition = editionForPeriod(period);
  const catalogue = opts.catalogue ?? edition.indicators;
  const rules = opts.rules ?? edition.rules;
  const kind = new Map(catalogue.map((i) => [i.code, i.kind]));
  const order = new Map(catalogue.map((i, n) => [i.code, n]));

  const values = addUp(forms.map((f) => f.values), kind, order);
  for (const s of deriveRates(values, rules)) values[s.code] = s.value;
  const form: FormFile = { form: 'ZX-01', unit: opts.unit ?? '', period, values };

  if (forms.some((f) => f.prior)) {
    const prior = addUp(forms.map((f) => f.prior ?? {}), kind, order);
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
  return { form, perUnit };
}

/** Sums of the written values, code by code in catalogue order; rates are left for deriveRates. */
function addUp(tables: ReadonlyArray<Record<string, number>>, kind: Map<string, string>, order: Map<string, number>): Record<string, number> {
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
    out[code] = Math.round(sums.get(code)! * 100) / 100; // amounts carry fen; no float tails
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
  for (const f of forms) for (const [code, list] of Object.entries(f.sources ?? {})) (out[code] ??= []).push(...list);
  return Object.keys(out).length === 0 ? undefined : out;
}
