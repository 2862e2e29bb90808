import type { Capture, PageKind } from '../model';
import { extractFacts } from '../facts/extract';
import { textPageDate } from './dates';
import { articleRecord, buildRecords } from './records';
import type { Headline } from './headlines';
import type { CaptureOptions } from './capture-snapshot';

// Plain text (a saved page, a copied article, PDF-extracted e-paper) → Capture. The text is kept
// whole (minus a BOM) so facts index the file the clerk has; only its shape is read here.

const BULLET = /^\s*(?:[-*•·●◆◇■□▪○]|\u2014(?!\u2014))\s*(?=\S)/;
const EPAPER = /第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版|版面\s*[/／:：]|版面导航|电子版|数字报/;
const NOT_TITLE = /位置|首页|编者按|版面|校对|记者|通讯员|来源|责任编辑/;
const TAIL_DATE = /[\s[(（【]*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}-\d{1,2})[\])）】]*\s*$/;

function headlineOf(line: string, k: number): Headline {
  const body = line.replace(BULLET, '').trim();
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

export function captureText(input: string, url?: string, opts: CaptureOptions = {}): Capture {
  const text = input.replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const bullets: Headline[] = [];
  // A headline line: a bullet, or (copied list pages) a short line ending with its date.
  const isHeadline = (l: string) => l.length >= 10 && l.length <= 120 && (BULLET.test(l) || (TAIL_DATE.test(l) && !/[。；;]/.test(l) && /^\D/.test(l)));
  lines.forEach((l, k) => {
    if (isHeadline(l)) bullets.push(headlineOf(l, k));
  });
  const prose = lines.filter((l) => !isHeadline(l)).reduce((n, l) => n + l.length, 0);

  const why: string[] = [];
  let kind: PageKind;
  const marker = lines.find((l) => l.length <= 60 && EPAPER.test(l));
  if (marker || looksLikePdfColumns(lines.filter((l) => !isHeadline(l)))) {
    kind = 'epaper';
    why.push(marker ? `检测到“版面/第N版”电子报标记（${EPAPER.exec(marker)![0]}）` : '检测到按版面分栏断行的报纸文字');
  } else if (bullets.length >= 3) {
    const listWhy = `检测到${bullets.length}条${bullets.some((b) => b.date) ? '带日期的' : ''}标题行`;
    kind = prose >= 300 ? 'mixed' : 'list';
    why.push(listWhy);
    if (kind === 'mixed') why.push(`另有正文约${prose}字`);
  } else {
    kind = 'article';
    why.push(`正文约${prose}字`);
  }

  const titleAt = lines.findIndex(
    (l) => !BULLET.test(l) && l.length >= 4 && l.length <= 60 && !/[。，,；;：:]$/.test(l) && !NOT_TITLE.test(l) && !/^[\d\s年月日:：\-/.]+$/.test(l),
  );
  const title = titleAt >= 0 ? lines[titleAt] : '';
  const next = titleAt >= 0 ? lines[titleAt + 1] ?? '' : '';
  const subtitle = /^(?:——|—|--)/.test(next) && next.length <= 80 ? next : '';
  // a "发布时间/日期" line, else the first date on a short line at the top, else the page's address
  const date = textPageDate(text, url);

  const records =
    kind === 'list' || kind === 'mixed'
      ? buildRecords({ kind, title, subtitle, date, url: url ?? null, lists: [bullets], tables: [], catalogue: opts.catalogue })
      : [articleRecord(title, subtitle, date, url ?? null, opts.catalogue)].filter((r) => r !== null);
  const capture: Capture = { kind, title, date, text, facts: extractFacts(text, { catalogue: opts.catalogue, pageDate: date }), records, why };
  if (url) capture.url = url;
  return capture;
}
