import { BODY_ACTOR, DUTY_CODE, MEMBER_GROUP, ONE_MEMBER_DEED, ONE_PERSON, SOCIAL_ACTOR, STATE_ACTOR } from './cues';

// Whose work a 表1 statement reports. The rows count the office's own activities (政协, 本会, its committees and
// its members as a body); a Party committee's, a government's, a town's, a firm's or one person's own figures fill
// none of them. Read at the start of the sentence, where Chinese reports put the subject.

/** A clause naming the 政协 (or its committees) has the office as its subject again. */
const OFFICE_CLAUSE = /政协|本会|专委会|专门委员会/;

/** The sentence up to the number (`head`) has another actor than the office as its subject, for a 表1 row. */
export function notTheOffice(code: string, head: string): boolean {
  if (!DUTY_CODE.test(code)) return false;
  if (ONE_PERSON.test(head) || oneMember(head)) return true;
  if (OFFICE_CLAUSE.test(head.slice(head.search(/[^，,；;]*$/)))) return false;
  return STATE_ACTOR.test(head) || BODY_ACTOR.test(head) || SOCIAL_ACTOR.test(head);
}

/** A member or person named at the head, not a group ("优秀委员", "全体委员"). */
function oneMember(head: string): boolean {
  const g = ONE_MEMBER_DEED.exec(head)?.groups;
  if (!g) return false;
  if (g.c) return true;
  return !MEMBER_GROUP.test(g.a ?? g.b ?? '');
}
