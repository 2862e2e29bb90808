// The words that say which time a statement covers ("time anchors"), as data: one regex per kind, tried in
// this order at each position (so 去年以来 is read before 去年, 2021年以来 before 2021年). Text is normalised
// (simplified, ASCII digits). scope.ts decides how far each anchor reaches.

/**
 * - span: the figure covers more than one year (五年来, 本届以来, 近年来, “十三五”时期, 2021—2025年)
 * - since: 2021年以来 / 自2021年起 — span unless the year is the page's own year
 * - explicit: a calendar year (2025年, 2025-01-17)
 * - rel: 今年 (0), 去年 (-1), 前年 (-2), 明年 (+1), read against the page's date
 * - docyear: 全年, 一年来, 过去一年, 年内 — the year the page reports (a January summary: the year before)
 * - event: a month or day (6月3日, 今天), or the one event a news item is about (此次, 本次, 会上) — one year; which
 *   year only from a year named around it
 * - session: 十三届三次会议, 会议期间 — one year, which year only from the context (the name does not say it)
 * - session-since: 六届一次会议以来 (a whole term: span) / 九届三次会议以来 (this year's session: one year)
 * - peryear: 每年 — a figure per year
 * - until: 截至2025年8月, 截止7日 — an end point: one year (which year from the date or the context), or the
 *   span it stands in
 * - weak: 截至目前, 至今 — cumulative: a span where the page speaks of several years, else the page's year
 * - now: 目前 — the page's year (a stock or a count up to now)
 * - cumulative: 累计 — a span with 截至/以来/历年 in its sentence, else it keeps the scope it is in
 */
export type AnchorKind =
  | 'span'
  | 'since'
  | 'explicit'
  | 'rel'
  | 'docyear'
  | 'event'
  | 'session'
  | 'session-since'
  | 'until'
  | 'peryear'
  | 'weak'
  | 'now'
  | 'cumulative';

const N = '[一二两三四五六七八九十几数多]+|\\d{1,2}';
const CN_DIGIT = '[一二三四五六七八九十]+';
const YEAR = '(?:19|20)\\d{2}';
const NOT_BEFORE_AFTER = '(?!(?:以|之)?前(?![一二两三四五六七八九十\\d])|(?:以|之)?后)';
const NOT_RECORD = '(?![^，,。；;！？\\n]{0,4}(?:最[大多高好快强长]|新高|新低|之最|首次|第一))';
/** 政协 as a term's body may be named with its level (县政协, 全国政协) */
const BODY = '(?:(?:全国|省|市|州|县|区)?政协)?';
const MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|元|正)月';

/** Alternatives in priority order; group names are the anchor kinds (with a numeric suffix where a kind repeats). */
const PARTS: Array<[string, string]> = [
  // 2021—2025年, （2007—2011）, 2021年至2025年
  ['until', `(?:截至|截止)\\s*(?:${YEAR}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|(?:今|去)年(?:\\d{1,2}月)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日)(?:底|末|初|年底|年末)?`],
  ['span1', `(?<!\\d)${YEAR}(?:年(?:\\d{1,2}月)?)?\\s*(?:—|–|－|~|～|至|到|-)\\s*${YEAR}(?!\\d)`],
  // 2023、2024两年: two years named and counted
  ['span7', `(?<!\\d)${YEAR}年?(?:、|和|与|及)${YEAR}年?(?:这|那)?(?:两|三|[2-3])年(?!度)`],
  // (自2018年成立以来, 从2021年开始: a founding or a start named between the year and 以来)
  ['since', `(?<!\\d)(?:自|从)?${YEAR}年(?:\\d{1,2}月(?:份)?)?(?:(?:成立|组建|设立|创建|启动|实施|挂牌|建立|运行|开通|换届|建成|揭牌|开展)以来|以来|起|至今|迄今)|(?<!\\d)(?:自|从)${YEAR}年(?:\\d{1,2}月(?:份)?)?开始`],
  // 2025年第一期培训班 names one activity of a series: it dates that activity, not a year's figure
  // (以1949年前为节点, 2020年以后: a point of reference, not the year of a figure — but 2024年前三季度 is 2024)
  ['explicit1', `(?<!\\d)${YEAR}(?:年(?!度?第)${NOT_BEFORE_AFTER}|[-/.](?=\\d{1,2}[-/.]\\d))`],
  ['explicit2', `二[〇零][一二三四五六七八九〇零]{2}年${NOT_BEFORE_AFTER}`],
  ['span2', '[“"]?十[一二三四五]五[”"]?(?:规划)?(?:时期|期间|以来)'],
  // (本届政协履职回顾, 本届政协工作: the term's work as a whole)
  // (新一届政协成立以来, 本届政协第一次全体会议以来: since the term began; 上届政协共…: the last term's total)
  // (本届以来最多的一年, 成立以来的第一年: a record or the term's first year — the figure is that one year's)
  ['span3', `(?:本届(?:政协)?(?:以来|期间|任期|五年|内)|本届政协(?=履职|工作)|本届${BODY}(?:成立|第一次(?:全体)?会议|一次会议)以来|新一届${BODY}(?:成立)?以来|上一?届${BODY}(?=期间|任期|五年|共|累计|先后)|换届以来|届内)${NOT_RECORD}(?![^，,。；;！？\\n]{0,3}(?:第[一二三四五]年|首年))`],
  ['span4', `${CN_DIGIT}届(?:全国|省|市|州|县|区)?政协(?=期间|以来|任期|共|累计|先后|[0-9]|[一二两三四五六七八九十百千]+(?![次届一二三四五六七八九十]))`],
  ['session1', `(?:${CN_DIGIT}|\\d+)届(?:${CN_DIGIT}|\\d+)次(?:全体)?(?:会议)?(?:以来)?`],
  // (五年来规模最大的一次, 创近年来新高: a record the figure sets, not the years it covers)
  ['span5', `(?:(?:近|过去的?|这|最近)(?:${N})年(?:来|以来|里|间|中|内|多来)?|(?:[一二两三四五六七八九十百几数多]+|(?<!\\d)\\d{1,3})年(?:来|以来|里|间|中|内|多来|多以来|(?=累计|累积|共计|合计|总计)))${NOT_RECORD}`],
  ['span6', `近年(?:来|以来|[，,])${NOT_RECORD}|(?:这|近|那)些年(?:来|以来|里|间|中)?|历年(?!之|最|新|同期)|长期以来|去年以来|上年以来`],
  ['rel1', '今年以来|本年以来|年初以来'],
  ['event1', `${MONTH}(?:份)?以来|上半年以来`],
  ['rel2', '(?:比|较|同比|与|和)?(?:今年|本年度?|今年度|去年|上一?年度?|前年|明年|来年)(?:同期)?'],
  ['docyear', '全年|(?<![\\d一二两三四五六七八九十几数多])年内|一年来|过去的?一年|这一年|近一年|本年内|年度内|[上下]半年|(?:第?[一二三四])季度'],
  ['peryear', '每一?年'],
  ['event2', `(?<!\\d)${MONTH}(?:\\d{1,2}日|份|底|初|中旬|上旬|下旬)?|(?<![\\d])\\d{1,2}日(?!报)|今天|今日|昨天|昨日|近日|日前|前不久|当天|当日|此次|本次|这次|会上`],
  ['session2', '(?:大会|会议|全会)期间'],
  ['weak', '截至目前|截止目前|截至今天|至今|迄今|目前为止|到目前'],
  ['now', '目前'],
  ['cumulative', '累计|累积'],
];

const ANCHOR_RE = new RegExp(PARTS.map(([name, re]) => `(?<${name}>${re})`).join('|'), 'y');
/** Every anchor holds one of these within a few chars of its start: the scan runs ANCHOR_RE only near them. */
const TRIGGER = /[年月日届期来截累今天季久目止]|(?:19|20)\d{2}|[此本这]次|会上/g;
const TRIGGER_BACK = 8;
/** Chars an anchor can start with (the first char of each alternative above): other positions are not tried. */
const START = new Uint8Array(0x10000);
for (const c of '0123456789日自从截近过这最本换届历长去上今年比较同与和前明来全一二两三四五六七八九十百几数多〇零第下每元正昨当大会迄至目到累“此新那') START[c.charCodeAt(0)] = 1;

export interface RawAnchor {
  kind: AnchorKind;
  start: number;
  end: number;
  /** explicit: the year; rel: the offset; since: the year; session-since: 1 for a term's first session */
  n: number;
  /** until: 今年 (0) / 去年 (-1) when it names no calendar year */
  offset?: number;
  /** rel anchors after 比/较/同比 compare with another year: they say nothing of this statement's year */
  comparison?: boolean;
}

const CN: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const REL: Array<[RegExp, number]> = [[/去年|上一?年/, -1], [/前年/, -2], [/明年|来年/, 1]];

/** "五年来", "近三年": how many years; 一 means one year (docyear), anything else (几, 多, 2+) more. */
function spanYears(s: string): number {
  if (s.includes('年多')) return 2; // 一年多来: more than a year
  const m = /(\d{1,3}|[一二两三四五六七八九十百几数多]+)年/.exec(s);
  if (!m) return 2;
  if (/^\d+$/.test(m[1])) return Number(m[1]);
  return m[1] === '一' ? 1 : 2;
}

function readAnchor(m: RegExpExecArray): RawAnchor | null {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  const s = m[0];
  if (g.span1 !== undefined) {
    const ys = s.match(/(?:19|20)\d{2}/g)!;
    return Number(ys[1]) > Number(ys[0]) ? { kind: 'span', start, end, n: 0 } : null;
  }
  if (g.until !== undefined) {
    const y = /(?:19|20)\d{2}/.exec(s);
    const offset = y ? undefined : s.includes('去年') ? -1 : s.includes('今年') ? 0 : undefined;
    return { kind: 'until', start, end, n: y ? Number(y[0]) : 0, offset };
  }
  if (g.since !== undefined) return { kind: 'since', start, end, n: Number(/(?:19|20)\d{2}/.exec(s)![0]) };
  if (g.explicit1 !== undefined) return { kind: 'explicit', start, end, n: Number(s.slice(0, 4)) };
  if (g.explicit2 !== undefined) return { kind: 'explicit', start, end, n: Number([...s.slice(0, 4)].map((c) => CN[c]).join('')) };
  if (g.span2 !== undefined || g.span3 !== undefined || g.span4 !== undefined || g.span6 !== undefined || g.span7 !== undefined) return { kind: 'span', start, end, n: 0 };
  if (g.session1 !== undefined) {
    if (!s.endsWith('以来')) return { kind: 'session', start, end, n: 0 };
    return { kind: 'session-since', start, end, n: /届(?:一|1)次/.test(s) ? 1 : 0 };
  }
  if (g.span5 !== undefined) return spanYears(s) >= 2 ? { kind: 'span', start, end, n: 0 } : { kind: 'docyear', start, end, n: 0 };
  if (g.rel1 !== undefined) return { kind: 'rel', start, end, n: 0 };
  if (g.session2 !== undefined) return { kind: 'session', start, end, n: 0 };
  if (g.event1 !== undefined || g.event2 !== undefined) return { kind: 'event', start, end, n: 0 };
  if (g.rel2 !== undefined) {
    const comparison = /^(?:比|较|同比|与|和)/.test(s) || s.endsWith('同期');
    const n = REL.find(([re]) => re.test(s))?.[1] ?? 0;
    return { kind: 'rel', start, end, n, comparison };
  }
  if (g.docyear !== undefined) return { kind: 'docyear', start, end, n: 0 };
  if (g.peryear !== undefined) return { kind: 'peryear', start, end, n: 0 };
  if (g.weak !== undefined) return { kind: 'weak', start, end, n: 0 };
  if (g.now !== undefined) return { kind: 'now', start, end, n: 0 };
  if (g.cumulative !== undefined) return { kind: 'cumulative', start, end, n: 0 };
  return null;
}

/** Verbs whose object an anchor may modify ("总结两年来工作"): such an anchor speaks only of its own clause. */
// (a plan or task named by its period — 按照2023—2027年规划, 围绕“十四五”时期重点任务 — is such an object too)
export const OBJECT_VERBS = /(?:总结|回顾|盘点|梳理|通报|汇报|听取|审议|介绍|谈|展望|研究|部署|围绕|按照|根据|依据|对照|制定|编制|出台|印发|落实|贯彻)了?[^，,；;。！？!?\n]{0,12}$/;
/** A sentence where 累计 sums over years ("截至2025年8月，累计…"), unless it names one year ("今年以来累计"). */
export const CUMULATIVE_SPAN = /截至|截止|至今|迄今|历年|多年/;
export const CUMULATIVE_ONE_YEAR = /今年|本年|年内|全年|一年来|月份?以来|[上下]半年/;
/** Lines about the page (date, source, author), whose dates are no time anchor of the text. */
export const META_LINE = /来源|作者|发布|日期|时间|浏览|阅读|点击|编辑|责编|分享/;
/** Right before a date: the label of the page's own date. */
export const META_LABEL = /(?:发布|发表|日期|时间|更新|来源)[^，。\n]{0,6}[：:]\s*$/;

/**
 * Every anchor of `text`, in order, as a left-to-right scan with ANCHOR_RE would find them — but tried only at
 * the few positions before a trigger char (most of a page has none), which keeps extraction fast.
 */
export function findAnchors(text: string): RawAnchor[] {
  const out: RawAnchor[] = [];
  let tried = 0; // positions below this were tried (or lie inside an anchor)
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t; t = TRIGGER.exec(text)) {
    const h = t.index;
    if (h < tried) continue;
    for (let p = Math.max(tried, h - TRIGGER_BACK); p <= h; p++) {
      if (START[text.charCodeAt(p)] === 0) continue;
      ANCHOR_RE.lastIndex = p;
      const m = ANCHOR_RE.exec(text);
      tried = p + 1;
      if (!m) continue;
      const a = readAnchor(m);
      if (a) out.push(a);
      tried = Math.max(tried, m.index + m[0].length);
      TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, tried);
      break;
    }
  }
  return out;
}
