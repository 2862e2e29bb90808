import type { PageRecord } from '../model';

// Records are evidence for R19, never values. One activity listed on two list pages (or captured twice)
// is one record: keyed by its URL, else by title and date.

/** A record dated in another year than the form's period is an activity of that year, not evidence for this form. */
export function inPeriod(date: string | null, period: string | undefined): boolean {
  if (!date || !period || !/^\d{4}$/.test(period)) return true;
  const year = /^(\d{4})/.exec(date)?.[1];
  return !year || year === period;
}

export function countRecords(
  captures: ReadonlyArray<{ records: readonly PageRecord[] }>,
  known: (code: string) => boolean,
  period?: string,
): Record<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of captures) {
    for (const r of c.records) {
      if (!r.indicator || !known(r.indicator) || !inPeriod(r.date, period)) continue;
      const key = r.url ?? `${r.title.replace(/\s+/g, '')}|${r.date ?? ''}`;
      if (!seen.has(r.indicator)) seen.set(r.indicator, new Set());
      seen.get(r.indicator)!.add(key);
    }
  }
  const out: Record<string, number> = {};
  for (const code of [...seen.keys()].sort()) out[code] = seen.get(code)!.size;
  return out;
}
