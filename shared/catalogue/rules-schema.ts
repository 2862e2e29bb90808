import { z } from 'zod';

// A rule of rules.tsv as data: id, severity, kind, operands, the message the clerk sees.
// One variant per kind; each kind has one small evaluator in shared/validate/.

const code = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, '指标代码格式应为 “分类.名称”，如 mtg.chair');
const codes = z.array(code).min(1);

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

const base = {
  id: z.string().regex(/^[A-Z][A-Za-z0-9_-]*$/, '规则编号应以大写字母开头，如 R02 或 L01'),
  severity: SeveritySchema,
  /** The check as rules.tsv writes it, for reports and the add-in's hover text. */
  check: z.string().min(1),
  message: z.string().min(1),
};

export const RuleSchema = z.discriminatedUnion('kind', [
  /** R01: counts are whole numbers >= 0, amounts >= 0, rates in [0, 100]. */
  z.strictObject({ ...base, kind: z.literal('domain') }),
  /** sum(left) <= sum(right). */
  z.strictObject({ ...base, kind: z.literal('order'), left: codes, right: codes }),
  /** total = sum(parts); `totalSide` keeps the orientation of the written check, so imbalance is left − right. */
  z.strictObject({ ...base, kind: z.literal('sum'), total: code, parts: z.array(code).min(2), totalSide: z.enum(['left', 'right']) }),
  /** rate = 100 × sum(numerator) / sum(denominator), within the rounding of the written rate. */
  z.strictObject({ ...base, kind: z.literal('ratio'), rate: code, numerator: codes, denominator: codes }),
  /** |this − last| / last > limit, for indicators whose last-year value >= minPrior. */
  z.strictObject({ ...base, kind: z.literal('change'), limit: z.number().positive(), minPrior: z.number().nonnegative() }),
  /** A value taken from an approximate statement must be confirmed. */
  z.strictObject({ ...base, kind: z.literal('approximate') }),
  /** Captured records outnumbering the reported count. */
  z.strictObject({ ...base, kind: z.literal('evidence') }),
  /** Header fields that must be present. */
  z.strictObject({ ...base, kind: z.literal('required'), fields: z.array(z.enum(['form', 'unit', 'period'])).min(1) }),
  /** A consolidated form's counts equal the sum over its parts. */
  z.strictObject({ ...base, kind: z.literal('rollup') }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
