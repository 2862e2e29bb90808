import type { PageKind, PageRecord } from '../model';
import type { Indicator } from '../catalogue/schema';
import { classifyTitle } from '../facts/classify';
import { isPublishedText } from '../facts/title-rules';
import { normalizedText } from '../text/normalize';
import { toSimplified } from '../text/simplify';
import type { Headline } from './headlines';
import type { RecordTable } from './table';
import { proposalTableIndicator } from './proposal-table';
import { dateFromUrl, parseDate } from './dates';

// Records are evidence for counts (rule R19): one per reported activity. Never invented: a year
// summary or a feature story is not one activity, and a headline nobody can classify still counts
// as a record of the list (indicator null) because the list is what the clerk tallies from.

/** Titles that sum up a period rather than report one activity… */
const SUMMARY = /一年来|回望|回眸|综述|盘点|述评|巡礼|纪实/;
/** …and period words that do so unless an event is being held (召开2024年度工作总结会 is one meeting). */
const PERIOD = /全年|年度|(?:19|20)\d{2}年(?:度)?(?:工作)?(?:回顾|总结)|工作报告$/;
const EVENT = /召开|举行|举办|出席|开班|结业|开幕|闭幕|启动/;

export interface RecordInput {
  kind: PageKind;
  title: string;
  subtitle: string;
  date: string | null;
  url: string | null;
  lists: Headline[][];
  tables: RecordTable[];
  catalogue?: readonly Indicator[];
  /** The first clause of the article's lead paragraph (text captures): names the activity when the headline does not. */
  lead?: string;
}

/** Headlines carry the page's artifacts too (pinyin after characters, spaced-out words): classify the cleaned text. */
export function classifyHeadline(title: string, catalogue?: readonly Indicator[]): string | null {
  return classifyTitle(normalizedText(title), catalogue);
}

/** A headline of a list: as classifyHeadline, but a published text about an event (…发言摘编) is not the event. */
export function classifyListed(title: string, catalogue?: readonly Indicator[]): string | null {
  return isPublishedText(normalizedText(title)) ? null : classifyHeadline(title, catalogue);
}

function yearOf(date: string | null): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

const sumsUp = (heading: string) => SUMMARY.test(heading) || (PERIOD.test(heading) && !EVENT.test(heading));

/**
 * The page's article as a record, when its headline names one activity of the catalogue — or, when the headline
 * names none, the lead's first clause does (a news lead says what happened: 昨天，市政协召开…主席会议).
 */
export function articleRecord(title: string, subtitle: string, date: string | null, url: string | null, catalogue?: readonly Indicator[], lead = ''): PageRecord | null {
  const heading = subtitle ? `${title} ${subtitle}` : title;
  if (!title || sumsUp(heading)) return null;
  const indicator = classifyHeadline(heading, catalogue) ?? (lead && !sumsUp(lead) ? classifyHeadline(lead, catalogue) : null);
  return indicator ? { title, date, url, indicator } : null;
}

export function buildRecords(r: RecordInput): PageRecord[] {
  const out: PageRecord[] = [];
  const year = yearOf(r.date);
  if (r.kind === 'list' || r.kind === 'mixed')
    for (const list of r.lists)
      for (const h of list)
        out.push({ title: h.title, date: parseDate(h.date, year) ?? dateFromUrl(h.href), url: h.href, indicator: classifyListed(h.title, r.catalogue) });
  if (r.kind === 'table')
    for (const t of r.tables) {
      const tableIndicator = t.proposals ? proposalTableIndicator(toSimplified(r.title), t.header, r.catalogue) : null;
      for (const row of t.rows)
        out.push({ title: row.title, date: row.date, url: row.url, indicator: t.proposals ? tableIndicator : classifyHeadline(row.title, r.catalogue) });
    }
  if (r.kind === 'article' || r.kind === 'epaper' || r.kind === 'mixed') {
    const a = articleRecord(r.title, r.subtitle, r.date, r.url, r.catalogue, r.lead);
    if (a) out.push(a);
  }
  return out;
}
