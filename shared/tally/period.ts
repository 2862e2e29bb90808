// The form's report period: one calendar year ("2025", "2025年", "2025年度") or a span of years
// ("2021—2025", "2021-2025", "十一届（2007—2011）"). Anything else (blank, unreadable) is no period: then
// every statement counts whatever its year, and only multi-year figures stay out of the cells.

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'span'; from: number; to: number };

const YEAR = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/;
const SPAN = /((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2})\s*年?/;

/** Full-width digits are what a Chinese input method types: ２０２５ is 2025. */
const asciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function parsePeriod(text: string | undefined | null): Period | null {
  if (!text) return null;
  const period = asciiDigits(text);
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

// A period typed by the clerk (the side panel's 报告期): the whole entry must be one year or one span, optionally
// named (十一届, “十四五”时期) with the span in brackets, so a typo never passes as some other period.
const SPAN_ENTRY = /^([\u4e00-\u9fff“”"‘’'·\s]*?)\s*[（(]?\s*((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2})\s*(?:年度?)?\s*[）)]?\s*$/;

export const PERIOD_HINT = '报告期应为年份（如 2025）或起止年份（如 2021—2025、十一届（2007—2011））';

/**
 * The canonical text of a typed period, the one drafts are keyed by: "2025年度" → "2025", "2021-2025" →
 * "2021—2025", "十一届（2007-2011）" → "十一届（2007—2011）". Else a Chinese message saying what to type.
 */
export function readPeriodEntry(text: string): { ok: true; period: string } | { ok: false; message: string } {
  const t = asciiDigits(text.trim());
  if (!t) return { ok: false, message: `请填写报告期：${PERIOD_HINT}` };
  const y = YEAR.exec(t);
  if (y) return { ok: true, period: y[1] };
  const s = SPAN_ENTRY.exec(t);
  if (!s) return { ok: false, message: `“${t}”不是报告期：${PERIOD_HINT}` };
  const [name, from, to] = [s[1].trim(), Number(s[2]), Number(s[3])];
  if (from > to) return { ok: false, message: `报告期“${t}”的起始年份晚于结束年份，请改为 ${to}—${from}` };
  if (from === to) return { ok: true, period: String(from) };
  return { ok: true, period: name ? `${name}（${from}—${to}）` : `${from}—${to}` };
}

/** A period as the panel says it: "2025 年", "2021—2025 年", "十一届（2007—2011）". */
export function periodName(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.kind === 'year') return `${p.year} 年`;
  return /^\s*\d/.test(period) ? `${p.from}—${p.to} 年` : period.trim();
}
