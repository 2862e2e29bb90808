import {
  BODY_ACTOR,
  DEPARTMENT_ACTOR,
  DUTY_CODE,
  MEMBER_GROUP,
  NOT_A_NAME,
  NO_SUBJECT,
  ONE_MEMBER_DEED,
  ONE_PERSON,
  OTHER_ACTOR,
  PARTIES_ACTOR,
  PUBLIC_ACTOR,
  SOCIAL_ACTOR,
  STATE_ACTOR,
} from './cues';

// Whose work a statement reports. The form counts the office's own activities (政协, 本会, its committees and its
// members as a body); one person's, a department's, a party's or federation's, a firm's own figures fill no row,
// nor (for 表1) a Party committee's, a government's or a town's. Read at the start of the sentence, where Chinese
// reports put the subject, or at the start of the paragraph when the sentence has none of its own.

/** A clause naming the 政协 (or its committees) has the office as its subject again. */
const OFFICE_CLAUSE = /政协|本会|专委会|专门委员会/;

const lastClause = (head: string): string => head.slice(head.search(/[^，,；;]*$/));

/** One person, or a member by name, at the head: never the office's tally, whatever the row. */
function onePerson(head: string): boolean {
  if (ONE_PERSON.test(head)) return true;
  const g = ONE_MEMBER_DEED.exec(head)?.groups;
  if (!g) return false;
  const name = g.a ?? g.b ?? g.c ?? '';
  if (NOT_A_NAME.test(name)) return false;
  return !!g.c || !MEMBER_GROUP.test(name);
}

/**
 * Another actor's own figures, for any row: one person at the head of the sentence, a department's committee or
 * centre, or — in a sentence without a subject of its own — the party, federation, department or person the
 * paragraph opens with ("民建市委会……。组织会员开展活动，捐款捐物20余万元").
 */
export function othersOwn(head: string, sentence: string, topic: string | undefined): boolean {
  if (onePerson(head)) return true;
  if (OFFICE_CLAUSE.test(lastClause(head))) return false;
  if (BODY_ACTOR.test(head)) return true;
  if (!topic || topic.length <= sentence.length || OFFICE_CLAUSE.test(head) || !NO_SUBJECT.test(head)) return false;
  const before = topic.slice(0, topic.length - sentence.length);
  const para = before.slice(before.lastIndexOf('\n') + 1);
  const first = para.slice(0, para.search(/[。！？!?]|$/));
  if (!first || OFFICE_CLAUSE.test(first.slice(0, 12))) return false;
  return OTHER_ACTOR.test(first) || DEPARTMENT_ACTOR.test(first) || BODY_ACTOR.test(first) || onePerson(first);
}

/** For a 表1 row: a Party committee, a government, a town, a firm, a charity or the parties as the subject (`head`). */
export function notTheOffice(code: string, head: string): boolean {
  if (!DUTY_CODE.test(code)) return false;
  if (OFFICE_CLAUSE.test(lastClause(head))) return false;
  return STATE_ACTOR.test(head) || SOCIAL_ACTOR.test(head) || PARTIES_ACTOR.test(head) || PUBLIC_ACTOR.test(head);
}
