import type { PageRecord } from '../model';
import { dateFromUrl, monthFromUrl } from '../page/dates';
import { parsePeriod } from '../tally/period';
import { placeEvent, reasonText } from '../tally/placement';

// Whether a record of a captured page counts toward the form's period, judged as the tally judges it
// (shared/tally/events.ts + placement.ts): its own date, else the date in its URL, else the page's date for the
// page's own record, else the month in its URL. The panel's "记录 n / m 条计入" uses this, so it is true.

export interface RecordPlacement {
  counts: boolean;
  /** Why not, in Chinese (属于2024年，不在本报告期 / 页面没有发布日期…). */
  why: string | null;
  reason: 'other-year' | 'undated' | null;
}

export function placeRecord(r: PageRecord, page: { url?: string | null; date: string | null }, period: string): RecordPlacement {
  const own = !!r.url && !!page.url && r.url === page.url;
  const date = r.date ?? dateFromUrl(r.url) ?? (own ? page.date : null) ?? monthFromUrl(r.url);
  const placed = placeEvent(date, parsePeriod(period));
  if (placed.ok) return { counts: true, why: null, reason: null };
  return { counts: false, why: reasonText(placed.reason, placed.year), reason: placed.reason === 'undated' ? 'undated' : 'other-year' };
}
