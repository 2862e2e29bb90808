// The form's report period: one calendar year ("2025", "2025年", "2025年度") or a span of years
// ("2021—2025", "2021-2025", "十一届（2007—2011）"). Anything else (blank, unreadable) is no period: then
// every statement counts whatever its year, and only multi-year figures stay out of the cells.

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'span'; from: number; to: number };

const YEAR = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/;
const SPAN = /((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2})\s*年?/;

export function parsePeriod(period: string | undefined | null): Period | null {
  if (!period) return null;
  const y = YEAR.exec(period);
  if (y) return { kind: 'year', year: Number(y[1]) };
  const s = SPAN.exec(period);
  if (s) {
    const [from, to] = [Number(s[1]), Number(s[2])];
    if (from < to) return { kind: 'span', from, to };
    if (from === to) return { kind: 'year', year: from };
  }
  return null;
}

/** The year of a YYYY-MM-DD (or YYYY…) date, else null. */
export function yearOfDate(date: string | null | undefined): number | null {
  const m = date ? /^((?:19|20)\d{2})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

export function periodLabel(p: Period): string {
  return p.kind === 'year' ? `${p.year}年` : `${p.from}—${p.to}年`;
}
