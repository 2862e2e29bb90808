import type { PageRecord } from '../model';

// Records are evidence for R19, never values. One activity listed on two list pages (or captured twice)
// is one record: keyed by its URL, else by title and date.

export function countRecords(captures: ReadonlyArray<{ records: readonly PageRecord[] }>, known: (code: string) => boolean): Record<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of captures) {
    for (const r of c.records) {
      if (!r.indicator || !known(r.indicator)) continue;
      const key = r.url ?? `${r.title.replace(/\s+/g, '')}|${r.date ?? ''}`;
      if (!seen.has(r.indicator)) seen.set(r.indicator, new Set());
      seen.get(r.indicator)!.add(key);
    }
  }
  const out: Record<string, number> = {};
  for (const code of [...seen.keys()].sort()) out[code] = seen.get(code)!.size;
  return out;
}
