import type { Approx, Fact, PageRecord } from '../../shared/model';
import type { TallyCapture } from '../../shared/tally/tally';

/** A fact as the extractor reports it; start/end are where the quote stands in the capture's text. */
export function fact(quote: string, value: number, unit: string, indicator: string | null, approx: Approx = 'exact', when: { scope?: Fact['scope']; year?: number | null } = {}): Fact {
  return { quote, start: 0, end: quote.length, value, unit, approx, indicator, scope: when.scope ?? 'year', year: when.year ?? null };
}

/**
 * A captured page summing up the office's year, built from its statements (text = the quotes, so every span is
 * real); its title says so, as year-end summaries do, unless one is given.
 */
export const SUMMARY_TITLE = '区政协年度工作总结';

export function page(url: string, facts: Fact[], records: PageRecord[] = [], head: { title?: string; date?: string | null; text?: string } = {}): TallyCapture {
  let text = '';
  const placed = facts.map((f) => {
    const start = text.length;
    text += f.quote + '，';
    return { ...f, start, end: start + f.quote.length };
  });
  if (head.text) text += head.text;
  return { kind: 'article', title: head.title ?? SUMMARY_TITLE, date: head.date ?? null, text, facts: placed, records, url, capturedAt: '2026-02-01T08:00:00Z' };
}

export function record(title: string, indicator: string | null, url: string | null = null, date: string | null = null): PageRecord {
  return { title, date, url, indicator };
}

/** An article about one activity: its own record (title, date, address) plus the figures it states. */
export function eventPage(url: string, title: string, date: string | null, indicator: string, facts: Fact[] = [], text = ''): TallyCapture {
  return page(url, facts, [record(title, indicator, url, date)], { title, date, text });
}

/**
 * A captured page of real prose: `text` as printed, each fact placed at its quote's next occurrence (in order),
 * so the words around a figure (其中, 实际, the sentence it stands in) are the page's own.
 */
export function prosePage(url: string, text: string, facts: Fact[], head: { title?: string; date?: string | null; records?: PageRecord[] } = {}): TallyCapture {
  let from = 0;
  const placed = facts.map((f) => {
    const start = text.indexOf(f.quote, from);
    if (start < 0) throw new Error(`quote not in text: ${f.quote}`);
    from = start + f.quote.length;
    return { ...f, start, end: from };
  });
  return { kind: 'article', title: head.title ?? SUMMARY_TITLE, date: head.date ?? null, text, facts: placed, records: head.records ?? [], url, capturedAt: '2026-02-01T08:00:00Z' };
}
