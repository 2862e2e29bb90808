import type { Indicator } from '../catalogue/schema';
import type { Rule, RuleKind, RuleOf } from '../catalogue/rules';
import type { FormFile, FormPart } from '../form/form-file';

// What every evaluator sees, and what it returns before the engine dresses it as a Finding.

export interface EvalContext {
  form: FormFile;
  catalogue: readonly Indicator[];
  kindOf: (code: string) => Indicator['kind'] | undefined;
  /** Captured record counts per code (R19). */
  records: Record<string, number>;
  /** Subordinate units' values, for a consolidated form (R21); empty when the form is not one. */
  parts: FormPart[];
  /** Codes whose value came from an approximate statement (R18). */
  approx: ReadonlySet<string>;
}

export interface Failure {
  codes: string[];
  imbalance: number | null;
  values: Record<string, number | null>;
  /** Which unit, which header field… — said in Chinese beside the rule's message. */
  detail?: string;
}

export type Evaluator<K extends RuleKind> = (rule: RuleOf<K>, ctx: EvalContext) => Failure[];
export type AnyEvaluator = (rule: Rule, ctx: EvalContext) => Failure[];

/** A cell's value, or null when blank: blanks are not zeros. */
export function valueOf(table: Record<string, number> | undefined, code: string): number | null {
  if (!table || !Object.hasOwn(table, code)) return null;
  const v = table[code];
  return typeof v === 'number' ? v : null;
}

/** The values seen, code by code, for the finding. */
export function seen(table: Record<string, number> | undefined, codes: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of codes) out[c] = valueOf(table, c);
  return out;
}

/** Sum of the present values, and how many were present. */
export function presentSum(table: Record<string, number>, codes: readonly string[]): { sum: number; present: number } {
  let sum = 0;
  let present = 0;
  for (const c of codes) {
    const v = valueOf(table, c);
    if (v !== null) [sum, present] = [sum + v, present + 1];
  }
  return { sum, present };
}

/** Float noise off an imbalance (0.1 + 0.2 − 0.3 is 0, not 5.5e-17). */
export function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
