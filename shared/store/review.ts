import type { Capture, Fact, PageRecord } from '../model';
import type { Review } from './schema';

// The clerk's review overlays a capture; the capture itself stays as the core produced it.

export const emptyReview = (): Review => ({ facts: {}, records: {} });

/** Identity of a fact across re-captures of the same page. */
export const factKey = (f: Pick<Fact, 'start' | 'quote'>): string => `${f.start}:${f.quote}`;
/** Identity of a record across re-captures: its URL, else its title. */
export const recordKey = (r: Pick<PageRecord, 'url' | 'title'>): string => r.url ?? `title:${r.title}`;

/** A fact counts unless rejected; the clerk's indicator, approx and value win over the core's. */
export function reviewedFacts(capture: Capture, review: Review): Fact[] {
  const out: Fact[] = [];
  for (const f of capture.facts) {
    const r = review.facts[factKey(f)];
    if (r?.status === 'rejected') continue;
    out.push({
      ...f,
      indicator: r && r.indicator !== undefined ? r.indicator : f.indicator,
      approx: r?.approx ?? f.approx,
      value: r?.value ?? f.value,
    });
  }
  return out;
}

/** Records are checked unless the clerk unchecked them. */
export function reviewedRecords(capture: Capture, review: Review): PageRecord[] {
  return capture.records.filter((r) => review.records[recordKey(r)] !== false);
}

/** The capture as the tally should see it. */
export function applyReview(capture: Capture, review: Review): Capture {
  return { ...capture, facts: reviewedFacts(capture, review), records: reviewedRecords(capture, review) };
}

/** On re-capture keep decisions for facts and records that are still on the page; drop the rest. */
export function carryReview(previous: Review, next: Capture): Review {
  const facts: Review['facts'] = {};
  for (const f of next.facts) {
    const k = factKey(f);
    if (previous.facts[k]) facts[k] = previous.facts[k];
  }
  const records: Review['records'] = {};
  for (const r of next.records) {
    const k = recordKey(r);
    if (k in previous.records) records[k] = previous.records[k];
  }
  return { facts, records };
}
