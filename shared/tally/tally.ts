import type { Capture } from '../model';
import type { Indicator } from '../catalogue/schema';
import type { Rule } from '../catalogue/rules';
import { editionForPeriod } from '../catalogue/edition';
import type { FormFile, Source } from '../form/form-file';
import { valueInIndicatorUnit } from './units';
import { agrees, pageValue, type PageValue, type Statement } from './page-value';
import { deriveRates, type Suggestion } from './derive';
import { countRecords } from './records';

// Many captured pages → the one form a clerk would fill: one value per indicator, with its sources.
// Pages that disagree leave the cell blank and the candidates in `conflicts`: the clerk decides.

export type TallyCapture = Capture & { url?: string; capturedAt?: string };

export interface Conflict {
  code: string;
  candidates: Array<{ value: number; url?: string; quote: string }>;
}

export interface TallyResult {
  form: FormFile;
  conflicts: Conflict[];
  suggestions: Suggestion[];
  /** Records captured per indicator: evidence for R19, not values. */
  recordCounts: Record<string, number>;
  /** Codes whose value came from an approximate statement (余、约、近…) only. */
  approx: string[];
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

export function tallyCaptures(captures: readonly TallyCapture[], opts: TallyOptions = {}): TallyResult {
  const edition = editionForPeriod(opts.period ?? '');
  const catalogue = opts.catalogue ?? edition.indicators;
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const entries = new Map<string, PageEntry[]>();
  for (const capture of captures) {
    for (const [code, statements] of statementsByCode(capture, byCode)) {
      const value = pageValue(statements);
      if (!value) continue;
      if (!entries.has(code)) entries.set(code, []);
      entries.get(code)!.push({ capture, value });
    }
  }

  const values: Record<string, number> = {};
  const sources: Record<string, Source[]> = {};
  const approx: string[] = [];
  const conflicts: Conflict[] = [];
  const suggestions: Suggestion[] = [];
  for (const ind of catalogue) {
    const pages = entries.get(ind.code);
    if (!pages) continue;
    const decided = decide(pages);
    if (decided.kind === 'conflict') {
      conflicts.push({ code: ind.code, candidates: decided.candidates });
      continue;
    }
    values[ind.code] = decided.value;
    sources[ind.code] = decided.sources;
    if (decided.approximate) approx.push(ind.code);
  }
  suggestions.push(...deriveRates(values, opts.rules ?? edition.rules));

  const recordCounts = countRecords(captures, (c) => byCode.has(c), opts.period);
  const form: FormFile = { form: 'ZX-01', unit: opts.unit ?? '', period: opts.period ?? '', values, sources };
  if (approx.length > 0) form.approx = approx;
  if (Object.keys(recordCounts).length > 0) form.records = recordCounts;
  return { form, conflicts, suggestions, recordCounts, approx };
}

/** The page's facts about each known indicator, in the indicator's unit. */
function statementsByCode(capture: TallyCapture, byCode: Map<string, Indicator>): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const fact of capture.facts) {
    const ind = fact.indicator ? byCode.get(fact.indicator) : undefined;
    if (!ind) continue;
    const value = valueInIndicatorUnit(fact, ind);
    if (value === null) continue;
    if (!out.has(ind.code)) out.set(ind.code, []);
    out.get(ind.code)!.push({ fact, value });
  }
  return out;
}

type Decision =
  | { kind: 'value'; value: number; approximate: boolean; sources: Source[] }
  | { kind: 'conflict'; candidates: Conflict['candidates'] };

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
    const sources = dedupe(used.flatMap((p) => p.value.sources.map((s) => source(p.capture, s))));
    return { kind: 'value', value: figure, approximate: exact.length === 0, sources };
  }
  // Each page's figure once, with the statement(s) it rests on.
  const candidates = [...used, ...contradicting].map((p) => ({
    value: p.value.value,
    ...(p.capture.url ? { url: p.capture.url } : {}),
    quote: p.value.sources.map((s) => s.fact.quote).join(' + '),
  }));
  return { kind: 'conflict', candidates: dedupeCandidates(candidates) };
}

function source(capture: TallyCapture, s: Statement): Source {
  return { url: capture.url ?? '', quote: s.fact.quote, capturedAt: capture.capturedAt ?? '' };
}

function dedupe(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(`${s.url}\u0000${s.quote}`) && !!seen.add(`${s.url}\u0000${s.quote}`));
}

function dedupeCandidates(list: Conflict['candidates']): Conflict['candidates'] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.value}\u0000${c.url ?? ''}\u0000${c.quote}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
