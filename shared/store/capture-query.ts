import { reviewedFacts, reviewedRecords } from './review';
import type { StoredCapture } from './schema';
import { withoutGlosses } from './display';
import { toSimplified } from '../text/simplify';

// Finding one page among hundreds: search by title or words, filter by kind, indicator and publication year,
// sort by the page's own date (capture.date, the date it was published), page through the result.

export type SortOrder = 'date-desc' | 'date-asc' | 'captured-desc';

export interface CaptureQuery {
  text: string;
  kind: string;
  /** An indicator code, '' for any, '-' for pages that count for none. */
  indicator: string;
  /** A year ('2025'), '' for any, '-' for pages without a date. */
  year: string;
  sort: SortOrder;
}

export const EMPTY_QUERY: CaptureQuery = { text: '', kind: '', indicator: '', year: '', sort: 'date-desc' };

/** The page's publication date: its own date, else the latest date among its records (a list page). */
export function publishedDate(c: StoredCapture): string | null {
  if (c.capture.date) return c.capture.date;
  let best: string | null = null;
  for (const r of c.capture.records) if (r.date && (!best || r.date > best)) best = r.date;
  return best;
}

export const yearOf = (date: string | null): string | null => (date ? (/^(\d{4})/.exec(date)?.[1] ?? null) : null);

/** Indicators the page counts for as reviewed (facts not rejected, records checked). */
export function indicatorsOf(c: StoredCapture): Set<string> {
  const s = new Set<string>();
  for (const f of reviewedFacts(c.capture, c.review)) if (f.indicator) s.add(f.indicator);
  for (const r of reviewedRecords(c.capture, c.review)) if (r.indicator) s.add(r.indicator);
  return s;
}

// Search folds traditional characters, glosses, spaces and case: 政協(xié) finds 政协.
const fold = (s: string) => toSimplified(withoutGlosses(s)).replace(/\s+/g, '').toLowerCase();

// Folded search text per capture object (captures are replaced, never mutated, when they change).
const hayCache = new WeakMap<object, string>();

function matchesText(c: StoredCapture, words: string[]): boolean {
  if (!words.length) return true;
  let hay = hayCache.get(c.capture);
  if (hay === undefined) {
    hay = fold(`${c.capture.title}\n${c.rawUrl}\n${c.capture.text}\n${c.capture.records.map((r) => r.title).join('\n')}`);
    hayCache.set(c.capture, hay);
  }
  return words.every((w) => hay.includes(w));
}

export function isFiltered(q: CaptureQuery): boolean {
  return !!(q.text.trim() || q.kind || q.indicator || q.year);
}

export function queryCaptures(list: readonly StoredCapture[], q: CaptureQuery): StoredCapture[] {
  const words = q.text.split(/\s+/).map(fold).filter(Boolean);
  const out = list.filter((c) => {
    if (q.kind && c.capture.kind !== q.kind) return false;
    if (q.year) {
      const y = yearOf(publishedDate(c));
      if (q.year === '-' ? y !== null : y !== q.year) return false;
    }
    if (q.indicator) {
      const inds = indicatorsOf(c);
      if (q.indicator === '-' ? inds.size > 0 : !inds.has(q.indicator)) return false;
    }
    return matchesText(c, words);
  });
  const date = (c: StoredCapture) => publishedDate(c) ?? '';
  if (q.sort === 'captured-desc') out.sort((a, b) => b.firstCapturedAt.localeCompare(a.firstCapturedAt));
  // Undated pages go last either way: the clerk judges the year by the date.
  else out.sort((a, b) => (!date(a) !== !date(b) ? (date(a) ? -1 : 1) : (q.sort === 'date-asc' ? 1 : -1) * date(a).localeCompare(date(b)) || b.firstCapturedAt.localeCompare(a.firstCapturedAt)));
  return out;
}

/** Choices for the filters: the kinds, years and indicators the draft's pages have, with counts. */
export function facets(list: readonly StoredCapture[]): { kinds: Map<string, number>; years: Map<string, number>; indicators: Map<string, number> } {
  const kinds = new Map<string, number>();
  const years = new Map<string, number>();
  const indicators = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const c of list) {
    bump(kinds, c.capture.kind);
    bump(years, yearOf(publishedDate(c)) ?? '-');
    const inds = indicatorsOf(c);
    if (!inds.size) bump(indicators, '-');
    for (const i of inds) bump(indicators, i);
  }
  return { kinds, years, indicators };
}

export const PAGE_SIZE = 20;

export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { items: list.slice((p - 1) * size, p * size), page: p, pages };
}
