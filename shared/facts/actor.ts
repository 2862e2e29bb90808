import {
  ASSOCIATION_ACTOR,
  BODY_ACTOR,
  COMMITTEES_ACTOR,
  LIAISON_GROUP_ACTOR,
  DEPARTMENT_ACTOR,
  DUTY_CODE,
  HOSTED_VISIT,
  MEMBER_GROUP,
  NOT_A_NAME,
  NO_SUBJECT,
  ONE_MEMBER_DEED,
  ONE_PERSON,
  OTHER_ACTOR,
  PARTIES_ACTOR,
  PUBLIC_ACTOR,
  REPORTED_SPEECH,
  SOCIAL_ACTOR,
  STATE_ACTOR,
} from './cues';

// Whose work a statement reports. The form counts the office's own activities (政协, 本会, its committees and its
// members as a body); one person's, a department's, a party's or federation's, a firm's own figures fill no row,
// nor (for 表1) a Party committee's, a government's or a town's. Read at the start of the sentence, where Chinese
// reports put the subject, or at the start of the paragraph when the sentence has none of its own.

/** A clause naming the 政协 (or its committees) has the office as its subject again. */
const OFFICE_CLAUSE = /政协|本会|专委会|专门委员会/;

const PERSON_POST = /董事长|经理|局长|校长|院长|医生|教师|老师|律师|村支书|企业家|厂长|总裁|教授|专家/;

/** The head after its last clause break (a backwards scan: a suffix regex search is quadratic). */
function lastClause(head: string): string {
  let i = head.length;
  while (i > 0) {
    const c = head[i - 1];
    if (c === '，' || c === ',' || c === '；' || c === ';') break;
    i--;
  }
  return head.slice(i);
}

/** One person, or a member by name, at the head: never the office's tally, whatever the row. */
function onePerson(head: string): boolean {
  // "他指出，全县已建成…": one person reporting the office's figures is not their subject
  head = head.replace(REPORTED_SPEECH, '');
  // cheap guards first: this runs for every quantity of a page
  const near = head.slice(0, 24);
  if ((near.includes('他') || near.includes('她') || near.includes('个人')) && ONE_PERSON.test(head)) return true;
  if (!near.includes('委员') && !PERSON_POST.test(near)) return false;
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
  if (/^[省市县区州今全去年0-9]/.test(head) && BODY_ACTOR.test(head)) return true;
  if (!topic || topic.length <= sentence.length || !paragraphOpensWithOther(topic, sentence)) return false;
  return !OFFICE_CLAUSE.test(head) && NO_SUBJECT.test(head);
}

// the facts of one sentence share its paragraph: remember the last verdict
let lastParagraph: { topic: string; sentence: string; other: boolean } | null = null;

/** The paragraph holding `sentence` opens with a sentence whose subject is another actor. */
function paragraphOpensWithOther(topic: string, sentence: string): boolean {
  if (lastParagraph && lastParagraph.topic === topic && lastParagraph.sentence === sentence) return lastParagraph.other;
  const before = topic.slice(0, topic.length - sentence.length);
  const para = before.slice(before.lastIndexOf('\n') + 1);
  const end = para.search(/[。！？!?]/);
  const first = end < 0 ? para : para.slice(0, end);
  const other =
    first.length > 0 &&
    !OFFICE_CLAUSE.test(first.slice(0, 12)) &&
    (OTHER_ACTOR.test(first) || DEPARTMENT_ACTOR.test(first) || BODY_ACTOR.test(first) || onePerson(first));
  lastParagraph = { topic, sentence, other };
  return other;
}

/** For a 表1 row: a Party committee, a government, a town, a firm, a charity or the parties as the subject (`head`). */
export function notTheOffice(code: string, head: string): boolean {
  if (!DUTY_CODE.test(code)) return false;
  // a visit of another office, hosted here: the visitors' work, however much of the 政协 the clause names
  if (HOSTED_VISIT.test(lastClause(head))) return true;
  // a members' association's or another society's own figures
  if (head.includes('会') && ASSOCIATION_ACTOR.test(head)) return true;
  // a township liaison group's own figures
  if (head.includes('组') && (LIAISON_GROUP_ACTOR.test(head) || LIAISON_GROUP_ACTOR.test(lastClause(head)))) return true;
  if (OFFICE_CLAUSE.test(lastClause(head))) return false;
  return STATE_ACTOR.test(head) || SOCIAL_ACTOR.test(head) || PARTIES_ACTOR.test(head) || PUBLIC_ACTOR.test(head);
}

/**
 * For a 表1 row: the special committees' own tally told after the office's figures in the same paragraph
 * ("…调研活动27次……。各专委会全年开展专题调研42次"): one organ's count beside the office's total. Told on its own, a
 * committees' figure stays the office's (the committees are its organs).
 */
export function committeesOwn(code: string, head: string, sentence: string, topic: string | undefined): boolean {
  if (!DUTY_CODE.test(code) || !topic || topic.length <= sentence.length) return false;
  if (!head.includes('委') || !COMMITTEES_ACTOR.test(head)) return false;
  return /[0-9]/.test(topic.slice(0, topic.length - sentence.length));
}
