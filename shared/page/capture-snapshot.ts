import type { Capture } from '../model';
import type { Indicator } from '../catalogue/schema';
import { extractFacts } from '../facts/extract';
import type { Snapshot } from './snapshot-schema';
import { findMain } from './content';
import { fallbackList, findHeadlineLists, isOwnColumn, listRegions, type Headline } from './headlines';
import { findRecordTables } from './table';
import { ARTICLE_CHARS, decideKind, findPaging, proseChars } from './kind';
import { readHead } from './article';
import { buildRecords } from './records';
import { dateFromUrl } from './dates';

/** Below this much prose a page is no article: its biggest dated list is what it shows. */
const FALLBACK_PROSE = 150;

// Snapshot → Capture: main text (what the clerk reads, chrome removed), facts indexed into that
// text, records, kind with reasons. Pure: the same in the extension, the add-in and the CLI.
// The extension imports this file (not capture.ts) so linkedom stays out of its bundle.

export interface CaptureOptions {
  catalogue?: readonly Indicator[];
}

/** Text of the captured page: headline lines (list/mixed) then the article, one block a line. */
function mainText(main: ReturnType<typeof findMain>, lists: Headline[][], withLists: boolean): string {
  const lines: string[] = [];
  const listBlocks = new Set(lists.flat().map((h) => h.block));
  if (withLists) for (const l of lists) for (const h of l) lines.push(h.line);
  main.blocks.forEach((i, k) => {
    if (!listBlocks.has(i)) lines.push(main.texts[k]);
  });
  return lines.join('\n');
}

export function captureSnapshot(s: Snapshot, opts: CaptureOptions = {}): Capture {
  const main = findMain(s);
  const tables = findRecordTables(s);
  // A record table is read row by row by table.ts; don't read its rows again as headlines.
  let lists = findHeadlineLists(s, false, new Set(tables.map((t) => t.table)));
  if (!lists.length && !tables.length && proseChars(s, main) < FALLBACK_PROSE) lists = fallbackList(s);
  // Beside an article, only the portal's own dated column is a list of activities; related, teaser
  // and "more stories" lists are other pages' headlines, neither records nor the article's text.
  if (lists.length && proseChars(s, main, listRegions(s, lists)) >= ARTICLE_CHARS) lists = lists.filter((l) => isOwnColumn(s, l));
  const { kind, why } = decideKind(s, main, lists, tables);
  const head = readHead(s, main);
  // No date printed on the page: the one in its address (/t20250103_…), as the CMS filed it.
  if (!head.date) head.date = dateFromUrl(s.url);
  const text = kind === 'selection' ? s.selection!.trim() : mainText(main, lists, kind === 'list' || kind === 'mixed');
  const title = kind === 'list' ? head.title || s.title : head.title;
  const records = kind === 'selection' ? [] : buildRecords({
    kind,
    title: head.title,
    subtitle: head.subtitle,
    date: head.date,
    url: s.url || null,
    lists,
    tables,
    catalogue: opts.catalogue,
  });
  const capture: Capture = {
    kind,
    title,
    date: kind === 'list' ? null : head.date,
    text,
    // the page's date reads 今年/去年/全年 in its statements (a list page has none of its own: its address may)
    facts: extractFacts(text, { catalogue: opts.catalogue, pageDate: head.date ?? dateFromUrl(s.url) }),
    records,
    why,
  };
  const paging = kind === 'list' || kind === 'mixed' ? findPaging(s) : undefined;
  if (paging) capture.paging = paging;
  if (s.url) capture.url = s.url;
  if (s.truncated?.length) capture.notices = [...s.truncated];
  return capture;
}
