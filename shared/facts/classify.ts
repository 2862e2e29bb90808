import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { cueIndexOf, termIndex, type Term } from './terms';
import { candidateList, cueTables, unitTable } from './cue-tables';
import { preferWithinTopic } from './prefer';
import {
  AWARD_QUALIFIERS,
  AWARDED_DOCUMENTS,
  MEMBERS_OWN,
  MEMBER_GROUP,
  NOT_COUNTED_NOUNS,
  ONE_MEMBER,
  OTHER_ACTOR,
  OTHER_OFFICES,
  PARTICIPANTS_OF,
  ORGS_BEFORE,
  SENT_TO_ORGS,
  PLACE_BEFORE,
  HEARD,
  HEARD_CODES,
  PER_UNIT,
  CHANNEL_BREAKDOWN,
  SUBMITTED_ELSEWHERE,
  UNCOUNTED_KINDS,
  COUNTED_NOUN_BEFORE,
  DEPARTMENT_ACTOR,
  OUTCOME_MARKER,
  RATE_BEFORE_VERB,
  OWN_SUBJECT,
  RESEARCH_SUBJECT,
  SUBJECT_BREAKDOWN,
  TOPIC_GATES,
  unqualified,
  REVIEWED_BODY,
  REVIEW_VERB,
  DUTY_CODE,
  DUTY_OUTCOME_AGENT,
  DUTY_PART_BY_SUBJECT,
  EVENT_NOUN_AFTER,
  EVENT_NOUN_BEFORE,
  ADJACENT_FILLER,
  BARE_HOLDING,
  EXPANDED_FORM,
  EXPANDED_FORM_ALL,
  INSTRUCTIONS_COUNTED_LATER,
  QUALIFIED_ACTIVITY,
} from './cues';
import { unitFamily } from './units';
import { PAGING } from './not-facts';
import { unitHints } from './unit-fit';
import { committeesOwn, notTheOffice, othersOwn } from './actor';
import { notWhatItCounts } from './counted';
import { isPlan } from './plans';
import { rowOnItsLine } from './line-rows';
import { countsOtherDocuments, documentsAfterActivity, documentSubject, OUTCOME_AGENT, proposerItem, setBeforePart, shareRate } from './proposal-outcomes';

/** The words around one number, in normalised simplified text. */
export interface FactContext {
  /** from the previous fact (or clause start) up to the number */
  before: string;
  /** from the unit up to the next fact (or clause end) */
  after: string;
  /** "A和B参训": the words after the last of a run of parallel quantities, used when A's own words name nothing */
  tail?: string;
  /** the whole sentence, for distant cues */
  sentence: string;
  /**
   * the sentence between the neighbouring quantities: a distant cue must stand here, since words beyond
   * another quantity are that quantity's ("收集社情民意信息528条，涉及…12个领域"); defaults to sentence
   */
  free?: string;
  /** the sentence after the unit ("围绕40多个议题…开展微协商活动") */
  rest?: string;
  /** the sentence and what precedes it in the paragraph, for topic words (提案, 社情民意); defaults to sentence */
  topic?: string;
  unit: string;
  value: number;
  /** the number was the word 一 */
  indefiniteOne?: boolean;
  /** unit of the quantity right before, when `before` starts where it ends ("579名委员提交提案922件") */
  prevUnit?: string;
  /** the quote's own words before the number: an approx bound it took in ("不少于3次") */
  lead?: string;
}

interface Match {
  score: number;
  local: boolean;
  /** span of the match in before + '\u0000' + after (local matches only) */
  at: number;
  len: number;
}

// Hot path (every cue around every number): plain loops, no closures created per call.

/** Some alternative of part `j` occurs wholly before position `end` of `text` (end < 0: anywhere). */
function partBefore(t: Term, j: number, text: string, end: number): boolean {
  for (const a of t.parts[j]) {
    const k = text.indexOf(a);
    if (k >= 0 && (end < 0 || k + a.length <= end)) return true;
  }
  return false;
}

/** Every part but the last occurs wholly before `end` (end < 0: anywhere in the text). */
function earlierParts(t: Term, text: string, end: number): boolean {
  for (let j = 0; j < t.parts.length - 1; j++) if (!partBefore(t, j, text, end)) return false;
  return true;
}

/**
 * Best position-weighted match of a term: 1.3 right after the unit, 1.2 right before the number, decaying with distance.
 * `local2` is before + '\u0000' + after and `sep` the length of before.
 */
function termScore(t: Term, ctx: FactContext, local2: string, sep: number, fit: number): Match {
  let best = 0;
  let local = false;
  let at = -1;
  let len = 0;
  const last = t.parts.length - 1;
  const free = ctx.free ?? ctx.sentence;
  for (const alt of t.parts[last]) {
    // last part decides the position; earlier parts must precede it in the same window
    let from = 0;
    for (;;) {
      const i = cueIndexOf(local2, alt, from);
      if (i < 0) break;
      from = i + 1;
      if (last > 0 && !earlierParts(t, local2, i)) continue;
      let s: number;
      if (i > sep) {
        const d = i - sep - 1;
        s = d === 0 ? 1.3 : Math.max(0.5, 1 - 0.03 * d);
      } else {
        const d = sep - (i + alt.length);
        if (d < 0) continue;
        // "调研报告协商讨论会4次", "主席会议研究议题46项": a meeting or topic noun between the cue and the
        // number is what is counted, when the unit does not fit the cue's indicator
        if (fit < 1 && COUNTED_BETWEEN.test(local2.slice(i + alt.length, sep))) continue;
        s = d === 0 ? 1.2 : Math.max(0.5, 1 - 0.03 * d);
      }
      if (s > best) {
        best = s;
        local = true;
        at = i;
        len = alt.length;
      }
    }
    if (!local && free.includes(alt) && earlierParts(t, free, -1)) best = Math.max(best, 0.3);
  }
  // most candidates do not match: one shared answer for them (the caller skips a zero score unread)
  return best === 0 ? NO_MATCH : { score: best * t.weight, local, at, len };
}
const NO_MATCH: Match = Object.freeze({ score: 0, local: false, at: -1, len: 0 });

const COUNTED_BETWEEN = /会|议题|课题|事项/;
/** A sheet's document noun with no verb of its own (what 表2/表3's base rows are named by). */
const DOCUMENT_NOUN = /^(?:社情民意信息|社情民意|民意信息|提案)$/;
const JOINER = /^[和及与、或][^，,；;。]{0,3}$/;

/** End of the last outcome word (获, 得到, 被) in the words before a number, or -1. */
function lastOutcome(before: string): number {
  let end = -1;
  // (an exec loop over one hoisted pattern: matchAll would clone it and build an iterator per call)
  OUTCOME_WORDS.lastIndex = 0;
  for (let m = OUTCOME_WORDS.exec(before); m; m = OUTCOME_WORDS.exec(before)) end = m.index + m[0].length;
  return end;
}
const OUTCOME_WORDS = /得到|获得|被|受到|获/g;

/** Where the first part of a multi-part cue stands before its last part at `last`. */
function firstPartAt(t: Term, text: string, last: number): number {
  let at = last;
  for (const a of t.parts[0]) {
    const i = text.indexOf(a);
    if (i >= 0 && i < at) at = i;
  }
  return at;
}

/** Some alternative occurs in `text` clear of the top match and joined to it by 和/或/、. */
function joinedTo(text: string, top: Match, alts: readonly string[]): boolean {
  for (const alt of alts) {
    for (let i = text.indexOf(alt); i >= 0; i = text.indexOf(alt, i + 1)) {
      if (i < top.at + top.len && top.at < i + alt.length) continue;
      const between = i < top.at ? text.slice(i + alt.length, top.at) : text.slice(top.at + top.len, i);
      if (JOINER.test(between)) return true;
    }
  }
  return false;
}
const DIFFERENCE = /(?:较|比|同比|环比)[^，,；;。]{0,10}(?:增加|减少|增长|下降|提高|降低|多出|多|少)了?$/;
const LOCAL_MIN = 1.5;
const SENTENCE_MIN = 10;

/** The indicator a quantity counts, from the words around it; null when none fits or two fit equally. */
export function classifyFactContext(ctx: FactContext, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): string | null {
  return rankIndicators(ctx, catalogue).code;
}

export interface Ranking {
  code: string | null;
  ranked: Array<[string, Match & { term: Term }]>;
}

/** Scores of every indicator for a context (the classifier's reasoning, for tests and debugging). */
export function rankIndicators(ctx0: FactContext, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): Ranking {
  // "党组（扩大）会议18次": a meeting name with its 扩大 form in brackets is the meeting named
  if (ctx0.before.includes('扩大') && EXPANDED_FORM.test(ctx0.before)) return rankIndicators(withoutExpandedForm(ctx0), catalogue);
  // a table written as text: the row's own line names its number (line-rows.ts)
  const ctx = rowOnItsLine(ctx0);
  if (ctx.indefiniteOne) return none(); // 提一条建议, 撰写一篇: a per-person norm, not a tally
  if (ctx.value === 1 && /每[年月季周天日人]|每季度|每半年/.test(ctx.before)) return none();
  // "较上年增加15件", "比上届减少20件": the difference between two tallies is not a tally
  if (DIFFERENCE.test(ctx.before)) return none();
  // "将召开常委会5次", "力争建成…20个": a plan or target, not a tally
  if (isPlan(sentenceHead(ctx))) return none();
  // "共 286 条  1/29页  首页 上一页": a list page's count of its items, no activity of the office
  if (PAGING.test((ctx.rest ?? '').slice(0, 16))) return none();
  // "立案64件，占提案总数的54%": a share is a rate of the form only as the share of its base (proposal-outcomes.ts)
  const share = shareRate(ctx, (c) => rankIndicators(c, catalogue).code, catalogue);
  if (share !== undefined) return share ? { code: share, ranked: [] } : none();
  // "579名委员提交提案922件": the counted members' own share
  if (ctx.prevUnit && /^[名位人]$/.test(ctx.prevUnit) && MEMBERS_OWN.test(ctx.before)) return none();
  if (ctx.unit === '%') {
    for (const [re, code] of RATE_BEFORE_VERB) if (re.test(ctx.after) && termIndex(catalogue).byCode.has(code)) return { code, ranked: [] };
  }
  // "立案提案中，委员署名的241件，人民团体9件": a part of the filed proposals named by its proposers alone (the
  // proposers named are no subject: whose the proposals are is read before the set is named)
  const byProposer = proposerItem(ctx, sentenceHead(ctx), catalogue, (lead) => otherActor({ ...ctx, sentence: lead, rest: '' }) || othersOwn(lead, ctx.sentence, ctx.topic));
  if (byProposer) return { code: byProposer, ranked: [] };
  // "市工商联今年提交提案15件", "李明委员提交提案8件": someone else's own figures
  if (otherActor(ctx) || othersOwn(sentenceHead(ctx), ctx.sentence, ctx.topic)) return none();
  // "每户慰问金500元": a figure per recipient
  // (每户/各自 governs the whole list it opens: "为他们各自送去大米50斤、慰问金500元")
  if (PER_UNIT.test(sentenceHead(ctx).slice(-30))) return none();
  // "优秀提案15件": documents commended, counted by no row
  if (AWARDED_DOCUMENTS.test(ctx.before)) return none();
  const reviewed = reviewedBodies(ctx, catalogue);
  if (reviewed) return reviewed;
  const first = ranked(setBeforePart(ctx), catalogue);
  if (!first.code) return participants(ctx, catalogue) ?? namedEarlier(ctx, catalogue) ?? eventAsSubject(ctx, catalogue) ?? first;
  const r = documentsInstead(ctx, { ...first, code: first.code }, catalogue);
  // "通过委员履职平台提交提案2712件": a part by channel; "向全国政协…会议提交提案207件": sent elsewhere
  if (/^(?:pro|inf)\./.test(r.code) && CHANNEL_BREAKDOWN.test(ctx.before)) return none(r.ranked);
  if (r.code === 'pro.submitted' && SUBMITTED_ELSEWHERE.test(ctx.before)) return none(r.ranked);
  if (HEARD_CODES.includes(r.code) && HEARD.test(ctx.before)) return none(r.ranked);
  // "协商议事室286个": places, not events held in them
  const ind = termIndex(catalogue).byCode.get(r.code);
  if (ind && unitFamily(ind.unit) === 'events' && PLACE_BEFORE.test(ctx.before)) return none(r.ranked);
  // "提案承办单位共56个": organisations, counted by no row (unless they are where the counted documents went:
  // "报送相关部门800多条", "转交有关单位36件")
  if (ORGS_BEFORE.test(ctx.before) && !SENT_TO_ORGS.test(ctx.before)) return none(r.ranked);
  // "并案、撤案317件": a counted disposal summed with one no row counts
  if (UNCOUNTED_JOINED.some(([w, joined]) => ctx.before.includes(w) && joined.test(ctx.before))) {
    const top = r.ranked.find(([c]) => c === r.code)?.[1];
    if (top?.local) return none(r.ranked);
  }
  // "全国政协办理提案5000余件报送信息…": a sheet's document noun right before the number is what is
  // counted; a cue of another sheet after the number is not about it
  for (const [prefix, noun] of COUNTED_NOUN_BEFORE) {
    if (noun.test(ctx.before) && !r.code.startsWith(prefix)) {
      const top = r.ranked.find(([c]) => c === r.code)?.[1];
      if (top && top.at > ctx.before.length) return none(r.ranked);
    }
  }
  // "95项问题均得到办理", "七项议程": the noun right after the unit is what is counted, and no row counts it
  // (unless a cue starts right there: 界别工作室, 界别协商会)
  // ("两个事项，…开展专项监督": items each under an activity count that activity, as topics do)
  const heldOnItems = /^事项/.test(ctx.after) && !!ind && unitFamily(ind.unit) === 'events';
  if (NOT_COUNTED_NOUNS.test(ctx.after) && !cueStartsAfter(r, ctx.after) && !heldOnItems) return none(r.ranked);
  // "经济建设方面提案2133件", "关于教育的提案": documents broken down by subject
  if (/^(?:pro|inf)\.|^res\.suggestions$/.test(r.code) && SUBJECT_BREAKDOWN.test(ctx.before.replace(/《[^》]*》|“[^”]*”/g, ''))) return none(r.ranked);
  // "其中经济方面的调研报告6篇", "其中围绕乡村振兴开展调研5次": a part of a 表1 total by subject or theme
  if (DUTY_CODE.test(r.code) && DUTY_PART_BY_SUBJECT.test(ctx.before)) return none(r.ranked);
  // "14篇调研成果获…批示，批示共计21件次": the row counts the instructions, not the reports instructed
  if (r.code === 'res.instructions' && ctx.unit === '篇' && INSTRUCTIONS_COUNTED_LATER.test(ctx.rest ?? '')) return none(r.ranked);
  // "监督性调研2次": a qualifier before the cue names another row's activity
  const qualified = qualifiedActivity(ctx, r, catalogue);
  if (qualified) return { code: qualified, ranked: r.ranked };
  // 表1: the office's own work, counted in what the row counts (actor.ts, counted.ts)
  if (notTheOffice(r.code, sentenceHead(ctx)) || committeesOwn(r.code, sentenceHead(ctx), ctx.sentence, ctx.topic) || notWhatItCounts(ctx, r.code, ind, r.ranked.find(([c]) => c === r.code)?.[1])) return none(r.ranked);
  // 表2/表3: the subject that proposed, handled or sent the documents may name another row, or no tally
  if (/^(?:pro|inf)\./.test(r.code)) {
    const top = r.ranked.find(([c]) => c === r.code)?.[1];
    if (top?.local && countsOtherDocuments(ctx, r.code, top.term.parts[top.term.parts.length - 1], cueTables(catalogue).text.get(top.term) ?? '')) {
      // the other kind may be another sheet's own ("刊发报道28篇": publicity), named by a cue next to the number
      const sheet = r.code.slice(0, 4);
      const other = r.ranked.find(([c, v]) => !c.startsWith(sheet) && v.local && v.score >= LOCAL_MIN);
      return other ? { code: other[0], ranked: r.ranked } : none(r.ranked);
    }
    const code = documentSubject(ctx, r.code, sentenceHead(ctx), catalogue);
    if (code !== r.code) return code ? { code, ranked: r.ranked } : none(r.ranked);
  }
  return r;
}

type Coded = Ranking & { code: string };

/** Each uncounted kind with its pattern joined to a neighbour by 、/和 (compiled once, not per fact). */
const UNCOUNTED_JOINED: ReadonlyArray<readonly [string, RegExp]> = UNCOUNTED_KINDS.map((w) => [w, new RegExp(`[、和及与]${w}|${w}[、和及与]`)]);

/** "主席会议审议通过12件重点提案": the documents after the unit, when a sheet's row names them, are what is counted. */
function documentsInstead(ctx: FactContext, r: Coded, catalogue: readonly Indicator[]): Coded {
  const docs = documentsAfterActivity(ctx, r.code);
  if (!docs) return r;
  const d = ranked(docs, catalogue);
  // (a base count, 提案/社情民意信息 with no verb of its own, is not named by the noun alone here)
  if (!d.code || !/^(?:pro|inf)\./.test(d.code) || d.code === 'pro.submitted' || d.code === 'inf.collected') return r;
  return { ...d, code: d.code };
}

function ranked(ctx: FactContext, catalogue: readonly Indicator[]): Ranking {
  const cut = ctx.before.lastIndexOf('等');
  // "A、B等N项制度": what precedes 等 are examples; the counted thing comes after 等. Fall back to the
  // examples when nothing else names it ("起草讲话、报告等132篇", "界别、小组等提案12件"), unless they
  // name several indicators: "专题协商会、双周协商座谈会等100场" sums kinds the form counts apart.
  if (cut >= 0) {
    const r = rankWith(ctx, ctx.before.slice(cut + 1), catalogue);
    if (r.code && r.ranked.some(([c, v]) => c === r.code && v.local)) return topicsOfActivity(ctx, r, catalogue);
    if (severalKinds(ctx, ctx.before.slice(0, cut), catalogue)) return none(r.ranked);
    const joined = rankWith(ctx, ctx.before.slice(0, cut) + ctx.before.slice(cut + 1), catalogue);
    if (joined.code) return topicsOfActivity(ctx, joined, catalogue);
  }
  let r = rankWith(ctx, ctx.before, catalogue);
  if (!r.code && ctx.tail) r = rankWith({ ...ctx, after: ctx.after + ctx.tail }, ctx.before, catalogue);
  return topicsOfActivity(ctx, r, catalogue);
}

/** "培训班…共有120名委员参加": members counted at the one activity whose row counts its participants. */
function participants(ctx: FactContext, catalogue: readonly Indicator[]): Ranking | null {
  if (unitFamily(ctx.unit) !== 'people') return null;
  for (const p of PARTICIPANTS_OF) {
    if (!(p.verb.test(ctx.after) || p.relative?.test(ctx.before)) || !p.event.test(ctx.sentence) || !termIndex(catalogue).byCode.has(p.code)) continue;
    if (notOwnSubject(ctx, ctx.before).has(p.code)) continue;
    return { code: p.code, ranked: [] };
  }
  return null;
}

/** The sentence up to the number. */
function sentenceHead(ctx: FactContext): string {
  const end = ctx.sentence.length - (ctx.rest?.length ?? 0);
  return ctx.sentence.endsWith(ctx.rest ?? '') ? ctx.sentence.slice(0, end) : ctx.before;
}

/** The sentence (up to the number) starts with another actor than the office. */
function otherActor(ctx: FactContext): boolean {
  const head = sentenceHead(ctx);
  if (namedMember(head) || OTHER_OFFICES.test(head)) return true;
  // a clause with a subject of the 政协's own ("…，政协委员提出提案286件") is the office's again
  if (/政协/.test(head.slice(lastClauseStart(head)))) return false;
  if (OTHER_ACTOR.test(head) || DEPARTMENT_ACTOR.test(head)) return true;
  // a sentence without a subject of its own ("其中集体提案11件", "全年提交提案30件") continues the
  // paragraph's: a party or federation opening the paragraph is still the one reporting
  if (ctx.topic && ctx.topic.length > ctx.sentence.length && !/政协/.test(head) && /^(?:其中|共|全年|今年|累计|先后|此外|同时|[0-9]{4}年)/.test(head)) {
    if (OTHER_ACTOR.test(ctx.topic.slice(0, 60))) return true;
  }
  return false;
}

/** Where the text's last clause starts: after its last ，,；; (what search(/[^，,；;]*$/) finds, in one pass). */
function lastClauseStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '，' || c === ',' || c === '；' || c === ';') return i + 1;
  }
  return 0;
}

/** The sentence opens with one member by name (or 他/她). */
function namedMember(head: string): boolean {
  const m = ONE_MEMBER.exec(head);
  if (!m) return false;
  const who = m[0].replace(/^[^，,；;。]{0,4}?政协(?=委员)/, '');
  const name = who.replace(/委员.*$/, '') || who.replace(/^委员/, '').replace(/(?:个人)?(?:先后|今年|全年|共|累计|积极)?(?:提交|提出|撰写|反映|报送|领衔)$/, '');
  return !MEMBER_GROUP.test(name);
}

function cueStartsAfter(r: Ranking, after: string): boolean {
  const top = r.ranked.find(([c]) => c === r.code)?.[1];
  if (!top) return false;
  return top.term.parts[top.term.parts.length - 1].some((a) => after.startsWith(a));
}

/** The examples listed before 等 name two or more indicators that are not parent and child. */
function severalKinds(ctx: FactContext, examples: string, catalogue: readonly Indicator[]): boolean {
  const items = examples.slice(examples.search(/[^，,；;。]*$/)).split(/[、和及与]/).filter((w) => w.length >= 2);
  if (items.length < 2) return false;
  const { byCode } = termIndex(catalogue);
  const codes: string[] = [];
  for (const item of items) {
    const c = rankWith({ ...ctx, after: '', tail: '', free: item, sentence: item, rest: '' }, item, catalogue).code;
    if (c && !codes.some((o) => o === c || byCode.get(o)?.parent === c || byCode.get(c)?.parent === o)) codes.push(c);
  }
  return codes.length >= 2;
}

/**
 * "围绕9个议题开展专项民主监督", "等40多个议题…开展微协商活动": topics are counted as the activity held on
 * them, when the sentence goes on to name an event indicator.
 */
function topicsOfActivity(ctx: FactContext, r: Ranking, catalogue: readonly Indicator[]): Ranking {
  if (!/^(?:议题|主题|事项)/.test(ctx.after) || !ctx.rest) return topicsNamedBefore(ctx, r, catalogue);
  const { terms, byCode } = termIndex(catalogue);
  let best: { code: string; weight: number; at: number } | null = null;
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || t.parts.length !== 1 || t.length < 3 || unitFamily(ind.unit) !== 'events') continue;
    for (const alt of t.parts[0]) {
      const at = ctx.rest.indexOf(alt);
      if (at >= 0 && (!best || at < best.at || (at === best.at && t.weight > best.weight))) best = { code: t.code, weight: t.weight, at };
    }
  }
  return best ? { ...r, code: best.code } : r;
}

/**
 * "确定专项民主监督议题4个", "专题协商议题6个": the topics of an activity named right before the topic noun are
 * counted as that activity, as above. Research topics stay the research-topic row's (调研议题, 专题调研议题).
 */
function topicsNamedBefore(ctx: FactContext, r: Ranking, catalogue: readonly Indicator[]): Ranking {
  const lead = /(?:的)?(?:议题|主题)(?:共|共计|计|有)?$/.exec(ctx.before);
  // (a noun right after the unit is what is counted instead)
  if (!lead || /^[\u4e00-\u9fff]/.test(ctx.after)) return r;
  const head = ctx.before.slice(0, lead.index);
  const { terms, byCode } = termIndex(catalogue);
  let best: { code: string; len: number; weight: number } | null = null;
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || t.parts.length !== 1 || t.length < 3 || unitFamily(ind.unit) !== 'events' || t.code.startsWith('res.')) continue;
    for (const alt of t.parts[0]) {
      if (!head.endsWith(alt)) continue;
      if (!best || alt.length > best.len || (alt.length === best.len && t.weight > best.weight)) best = { code: t.code, len: alt.length, weight: t.weight };
    }
  }
  return best ? { ...r, code: best.code } : r;
}

type Scored = Match & { term: Term };

/** The fact is counted in the indicator's own unit, or one its wording allows ("批示…人次/件次/篇"). */
const ownUnit = (ind: Indicator | undefined, unit: string): boolean => !!ind && (ind.unit === unit || unitHints(ind).has(unit));

const none = (ranked: Ranking['ranked'] = []): Ranking => ({ code: null, ranked });
const byScore = (a: [string, Scored], b: [string, Scored]): number => b[1].score - a[1].score;

function rankWith(ctx: FactContext, before: string, catalogue: readonly Indicator[]): Ranking {
  const tables = cueTables(catalogue);
  const { terms, byCode } = tables;
  const scores = new Map<string, Scored>();
  const award = AWARD_QUALIFIERS.exec(ctx.after)?.[0];
  // only cues whose last part can start somewhere around the number are scored
  const candidates = candidateList(tables, ctx.sentence, [before, ctx.after]);
  const unit = unitTable(tables, ctx.unit);
  const local2 = before + '\u0000' + ctx.after;
  // "N条意见建议得到…批示", "N篇信息被…采用": the words before the outcome name what is counted, the
  // outcome after it names the row
  // (right after the counted noun: within a few characters of the unit)
  const om = OUTCOME_MARKER.exec(ctx.after.slice(0, 12));
  const outcomeAt = om ? before.length + 1 + om.index : -1;
  const notOwn = notOwnSubject(ctx, before);
  const researchNamed = RESEARCH_SUBJECT.test(ctx.sentence);
  // topic gates, tested once per fact: 1 passes, 2 passes and the sentence itself names the topic, 0 fails
  const gates = new Int8Array(TOPIC_GATES.length).fill(-1);
  for (const k of candidates) {
    const fit = unit.fit[k];
    // the topic noun names documents (社情民意信息, 提案): it counts in their own unit family only
    if (fit === 0 || (fit < 1 && tables.holdsTopic[k] === 1)) continue;
    const t = terms[k];
    if (notOwn.size > 0 && notOwn.has(t.code)) continue;
    const not = tables.instructionNot[k];
    if (not && !researchNamed && (not.by.test(local2) || not.on.test(ctx.sentence))) continue;
    const g = tables.gate[k];
    if (g >= 0 && gates[g] < 0) {
      const re = TOPIC_GATES[g][1];
      gates[g] = re.test(ctx.topic ?? ctx.sentence) ? (re.test(ctx.sentence) ? 2 : 1) : 0;
    }
    if (g >= 0 && gates[g] === 0) continue;
    const confirmed = g >= 0 && gates[g] === 2;
    const m = termScore(t, ctx, local2, before.length, fit) as Scored;
    if (m.score === 0) continue;
    // 讲座 alone: only a members' lecture when the phrase says so (only QUALIFIED_CUES can lack a qualifier)
    if (tables.qualified[k] === 1 && unqualified(t.parts, m.local ? local2 : (ctx.free ?? ctx.sentence))) continue;
    // specificity among the indicators this unit can count: 监督 is generic, but only one people-indicator owns it
    m.score *= unit.spec[k];
    if (award && !(tables.text.get(t) ?? '').includes(award)) continue;
    // a topic word in the sentence itself confirms the gated sheet (社情民意 → 表3 rather than 表1)
    m.score *= fit * (confirmed ? 1.25 : 1);
    m.term = t;
    const prev = scores.get(t.code);
    // a match next to the number beats any match elsewhere in the sentence
    // (and, for one row named both before and after an outcome word, the match after it: "12篇稿件被…刊用" is
    // counted by its outcome, which the rule below keeps)
    const byOutcome = outcomeAt >= 0 && prev?.local && m.local && (prev.at < outcomeAt) !== (m.at < outcomeAt);
    if (byOutcome ? m.at > outcomeAt : !prev || (m.local && !prev.local) || (m.local === prev.local && m.score > prev.score)) scores.set(t.code, m);
  }
  if (outcomeAt >= 0) {
    // the outcome is the predicate of the counted subject: a relative clause before the number
    // ("承办的412件提案均已答复") only names the subject too
    let outcome = false;
    for (const v of scores.values()) if (v.local && v.at > outcomeAt) outcome = true;
    if (outcome) for (const [c, v] of [...scores]) if (v.local && v.at < outcomeAt) scores.delete(c);
    // "有2篇报道得到…肯定": things that met an outcome no row counts are a part, not the whole
    if (!outcome && /^(?:得到|获得|被|受到|获)/.test(om![0])) for (const [c, v] of [...scores]) if (v.local && v.at > before.length && v.at < outcomeAt) scores.delete(c);
  } else {
    // "调研报告获市领导批办18件次": in the words before the number, what follows the outcome word names the row
    const bm = lastOutcome(before);
    if (bm >= 0) {
      let outcome = false;
      for (const v of scores.values()) if (v.local && v.at >= bm && v.at < before.length) outcome = true;
      if (outcome) for (const [c, v] of [...scores]) if (v.local && v.at + v.len <= bm) scores.delete(c);
    }
  }
  const all = [...scores.entries()].sort(byScore);
  // words next to the number outrank words elsewhere in the sentence, whatever their length
  const ranked: typeof all = [];
  for (const e of all) if (e[1].local) ranked.push(e);
  if (ranked.length === 0) ranked.push(...all);
  if (ranked.length === 0) return none(all);
  // a sheet named in the paragraph (not the sentence) owns a shared cue too, when the sentence names no
  // research result the 表1 row would count ("…社情民意…。其中，获得省领导批示9件次")
  const owning: boolean[] = [];
  for (const v of gates) owning.push(v === 2 || (v === 1 && !researchNamed));
  preferWithinTopic(ranked, owning, before.length, ctx.unit, byCode);
  const [code, top] = ranked[0];
  // a short generic cue right against the number, in the indicator's own unit ("开展调研36次"), is enough
  // (or right after the outcome word: "对3篇社情民意信息作出批示")
  const predicate =
    outcomeAt >= 0 &&
    top.at >= outcomeAt + om![0].length &&
    (top.at <= outcomeAt + om![0].length + 2 ||
      (/^(?:pro|inf)\./.test(code) && OUTCOME_AGENT.test(local2.slice(outcomeAt + om![0].length, top.at))) ||
      (DUTY_CODE.test(code) && DUTY_OUTCOME_AGENT.test(local2.slice(outcomeAt + om![0].length, top.at))));
  const adjacent =
    top.local &&
    ((top.at + top.len <= before.length && ADJACENT_FILLER.test(before.slice(top.at + top.len))) || top.at === before.length + 1 || predicate) &&
    ownUnit(byCode.get(code), ctx.unit);
  if (top.score < (top.local ? LOCAL_MIN : SENTENCE_MIN) && !(adjacent && top.score >= 0.5)) return none(all);
  const topText = tables.text.get(top.term) ?? '';
  const topParent = byCode.get(code)?.parent;
  let second: Scored | undefined;
  let secondCode = '';
  const phraseStart = top.local && top.term.parts.length > 1 ? firstPartAt(top.term, local2, top.at) : top.at;
  for (const [c, v] of ranked) {
    // "转为社情民意信息和意见建议": words inside the top cue's own phrase are its object, not a rival
    if (v.local && v.at >= phraseStart && v.at + v.len <= top.at) continue;
    // "转交有关部门办理社情民意信息30条": the sheet's document noun alone, after the top verb and before the number, is
    // that verb's object, not a rival (unless another verb is joined to the top one: "收集和转交社情民意信息30条")
    if (v.local && !/[和及与、并]$/.test(local2.slice(0, phraseStart)) && top.at + top.len <= v.at && v.at + v.len <= before.length && c.slice(0, 4) === code.slice(0, 4) && DOCUMENT_NOUN.test(local2.slice(v.at, v.at + v.len))) continue;
    // the same words at the same place owned by two rows: the fact's unit has chosen the top one
    if (v.at === top.at && v.len === top.len && byCode.get(code)?.unit === ctx.unit && byCode.get(c)?.unit !== ctx.unit) continue;
    if (c !== code && byCode.get(c)?.parent !== code && topParent !== c && !topText.includes(tables.text.get(v.term) ?? '')) {
      second = v;
      secondCode = c;
      break;
    }
  }
  // 表2: "见面率、办结率、满意和基本满意率均达100%": rates listed before one value all have it; the one nearest the
  // number names the fact
  if (second?.local && ctx.unit === '%' && byCode.get(code)?.unit === '%' && byCode.get(secondCode)?.unit === '%') {
    const [a, b] = top.at < second.at ? [top, second] : [second, top];
    if (JOINER.test(local2.slice(a.at + a.len, b.at))) {
      const dist = (v: Scored): number => (v.at > before.length ? v.at - before.length : before.length - (v.at + v.len));
      return { code: dist(second) < dist(top) ? secondCode : code, ranked: all };
    }
  }
  // two distant cues about as strong: the sentence names two things and nothing ties either to the number
  if (second && !top.local && second.score >= 0.8 * top.score) return none(all);
  if (second && second.local) {
    // two activities named side by side (专题协商和视察调研活动) → the number counts both: no single indicator
    if (second.score >= 0.8 * top.score) return none(all);
    const [a, b] = top.at < second.at ? [top, second] : [second, top];
    if (JOINER.test(local2.slice(a.at + a.len, b.at))) return none(all);
  }
  // "满意或基本满意的291件": a cue contained in the top one, standing on its own and joined to it
  for (const [c, v] of ranked) {
    if (c === code || !v.local || byCode.get(c)?.parent === code || topParent === c) continue;
    if (v.at >= phraseStart && v.at + v.len <= top.at) continue;
    if (joinedTo(local2, top, v.term.parts[v.term.parts.length - 1])) return none(all);
  }
  return { code, ranked: all };
}

export { classifyTitle } from './title';

// ── 表1 (履职工作): rows counted in something else than the cue's own noun ──

/**
 * "创设了委员双月恳谈会。…共组织了6次委员恳谈会": an event the passage named in full earlier in the paragraph, counted
 * under a short form of that name (a word left out inside, or in front). The full name must be one row's cue, and
 * the only full name of that short form in the paragraph.
 */
function namedEarlier(ctx: FactContext, catalogue: readonly Indicator[]): Ranking | null {
  const short = EVENT_NOUN_AFTER.exec(ctx.after)?.[0] ?? EVENT_NOUN_BEFORE.exec(ctx.before)?.[1];
  if (!short || short.length < 3 || !ctx.topic || ctx.topic.length <= ctx.sentence.length) return null;
  const earlier = ctx.topic.slice(0, ctx.topic.length - ctx.sentence.length);
  const names = new Set<string>();
  for (const m of earlier.matchAll(fullNamesOf(short))) names.add(m[0]);
  const codes = new Set<string>();
  for (const name of names) {
    // the full name as the fact's own words, with nothing else around it
    const r = rankWith({ ...ctx, before: '', after: name, tail: '', free: name, sentence: name, rest: name, topic: name }, '', catalogue);
    if (!r.code) continue;
    const ind = termIndex(catalogue).byCode.get(r.code);
    if (!ind || unitFamily(ind.unit) !== unitFamily(ctx.unit)) continue;
    codes.add(r.code);
  }
  if (codes.size !== 1) return null;
  const [code] = codes;
  if (notTheOffice(code, sentenceHead(ctx))) return null;
  return { code, ranked: [] };
}

/**
 * "委员恳谈会自创办以来，累计举办60余次": the sentence opens with an event as its subject (the topic it speaks of), and
 * the number's clause has only a bare verb of holding: the number counts that event. The opening clause holds no
 * other figure, and the event's row counts in the number's unit family.
 */
function eventAsSubject(ctx: FactContext, catalogue: readonly Indicator[]): Ranking | null {
  if (!BARE_HOLDING.test(ctx.before.replace(/^(?:全年|今年|年内|当年)/, '')) || /^[\u4e00-\u9fff]/.test(ctx.after)) return null;
  // (the sentence head runs through the number itself: the number's clause starts where `before` does)
  const head = sentenceHead(ctx);
  const at = head.lastIndexOf(ctx.before);
  if (at < 0 || !/[0-9]/.test(head.charAt(at + ctx.before.length))) return null;
  const earlier = head.slice(0, at);
  // (a date says when the event began: "自2019年创办以来，")
  if (!/[，,]$/.test(earlier) || /[0-9]/.test(earlier.replace(/[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?/g, ''))) return null;
  const subject = earlier.replace(EVENT_SUBJECT_LEAD, '');
  const { terms, byCode } = termIndex(catalogue);
  let best: { code: string; len: number; weight: number } | null = null;
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || t.parts.length !== 1 || unitFamily(ind.unit) !== 'events' || unitFamily(ind.unit) !== unitFamily(ctx.unit)) continue;
    for (const alt of t.parts[0]) {
      if (alt.length < 3 || !subject.startsWith(alt)) continue;
      if (!best || alt.length > best.len || (alt.length === best.len && t.weight > best.weight)) best = { code: t.code, len: alt.length, weight: t.weight };
    }
  }
  if (!best) return null;
  // the opening noun phrase must end at the event's name (not 双周协商座谈会办公室, 委员工作室成员), and be the subject,
  // not the time or place of something else ("专题协商会上，", "主席会议后，")
  const after = subject.slice(best.len);
  if (/^[的之]?(?:[\u4e00-\u9fff]{0,2}(?:办公室|成员|委员会|小组|制度|机制|品牌|平台))/.test(after)) return null;
  if (/^(?:上|中|后|前|期间|之后|以后|结束|闭幕)/.test(after)) return null;
  if (notTheOffice(best.code, head)) return null;
  return { code: best.code, ranked: [] };
}

/** Full names of an event's short form: a word left out inside it (4+ chars) or in front of it. */
function fullNamesOf(short: string): RegExp {
  let re = FULL_NAMES.get(short);
  if (!re) {
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inside = short.length >= 4 ? `${esc(short.slice(0, 2))}[\u4e00-\u9fff]{1,4}${esc(short.slice(2))}` : null;
    const front = `[\u4e00-\u9fff]{1,4}${esc(short)}`;
    re = new RegExp(inside ? `${inside}|${front}` : front, 'g');
    if (FULL_NAMES.size >= 256) FULL_NAMES.clear();
    FULL_NAMES.set(short, re);
  }
  return re;
}
/** Compiled once per short form; the forms are page words, so the cache is bounded (cleared when full). */
const FULL_NAMES = new Map<string, RegExp>();

/** What may stand before the event that opens a sentence as its subject: the office, a time ("今年以来，" is no subject). */
const EVENT_SUBJECT_LEAD = /^(?:[^，,；;。]{0,8}?(?:政协|本会|我会)(?:的)?)?/;

/**
 * "对三个部门进行民主测评", "民主评议政府部门12个": a review is held on a body, so the bodies reviewed count the
 * reviews. The review word must stand in the clause of the number (before it, or after the counted bodies).
 */
const REVIEW_AT_END = new RegExp(`(?:${REVIEW_VERB.source})了?[^，,；;。]{0,4}$`);

function reviewedBodies(ctx: FactContext, catalogue: readonly Indicator[]): Ranking | null {
  if (ctx.unit !== '个' && ctx.unit !== '家') return null;
  if (!termIndex(catalogue).byCode.has('sup.review')) return null;
  const clauseBefore = ctx.before.slice(lastClauseStart(ctx.before));
  // (the bodies are the review's object: 对 N个部门, or the review verb right before them; "邀请12个部门参加" are guests)
  const bodyAfter = REVIEWED_BODY.test(ctx.after) && (/对[^，,；;。]{0,8}$/.test(clauseBefore) || REVIEW_AT_END.test(clauseBefore));
  const bodyBefore = /(?:部门|单位)(?:共|共有|总计|合计|达)?$/.test(clauseBefore);
  if (!bodyAfter && !bodyBefore) return null;
  const rest = ctx.rest ?? ctx.after;
  const restClause = rest.slice(0, Math.max(0, rest.search(/[，,；;。]|$/)));
  const verb = (bodyBefore && REVIEW_VERB.test(clauseBefore)) || (bodyAfter && (REVIEW_VERB.test(restClause) || REVIEW_AT_END.test(clauseBefore)));
  if (!verb || notTheOffice('sup.review', sentenceHead(ctx))) return null;
  return { code: 'sup.review', ranked: [] };
}

/**
 * Indicators whose subject the phrase says is someone else ("机关党员干部培训班22期"): the nearest cue of
 * the indicator before the number is qualified by another group and not by members.
 */
function notOwnSubject(ctx: FactContext, before: string): ReadonlySet<string> {
  const end = ctx.sentence.length - (ctx.rest?.length ?? 0);
  const prefix = end > 0 && end <= ctx.sentence.length && ctx.sentence.endsWith(ctx.rest ?? '') ? ctx.sentence.slice(0, end) : before;
  // one fact is ranked several times (its own words, the words after 等, a share's base…) over one prefix
  if (lastNotOwn?.prefix !== prefix) lastNotOwn = { prefix, codes: notOwnIn(prefix) };
  return lastNotOwn.codes;
}
let lastNotOwn: { prefix: string; codes: ReadonlySet<string> } | null = null;

function notOwnIn(prefix: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const o of OWN_SUBJECT) {
    const at: number[] = [];
    // (an exec loop over the global pattern: matchAll would clone it per call)
    o.cue.lastIndex = 0;
    for (let m = o.cue.exec(prefix); m; m = o.cue.exec(prefix)) at.push(m.index);
    // the nearest mention decides; a bare one ("，培训237人次") takes the qualifier of the one before
    for (let j = at.length - 1; j >= 0 && j >= at.length - 3; j--) {
      const qualifier = prefix.slice(Math.max(0, at[j] - 10), at[j]);
      const clause = qualifier.slice(qualifier.search(/[^，,；;。]*$/));
      if (o.of.test(clause)) break;
      if (o.notOf.test(clause)) {
        for (const c of o.codes) out.add(c);
        break;
      }
      if (!/^[开展举办组织参加参与共计]*$/.test(clause)) break;
    }
  }
  return out;
}

/** "开展监督性调研2次": the row a qualifier right before the top cue (next to the number) makes the activity, if any. */
function qualifiedActivity(ctx: FactContext, r: Coded, catalogue: readonly Indicator[]): string | null {
  const top = r.ranked.find(([c]) => c === r.code)?.[1];
  if (!top?.local || top.at > ctx.before.length) return null;
  for (const q of QUALIFIED_ACTIVITY) {
    if (q.from.includes(r.code) && q.qualifier.test(ctx.before.slice(0, top.at)) && termIndex(catalogue).byCode.has(q.to)) return q.to;
  }
  return null;
}

/** The context with "（扩大）" taken out of meeting names (sentence, paragraph and the words before the number). */
function withoutExpandedForm(ctx: FactContext): FactContext {
  const cut = (t: string | undefined): string | undefined => t?.replace(EXPANDED_FORM_ALL, '');
  return { ...ctx, before: cut(ctx.before)!, sentence: cut(ctx.sentence)!, free: cut(ctx.free), topic: cut(ctx.topic) };
}
