import type { Capture, PageRecord } from '../model';
import type { Indicator } from '../catalogue/schema';
import type { Rule } from '../catalogue/rules';
import { editionForPeriod } from '../catalogue/edition';
import type { Candidate, Conflict, FormFile, How, Source } from '../form/form-file';
import { dateFromUrl, monthFromUrl } from '../page/dates';
import { valueInIndicatorUnit } from './units';
import { agrees, finalFigure, pageValue, type PageValue, type Statement } from './page-value';
import { partScope } from './parts';
import { deriveRates, type Suggestion } from './derive';
import { parsePeriod, type Period } from './period';
import { placeEvent, placeStatement, reasonText, type LeftOutReason, type Placement } from './placement';
import { groupEvents, type EventGroup } from './events';

export type { Conflict, Candidate } from '../form/form-file';
export type { LeftOutReason } from './placement';

// Many captured pages → the one form a clerk would fill: one value per indicator, with its sources.
//  1. Each statement is placed in the form's period by its own year, else by its page's publication date;
//     multi-year figures never fill a year's cell. What stays out is listed with its reason.
//  2. A statement of the office's year figure wins (exact over approximate). Pages that disagree leave the cell
//     blank and their figures in `conflicts`: the clerk decides.
//  3. With no such statement, the period's distinct activities give the value: the figures each event states
//     about itself (80名委员参加) added up, else the number of activity records, each event once.
//  Records always travel as R19 evidence (`records`), so a stated figure short of the records is flagged.

export type TallyCapture = Capture & { url?: string; capturedAt?: string };

/** A statement or activity the tally did not count toward the period, and why. */
export interface LeftOut {
  code: string;
  kind: 'statement' | 'record';
  /** The stated figure (statements only). */
  value?: number;
  quote: string;
  title: string;
  date: string | null;
  url: string;
  reason: LeftOutReason;
  /** The year it belongs to, when known. */
  year: number | null;
  /** The reason in Chinese, for the panel and the CLI. */
  why: string;
}

export interface TallyResult {
  form: FormFile;
  conflicts: Conflict[];
  suggestions: Suggestion[];
  /** Distinct activity records of the period per indicator: R19 evidence, and the value where nothing is stated. */
  recordCounts: Record<string, number>;
  /** Codes whose value came from an approximate statement (余、约、近…) only. */
  approx: string[];
  leftOut: LeftOut[];
  /** The period as read from opts.period; null when blank or unreadable (then years are not checked). */
  period: Period | null;
}

export interface TallyOptions {
  unit?: string;
  period?: string;
  catalogue?: readonly Indicator[];
  rules?: readonly Rule[];
}

interface PageEntry {
  capture: TallyCapture;
  value: PageValue;
}

/** The page's publication date: as the page prints it, else from its address (t20250103_…, then /202501/ as 2025-01). */
export function pageDateOf(c: { date: string | null; url?: string }): string | null {
  return c.date ?? dateFromUrl(c.url) ?? monthFromUrl(c.url);
}

/** Words of a page that sums up a period (a year-end summary, a work report, a review) rather than reports one activity. */
const SUMS_UP = /一年来|年来|以来|回望|回眸|回顾|综述|盘点|述评|巡礼|纪实|总结|报告|全年|年度|成绩单|履职情况|工作情况|工作要点/;
/** …and a year named as a period, not as a date ("回望2025年，", not "2025年6月12日"). */
const YEAR_AS_PERIOD = /(?:19|20)\d{2}年(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)/;

/** Words that make a figure in a news article the year's count rather than the event's own. */
const YEAR_CUE = /今年以来|本年以来|年初以来|全年|年内|一年来|本年度|截至|截止|过去一年|(?:19|20)\d{2}年(?:以来|度)|(?:19|20)\d{2}年(?!\s*\d{1,2}\s*月)[，,]/;

function countsTheYear(text: string, fact: { start: number; end: number }): boolean {
  const from = Math.max(text.lastIndexOf('。', fact.start - 1), text.lastIndexOf('\n', fact.start - 1), text.lastIndexOf('；', fact.start - 1)) + 1;
  return YEAR_CUE.test(text.slice(from, fact.end));
}

function sumsUpPeriod(c: TallyCapture): boolean {
  const lead = c.text.slice(0, 200);
  return SUMS_UP.test(c.title) || SUMS_UP.test(lead) || YEAR_AS_PERIOD.test(c.title) || YEAR_AS_PERIOD.test(lead);
}

/**
 * The activity an article reports, when it reports one: its own record (the headline names an activity of the
 * catalogue), else the article itself with no indicator. A page summing up a period, a list or an e-paper page has none.
 */
function ownRecord(c: TallyCapture, known: (code: string) => boolean): PageRecord | null {
  if (c.kind !== 'article' && c.kind !== 'mixed') return null;
  const named = c.records.find((r) => r.indicator && known(r.indicator) && r.title === c.title && (r.url === null || !c.url || r.url === c.url));
  if (named) return named;
  if (!c.title || sumsUpPeriod(c)) return null;
  return { title: c.title, date: pageDateOf(c), url: c.url ?? null, indicator: null };
}

export function tallyCaptures(captures: readonly TallyCapture[], opts: TallyOptions = {}): TallyResult {
  const edition = editionForPeriod(opts.period ?? '');
  const catalogue = opts.catalogue ?? edition.indicators;
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const known = (c: string) => byCode.has(c);
  const period = parsePeriod(opts.period);
  const leftOut: LeftOut[] = [];
  const leave = (code: string, kind: LeftOut['kind'], p: Exclude<Placement, { ok: true }>, at: { quote: string; title: string; date: string | null; url: string; value?: number }) =>
    leftOut.push({ code, kind, ...(at.value !== undefined ? { value: at.value } : {}), quote: at.quote, title: at.title, date: at.date, url: at.url, reason: p.reason, year: p.year, why: reasonText(p.reason, p.year) });

  // 1. Statements, placed in the period; an event article's figures about itself are kept per page.
  const yearEntries = new Map<string, PageEntry[]>();
  const eventStatements = captures.map(() => new Map<string, Statement[]>());
  const owns = captures.map((c) => ownRecord(c, known));
  captures.forEach((capture, n) => {
    const pageDate = pageDateOf(capture);
    const own = owns[n];
    const perPage = new Map<string, Statement[]>();
    for (const fact of capture.facts) {
      const ind = fact.indicator ? byCode.get(fact.indicator) : undefined;
      if (!ind) continue;
      const value = valueInIndicatorUnit(fact, ind);
      if (value === null) continue;
      // On an article about one activity, a figure is that activity's (80名委员参加) unless its sentence says it
      // counts the year (今年以来, 全年, 截至…).
      const perEvent = own !== null && fact.scope !== 'span' && ind.kind !== 'rate' && !countsTheYear(capture.text, fact);
      const placed = perEvent ? placeEvent(fact.year !== null ? String(fact.year) : pageDate ?? own.date, period) : placeStatement(fact, pageDate, period);
      if (!placed.ok) {
        leave(ind.code, 'statement', placed, { quote: fact.quote, title: capture.title, date: pageDate, url: capture.url ?? '', value });
        continue;
      }
      const into = perEvent ? eventStatements[n] : perPage;
      if (!into.has(ind.code)) into.set(ind.code, []);
      const within = partScope(capture.text, fact);
      into.get(ind.code)!.push({ fact, value, ...(finalFigure(capture.text, fact) ? { final: true } : {}), ...(within ? { within } : {}) });
    }
    for (const [code, statements] of perPage) {
      const value = pageValue(statements, { rate: byCode.get(code)!.kind === 'rate' });
      if (!value) continue;
      if (!yearEntries.has(code)) yearEntries.set(code, []);
      yearEntries.get(code)!.push({ capture, value });
    }
  });

  // 2. Activities: one per event however many pages show it, placed by its date.
  const groups = groupEvents(
    captures.map((c, n) => ({ records: c.records, own: owns[n], text: c.text, date: pageDateOf(c) })),
    known,
  );
  const inPeriod: EventGroup[] = [];
  for (const g of groups) {
    const placed = placeEvent(g.date, period);
    if (placed.ok) inPeriod.push(g);
    else if (g.code) {
      const page = captures[g.members[0].page];
      leave(g.code, 'record', placed, { quote: g.title, title: g.title, date: g.date, url: g.url ?? page.url ?? '' });
    }
  }
  const recordCounts: Record<string, number> = {};
  for (const ind of catalogue) {
    const n = inPeriod.filter((g) => g.code === ind.code).length;
    if (n > 0) recordCounts[ind.code] = n;
  }

  // 3. One value per indicator.
  const values: Record<string, number> = {};
  const sources: Record<string, Source[]> = {};
  const approx: string[] = [];
  const conflicts: Conflict[] = [];
  for (const ind of catalogue) {
    const pages = yearEntries.get(ind.code);
    if (pages) {
      const decided = decide(pages);
      if (decided.kind === 'conflict') {
        conflicts.push({ code: ind.code, candidates: decided.candidates });
        continue;
      }
      values[ind.code] = decided.value;
      sources[ind.code] = decided.sources;
      if (decided.approximate) approx.push(ind.code);
      continue;
    }
    if (ind.kind === 'rate') continue;
    const counted = fromEvents(ind.code, inPeriod, captures, eventStatements);
    if (!counted) continue;
    values[ind.code] = counted.value;
    sources[ind.code] = counted.sources;
    if (counted.approximate) approx.push(ind.code);
  }
  const suggestions = deriveRates(values, opts.rules ?? edition.rules);

  const form: FormFile = { form: 'ZX-01', unit: opts.unit ?? '', period: opts.period ?? '', values, sources };
  if (approx.length > 0) form.approx = approx;
  if (Object.keys(recordCounts).length > 0) form.records = recordCounts;
  if (conflicts.length > 0) form.conflicts = conflicts;
  return { form, conflicts, suggestions, recordCounts, approx, leftOut, period };
}

/**
 * The period's events for one indicator: each event's own figure where its article states one, else 1 for an
 * event of that indicator. Only figures every event states about itself are added: never a year statement.
 */
function fromEvents(
  code: string,
  events: readonly EventGroup[],
  captures: readonly TallyCapture[],
  eventStatements: ReadonlyArray<Map<string, Statement[]>>,
): { value: number; sources: Source[]; approximate: boolean } | null {
  let total = 0;
  let stated = 0;
  let approximate = false;
  const parts: Array<{ sources: Source[] }> = [];
  for (const g of events) {
    const page = g.pages.find((n) => eventStatements[n].has(code));
    const own = page !== undefined ? pageValue(eventStatements[page].get(code)!) : null;
    if (own) {
      total += own.value;
      stated++;
      approximate ||= own.approximate;
      parts.push({ sources: own.sources.map((s) => source(captures[page!], s)) });
    } else if (g.code === code) {
      total += 1;
      const m = g.members.find((x) => x.own) ?? g.members[0];
      const c = captures[m.page];
      parts.push({ sources: [{ url: g.url ?? c.url ?? '', quote: g.title, capturedAt: c.capturedAt ?? '', title: g.title, ...(g.date ? { date: g.date } : {}) }] });
    }
  }
  if (parts.length === 0) return null;
  const how: How = stated > 0 ? 'events' : 'records';
  return { value: Math.round(total * 100) / 100, approximate, sources: parts.flatMap((p) => p.sources.map((s) => ({ ...s, how }))) };
}

type Decision =
  | { kind: 'value'; value: number; approximate: boolean; sources: Source[] }
  | { kind: 'conflict'; candidates: Candidate[] };

/**
 * Across pages: exact pages beat approximate ones, and one figure fills the cell. Two figures are a conflict,
 * and so is an approximate page the exact figure contradicts ("1500余篇" on one page, "1200篇" on another).
 */
function decide(pages: readonly PageEntry[]): Decision {
  const exact = pages.filter((p) => !p.value.approximate);
  const used = exact.length > 0 ? exact : pages;
  const figures = new Set(used.map((p) => p.value.value));
  const figure = [...figures][0];
  const contradicting = exact.length > 0 ? pages.filter((p) => p.value.approximate && !agrees(figure, p.value.value, p.value.approx)) : [];
  if (figures.size === 1 && contradicting.length === 0) {
    const sources = dedupe(used.flatMap((p) => p.value.sources.map((s) => ({ ...source(p.capture, s), how: 'statement' as const }))));
    return { kind: 'value', value: figure, approximate: exact.length === 0, sources };
  }
  // Each page's figure once, with the statement(s) it rests on and the page it stands on.
  const candidates: Candidate[] = [...used, ...contradicting].map((p) => {
    const date = pageDateOf(p.capture);
    return {
      value: p.value.value,
      quote: p.value.sources.map((s) => s.fact.quote).join(' + '),
      ...(p.capture.url ? { url: p.capture.url } : {}),
      ...(p.capture.title ? { title: p.capture.title } : {}),
      ...(date ? { date } : {}),
      ...(p.value.approximate ? { approx: true } : {}),
    };
  });
  return { kind: 'conflict', candidates: dedupeCandidates(candidates) };
}

function source(capture: TallyCapture, s: Statement): Source {
  const date = pageDateOf(capture);
  return { url: capture.url ?? '', quote: s.fact.quote, capturedAt: capture.capturedAt ?? '', ...(capture.title ? { title: capture.title } : {}), ...(date ? { date } : {}) };
}

function dedupe(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(`${s.url}\u0000${s.quote}`) && !!seen.add(`${s.url}\u0000${s.quote}`));
}

function dedupeCandidates(list: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.value}\u0000${c.url ?? ''}\u0000${c.quote}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
