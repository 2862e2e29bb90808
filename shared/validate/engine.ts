import type { Indicator } from '../catalogue/schema';
import type { Rule, RuleKind, Severity } from '../catalogue/rules';
import { editionForPeriod } from '../catalogue/edition';
import type { FormFile } from '../form/form-file';
import type { AnyEvaluator, EvalContext, Evaluator, Failure } from './context';
import { evaluateDomain } from './domain';
import { evaluateOrder } from './order';
import { evaluateSum } from './sum';
import { evaluateRatio } from './ratio';
import { evaluateChange } from './change';
import { evaluateApproximate } from './approx';
import { evaluateEvidence } from './evidence';
import { evaluateRequired } from './required';
import { evaluateRollup } from './rollup';

/** One failing (or failing-but-explained) rule on one form. */
export type Finding = {
  rule: string;
  severity: Severity;
  /** The standard's message (rules.tsv). */
  message: string;
  /** Every indicator code involved. */
  codes: string[];
  /** Left minus right of the check, where it has sides. */
  imbalance: number | null;
  /** Values seen; blank cells are null. Keys "code@prior", "code@records", "code@单位" mark non-form values. */
  values: Record<string, number | null>;
  /** A warning whose indicator carries a note (说明) in `notes`: reported, but it passes. */
  explained: boolean;
  /** The clerk's note, when explained. */
  note?: string;
  /** The particulars in Chinese (what was computed, which field is missing). */
  detail?: string;
};

export interface ValidateOptions {
  /** Defaults to the edition for the form's period. */
  catalogue?: readonly Indicator[];
  rules?: readonly Rule[];
  /** Captured record counts per code, for R19 (else the form's own `records`). */
  records?: Record<string, number>;
  /** Subordinate forms, for R21 (else the form's own `parts`). */
  parts?: FormFile[];
  /** Codes whose value came from an approximate statement, for R18 (added to the form's own `approx`). */
  approx?: readonly string[];
}

const EVALUATORS: { [K in RuleKind]: Evaluator<K> } = {
  domain: evaluateDomain,
  order: evaluateOrder,
  sum: evaluateSum,
  ratio: evaluateRatio,
  change: evaluateChange,
  approximate: evaluateApproximate,
  evidence: evaluateEvidence,
  required: evaluateRequired,
  rollup: evaluateRollup,
};

/** Every rule on one form, in rule order. Passing rules make no finding; explained warnings do, marked so. */
export function validateForm(form: FormFile, opts: ValidateOptions = {}): Finding[] {
  const edition = editionForPeriod(form.period);
  const catalogue = opts.catalogue ?? edition.indicators;
  const rules = opts.rules ?? edition.rules;
  const kinds = new Map(catalogue.map((i) => [i.code, i.kind]));
  const ctx: EvalContext = {
    form,
    catalogue,
    kindOf: (code) => kinds.get(code),
    records: opts.records ?? form.records ?? {},
    parts: opts.parts ? opts.parts.map((p) => ({ unit: p.unit, period: p.period, values: p.values })) : (form.parts ?? []),
    approx: new Set([...(form.approx ?? []), ...(opts.approx ?? [])]),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const evaluate = EVALUATORS[rule.kind] as AnyEvaluator;
    for (const failure of evaluate(rule, ctx)) findings.push(dress(rule, failure, form));
  }
  return findings;
}

/** True when any finding is an error: warnings, explained or not, never block submission. */
export function hasBlockingError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function dress(rule: Rule, failure: Failure, form: FormFile): Finding {
  const notes = failure.codes.map((c) => noteOf(form, c)).filter((n): n is string => n !== undefined);
  const explained = rule.severity === 'warning' && notes.length > 0;
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: rule.message,
    codes: failure.codes,
    imbalance: failure.imbalance,
    values: failure.values,
    explained,
  };
  if (explained) finding.note = [...new Set(notes)].join('；');
  if (failure.detail) finding.detail = failure.detail;
  return finding;
}

function noteOf(form: FormFile, code: string): string | undefined {
  if (!form.notes || !Object.hasOwn(form.notes, code)) return undefined;
  const note = form.notes[code].trim();
  return note === '' ? undefined : note;
}
