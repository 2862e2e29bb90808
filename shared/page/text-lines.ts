// The shape of lines in a plain-text capture: which line is the page's title, which are prose, which are the
// site's chrome. Vocabulary is data here; the rules read line shape (length, position, punctuation).

/** Words of a site's chrome and of an article's furniture: a line holding one is no title. */
export const CHROME_WORDS = [
  '位置', '原标题', '原標題', '首页', '首頁', '编者按', '編者按', '版面', '校对', '校對', '记者', '記者', '通讯员', '通訊員', '来源', '來源', '责任编辑', '責任編輯',
  '编辑:', '编辑：', '編輯:', '編輯：', '跳转', '跳轉', '导航', '導航', '分享到', '打印', '往期', '上一篇', '下一篇', '上一版', '下一版', '当前版', '缩小',
  '版权', '版權', '登录', '注册', '用户名', '密码', '网站地图', '联系我们', '返回顶部', '关闭窗口', '图为', '圖為', '摄影', '攝影', '字号', '浏览次数', '点击数', '阅读数',
];
const CHROME = new RegExp(CHROME_WORDS.join('|'));
/** A breadcrumb or an address: 首页 > 新闻 > 正文, http://… */
const PATHLIKE = /\S\s*(?:>|›|»|→|->)\s*\S|https?:\/\/|www\./;
/** A counted statement inside a clause (长寿区39场…活动议定的95项问题): a sentence, not a headline. */
const MEASURED_CLAUSE = /[，,].*\d+\s*[余多]?\s*[场次件项个名人条篇期]|\d+\s*[余多]?\s*[场次件项个名人条篇期].*[，,]/;

/** Pinyin a page prints after characters (來(lái)源): left out when reading words. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

export function isChromeLine(l: string): boolean {
  const s = l.replace(PINYIN, '');
  // a line wholly in brackets is a credit or a caption ((某某 供稿), [打印]), not a headline
  return CHROME.test(s) || PATHLIKE.test(s) || /^[(（[【].*[)）\]】]$/.test(s);
}

/** A paragraph of running text. */
export function isProse(l: string): boolean {
  return l.length > 60 || /[。！？!?…]["”’」』)）]?$/.test(l) || (l.length >= 20 && /[。！？]/.test(l));
}

/** A paragraph, or the opening of one cut short at the end of a capture (9月20日,某区政协围绕…召开专题协商会). */
export function isBody(l: string): boolean {
  return isProse(l) || (l.length >= 30 && /[，,]/.test(l));
}

/** A line shaped like a headline; `prev` is the line before it (a speaker's label "某某：" makes the next line their words). */
export function isTitleShaped(l: string, prev = ''): boolean {
  if (l.length < 4 || l.length > 60) return false;
  if (/[。，,；;：:、]$/.test(l) || /[。！？]/.test(l.slice(0, -1))) return false;
  if (isChromeLine(l) || MEASURED_CLAUSE.test(l)) return false;
  // two commas make a run of clauses (or a run of keywords), not a headline
  if ((l.match(/[，,]/g)?.length ?? 0) >= 2) return false;
  if (/^[\d\s年月日时分:：\-/.]+$/.test(l)) return false;
  if (/[：:]$/.test(prev)) return false;
  return true;
}

/** The dateline of a news lead (本网讯(记者…), 人民网北京3月3日电 (记者…), 现代快报讯). */
const DATELINE = /^[^，,。]{0,30}?(?:网|網|报|報|社|台|新闻|新聞|频道|頻道)[^，,。]{0,12}?(?:讯|訊|电|電)\s*(?:[(（](?:[^()（）]|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]){0,60}[)）])?\s*/;
/** When the lead says it happened: 1月18日上午, 昨日, 近日, 3日. */
const LEAD_TIME = /^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|昨天|昨日|今天|今日|当天|當天)(?:上午|下午|晚上|晚间|傍晚|早上|中午)?\s*[,，]?\s*/;

/**
 * The first clause of a news lead, when the paragraph opens as one (a dateline or a date): "1月18日,市政协召开六届四次
 * 常委会议,…" → 市政协召开六届四次常委会议. A capture without a headline line is titled by it, as a clerk would.
 */
export function leadClause(paragraph: string): string {
  const s0 = paragraph.replace(/^[?？\s\u3000]+/, '');
  const dated = DATELINE.exec(s0);
  let s = dated ? s0.slice(dated[0].length) : s0;
  const time = LEAD_TIME.exec(s);
  if (!dated && !time) return '';
  if (time) s = s.slice(time[0].length);
  const clause = /^[^，,。；;！？!?]+/.exec(s)?.[0].trim() ?? '';
  return clause.length >= 6 && clause.length <= 60 ? clause : '';
}

/**
 * What a news headline says happened (召开, 会见, 视察, 开幕…): the headings of a digest of news items report events,
 * an article's subheadings name themes (持续深化委员履职能力建设).
 */
export const NEWS_VERBS = [
  '召开', '召開', '举行', '舉行', '举办', '舉辦', '会见', '會見', '视察', '視察', '调研', '調研', '考察', '出席', '参加', '參加', '开幕', '開幕',
  '闭幕', '閉幕', '启动', '啟動', '揭牌', '报到', '報到', '发布', '發布', '走访', '走訪', '慰问', '慰問', '座谈', '座談', '协商', '協商', '会议', '會議',
];
const NEWS_VERB = new RegExp(NEWS_VERBS.join('|'));

export function reportsEvent(l: string): boolean {
  return NEWS_VERB.test(l);
}
