import { z } from 'zod';
import type { Indicator } from '../catalogue/schema';
import { editionForPeriod } from '../catalogue/edition';
import { FormFileError, describeIssue, describeJsonError, findForbiddenKey } from './form-errors';
import { nearest } from './suggest';
import { firstDuplicateKey } from './duplicate-keys';
import { FORM_LIMITS, jsonShapeProblem } from './json-guard';

export { FormFileError } from './form-errors';

// The form data file: the one JSON document that moves between extension, add-in and the office above.
// The keys form/unit/period/values/prior/notes/sources are the standard's own (README "The form data file").
// Extra keys, all optional, are ours:
//   approx   codes whose value came from an approximate statement (余、约、近…) — rule R18
//   records  how many activity records were captured per code — rule R19 (evidence, never a value)
//   parts    the subordinate units' values a consolidated form was added up from — rule R21
//   conflicts  cells the tally left blank because pages disagree: each candidate with its page, for the clerk to settle
//   verified codes the clerk confirmed as exact after an approximate statement, with the value confirmed — rule R18
// A source may say which page it rests on (title, publication date) and how the value was obtained (`how`).
// `null` in values/prior is accepted as a blank cell and dropped: blanks are not zeros.

const amount = z.number().finite().nonnegative();
const numberTable = z.record(z.string(), amount.nullable());

/** How a value was obtained: a stated figure, counted from activity records, summed over events, typed by the clerk. */
export const HowSchema = z.enum(['statement', 'records', 'events', 'typed']);
export type How = z.infer<typeof HowSchema>;

export const SourceSchema = z.strictObject({
  url: z.string(),
  quote: z.string(),
  capturedAt: z.string(),
  /** The page's title and publication date (YYYY-MM-DD) as captured. */
  title: z.string().optional(),
  date: z.string().optional(),
  how: HowSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** One figure a page gives for a cell the pages disagree on. */
export const CandidateSchema = z.strictObject({
  value: amount,
  quote: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  /** The figure is approximate (余、约、近…). */
  approx: z.boolean().optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const ConflictSchema = z.strictObject({ code: z.string(), candidates: z.array(CandidateSchema).min(1) });
export type Conflict = z.infer<typeof ConflictSchema>;

export const FormPartSchema = z.strictObject({
  unit: z.string(),
  period: z.string().optional(),
  values: numberTable,
});

export const FormFileSchema = z.strictObject({
  form: z.string().default(''),
  unit: z.string().default(''),
  period: z.string().default(''),
  values: numberTable,
  prior: numberTable.optional(),
  notes: z.record(z.string(), z.string()).optional(),
  sources: z.record(z.string(), z.array(SourceSchema)).optional(),
  approx: z.array(z.string()).optional(),
  records: z.record(z.string(), z.number().int().nonnegative()).optional(),
  parts: z.array(FormPartSchema).optional(),
  conflicts: z.array(ConflictSchema).optional(),
  verified: z.record(z.string(), amount).optional(),
});

export type FormPart = { unit: string; period?: string; values: Record<string, number> };
export type FormFile = {
  form: string;
  unit: string;
  period: string;
  values: Record<string, number>;
  prior?: Record<string, number>;
  notes?: Record<string, string>;
  sources?: Record<string, Source[]>;
  approx?: string[];
  records?: Record<string, number>;
  parts?: FormPart[];
  conflicts?: Conflict[];
  /** Code → the value the clerk confirmed as exact (已核实); R18 no longer asks while the value is that one. */
  verified?: Record<string, number>;
};

export interface ParseOptions {
  catalogue?: readonly Indicator[];
}

/** Parses a form data file fully or throws one FormFileError naming the place; nothing is half-applied. */
export function parseFormFile(text: string, opts: ParseOptions = {}): FormFile {
  const raw = parseJson(text.replace(/^\uFEFF/, ''));
  const bad = findForbiddenKey(raw, []);
  const twice = firstDuplicateKey(text.replace(/^\uFEFF/, ''));
  if (twice) throw new FormFileError(`${twice}：同一个键出现了两次，请删除多余的一处`);
  if (bad) throw new FormFileError(`${bad}：不允许使用此键名（__proto__、constructor、prototype），请删除或改名`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FormFileError('文件内容应为一个 JSON 对象（以 { 开头），包含 form、unit、period、values 等字段');
  }
  const res = FormFileSchema.safeParse(raw, { reportInput: true });
  if (!res.success) {
    // A misspelt top-level key ("vaules") explains the "missing values" issue that follows it; name it first.
    const issues = [...res.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
    throw new FormFileError(describeIssue(issues[0]));
  }
  const form = toFormFile(res.data);
  checkCodes(form, opts.catalogue ?? editionForPeriod(form.period).indicators);
  return form;
}

/** Stable, human-diffable JSON (two-space indent, keys in the standard's order). */
export function serializeFormFile(f: FormFile): string {
  const out: Record<string, unknown> = { form: f.form, unit: f.unit, period: f.period, values: f.values };
  for (const k of ['prior', 'notes', 'sources', 'approx', 'records', 'parts', 'verified', 'conflicts'] as const) if (f[k] !== undefined) out[k] = f[k];
  return JSON.stringify(out, null, 2) + '\n';
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new FormFileError('文件为空：请提供报表数据文件（JSON）');
  // Before JSON.parse and the recursive key checks, which would end in a stack overflow on a hostile file.
  const shape = jsonShapeProblem(text, '报表数据文件', FORM_LIMITS);
  if (shape) throw new FormFileError(shape);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FormFileError(describeJsonError(text, err as Error));
  }
}

type Parsed = z.infer<typeof FormFileSchema>;

// Null-prototype tables: a key can never reach Object.prototype, and blanks (null) are dropped.
function table<T>(src: Record<string, T | null> | undefined): Record<string, T> | undefined {
  if (src === undefined) return undefined;
  const out: Record<string, T> = Object.create(null);
  for (const [k, v] of Object.entries(src)) if (v !== null) out[k] = v;
  return out;
}

function toFormFile(p: Parsed): FormFile {
  const f: FormFile = { form: p.form.trim(), unit: p.unit.trim(), period: p.period.trim(), values: table(p.values)! };
  if (p.prior) f.prior = table(p.prior);
  if (p.notes) f.notes = table(p.notes);
  if (p.sources) f.sources = table(p.sources);
  if (p.approx) f.approx = [...new Set(p.approx)];
  if (p.records) f.records = table(p.records);
  if (p.verified) f.verified = table(p.verified);
  if (p.parts) f.parts = p.parts.map((q) => ({ unit: q.unit.trim(), ...(q.period ? { period: q.period } : {}), values: table(q.values)! }));
  if (p.conflicts) f.conflicts = p.conflicts;
  return f;
}

function checkCodes(f: FormFile, catalogue: readonly Indicator[]): void {
  const known = new Set(catalogue.map((i) => i.code));
  const check = (place: string, code: string) => {
    if (known.has(code)) return;
    const near = nearest(code, known);
    throw new FormFileError(`${place}：未知指标代码 ${code}${near ? `（是否应为 ${near}？）` : '（请对照 ZX-01 指标目录）'}`);
  };
  const tables = { values: f.values, prior: f.prior, notes: f.notes, sources: f.sources, records: f.records, verified: f.verified };
  for (const [name, t] of Object.entries(tables)) for (const code of Object.keys(t ?? {})) check(name, code);
  f.approx?.forEach((code, i) => check(`approx[${i}]`, code));
  f.parts?.forEach((p, i) => Object.keys(p.values).forEach((code) => check(`parts[${i}].values`, code)));
  f.conflicts?.forEach((c, i) => check(`conflicts[${i}].code`, c.code));
}
