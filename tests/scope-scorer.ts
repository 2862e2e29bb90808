// Scores the time scope of extracted facts against the gold's `scope: "span"` labels, over the facts matched
// to gold (value, unit and overlapping span, as in the gold scorer). Run `npx tsx tests/scope-scorer.ts` for a
// report; tests/facts/scope.test.ts asserts on it. The page's date is found as capture finds it for a .txt
// page (a 发布时间/日期 line, a date at the top, the address).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../shared/facts/extract';
import { textPageDate } from '../shared/page/dates';
import type { Fact } from '../shared/model';
import { loadBlind2, loadCorpus, loadSeeds, locateGold, type Located, type Seed } from './gold-scorer';

export interface ScopeScore {
  tp: number;
  fp: number;
  fn: number;
  /** matched facts (the denominator of nothing: for the report) */
  matched: number;
  p: number;
  r: number;
}
export interface ScopeError {
  id: string;
  gold: Located;
  got: Fact;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function pageDateOf(seed: Seed): string | null {
  return textPageDate(seed.text, seed.url);
}

/** Gold facts paired one-to-one with extracted facts (value, unit, overlapping span). */
export function matchFacts(seed: Seed, predicted: Fact[]): Array<[Located, Fact]> {
  const taken = new Set<number>();
  const pairs: Array<[Located, Fact]> = [];
  for (const g of locateGold(seed.text, seed.gold.facts)) {
    const i = predicted.findIndex((f, j) => !taken.has(j) && f.value === g.value && f.unit === g.unit && overlaps(f, g));
    if (i < 0) continue;
    taken.add(i);
    pairs.push([g, predicted[i]]);
  }
  return pairs;
}

export function scoreScope(seeds: Seed[]): { score: ScopeScore; missed: ScopeError[]; wrong: ScopeError[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matched = 0;
  const missed: ScopeError[] = [];
  const wrong: ScopeError[] = [];
  for (const seed of seeds) {
    const facts = extractFacts(seed.text, { pageDate: pageDateOf(seed) });
    for (const [g, f] of matchFacts(seed, facts)) {
      matched++;
      const gs = g.scope === 'span';
      const ps = f.scope === 'span';
      if (gs && ps) tp++;
      else if (ps) {
        fp++;
        wrong.push({ id: seed.id, gold: g, got: f });
      } else if (gs) {
        fn++;
        missed.push({ id: seed.id, gold: g, got: f });
      }
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { score: { tp, fp, fn, matched, p, r }, missed, wrong };
}

export const SCOPE_SETS = {
  seeds: () => loadSeeds(),
  dev: () => loadCorpus('dev'),
  holdout: () => loadCorpus('holdout'),
  all: () => [...loadSeeds(), ...loadCorpus('all')],
  // the second blind set: its odd half is open (--errors lists them), its even half totals only
  'blind2-dev': () => loadBlind2('dev'),
  'blind2-holdout': () => loadBlind2('holdout'),
} as const;
/** Sets whose errors must not be printed. */
const TOTALS_ONLY = new Set<string>(['blind2-holdout']);

const fmt = (s: ScopeScore) => `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}, ${s.matched} matched facts)`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `npx tsx tests/scope-scorer.ts [seeds|dev|holdout|all|blind2-dev|blind2-holdout] [--errors]`: --errors lists each wrong scope
  const which = (process.argv[2] ?? 'dev') as keyof typeof SCOPE_SETS;
  const names = which in SCOPE_SETS ? [which] : (['seeds', 'dev', 'holdout'] as const);
  for (const name of names) {
    const r = scoreScope(SCOPE_SETS[name]());
    console.log(`${name.padEnd(8)} span scope ${fmt(r.score)}`);
    if (process.argv.includes('--errors') && !TOTALS_ONLY.has(name)) {
      for (const e of r.missed) console.log(`  MISS  ${e.id} ${e.gold.quote}`);
      for (const e of r.wrong) console.log(`  FP    ${e.id} ${e.gold.quote}`);
    }
  }
}
