// Dates as portals print them → YYYY-MM-DD. Pure; no Date parsing (time zones would shift days).

const FULL = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const SHORT = /(?:^|[^\d])(\d{1,2})[-/.月](\d{1,2})日?(?:[^\d]|$)/;
const FULLWIDTH = /[０-９]/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1949 && y <= 2100;
}

/** The first full date in `s` (2024-09-27, 2024/9/27, 2024年9月27日); a month-day date needs `year`. */
export function parseDate(s: string | null | undefined, year?: number): string | null {
  if (!s) return null;
  const t = s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const f = FULL.exec(t);
  if (f) {
    const [y, m, d] = [Number(f[1]), Number(f[2]), Number(f[3])];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const m = SHORT.exec(t);
  if (m && year) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return valid(year, mo, d) ? `${year}-${pad(mo)}-${pad(d)}` : null;
  }
  return null;
}

/** Portal CMSs put the publication date in article paths: /t20240927_123.html, /2024-09/27/, /202409/27/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const DATE_LABEL = /发布|发表|日期|时间|發布|發表|時間/;

/**
 * The publication date of a plain-text page: a "发布时间/日期" line near the top, else the first full date on one
 * of the first short lines, else the date in the page's address.
 */
export function textPageDate(text: string, url?: string | null): string | null {
  const lines: string[] = [];
  for (const l of text.slice(0, 20_000).split(/\r\n|\r|\n/)) {
    const t = l.trim();
    if (t) lines.push(t);
    if (lines.length >= 40) break;
  }
  for (const l of lines) {
    if (l.length > 120 || !DATE_LABEL.test(l)) continue;
    const d = parseDate(l);
    if (d) return d;
  }
  for (const l of lines.slice(0, 6)) {
    if (l.length > 80) continue;
    const d = parseDate(l);
    if (d) return d;
  }
  return dateFromUrl(url);
}

/** Some CMSs file articles by month only (/202501/123.html): the year and month, as YYYY-MM. */
export function monthFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[-_]?(0[1-9]|1[0-2])\//.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  return m ? `${m[1]}-${m[2]}` : null;
}
