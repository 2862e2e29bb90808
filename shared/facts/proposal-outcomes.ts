import type { Indicator } from '../catalogue/schema';
import type { FactContext } from './classify';
import { DEPARTMENT_ACTOR, MEMBER_GROUP, ONE_MEMBER, OTHER_ACTOR, OTHER_OFFICES, SHARE_IS_RATE, SHARE_OF } from './cues';
import { termIndex } from './terms';
import { unitFamily } from './units';

// 表2 提案 and 表3 社情民意: once the words around a number have named a row of these sheets, the subject of
// the sentence (who proposed, received, handled or sent the documents) can still move the figure to another
// row or to none. Read on the sentence up to the number.

/** Adverbs between a subject and its verb ("王华委员今年共提交", "他本届以来撰写"). */
const ADVERBS = /(?:今年以来|今年|全年|去年|年内|本届以来|五年来|[一二三四五两]年来|近年来|累计|先后|积极|共计|总共|共|已经|已|个人)/g;

/** What ONE_MEMBER needs once the adverbs are gone: 他/她 or 委员, then one of its verbs in the clause. */
const MEMBER_VERB = /(?:他|她|委员)[^，,；;。]{0,14}(?:提交|提出|撰写|反映|报送|领衔)/;

/** One member by name (or 他/她) opens the sentence: their own documents, no tally of the office. */
function oneMember(head: string): boolean {
  if (!MEMBER_VERB.test(head)) return false;
  const h = head.replace(ADVERBS, '');
  const m = ONE_MEMBER.exec(h);
  if (!m) return false;
  const who = m[0].replace(/^[^，,；;。]{0,4}?政协(?=委员)/, '');
  if (/^(?:他|她)/.test(who)) return true;
  const name = who.replace(/委员.*$/, '') || who.replace(/^委员/, '').replace(/(?:提交|提出|撰写|反映|报送|领衔)$/, '');
  return !MEMBER_GROUP.test(name);
}

/**
 * Who proposed, as the subject of 提交/提出/撰写 ("各专门委员会提出提案14件", "以集体名义提交的提案45件"): a
 * class of proposer is that class's row. 提案委员会 receives proposals, it does not make them.
 */
const PROPOSER_CLASSES: ReadonlyArray<readonly [code: string, who: RegExp]> = [
  ['pro.by_member', /以委员(?:个人)?(?:的)?名义|委员个人|委员联名/],
  ['pro.collective', /集体名义|以集体/],
  ['pro.by_party', /各民主党派|民主党派[和、及与]?[^，,；;。]{0,3}工商联/],
  ['pro.by_group', /人民团体/],
  ['pro.by_sector', /界别(?:小组|组)?/],
  ['pro.by_committee', /(?<!提案(?:审查)?)专门委员会|(?<!提案)专委会/],
];
const PROPOSE_VERB = /(?:提交|提出|撰写|报送)(?:的|了)?(?:集体)?(?:提案)?$/;
const MEMBERS = /委员(?!会)|参加单位/;

function proposerClass(head: string): string | null {
  const clause = head.slice(head.search(/[^，,；;。]*$/));
  const v = PROPOSE_VERB.exec(clause);
  if (!v) return null;
  const subject = clause.slice(0, v.index);
  const found = PROPOSER_CLASSES.filter(([, re]) => re.test(subject)).map(([c]) => c);
  // members beside the bodies: all proposers, the whole count
  if (found.length === 0 || (MEMBERS.test(subject.replace(/委员(?:个人|联名)|以委员/g, '')) && !found.includes('pro.by_member'))) return null;
  if (found.length === 1) return found[0];
  // several bodies: together they are the collective proposals, members among them make the whole
  return found.includes('pro.by_member') ? null : 'pro.collective';
}

/** Some word the actor patterns need (a cheap test before reading clause by clause). */
const ANY_ACTOR = /联络[组处室站]|工委|委员小组|委员活动组|[省市县区州][\u4e00-\u9fff]{1,3}委(?![员会])|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|妇联|总工会|团[省市县区]委|共青团|文联|科协|侨联|残联|人大|纪委|监委|统战部|宣传部|组织部|政法委|政府|[级县区层]政协|局|厅|办公室|法院|检察院|医院|公司|集团/;

/**
 * A body below the office, as the subject ("镇政协联络组收集社情民意信息46条", "各街道政协工委报送…"): the
 * township's own figures, not the office's tally.
 */
const SUBORDINATE = /^(?:(?:今年|全年|去年|年内)[^，,；;。]{0,6})?(?:全[县市区旗])?各?[^，,；;。向对为给到被由通依借经从在与和及各]{0,4}?(?:[镇乡]|街道)(?:[（(]街道[）)])?(?:政协)?(?:工作)?(?:联络组|联络处|联络室|委员小组|委员活动组)(?:共|累计|全年)?(?:收集|征集|报送|上报|编报|反映|提交|提出|撰写)/;

const OWN_OFFICE = /(?:^|[。；;！？!?\n])(?:[^，,；;。\n]{0,12}(?:以来|年来|期间|年|月底|月|目前)[，,])?([省市县区])政协(?!委员)/;
/** A sentence whose subject is an office of one level ("市政协全年编报…"). */
const OFFICE_LEVEL = /^(?:今年|全年|去年|年内|同期)?([省市县区])政协(?!委员)/;

/** A government commission ("市发改委", "区卫健委"): a department too (市委 itself stands for the whole). */
const COMMISSION = /^[省市县区州](?![委政])[\u4e00-\u9fff]{1,3}委(?!员|会)/;

const DEPARTMENT_WORD = /局|厅|办公室|法院|检察院|医院|公司|集团/;

/** The nearest clause (back from the number) that opens with a subject names another body than the office. */
function someoneElses(head: string, topic = ''): boolean {
  // "县政协收集社情民意信息286条；市政协全年编报信息1200余篇": an office of another level than the one the
  // paragraph opens with is another office
  const lvl = OFFICE_LEVEL.exec(head.slice(head.lastIndexOf('\n') + 1).replace(LEAD_IN, '').replace(TIME_CLAUSE, ''));
  if (lvl) {
    // (the office the paragraph reports: the first one opening a sentence, not one named in passing, "在市政协指导下")
    const own = OWN_OFFICE.exec(topic);
    if (own && own[1] !== lvl[1]) return true;
  }
  if (!ANY_ACTOR.test(head)) return false;
  // (a title line run into the first sentence is no part of it)
  const own = head.slice(head.lastIndexOf('\n') + 1).replace(LEAD_IN, '').replace(TIME_CLAUSE, '');
  const clauses = own.split(/[，,；;。]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i].replace(LEAD_IN, '');
    if (SUBORDINATE.test(c)) return true;
    if (/^[^被向给由经从]{0,6}政协/.test(c) && !OTHER_OFFICES.test(c)) return false;
    if (OTHER_ACTOR.test(c) || OTHER_OFFICES.test(c) || DEPARTMENT_ACTOR.test(c) || COMMISSION.test(c)) return true;
  }
  return false;
}

/**
 * "女委员提交提案43件", "新增委员提交提案56件": members of one kind are a breakdown by proposer no row counts
 * (委员, 广大委员, 全体委员, 各界委员 are all of them).
 */
const MEMBER_KIND = /(?:我[省市县区州]|本[省市县区州]|新增|新任|女|少数民族|党外|非中共|中共党员|青年|年轻|基层|一线|企业家|民营企业家?|(?<!各)[^，,；;。各]界)委员(?:们)?(?:共|累计|全年)?(?:提交|提出|撰写|反映|报送)/;
/** All levels summed ("全省政协系统共收到提案12560件"): the roll-up adds each office's own form. */
const ALL_LEVELS = /(?:全[省市区县州盟]|各级|本[省市区县])政协系统/;

/**
 * A rate of the office's own proposals: not of one kind of them ("重点提案办结率100%", "对85件重点提案的满意率"),
 * and a satisfaction rate given by the proposers, not by residents ("群众满意度达96%").
 */
function ownRate(before: string, code: string): boolean {
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  // "满意率达99.2%，其中满意率达86.7%": a rate after 其中 is a part of the one before
  if (/^其中/.test(clause)) return false;
  const head = clause.replace(/(?:立案|办复|办结|答复|满意)(?:率|度)[^，,；;。]*$/, '');
  if (/(?:重点|一般|集体|个人|联名|党派|界别|团体|委员)提案[^，,；;。]{0,3}$|[0-9]+件[^，,；;。]{0,8}提案的?$/.test(head)) return false;
  if (code === 'pro.satisfaction_rate' && /群众|居民|村民|市民|企业|游客|患者|家长|学生|服务对象|社会/.test(clause)) return false;
  return true;
}

/** Words that open a sentence without being its subject. */
const LEAD_IN = /^(?:其中|此外|另外|同时|另)[，,：:]?/;
/** A time clause opening the sentence ("一年来，", "截至11月底，", "2024年以来，"). */
const TIME_CLAUSE = /^[^，,；;。]{0,12}(?:以来|年来|期间|年|月底|月|日|目前)[，,]/;

/** A part of the government ("市政府系统承办提案231件", "其他单位承办54件") handles a share, not the office's filed total. */
const HANDLER = /(?:系统|单位|部门)(?:共)?(?:承办|办理)/g;
// (one handler alone, "市政府系统共承办提案219件", is how the government reports the office's filed total)
function handlerShare(ctx: FactContext): boolean {
  if (/^(?:其中|其他|其余)[^，,；;。]{0,12}(?:承办|办理)/.test(ctx.before)) return true;
  if (!/系统(?:共)?(?:承办|办理)/.test(ctx.before)) return false;
  return (ctx.sentence.match(HANDLER)?.length ?? 0) >= 2;
}

/**
 * 报送 said of members and participating units names what the office received ("委员报送社情民意信息"): the
 * members (or all participating units) are every source, one kind of source alone (党派, 信息员) is a part by
 * source, which no row counts.
 */
const SENT_IN_BY = /(?:委员|参加单位|民主党派|党派团体|人民团体|工商联|界别|专委会|专门委员会|各单位|信息员|工委|联络组|联络处|联络室|委员小组)[^，,；;。向]{0,6}(?:报送|上报|提交|反映)[^，,；;。]{0,3}$/;
const ALL_SOURCES = /委员(?!会)|参加单位|各界(?!别)/;
/** …unless the sentence says where to: up to an office above. */
const SENT_UP_TO = /向[^，,；;。]{0,10}(?:政协|上级)|(?:报送|上报)(?:给)?[^，,；;。]{0,3}(?:全国|省|市|上级)(?:政协)?/;

/** All the members as the sentence's subject ("委员们", "广大委员"), not one kind of them nor a body (委员会). */
const MEMBERS_LEAD = /^(?:广大|全体|各位|各级)?(?:政协)?委员们?(?!会|小组|工作|之家)(?=[^，,；;。]{0,12}(?:[，,；;]|提交|提出|报送|撰写|反映|积极|踊跃|履职))/;
/** Where the sentence holding the number opens: its head, or the part of the topic it continues after a ；. */
function openingOf(ctx: FactContext, head: string): string {
  const topic = ctx.topic ?? '';
  if (!topic.endsWith(ctx.sentence) || topic.length === ctx.sentence.length) return head;
  const before = topic.slice(0, topic.length - ctx.sentence.length);
  if (!/[；;]\s*$/.test(before)) return head;
  return before.slice(before.search(/[^。！？!?\n]*$/));
}
/** A clause with no subject: adverbs, then the verb of sending. */
const BARE_SENT = /^(?:今年以来|今年|全年|本届以来|五年来|[一二三四五两]年来|累计|先后|积极|共计|共|还|并|同时|踊跃)*(?:报送|上报|反映)(?:社情民意)?(?:信息)?$/;

/** 报送 whose destination is the departments (有关部门, 相关单位), not an office or leaders above. */
const SENT_TO_DEPARTMENTS = /(?:报送|上报|呈报|送交|送)(?:给|至|到)?(?:有关|相关|职能|责任)(?:职能)?(?:部门|单位)/;

/**
 * "对近三年办结的35件提案进行跟踪督办", "对已答复的20件提案开展“回头看”": proposals handled before, taken up again
 * for follow-up — the object of a review, not the year's tally of the handling verb before them.
 */
const FOLLOW_UP = /^[^，,；;。]{0,6}?(?:进行|开展|实施|组织)?(?:了)?(?:跟踪督办|跟踪问效|跟踪落实|跟踪回访|再督办|二次督办|“?回头看”?)/;
function followedUp(ctx: FactContext): boolean {
  return /对[^，,；;。]*$/.test(ctx.before) && FOLLOW_UP.test(ctx.after);
}

/** A relative clause "立案(并)办复的" before the count: filed, then handled. */
const FILED_THEN_HANDLED = /(?<!不予|未予|未|不)立案(?:并|后|且)?(?:交办|办理|办复|办结|答复)(?:完毕)?的$/;

// ── who proposed: the parts of the filed proposals ──

const filedParts = new WeakMap<readonly Indicator[], Set<string>>();

/** The rows that count a part of the filed proposals (委员提案, 集体提案 and its parts): their parent chain ends at pro.accepted. */
function partsOfFiled(catalogue: readonly Indicator[]): Set<string> {
  let out = filedParts.get(catalogue);
  if (out) return out;
  out = new Set();
  const byCode = termIndex(catalogue).byCode;
  for (const ind of catalogue) {
    let p = ind.parent;
    for (let n = 0; p && n < 5; n++) {
      if (p === 'pro.accepted') {
        out.add(ind.code);
        break;
      }
      p = byCode.get(p)?.parent;
    }
  }
  filedParts.set(catalogue, out);
  return out;
}

/**
 * Words that name the set a part by proposer splits, the last one before the part deciding: the filed proposals
 * (立案, 实际立案, 立案提案中), or another set — received before review (收到, 提交), selected (评选, 好提案, 优秀提案),
 * the key ones. (The ones not filed, 不予立案, are no set a report splits by proposer: they name neither.)
 */
const FILED_SET = /(?<!不予|未予|未|不|拟)立案/g;
// (a proposer's verb, "以党派名义提出的21件", is an item of the split, no set of its own)
const OTHER_SET =
  /(?<!名义|署名|领衔|联名|个人|集体)(?:收到|提交|提出|征集|受理|评选|评出|表彰)(?:[^，,；;。]{0,8}?提案|[^，,；;。]{0,4}?[0-9一二三四五六七八九十百千]+件)|优秀提案|好提案|精品提案|重点提案/g;

/**
 * "大会共收到提案118件，其中集体提案7件": the form's 委员提案 and 集体提案 rows are parts of the filed proposals; a
 * part of the proposals received, or of those selected as good ones, is a breakdown no row counts. With no set
 * named before it, the part is read as the filed ones'.
 */
function splitsFiled(ctx: FactContext): boolean {
  const topic = ctx.topic ?? ctx.sentence;
  const rest = ctx.rest ?? '';
  const headEnd = topic.endsWith(rest) ? topic.length - rest.length : topic.length;
  const head = topic.slice(Math.max(0, headEnd - 300), headEnd);
  let filed = -1;
  let other = -1;
  for (const m of head.matchAll(FILED_SET)) filed = m.index;
  for (const m of head.matchAll(OTHER_SET)) other = m.index;
  return other < 0 || filed > other;
}

/** Proposer words: each names a row; two rows' words joined before one count ("人民团体、专门委员会提案14件") sum them. */
const PROPOSER_WORDS: ReadonlyArray<readonly [code: string, word: RegExp]> = [
  ['pro.by_member', /委员(?!会)/],
  ['pro.collective', /集体/],
  ['pro.by_party', /党派|工商联|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟/],
  ['pro.by_group', /人民团体|(?<!党派)团体/],
  ['pro.by_sector', /界别|小组/],
  ['pro.by_committee', /专门委员会|专委会|专委(?!员)/],
];

/**
 * The clause before the count names, besides the row's own proposers, some that are neither a part of that row
 * nor the row it is a part of: the count sums two rows ("党派团体提案7件" when read as 党派's).
 */
function classesJoinedIn(before: string, code: string, catalogue: readonly Indicator[]): boolean {
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  if (!/[、和及与]|党派团体/.test(clause)) return false;
  const byCode = termIndex(catalogue).byCode;
  const related = (a: string, b: string): boolean => {
    for (let p: string | undefined = a; p; p = byCode.get(p)?.parent) if (p === b) return true;
    return false;
  };
  return PROPOSER_WORDS.some(([c, re]) => c !== code && re.test(clause) && !related(c, code) && !related(code, c));
}

/**
 * A list item of the filed proposals split by who proposed them, named by the proposers alone ("立案提案中，委员署名的
 * 241件，以党派、工商联名义提出的21件，人民团体9件，界别小组7件"): each class of proposer is its row.
 */
const PROPOSER_NAMES: ReadonlyArray<readonly [code: string, word: string]> = [
  ['pro.by_member', '委员'],
  ['pro.by_member', '个人'],
  ['pro.collective', '集体'],
  ['pro.by_party', '各民主党派'],
  ['pro.by_party', '民主党派'],
  ['pro.by_party', '党派'],
  ['pro.by_party', '工商联'],
  ['pro.by_group', '人民团体'],
  ['pro.by_group', '团体'],
  ['pro.by_sector', '界别小组'],
  ['pro.by_sector', '界别组'],
  ['pro.by_sector', '界别'],
  ['pro.by_sector', '小组'],
  ['pro.by_committee', '专门委员会'],
  ['pro.by_committee', '专委会'],
];
const NAMES = PROPOSER_NAMES.map(([, w]) => w).join('|');
const PROPOSER_ITEM = new RegExp(
  `^、?(?:其中[，,：:]?)?(?:由|以)?各?((?:${NAMES})(?:[、和及与](?:${NAMES}))*)(?:[省市县区]?委会|[省市县区]委)?(?:等)?(?:的)?(?:个人|联名|集体)?(?:名义)?(?:署名|提出|提交|领衔|撰写|联名){0,2}(?:的)?(?:提案)?(?:的有|有|共)?$`,
);
/** The sentence names the set it splits ("立案提案中", "其中"). */
const SET_SPLIT = /(?:提案|立案)[^，,；;。]{0,6}中[，,：:]|其中|(?:按|从)提(?:出|案)者(?:分|看|来看)/;

export function proposerItem(ctx: FactContext, head: string, catalogue: readonly Indicator[], othersLead: (lead: string) => boolean): string | null {
  if (!/^(?:提案)?(?:[，,；;。、）)]|$)/.test(ctx.after) || !/提案/.test(head)) return null;
  const split = SET_SPLIT.exec(head);
  if (!split) return null;
  const clause = ctx.before.slice(ctx.before.search(/[^，,；;。]*$/));
  const m = PROPOSER_ITEM.exec(clause);
  if (!m) return null;
  const codes = new Set<string>();
  for (const w of m[1].split(/[、和及与]/)) codes.add(PROPOSER_NAMES.find(([, n]) => n === w)![0]);
  const byCode = termIndex(catalogue).byCode;
  // (two rows' proposers joined before one count sum them: no row)
  const code = codes.size === 1 ? [...codes][0] : null;
  // (the item's own verb, "各专委会提出8件", is no set: read the words before the item)
  const topic = ctx.topic ?? ctx.sentence;
  const rest = ctx.rest ?? '';
  const upTo = topic.endsWith(rest) ? topic.slice(0, topic.length - rest.length) : topic;
  const beforeItem = upTo.slice(0, upTo.search(/[^，,；;。、]*$/));
  if (!code || !byCode.has(code) || !splitsFiled({ ...ctx, topic: beforeItem, rest: '' })) return null;
  // "民建市委会提交提案15件，其中集体提案3件": the sentence before the set is someone else's
  return othersLead(head.slice(0, split.index)) ? null : code;
}

/** The outcome classes of an answered proposal: one count names one of them. */
export const OUTCOME_CLASSES: readonly string[] = ['pro.resolved', 'pro.in_progress', 'pro.planned', 'pro.reference'];
const classWords = new WeakMap<readonly Indicator[], Array<[code: string, word: string]>>();

/**
 * "正在解决和列入规划逐步解决的681件": two classes joined in the clause before the number count together,
 * which no row does (words of one class, "已列入计划逐步解决", are one class).
 */
function outcomeWords(before: string, catalogue: readonly Indicator[]): Array<[code: string, at: number, end: number]> {
  let words = classWords.get(catalogue);
  if (!words) {
    words = [];
    for (const t of termIndex(catalogue).terms) if (OUTCOME_CLASSES.includes(t.code) && t.parts.length === 1) for (const w of t.parts[0]) words.push([t.code, w]);
    classWords.set(catalogue, words);
  }
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  const seen: Array<[code: string, at: number, end: number]> = [];
  for (const [code, w] of words) for (let i = clause.indexOf(w); i >= 0; i = clause.indexOf(w, i + 1)) seen.push([code, i, i + w.length]);
  // (a word inside a longer one is not a word of its own)
  const inner = seen.filter((a) => !seen.some((b) => b !== a && b[1] <= a[1] && a[2] <= b[2] && b[2] - b[1] > a[2] - a[1]));
  return inner.sort((a, b) => a[1] - b[1]);
}

/**
 * "列入年度计划正在推进的102件": verbs of two classes chained with no joiner, the last one (next to the number)
 * says where the proposal stands now: that class. Null when the clause does not end in such a word.
 */
function lastOutcomeClass(before: string, catalogue: readonly Indicator[]): string | null {
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  const seen = outcomeWords(before, catalogue);
  const last = seen[seen.length - 1];
  return last && /^(?:的|的有|的共|共)?$/.test(clause.slice(last[2])) ? last[0] : null;
}

const PLAN_UNDER_WAY = /(?:计划|规划)[^，,；;。、和及与或]{0,4}正在(?:推进|实施|落实|办理)(?:中)?(?:的|的有)?$/;

function classesJoined(before: string, catalogue: readonly Indicator[]): boolean {
  const clause = before.slice(before.search(/[^，,；;。]*$/));
  if (!/[和及与、或]/.test(clause)) return false;
  // (only words next to each other: "因条件所限纳入规划、逐步解决的" joins two words of one class, the cause before them is no class)
  const inner = outcomeWords(before, catalogue);
  for (let k = 0; k + 1 < inner.length; k++) {
    const [a, b] = [inner[k], inner[k + 1]];
    if (a[0] === b[0] || b[1] < a[2]) continue;
    if (/^[^，,；;。]{0,10}$/.test(clause.slice(a[2], b[1])) && /[和及与、或]/.test(clause.slice(a[2], b[1] + 1))) return true;
  }
  return false;
}

/**
 * The row a 表2/表3 code stands for once the sentence's subject is read: the same code, another row of the
 * sheet, or null (someone else's figures).
 */
export function documentSubject(ctx: FactContext, code: string, head: string, catalogue: readonly Indicator[]): string | null {
  // "46个承办单位共承办提案298件": 个/项 count documents only when the document is the noun they measure
  if (unitFamily(ctx.unit) === 'items' && !DOCUMENT_AFTER.test(ctx.after) && !/(?:提案|信息)$/.test(ctx.before)) return null;
  if (oneMember(head)) return null;
  // "其中，民革市委会报送信息68篇，被省政协采用8篇", "一年来，全市各级政协共收到提案3562件，市政协收到
  // 提案612件，立案568件": the nearest clause with a subject of its own says whose the figure is
  const earlier = ctx.topic && ctx.topic.endsWith(ctx.sentence) ? ctx.topic.slice(0, ctx.topic.length - ctx.sentence.length) : '';
  if (someoneElses(head, earlier) || ALL_LEVELS.test(head)) return null;
  if (MEMBER_KIND.test(ctx.before)) return null;
  // "市住建局共承办政协提案43件": 政协 in the object does not make the department the office
  if (DEPARTMENT_WORD.test(head) && DEPARTMENT_ACTOR.test(head.replace(/政协(?=(?:委员)?提案)/g, ''))) return null;
  if (code.startsWith('pro.')) {
    if (handlerShare(ctx)) return null;
    if (followedUp(ctx)) return null;
    if (partsOfFiled(catalogue).has(code) && (!splitsFiled(ctx) || classesJoinedIn(ctx.before, code, catalogue))) return null;
    if (ctx.unit === '%' && !ownRate(ctx.before, code)) return null;
    if (code === 'pro.submitted') return proposerClass(ctx.before) ?? code;
    // "在立案办复的145件提案中": 立案 chained before the handling verb qualifies the set: the filed proposals
    if (code === 'pro.answered' && FILED_THEN_HANDLED.test(ctx.before)) return 'pro.accepted';
    if (OUTCOME_CLASSES.includes(code) && classesJoined(ctx.before, catalogue)) return null;
    if (OUTCOME_CLASSES.includes(code)) {
      // "列入年度计划正在推进的": put in a plan and being carried out now is class B (正在 alone, "其余6件正在推进",
      // is handling not finished, no class)
      if (code === 'pro.planned' && PLAN_UNDER_WAY.test(ctx.before)) return 'pro.in_progress';
      return lastOutcomeClass(ctx.before, catalogue) ?? code;
    }
    return code;
  }
  if (code === 'inf.reported') {
    // "整理报送相关部门800多条": sent to the departments concerned, not up to an office above, is handed on
    const clause = ctx.before.slice(ctx.before.search(/[^，,；;。]*$/));
    if (SENT_TO_DEPARTMENTS.test(clause) && !SENT_UP_TO.test(clause)) return 'inf.forwarded';
    const by = ctx.before.replace(/社情民意信息$|社情民意$|信息$/, '');
    // (after 其中 even the members are one source of a total given before)
    if (SENT_IN_BY.test(by) && !SENT_UP_TO.test(ctx.before)) return ALL_SOURCES.test(by) && !/^其中/.test(by) ? 'inf.collected' : null;
    // "委员们履职热情高涨，…；报送社情民意信息3100多篇": the members opening the sentence stay the subject of a
    // clause with none of its own
    // (a sentence cut at ；: the members open the one it continues)
    if (BARE_SENT.test(clause) && !SENT_UP_TO.test(clause) && MEMBERS_LEAD.test(openingOf(ctx, head).replace(LEAD_IN, '').replace(TIME_CLAUSE, ''))) return 'inf.collected';
  }
  // "获得省领导批示35次", "36人次": acts of instructing, not the pieces instructed
  if (code === 'inf.instructed' && /^(?:次|人次|件次)$/.test(ctx.unit)) return 'inf.instructions';
  return code;
}

/**
 * "8篇信息得到省领导肯定性批示": between the outcome word and the row's cue, only who gave it (a leader, an
 * office): the cue is still the predicate of the counted documents.
 */
export const OUTCOME_AGENT = /^[^，,；;。]{0,10}(?:领导|书记|省长|市长|县长|区长|主席|政府|政协|部门)[^，,；;。]{0,5}$/;

/** "18件重点提案中已办结12件": the documents named after the unit are the set the sentence goes on to split. */
const AMONG = /^[^，,；;。]{0,8}?(?:提案|信息)中(?![心国央])/;

/** The context without the predicate of the part that follows a set ("N件提案中，…"), or the context itself. */
export function setBeforePart(ctx: FactContext): FactContext {
  // "经筛选编辑上报省政协560条": in a chain of verbs the last one is what was done to the counted pieces
  // "“满意”和“基本满意”的": short quoted words are the plain words
  // "省政协采用我会报送的信息27篇": a verb in a relative clause names the counted pieces, the verb before it
  // is what was done to them
  // (hot path: each rewrite only when its marker is there)
  let before = ctx.before;
  if (SENT_VERB.test(before)) before = before.replace(PREPARED, '');
  if (QUOTE_MARK.test(before)) before = before.replace(QUOTED_WORD, '$1');
  if (before.endsWith('信息')) before = before.replace(RELATIVE_VERB, '$1');
  const m = AMONG.exec(ctx.after);
  if (!m) return before === ctx.before ? ctx : { ...ctx, before };
  return { ...ctx, before, after: m[0].slice(0, -1), rest: m[0].slice(0, -1) };
}
const SENT_VERB = /上报|报送|呈报|转交|转送/;
const QUOTE_MARK = /[“"「『]/;
const RELATIVE_VERB = /((?:采用|采纳|录用|刊用|批示|签批|转交|转送)[^，,；;。]{0,8}?)(?:报送|上报|提交|反映|编报)(?=的(?:社情民意)?信息$)/;
const QUOTED_WORD = /[“"「『]([^“”"「」『』，,；;。]{1,8})[”"」』]/g;
const PREPARED = /(?:筛选|整理|编辑|汇总|审核|综合|择优)(?=(?:后)?(?:上报|报送|呈报|转交|转送))/;

/**
 * "立案268件，其中工业经济12件", "其中反映民生问题的216条": a part of a count of documents that names no row
 * of its own is a breakdown (by subject, by source), which no row counts — unless it splits the count by
 * when it was made ("其中大会期间312件，闭会期间44件").
 */
export function partKeepsDocumentTotal(code: string, before: string): boolean {
  if (!/^(?:pro|inf)\./.test(code)) return true;
  return /期间|会前|会后|闭会|大会|会议|[0-9]{4}年|[上下]半年|季度|以来/.test(before);
}

/**
 * Documents of another kind than the sheet's own, named as what is counted: a bare verb of the sheet (收到,
 * 提交, 交办, 答复) said of them does not make them proposals or 社情民意信息 ("收到群众来信56件", "提交大会书面发言
 * 42篇", "已答复的群众诉求96件").
 */
const FOREIGN_DOCUMENTS: Readonly<Record<string, RegExp>> = {
  'pro.': /来信|来访|信访|诉求|发言|材料|意见|建议|事项|报告|稿件|文章|线索|实事|项目|案件|议案|社情民意|信息|问题|心得|论文/,
  'inf.': /提案|来信|来访|信访|诉求|意见建议|发言|报道|稿件|文章|论文|调研报告|心得/,
};

/**
 * The noun that a sheet's cue (its last part's words `alts`) leaves counted is another kind of document:
 * the words between the cue and the number, or right after the unit when the cue follows the number.
 */
export function countsOtherDocuments(ctx: FactContext, code: string, alts: readonly string[], cue: string): boolean {
  const re = FOREIGN_DOCUMENTS[code.slice(0, 4)];
  if (!re || re.test(cue)) return false;
  let counted: string | null = null;
  let end = -1;
  for (const a of alts) {
    const i = ctx.before.lastIndexOf(a);
    if (i >= 0 && i + a.length > end) end = i + a.length;
  }
  if (end >= 0) counted = ctx.before.slice(end);
  else {
    let at = -1;
    for (const a of alts) {
      const i = ctx.after.indexOf(a);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) counted = ctx.after.slice(0, at) || ctx.before.slice(-6);
  }
  if (counted === null) return false;
  // (titles of documents, 《关于…的建议》, name one document, not the kind counted)
  counted = counted.replace(/《[^》]*》?/g, '');
  // the sheet's own noun counted is the sheet's ("收到提案线索" is not: the noun after it is what is counted)
  const own = code.startsWith('pro.') ? /提案(?!线索|人|者|工作|办理|委员会|审查)/ : /信息(?!员|化|工作)/;
  const tail = counted.slice(counted.search(/[^，,；;。]*$/));
  const last = Math.max(tail.lastIndexOf('提案'), tail.lastIndexOf('信息'));
  const rest = last >= 0 && own.test(tail.slice(last)) ? tail.slice(last + 2) : tail;
  return re.test(rest);
}

/** The document noun right after the unit ("8个重点提案", "12篇社情民意信息"): what the number counts. */
const DOCUMENT_AFTER = /^[^，,；;。]{0,4}?(?:提案|社情民意|信息(?!员|化))/;

/**
 * "主席会议确定8个重点提案": a meeting or activity named before a count of documents is where they were
 * decided, not what is counted — the words after the unit are. The context to rank instead, or null.
 */
export function documentsAfterActivity(ctx: FactContext, code: string): FactContext | null {
  if (/^(?:pro|inf)\./.test(code) || !/^(?:documents|items)$/.test(unitFamily(ctx.unit)) || !DOCUMENT_AFTER.test(ctx.after)) return null;
  return { ...ctx, before: '' };
}

/**
 * "立案64件，占提案总数的54%", "满意或基本满意的291件，占94.8%": a share of the count before it. `rank` ranks the
 * count's words in a unit: a rate cue among them names the rate; else the count's row may have a rate that is
 * this share (SHARE_IS_RATE); any other share is null. Returns undefined when the words end in no share.
 */
export function shareRate(ctx: FactContext, rank: (c: FactContext) => string | null, catalogue: readonly Indicator[]): string | null | undefined {
  if (ctx.unit !== '%') return undefined;
  const m = SHARE_OF.exec(ctx.before);
  if (!m) return undefined;
  const words = ctx.before.slice(0, m.index);
  if (!words) return null;
  // (only the count's own words: a rate named later in the sentence is another figure's)
  const base = { ...ctx, before: words, after: '', tail: '', rest: '', sentence: words, free: words };
  const byCode = termIndex(catalogue).byCode;
  const asRate = rank(base);
  if (asRate && byCode.get(asRate)?.unit === '%') return asRate;
  const count = rank({ ...base, unit: '件' });
  const r = count ? SHARE_IS_RATE[count] : undefined;
  return r && byCode.has(r.rate) && !r.notOf.test(m[0]) ? r.rate : null;
}

/**
 * A page the government (or one of its departments) publishes on how it handled the office's proposals
 * ("县人民政府办公室关于2025年度政协提案办理工作情况的通报"): the handler's own report, no figure of the
 * office's form. Read from the title, the first line with words.
 */
const GOVERNMENT_TITLE = /(?:人民政府|(?<!政协)[省市县区州旗]政府)(?:办公室|办公厅)?(?:关于|[^\n，。]{0,4}通报)|(?<!政协[^\n]{0,8})[\u4e00-\u9fff]{1,8}(?:局|厅)(?:关于)/;
export function governmentPage(text: string): boolean {
  const head = text.slice(0, 240).replace(/^URL:[^\n]*\n/, '');
  const title = head.split('\n').find((l) => /[\u4e00-\u9fff]{4}/.test(l)) ?? '';
  return /提案/.test(title) && GOVERNMENT_TITLE.test(title) && !/^[^\n]{0,12}政协[^\n]{0,8}(?:关于|委员会)/.test(title);
}
