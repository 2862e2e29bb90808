import { RuleSchema, type Rule } from './rules-schema';
import { STANDARD_RULES as DATA } from './rules-data';

export { RuleSchema, SeveritySchema, type Rule, type RuleKind, type RuleOf, type Severity } from './rules-schema';

/** R01–R21, parsed once through the schema so a typo in the data fails at load, not at check time. */
export const STANDARD_RULES: readonly Rule[] = DATA.map((r) => RuleSchema.parse(r));

/** Every indicator code a rule names (none for form-wide rules such as R01, R17–R21). */
export function ruleCodes(rule: Rule): string[] {
  switch (rule.kind) {
    case 'order':
      return [...rule.left, ...rule.right];
    case 'sum':
      return rule.totalSide === 'left' ? [rule.total, ...rule.parts] : [...rule.parts, rule.total];
    case 'ratio':
      return [...new Set([rule.rate, ...rule.numerator, ...rule.denominator])];
    default:
      return [];
  }
}
