import type { FactScope } from '../model';
import { yearOfDate, type Period } from './period';

// Whether a statement or an activity belongs to the form's period, and if not, why. A statement's own year
// (2025年…, 过去一年 read against its page's date) decides; with none, its page's publication date does.
// A multi-year figure (五年来, 本届以来, 累计) is never one year's value; for a span period it is the value
// when its page closes that span (published in the span's last year or early the next).

export type LeftOutReason = 'other-year' | 'multi-year' | 'undated' | 'one-year' | 'other-span';

export type Placement = { ok: true } | { ok: false; reason: LeftOutReason; year: number | null };

const IN: Placement = { ok: true };

export function placeStatement(fact: { scope: FactScope; year: number | null }, pageDate: string | null, period: Period | null): Placement {
  const pageYear = yearOfDate(pageDate);
  if (fact.scope === 'span') {
    if (!period || period.kind === 'year') return { ok: false, reason: 'multi-year', year: null };
    if (pageYear === null) return { ok: false, reason: 'undated', year: null };
    return pageYear === period.to || pageYear === period.to + 1 ? IN : { ok: false, reason: 'other-span', year: pageYear };
  }
  const year = fact.year ?? pageYear;
  if (!period) return IN;
  if (period.kind === 'span') return { ok: false, reason: 'one-year', year };
  if (year === null) return { ok: false, reason: 'undated', year: null };
  return year === period.year ? IN : { ok: false, reason: 'other-year', year };
}

/** An activity (a record, or an event's own figures) by its date. */
export function placeEvent(date: string | null, period: Period | null): Placement {
  if (!period) return IN;
  const year = yearOfDate(date);
  if (year === null) return { ok: false, reason: 'undated', year: null };
  const ok = period.kind === 'year' ? year === period.year : year >= period.from && year <= period.to;
  return ok ? IN : { ok: false, reason: 'other-year', year };
}

/** The reason in Chinese, saying what the clerk can do. */
export function reasonText(reason: LeftOutReason, year: number | null): string {
  switch (reason) {
    case 'other-year':
      return year ? `属于${year}年，不在本报告期` : '不在本报告期';
    case 'multi-year':
      return '多年累计数（如“五年来”“本届以来”），不能作为一年的数字';
    case 'undated':
      return '页面没有发布日期，无法判断年份；如属本报告期，请手工填写';
    case 'one-year':
      return year ? `${year}年单年数字，报告期为多年` : '单年数字，报告期为多年';
    case 'other-span':
      return year ? `${year}年发布的累计数，不是本报告期这几年的累计` : '不是本报告期这几年的累计数';
  }
}
