import { describe, expect, it } from 'vitest';
import { loadCorpus, type Seed } from '../gold-scorer';
import { captureText } from '../../shared/page/capture';
import { tallyCaptures, type TallyCapture } from '../../shared/tally/tally';
import { CORPUS_CLERK } from './corpus-clerk';

// Tally of each corpus passage alone against what a clerk would enter (corpus-clerk.ts). Two measures
// (`npx tsx tests/tally/corpus-diff.ts` lists each wrong value with the facts and records that fed it):
//  - from the hand labels (a perfect extraction): the tally's own judgement, exact but for the cases listed;
//  - from the real pipeline (captureText → facts, records → tally): the product's accuracy on single passages.
const corpus = loadCorpus();

/** The capture a perfect extractor would make of a passage: its labelled facts and records. */
function goldCapture(s: Seed): TallyCapture {
  const facts = s.gold.facts.map((f) => {
    const at = s.text.indexOf(f.quote);
    const start = Math.max(0, at);
    return { quote: f.quote, start, end: start + f.quote.length, value: f.value, unit: f.unit, approx: f.approx as 'exact', indicator: f.indicator, scope: f.scope ?? ('year' as const), year: null };
  });
  const records = s.gold.records.map((r) => ({ title: r.title, date: r.date ?? null, url: null, indicator: r.indicator }));
  // An article about one activity: its own record is its headline.
  const title = s.gold.kind === 'article' && records.length === 1 ? records[0].title : '';
  return { kind: s.gold.kind as TallyCapture['kind'], title, date: null, text: s.text, facts, records, url: s.url, capturedAt: '' };
}

function score(got: Record<string, number>, want: Record<string, number>) {
  const right = Object.keys(want).filter((c) => got[c] === want[c]).length;
  const extra = Object.keys(got).filter((c) => !(c in want)).length;
  return { right, total: Object.keys(want).length, extra };
}

// Where the tally's judgement differs from the clerk's, on the hand labels: the page gives two figures for one row
// that are neither parts nor a total, and only reading the sentence tells which one stands.
const JUDGEMENT_MISSES: string[] = [];

describe('tally of single corpus passages against a clerk', () => {
  it('covers every passage', () => {
    expect(Object.keys(CORPUS_CLERK).sort()).toEqual(corpus.map((s) => s.id));
  });

  it.each(corpus.map((s) => [s.id, s] as const))('%s from its labels gives the clerk\'s values', (id, s) => {
    const t = tallyCaptures([goldCapture(s)]);
    const want = CORPUS_CLERK[id];
    const misses = Object.keys({ ...want, ...t.form.values }).filter((c) => t.form.values[c] !== want[c]).map((c) => `${id} ${c}`);
    expect(misses).toEqual(JUDGEMENT_MISSES.filter((m) => m.startsWith(`${id} `)));
    expect(t.conflicts).toEqual([]);
    // Multi-year figures are listed, never a value.
    expect(t.leftOut.filter((l) => l.reason === 'multi-year').length).toBe(s.gold.facts.filter((f) => f.indicator && f.scope === 'span').length);
  });

  it('from the real pipeline gets most of the clerk\'s values (figure printed for the README)', () => {
    let right = 0;
    let total = 0;
    let extra = 0;
    const wrong: string[] = [];
    for (const s of corpus) {
      const t = tallyCaptures([{ ...captureText(s.text, s.url), capturedAt: '' }]);
      const r = score(t.form.values, CORPUS_CLERK[s.id]);
      right += r.right;
      total += r.total;
      extra += r.extra;
      for (const c of Object.keys(CORPUS_CLERK[s.id])) if (t.form.values[c] !== CORPUS_CLERK[s.id][c]) wrong.push(`${s.id} ${c}: ${t.form.values[c] ?? '—'} ≠ ${CORPUS_CLERK[s.id][c]}`);
    }
    console.log(`corpus tally (real extraction): ${right}/${total} clerk values right (${((100 * right) / total).toFixed(1)}%), ${extra} values a clerk would not enter\n  ${wrong.join('\n  ')}`);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});
