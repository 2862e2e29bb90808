// Batch capture of the articles listed on a list page: at most `concurrency` fetches at once,
// pages already in the draft skipped, failures kept for a retry. No browser globals: the caller
// passes the fetch-and-save step.

import { parsePeriod, yearOfDate } from '../tally/period';

export interface BatchItem {
  url: string;
  title: string;
}
export interface BatchFailure extends BatchItem {
  message: string;
}
export interface BatchProgress {
  total: number;
  done: number;
  saved: number;
  skipped: number;
  failed: BatchFailure[];
  running: boolean;
  /** The clerk stopped the batch: items not yet started were left alone. */
  stopped?: boolean;
}

export interface BatchOptions {
  concurrency?: number;
  isCaptured: (url: string) => boolean;
  capture: (item: BatchItem) => Promise<void>;
  onProgress?: (p: BatchProgress) => void;
  signal?: { aborted: boolean };
}

export async function runBatch(items: BatchItem[], opts: BatchOptions): Promise<BatchProgress> {
  const limit = Math.max(1, Math.min(opts.concurrency ?? 4, 4));
  const seen = new Set<string>();
  const queue = items.filter((i) => (seen.has(i.url) ? false : (seen.add(i.url), true)));
  const p: BatchProgress = { total: queue.length, done: 0, saved: 0, skipped: 0, failed: [], running: true };
  const emit = () => opts.onProgress?.({ ...p, failed: [...p.failed] });
  emit();
  let next = 0;
  const worker = async () => {
    while (next < queue.length && !opts.signal?.aborted) {
      const item = queue[next++];
      if (opts.isCaptured(item.url)) {
        p.skipped++;
      } else {
        try {
          await opts.capture(item);
          p.saved++;
        } catch (err) {
          p.failed.push({ ...item, message: err instanceof Error ? err.message : String(err) });
        }
      }
      p.done++;
      emit();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
  p.running = false;
  if (opts.signal?.aborted && p.done < p.total) p.stopped = true;
  emit();
  return { ...p, failed: [...p.failed] };
}

// ---- Paged lists: read page after page of the list, within the same site, up to a limit the clerk sets.

export interface ListPage {
  url: string;
  /** The headlines of this page. */
  items: Array<BatchItem & { date: string | null }>;
  /** Continuation pages it links to (see paging.ts). */
  next: string[];
}

export interface ListProgress {
  /** List pages read so far (the first one included). */
  pages: number;
  limit: number;
  reading: string | null;
  failed: BatchFailure[];
}

/**
 * Breadth-first over the list's pages: the first page, then the pages it links to, up to `limit` pages in all.
 * A page that fails to load is reported and skipped; stopping keeps what was read.
 */
export async function collectListPages(
  first: ListPage,
  opts: { limit: number; fetchPage: (url: string) => Promise<ListPage>; signal?: { aborted: boolean }; onProgress?: (p: ListProgress) => void },
): Promise<{ pages: ListPage[]; failed: BatchFailure[]; more: boolean }> {
  const limit = Math.max(1, Math.floor(opts.limit));
  const pages = [first];
  const seen = new Set([first.url]);
  const queue = first.next.filter((u) => !seen.has(u));
  const failed: BatchFailure[] = [];
  const report = (reading: string | null) => opts.onProgress?.({ pages: pages.length, limit, reading, failed: [...failed] });
  while (queue.length && pages.length + failed.length < limit && !opts.signal?.aborted) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    report(url);
    try {
      const page = await opts.fetchPage(url);
      pages.push(page);
      for (const n of page.next) if (!seen.has(n) && !queue.includes(n)) queue.push(n);
    } catch (err) {
      failed.push({ url, title: `列表第 ${pages.length + failed.length + 1} 页`, message: err instanceof Error ? err.message : String(err) });
    }
  }
  report(null);
  return { pages, failed, more: queue.some((u) => !seen.has(u)) };
}

/**
 * Headlines of the form's period (by their printed date: the year, or any year of a span period); undated ones are
 * kept, the clerk judges them. With no readable period every headline is kept.
 */
export function splitByPeriod<T extends { date: string | null }>(items: readonly T[], period: string): { inPeriod: T[]; outside: T[]; undated: number } {
  const inPeriod: T[] = [];
  const outside: T[] = [];
  const p = parsePeriod(period);
  const within = (y: number) => !p || (p.kind === 'year' ? y === p.year : y >= p.from && y <= p.to);
  let undated = 0;
  for (const i of items) {
    const year = yearOfDate(i.date);
    if (year === null) undated++;
    if (year === null || within(year)) inPeriod.push(i);
    else outside.push(i);
  }
  return { inPeriod, outside, undated };
}
