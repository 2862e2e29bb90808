import { FUTURE_OPENING, MAY_PLAN, PLANNED, TARGET_WORD } from './cues';

/**
 * A plan or a target, not a tally of work done, for any row: a modal of intent with a verb of holding or building
 * ("将召开常委会5次", "力争建成委员工作室20个"), a target word in the number's own clause ("计划收集…不少于300条"), or a
 * sentence opening on the time to come. `head`: the sentence up to the number.
 */
export function isPlan(head: string): boolean {
  if (MAY_PLAN.test(head) && PLANNED.test(head)) return true;
  const clause = head.slice(head.search(/[^，,；;。]*$/));
  return TARGET_WORD.test(clause) || FUTURE_OPENING.test(head);
}
