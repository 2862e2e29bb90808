// Page chrome: what every portal page carries around its content (navigation, breadcrumb, sidebar,
// footer, share bars, prev/next links, editor credits). Two kinds of evidence: the ancestor
// class/id words of a block (`path`) and tell-tale wording in short blocks.

/** Regions of the page frame: a main-content container never grows into these. */
const PAGE_WORDS = /^(?:nav|navbar|navigation|menu|mainnav|subnav|header|head|top|topbar|footer|foot|bottom|copyright|sidebar|side|aside|rside|lside|banner|search|login|friendlink|links|flink|breadcrumb|crumbs?|position|location|weizhi|dqwz)$/;
/** Smaller chrome inside an article: share bars, prev/next, tools, related lists. */
const ARTICLE_WORDS = /^(?:share|bdshare|prevnext|prenext|pre|next|tools?|toolbar|print|related|relate|xgxw|xgwz|recommend|tuijian|hot|rank|ranking|pages|pager|pagination|paging|fenye)$/;
/** First parts of compound words that are unambiguous (share-box, related_news, pager-wrap). */
const ARTICLE_HEADS = /^(?:share|bdshare|prevnext|prenext|related|relate|xgxw|pager|pagination|fenye)$/;

// Paths repeat across a page (every <p> of an article has the same one): remember the verdicts.
const pageMemo = new Map<string, boolean>();
const articleMemo = new Map<string, boolean>();
function memo(m: Map<string, boolean>, path: string, f: (p: string) => boolean): boolean {
  let v = m.get(path);
  if (v === undefined) {
    if (m.size > 5000) m.clear();
    v = f(path);
    m.set(path, v);
  }
  return v;
}

function pageChrome(path: string): boolean {
  for (const w of path.split(/[\s.#]+/)) {
    if (PAGE_WORDS.test(w) || /^[a-z]{1,8}(?:nav|menu)$/.test(w)) return true;
    // Compound words such as side-box, nav_list, foot-info: judge by their first part.
    const head = w.split(/[-_]/)[0];
    if (head !== w && PAGE_WORDS.test(head) && head !== 'top' && head !== 'head') return true;
  }
  return false;
}

/** The block sits in the page frame (nav, header, footer, sidebar…). */
export function isPageChromePath(path: string): boolean {
  return !!path && memo(pageMemo, path, pageChrome);
}

/** The block sits in article-level chrome (share bar, prev/next, related list, paging). */
export function isArticleChromePath(path: string): boolean {
  return !!path && memo(articleMemo, path, (p) => p.split(/[\s.#]+/).some((w) => ARTICLE_WORDS.test(w) || ARTICLE_HEADS.test(w.split(/[-_]/)[0])));
}

/** Chrome that is never the article's own text, named anywhere in a compound (post-comments, jp-relatedposts, article_gallery). */
const STRONG_PARTS = /^(?:comment(?!ar)|commentlist|disqus|respond|gallery|slideshow|carousel|related|relate|recommend|recirc|outbrain|taboola|teaser|promo|newsletter|subscri|sponsor|popular|trending|mostread|mostpopular|nocontent|xgxw|xgwz|tuijian|moreStories|morestories|prevnext|pagination|pager|breadcrumb)/;
/** Tool words that also turn up on wrappers (a share widget's container around the whole article). */
const WEAK_PARTS = /^(?:share|sharing|social|like|likes|bdshare|sharebar)$/;

/**
 * Widgets that sit inside an article's column but are no part of its text: players with their
 * controls, dialogs, pop-ups and tooltips, forms, ad slots. Judged as parts of
 * compounds (ym-player, ad-3247…).
 */
const WIDGET_PARTS = /^(?:form|modal|dialog|popup|popover|tooltip|overlay|lightbox|player|videoplayer|autoplay|advert|advertisement|advertising|ad|ads|adsbygoogle|adslot)$/;
/**
 * Utility classes that hide an element until a script shows it (a browser's layout skips it; a
 * saved page parsed without CSS does not). Whole words only, and not beside a breakpoint word
 * ("hidden md:block" is shown on wide screens).
 */
const HIDDEN_WORDS = /^(?:hidden|hide|is-hidden|d-none|dn|invisible|visually-hidden|sr-only|screen-reader-text)$/;
const BREAKPOINT = /^(?:xs|sm|md|lg|xl|2xl)$/;

/** Small words that only a heading turned into an id has ("sharing-with-a-single-developer"). */
const SLUG_WORDS = /^(?:a|an|the|of|to|with|and|for|in|on|into|is|are|how|what|why|your|my)$/;

/** `media`: a gallery, slideshow or carousel (its pictures' captions may be the article's own). */
export type NameChrome = { kind: 'frame' | 'aside'; strong: boolean; media?: true } | null;

const MEDIA_PARTS = /^(?:gallery|slideshow|carousel)/;

/**
 * What one element's own name (tag, id and class words, as snapshot `names` holds them) says it is:
 * the page frame, article-level chrome (share bar, comments, gallery, related list), or nothing.
 * `strong`: the word is never used for a wrapper of the article (comments, related); a weak one
 * (frame words, share) on an element that holds most of the page's prose is ignored.
 */
export function nameChrome(name: string): NameChrome {
  if (!name) return null;
  // Names repeat across a page (every "div.item", "li"): one verdict per distinct name.
  let v = nameMemo.get(name);
  if (v === undefined) {
    if (nameMemo.size > 5000) nameMemo.clear();
    v = nameChromeOf(name);
    nameMemo.set(name, v);
  }
  return v;
}

const nameMemo = new Map<string, NameChrome>();

function nameChromeOf(name: string): NameChrome {
  const words = name.split(/[\s.#]+/).filter(Boolean);
  // Parts of compounds (post-comments, jp-relatedposts); a long slug ("sharing-with-a-single-developer",
  // a heading turned into an id) names its section's subject, not a widget.
  // Its first part still counts when it is a widget's own name (taboola-below-article-thumbnails).
  const split = words.map((w) => w.split(/[-_]+/).filter(Boolean));
  const slug = (ps: string[]) => ps.length >= 6 || ps.some((p) => SLUG_WORDS.test(p));
  const parts = split.flatMap((ps) => (slug(ps) ? [] : ps));
  // Comment widgets go by many compounds (fbcommentsmodule, usercomments): the word anywhere in a part.
  if (parts.some((p) => STRONG_PARTS.test(p) || (p.includes('comment') && !p.includes('commentar'))) || split.some((ps) => slug(ps) && STRONG_PARTS.test(ps[0])))
    return parts.some((p) => MEDIA_PARTS.test(p)) && !parts.some((p) => p.includes('comment')) ? { kind: 'aside', strong: true, media: true } : { kind: 'aside', strong: true };
  if (words.some((w) => ARTICLE_WORDS.test(w) || ARTICLE_HEADS.test(w.split(/[-_]/)[0])) || parts.some((p) => WEAK_PARTS.test(p) || WIDGET_PARTS.test(p)))
    return { kind: 'aside', strong: false };
  if (words.some((w) => HIDDEN_WORDS.test(w)) && !words.some((w) => BREAKPOINT.test(w))) return { kind: 'aside', strong: false };
  if (pageChrome(words.join(' '))) return { kind: 'frame', strong: false };
  return null;
}

/** Wording that marks a whole short block as chrome, wherever it sits. */
const CHROME_TEXT = [
  /(?:您|你)?(?:当前|现在|所在)的?位置|^\s*位置[:：]/,
  /访问量|访问者|访客|访问人次|浏览量|浏览次数|阅读次数|点击数|点击量|点击率|阅读量|计数器/,
  /备案|ICP|公网安备|网站标识码|网站识别码/i,
  /版权所有|copyright|©|版权声明|免责声明/i,
  /技术支持|主办单位|承办单位[:：]|主办[:：]|承办[:：]|网站维护|运行维护/,
  /联系电话|电话[:：]|传真[:：]|邮编[:：]|邮政编码|联系我们|联系方式|电子邮箱|投稿邮箱|网站地图/,
  /上一篇|下一篇|上一条|下一条|上一版|下一版/,
  /【?责任编辑】?|^\s*编辑[:：]|审核[:：]|^\s*校对[:：]/,
  /分享到|打印本页|关闭窗口|【打印】|【关闭】|字号[:：]|【大\s*中\s*小】|加入收藏|设为首页|返回顶部|扫一扫/,
  /友情链接|相关链接/,
  /^\s*(?:我要分享|分享|QQ空间|QQ好友|微信好友|微信朋友圈|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|领英分享|微信|微博|二维码|扫码阅读|手机看)\s*$/,
  /本版标题|版面导航|往期回顾|PDF下载/,
  /^\s*(?:advertisement|advertising|sponsored(?: content)?|paid (?:partner|content|post)|广告|推广)\s*$/i,
  // The same tools in other languages' pages, as a line of their own.
  /^\s*(?:share(?: this(?: story| article| page| post)?)?|print(?: this (?:story|article|page))?|e-?mail(?: this (?:story|article|page))?|font size|text size|\d+\s*min(?:ute)?s? read|tweet|pin it)\s*$/i,
];
/** Counters and tools that may sit inside a useful line (the date/source line): cut, keep the rest. */
const CHROME_SPANS = [
  /(?:浏览|阅读|点击|访问)(?:次数|量|数|人次)?\s*[:：]?\s*[\d,，]+\s*(?:次|人次)?/g,
  /[[【]?\s*字[号体]\s*[:：]?\s*[[【]?\s*大\s*中\s*小\s*[\]】]*/g,
  /[[【]\s*(?:打印本页|关闭窗口|打印|关闭|收藏|纠错)\s*[\]】]/g,
  /分享到\s*[:：]?/g,
];

/** Longer blocks are content even if they mention a phone number or an editor. */
const SHORT = 160;

/**
 * Verdicts by text: a capture asks about each block's text two or three times (prose scoring, kept
 * blocks, headline items), and a list page has tens of thousands of blocks. Bounded: emptied when full.
 */
const chromeTextSeen = new Map<string, boolean>();
const CHROME_TEXT_SEEN_MAX = 100_000;

export function isChromeText(text: string): boolean {
  if (text.length > SHORT) return false;
  const seen = chromeTextSeen.get(text);
  if (seen !== undefined) return seen;
  const v = CHROME_TEXT.some((re) => re.test(text));
  if (chromeTextSeen.size >= CHROME_TEXT_SEEN_MAX) chromeTextSeen.clear();
  chromeTextSeen.set(text, v);
  return v;
}

/** Removes counters and tool words from a line; returns '' when nothing worth reading is left. */
export function stripChromeSpans(text: string): string {
  let t = text;
  for (const re of CHROME_SPANS) t = t.replace(re, ' ');
  t = t.replace(/[ \t]{2,}/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(t) ? t : '';
}

/** A heading that introduces a list of other articles (related, hot, latest…), not the page's own list. */
export function isAsideHeading(text: string): boolean {
  return text.length <= 14 && /相关|推荐|热点|热门|排行|最新|专题|链接|图片新闻|视频|猜你喜欢|延伸阅读/.test(text);
}

/** The same in the other languages pages are written in: "More on this story", "Related", "Most popular"… */
const ASIDE_HEADING_LATIN =
  /^(?:more (?:on|from|in|stories|articles|news|posts|like this|to read|for you|to explore)\b|related\b|recommended\b|you (?:may|might|will) (?:also )?(?:like|enjoy)|read (?:more|next|also)\b|most (?:popular|read|viewed|shared)|trending\b|popular\b|top stories|latest (?:news|stories)|other .{0,30}(?:stories|columns|articles|news|posts)$|further reading|around the web|what to read next|don't miss|recent posts|in other news|sponsored|promoted|from the web|editor'?s picks)/i;

export function isAsideHeadingAnyLanguage(text: string): boolean {
  const t = text.trim();
  return isAsideHeading(t) || (t.length <= 40 && ASIDE_HEADING_LATIN.test(t));
}

/**
 * A byline: "By Kelli Miller", "por Ana Gómez 1 de diciembre…", a line of its own above the text.
 * Who wrote a story is said by the page, not in its text (the clerk reads the source line instead).
 */
const BYLINE = /^(?:by|por|par|von|door)\s+\p{Lu}/iu;

export function isByline(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && BYLINE.test(t) && !/[.!?。]$/.test(t);
}
