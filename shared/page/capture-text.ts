import type { Capture, PageKind } from '../model';
import { extractFacts } from '../facts/extract';
import { textPageDate } from './dates';
import { articleRecord, buildRecords } from './records';
import type { Headline } from './headlines';
import type { CaptureOptions } from './capture-snapshot';
import { isBody, isProse, isTitleShaped, leadClause, reportsEvent } from './text-lines';

// Plain text (a saved page, a copied article, PDF-extracted e-paper) → Capture. The text is kept
// whole (minus a BOM) so facts index the file the clerk has; only its shape is read here.

const BULLET = /^\s*(?:[-*•·●◆◇■□▪○~～]+|\u2014(?!\u2014))\s*(?=\S)/;
/** "1. 标题", "2、标题": a numbered line is a headline only when it holds no sentence punctuation. */
const NUMBERED = /^\s*\d{1,2}\s*[.．、]\s*(?=[^\d\s.．])/;
const EPAPER = /第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版|版面\s*[/／:：]|版面导航|电子版|数字报|当前版\s*[:：]|上一版|下一版/;
const TAIL_DATE = /[\s[(（【]*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}-\d{1,2})[\])）】]*\s*$/;

const LEAD_HELD = /召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織/;
/** Headlines numbered 1., 2., … in a run: a list by its numbering, even of two (相关新闻 under an article). */
function numberedList(bullets: Headline[]): boolean {
  const nums = bullets.map((b) => /^\s*(\d{1,2})\s*[.．、]/.exec(b.line)?.[1]).filter((n) => n !== undefined).map(Number);
  return nums.length >= 2 && nums.length === bullets.length && nums.every((n, i) => n === i + 1);
}

/** A date before the headline ([03-20] 标题, 2025-03-20 标题). */
const LEAD_DATE = /^[[(（【]\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\])）】]\s*/;

function headlineOf(line: string, k: number): Headline {
  const body = line.replace(BULLET, '').replace(NUMBERED, '').replace(LEAD_DATE, '').trim();
  const d = TAIL_DATE.exec(body);
  return { block: k, title: d ? body.slice(0, d.index).trim() : body, href: null, date: d ? d[1] : null, line };
}

/** PDF-extracted columns: most lines end mid-sentence, or characters are spaced out (judged on prose lines: headlines are short and unpunctuated by nature). */
function looksLikePdfColumns(lines: string[]): boolean {
  const text = lines.join('\n');
  if (text.length < 500) return false;
  const open = lines.filter((l) => !/[。！？；：”」）)!?;:…]$/.test(l)).length;
  const spaced = (text.match(/[\u4e00-\u9fff] [\u4e00-\u9fff]/g)?.length ?? 0) * 1000 / Math.max(text.length, 1);
  const sorted = lines.map((l) => l.length).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return (lines.length >= 40 && open / lines.length >= 0.6 && median <= 30) || spaced >= 10;
}

/** Subheadings of one article: numbered (一、, （二）, 3.), or two parallel phrases (聚焦中心大局 深度协商互动). */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+[章节条部分])/;
function isSubheading(l: string): boolean {
  const halves = l.split(/\s+/);
  return ORDINAL.test(l) || (halves.length === 2 && Math.abs(halves[0].length - halves[1].length) <= 1 && !/\d/.test(l));
}

/** A news headline standing over its own paragraph: headline-shaped, long enough to name who did what, no comma of a slogan. */
function isDigestHeading(l: string, prev?: string): boolean {
  return l.length >= 10 && !/[，,]/.test(l) && !isSubheading(l) && isTitleShaped(l, prev);
}

/** The items of a digest: distinct headings each over its own paragraph (a heading said twice is an article's title over its body). */
function digestItems(lines: string[], isHeadline: (l: string) => boolean): Headline[] {
  const items = lines.flatMap((l, k) => (isDigestHeading(l, lines[k - 1]) && isBody(lines[k + 1] ?? '') && !isHeadline(l) ? [headlineOf(l, k)] : []));
  const seen = new Set(lines.filter((l) => !isBody(l)));
  const shaped = lines.filter((l) => seen.has(l));
  if (new Set(shaped).size < shaped.length && items.some((h) => shaped.indexOf(h.line) !== shaped.lastIndexOf(h.line))) return [];
  // most headings of a digest report an event; an article's subheadings name its themes
  return items.filter((h) => reportsEvent(h.title)).length * 3 >= items.length * 2 ? items : [];
}

/**
 * The page's title line: the first headline-shaped line above the first paragraph (a longer one before a short
 * fragment); else, when the text opens with a news lead, the lead's first clause; else the first headline-shaped
 * line anywhere (an editor's note may stand above the title).
 */
/** …and the lead's first clause, which names the activity when the headline does not (社情民意聚焦世博 → 昨天，市政协召开…主席会议). */
function pageTitle(lines: string[], isHeadline: (l: string) => boolean): { titleAt: number; lead: string } {
  const firstProse = lines.findIndex((l) => isProse(l) && !isHeadline(l));
  const top = firstProse < 0 ? lines.length : firstProse;
  // a numbered heading (一、…, 第一章 总则) heads a part of the text, not the page
  const shaped = (k: number) => !BULLET.test(lines[k]) && !isHeadline(lines[k]) && !ORDINAL.test(lines[k]) && isTitleShaped(lines[k], lines[k - 1]);
  const lead = firstProse >= 0 ? leadClause(lines[firstProse]) : '';
  const above: number[] = [];
  for (let k = 0; k < top; k++) if (shaped(k)) above.push(k);
  const long = above.find((k) => lines[k].length >= 8);
  if (long !== undefined) return { titleAt: long, lead };
  if (above.length) return { titleAt: above[0], lead };
  if (lead) return { titleAt: -1, lead };
  for (let k = top; k < lines.length; k++) if (shaped(k) && !isProse(lines[k])) return { titleAt: k, lead };
  return { titleAt: -1, lead };
}

export function captureText(input: string, url?: string, opts: CaptureOptions = {}): Capture {
  const text = input.replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const bullets: Headline[] = [];
  // A headline line: a bullet, or (copied list pages) a short line ending with its date.
  const isHeadline = (l: string) =>
    l.length >= 10 &&
    l.length <= 120 &&
    (BULLET.test(l) || (NUMBERED.test(l) && !/[。；;，,]/.test(l)) || (TAIL_DATE.test(l) && !/[。；;]/.test(l) && /^\D/.test(l)) || (LEAD_DATE.test(l) && !/[。；;]/.test(l)));
  lines.forEach((l, k) => {
    if (isHeadline(l)) bullets.push(headlineOf(l, k));
  });
  const prose = lines.filter((l) => !isHeadline(l)).reduce((n, l) => n + l.length, 0);

  // a digest (早闻政协, 日程预告): several news items, each a headline line over its paragraph
  const digest = digestItems(lines, isHeadline);
  const why: string[] = [];
  let kind: PageKind;
  const marker = lines.find((l) => l.length <= 60 && EPAPER.test(l));
  if (marker || looksLikePdfColumns(lines.filter((l) => !isHeadline(l)))) {
    kind = 'epaper';
    why.push(marker ? `检测到“版面/第N版”电子报标记（${EPAPER.exec(marker)![0]}）` : '检测到按版面分栏断行的报纸文字');
  } else if (bullets.length < 3 && !numberedList(bullets) && digest.length >= 3) {
    kind = 'list';
    why.push(`检测到${digest.length}条标题及其正文`);
    bullets.splice(0, bullets.length, ...digest);
  } else if (bullets.length >= 3 || numberedList(bullets)) {
    const listWhy = `检测到${bullets.length}条${bullets.some((b) => b.date) ? '带日期的' : ''}标题行`;
    kind = prose >= 300 ? 'mixed' : 'list';
    why.push(listWhy);
    if (kind === 'mixed') why.push(`另有正文约${prose}字`);
  } else {
    kind = 'article';
    why.push(`正文约${prose}字`);
  }

  const { titleAt, lead } = pageTitle(lines, isHeadline);
  const title = titleAt >= 0 ? lines[titleAt] : lead;
  const next = titleAt >= 0 ? lines[titleAt + 1] ?? '' : '';
  const subtitle = /^(?:——|—|--)/.test(next) && next.length <= 80 ? next : '';
  // a "发布时间/日期" line, else the first date on a short line at the top, else the page's address
  const date = textPageDate(text, url);

  // the lead names the article's activity when it says someone held one (市政协召开…主席会议), not when it reports a figure
  const held = titleAt >= 0 && kind === 'article' && LEAD_HELD.test(lead) ? lead : '';
  const own = articleRecord(title, subtitle, date, url ?? null, opts.catalogue, held);
  const records =
    kind === 'list' || kind === 'mixed'
      ? buildRecords({ kind, title, subtitle, date, url: url ?? null, lists: [bullets], tables: [], catalogue: opts.catalogue, lead: held })
      : kind === 'epaper'
        ? // an e-paper page lists the edition's other articles: each is a record, the page's own once
          [...(own ? [own] : []), ...buildRecords({ kind: 'list', title, subtitle, date, url: url ?? null, lists: [bullets.filter((b) => b.title !== title)], tables: [], catalogue: opts.catalogue })]
        : [own].filter((r) => r !== null);
  const capture: Capture = { kind, title, date, text, facts: extractFacts(text, { catalogue: opts.catalogue, pageDate: date }), records, why };
  if (url) capture.url = url;
  return capture;
}
