// Headline-only rules: how list-page headlines word an event, beyond the cue words shared with facts.
import { HEADLINE_WORDING } from '../catalogue/headline-wording';

/** Rewrites that bring headline wording to the catalogue's cue words. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // 党组（扩大）会议, 党组扩大会议 are 党组会议
  [/[（(]扩大[)）]/g, ''],
  [/扩大会议?/g, '会议'],
  // "市政协党组召开会议", "党组召开2025年第5次会议": the body holding a meeting of its own
  [/党组(?:召开|举行)(?:[0-9年第次]*|专题)会议/g, '党组会议'],
  // 四中全会 is a plenum of the Party's Central Committee, not a CPPCC plenary session
  [/[一二三四五六七八九十]+中全会/g, ''],
  // nor is a plenum of a Party discipline commission (中央纪委二次全会, 市纪委三次全会)
  [/纪委[一二三四五六七八九十]+次全会/g, ''],
  ...HEADLINE_WORDING,
];

export function rewriteHeadline(text: string): string {
  let s = text;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s;
}

/**
 * A headline whose actor is a Party committee or government leader reports their activity, not the
 * CPPCC's (市委书记到某县调研); it counts only when it names the CPPCC (市委书记出席市政协专题协商会).
 */
const OTHER_ACTOR = /^(?:[省市县区州旗镇乡]委(?:书记|副书记|常委)|[省市县区州旗镇乡]政府|[省市县区州旗镇乡]长)/;

export function isOtherBodys(text: string): boolean {
  return OTHER_ACTOR.test(text) && !text.includes('政协');
}

/**
 * A listed headline of a published text about an event (发言摘编, 观点摘登, 答记者问) reports what was said, not the
 * event, which has its own headline in the list. (An article that is such a text still reports its event.)
 */
const PUBLISHED_TEXT = /(?:发言|观点|讲话)?(?:摘编|摘登|选登|摘要)$|答记者问$/;

export function isPublishedText(text: string): boolean {
  return PUBLISHED_TEXT.test(text.replace(/\s+/g, ''));
}

// A meeting of another body named in a CPPCC headline (列席市委常委会会议, 参加市委理论学习中心组学习,
// 出席市人大常委会会议): the cue right after the body's name is that body's, not the CPPCC's.
// (市委理论学习中心组学习: the body's name may stand before the group's own 理论学习 or 党组)
const OTHER_BODY_BEFORE = /(?:[省市县区州旗镇乡]委|人大|[省市县区州]政府)(?:理论学习|党组)?$/;

export function ofOtherBody(text: string, at: number): boolean {
  return OTHER_BODY_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

// A plenary session by its name: 十四届三次会议, 第十四届某某自治区委员会第三次会议 (not 常委会第五次会议,
// 常务委员会第五次会议).
const SESSION = /届(?:[^，,。；\s]{0,12}?(?<!常务)委员会)?第?[〇零一二三四五六七八九十0-9]+次(?:全体)?会议/;

/**
 * One plenary session yields many headlines (开幕, 分组讨论, 全体会议, 闭幕). Its opening and its closing
 * announce the session itself ('plenary'; the tally groups records naming one session as one event, see
 * sessionKey); any other headline of a named session is a part of it ('part', no plenary record); null when
 * no session is named. 开幕会 (the opening meeting) and 闭幕会 are parts the session holds.
 */
export function sessionHeadline(text: string): 'plenary' | 'part' | null {
  if (!SESSION.test(text)) return null;
  return /(?:开幕|闭幕|開幕|閉幕)(?!会(?!期))/.test(text) ? 'plenary' : 'part';
}

const NUMERAL = '[〇零一二三四五六七八九十百0-9]+';
const SESSION_KEY = new RegExp(`第?(${NUMERAL})届.{0,16}?第?(${NUMERAL})次(?:全体)?会议`);

/** The session a plenary headline names, as "届-次" (全国 sessions apart): 十届五次 and 第十届委员会第五次 are one. */
export function sessionKey(text: string): string | null {
  const m = SESSION_KEY.exec(text);
  return m ? `${/全国|全國/.test(text.slice(0, m.index)) ? 'n' : ''}${m[1]}-${m[2]}` : null;
}

/**
 * Two events joined by 和/及/与/、/暨 ("召开主席会议和秘书长会议", "党组会议暨理论学习中心组学习会"): the
 * headline reports both, so neither alone.
 */
export const JOINED = /^[和及与、暨]$/;

/** "率队调研并召开座谈会", "视察并座谈": the later event is held within the earlier one, which is the activity. */
export const WITHIN = /^(?:并|后|时|期间)(?:主持)?(?:召开|举行|参加)?$/;

/**
 * Indicators counted in units that are not events (委员工作室 个, 委员联系点 个) get a record from the headline
 * that opens one: 委员工作室揭牌 is one studio (not 成立制度修订小组, 成立课题组).
 */
export const OPENING = /揭牌|挂牌|授牌|成立|启用|开馆/;
/** The words right after such a cue say the thing itself was opened (委员工作室揭牌, 联系点正式启用). */
export const OPENED_AFTER = /^.{0,3}?(?:揭牌|挂牌|授牌|成立|启用|开馆)/;
