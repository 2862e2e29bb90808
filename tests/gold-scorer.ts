// Scores extractFacts against the hand-labelled gold of tests/fixtures/gold on the seed texts (and the corpus).
// Run `npx tsx tests/gold-scorer.ts` for a report; tests/facts/gold.test.ts asserts on it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../shared/facts/extract';
import type { Fact } from '../shared/model';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.join(projectRoot, 'tests/fixtures');

export interface GoldFact {
  quote: string;
  value: number;
  unit: string;
  approx: string;
  indicator: string | null;
  /** only 'span' is ever written; absent means one year */
  scope?: 'span';
  why?: string;
}
export interface GoldDoc {
  doc: string;
  kind: string;
  facts: GoldFact[];
  not_facts: string[];
  records: { title: string; indicator: string | null; date?: string }[];
}
export interface Seed {
  id: string;
  text: string;
  gold: GoldDoc;
  /** the page's address (corpus passages give it on their first line) */
  url?: string;
}

export function loadSeeds(): Seed[] {
  const dir = path.join(SHARED, 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldDoc;
      return { id: f.replace('.json', ''), text: readFileSync(path.join(SHARED, 'seeds', gold.doc), 'utf8'), gold };
    });
}

/** A labelled folder in the corpus's format: texts/<id>.txt (line 1 `URL: …`, a blank line, the body) and gold/<id>.json. */
function loadLabelled(folder: string): Seed[] {
  const dir = path.join(SHARED, folder);
  return readdirSync(path.join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, 'gold', f), 'utf8')) as GoldDoc;
      const raw = readFileSync(path.join(dir, 'texts', gold.doc), 'utf8');
      const nl = raw.indexOf('\n');
      const url = raw.slice(0, nl).replace(/^URL:\s*/, '').trim();
      const body = raw.slice(nl + 1).replace(/^\r?\n/, '');
      return { id: f.replace('.json', ''), text: body, gold, url };
    });
}

/**
 * The 46 corpus passages (tests/fixtures/corpus). `part` picks the development part or the held-out part: every third
 * site in id order was held out through the last release (README, Figures, says how it has been used since).
 */
export function loadCorpus(part: 'all' | 'dev' | 'holdout' = 'all'): Seed[] {
  return loadLabelled('corpus').filter((_, i) => part === 'all' || (i % 3 === 2) === (part === 'holdout'));
}

/**
 * The blind evaluation set (tests/fixtures/blind): synthetic passages written from the standard alone, same file format as
 * the corpus. `part` 'dev' is the odd ids (x01, x03, …), open to developers; 'holdout' is the even ids, which stay blind:
 * only their summary figures are printed.
 */
export function loadBlind(part: 'all' | 'dev' | 'holdout' = 'all'): Seed[] {
  return loadLabelled('blind').filter(byHalf(part));
}

/** 'dev' = odd ids (open for error analysis), 'holdout' = even ids (summary figures only). */
const byHalf = (part: 'all' | 'dev' | 'holdout') => (s: Seed) => part === 'all' || (Number(s.id.replace(/\D/g, '')) % 2 === 1) === (part === 'dev');

/**
 * The second blind set (tests/fixtures/blind2): synthetic passages written from the standard alone, farther from the
 * catalogue's wording than the first. Split like the first: odd ids open, even ids never printed per passage.
 */
export function loadBlind2(part: 'all' | 'dev' | 'holdout' = 'all'): Seed[] {
  return loadLabelled('blind2').filter(byHalf(part));
}

/** Gold quotes that cannot be located in their passage's text (a labelling error), as `id: quote`. */
export function unlocatedQuotes(seeds: Seed[]): string[] {
  return seeds.flatMap((s) => locateGold(s.text, s.gold.facts).filter((g) => g.start < 0).map((g) => `${s.id}: ${g.quote}`));
}

export interface Located extends GoldFact {
  start: number;
  end: number;
}

/** The text without whitespace, and for each kept char its index in the text. */
function squeeze(text: string): { s: string; idx: number[] } {
  const idx: number[] = [];
  let s = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    s += text[i];
    idx.push(i);
  }
  return { s, idx };
}

/**
 * Each gold quote's span in the raw text: repeated quotes take successive occurrences. Labellers quoted
 * e-paper text with its line breaks/spaces tidied, so a quote not found verbatim is matched ignoring whitespace.
 */
export function locateGold(text: string, facts: GoldFact[]): Located[] {
  const used = new Map<string, number>();
  const sq = squeeze(text);
  return facts.map((g) => {
    const from = used.get(g.quote) ?? 0;
    let start = text.indexOf(g.quote, from);
    let end = start < 0 ? -1 : start + g.quote.length;
    if (start < 0) {
      const q = g.quote.replace(/\s+/g, '');
      const fromSq = sq.idx.findIndex((i) => i >= from);
      const j = sq.s.indexOf(q, fromSq < 0 ? sq.s.length : fromSq);
      if (j >= 0) {
        start = sq.idx[j];
        end = sq.idx[j + q.length - 1] + 1;
      }
    }
    used.set(g.quote, start < 0 ? from : start + 1);
    return { ...g, start, end };
  });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}
export interface SeedReport {
  id: string;
  lenient: Score;
  strict: Score;
  /** statements whose gold or predicted indicator is not null: what reaches a form row */
  coded: Score;
  misses: Located[];
  falsePositives: Fact[];
  wrongLabels: Array<{ gold: Located; got: Fact }>;
}

function score(tp: number, predicted: number, gold: number): Score {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { tp, fp: predicted - tp, fn: gold - tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One-to-one matching: value and unit equal and spans overlapping (lenient); strict also needs approx and indicator. */
export function scoreSeed(seed: Seed, predicted: Fact[] = extractFacts(seed.text)): SeedReport {
  const gold = locateGold(seed.text, seed.gold.facts);
  const taken = new Set<number>();
  const pairs: Array<[Located, Fact]> = [];
  const misses: Located[] = [];
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      const f = predicted[i];
      if (taken.has(i) || f.value !== g.value || f.unit !== g.unit || !overlaps(f, g)) continue;
      // prefer a fully right prediction when several overlap
      if (best < 0 || (f.approx === g.approx && f.indicator === g.indicator)) best = i;
    }
    if (best < 0) misses.push(g);
    else {
      taken.add(best);
      pairs.push([g, predicted[best]]);
    }
  }
  const wrongLabels = pairs.filter(([g, f]) => f.approx !== g.approx || f.indicator !== g.indicator).map(([gold, got]) => ({ gold, got }));
  // coded: a gold null predicted null counts for neither; a code on a gold null is a false positive, a gold code
  // missed or mislabelled a false negative (and a wrong code also a false positive)
  const codedTp = pairs.filter(([g, f]) => g.indicator !== null && f.indicator === g.indicator).length;
  const codedPredicted = predicted.filter((f) => f.indicator !== null).length;
  const codedGold = gold.filter((g) => g.indicator !== null).length;
  return {
    id: seed.id,
    lenient: score(pairs.length, predicted.length, gold.length),
    strict: score(pairs.length - wrongLabels.length, predicted.length, gold.length),
    coded: score(codedTp, codedPredicted, codedGold),
    misses,
    falsePositives: predicted.filter((_, i) => !taken.has(i)),
    wrongLabels,
  };
}

export function scoreAll(seeds = loadSeeds()): { seeds: SeedReport[]; lenient: Score; strict: Score; coded: Score } {
  const reports = seeds.map((s) => scoreSeed(s));
  const sum = (k: 'lenient' | 'strict' | 'coded') => {
    const tp = reports.reduce((n, r) => n + r[k].tp, 0);
    const fp = reports.reduce((n, r) => n + r[k].fp, 0);
    const fn = reports.reduce((n, r) => n + r[k].fn, 0);
    return score(tp, tp + fp, tp + fn);
  };
  return { seeds: reports, lenient: sum('lenient'), strict: sum('strict'), coded: sum('coded') };
}

export interface SetFigures {
  /** seeds, corpus-dev (two sites in three) or corpus-holdout (every third site, not looked at while changing the mapping) */
  set: 'seeds' | 'dev' | 'holdout' | 'blind' | 'blind-dev' | 'blind-holdout' | 'blind2' | 'blind2-dev' | 'blind2-holdout';
  passages: number;
  lenient: Score;
  strict: Score;
  coded: Score;
}

/** The scorer's figures per set, for the bench and the README. */
export function goldFigures(): SetFigures[] {
  const sets: Array<[SetFigures['set'], Seed[]]> = [
    ['seeds', loadSeeds()],
    ['dev', loadCorpus('dev')],
    ['holdout', loadCorpus('holdout')],
    ['blind', loadBlind()],
    ['blind-dev', loadBlind('dev')],
    ['blind-holdout', loadBlind('holdout')],
    ['blind2', loadBlind2()],
    ['blind2-dev', loadBlind2('dev')],
    ['blind2-holdout', loadBlind2('holdout')],
  ];
  return sets.map(([set, seeds]) => {
    const { lenient, strict, coded } = scoreAll(seeds);
    return { set, passages: seeds.length, lenient, strict, coded };
  });
}

/** Gold not_facts strings that contain a predicted fact. */
export function notFactViolations(seed: Seed, predicted: Fact[] = extractFacts(seed.text)): string[] {
  const out: string[] = [];
  for (const nf of seed.gold.not_facts) {
    for (let i = seed.text.indexOf(nf); i >= 0; i = seed.text.indexOf(nf, i + 1)) {
      const span = { start: i, end: i + nf.length };
      const inside = predicted.filter((f) => f.start >= span.start && f.end <= span.end);
      if (inside.length) out.push(`${nf} ⊇ ${inside.map((f) => f.quote).join(' | ')}`);
    }
  }
  return out;
}

const fmt = (s: Score) => `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

/** `summaryOnly`: the totals alone, never a passage's errors (the blind set stays blind to developers). */
function printSet(name: string, seeds: Seed[], summaryOnly = false): void {
  const all = scoreAll(seeds);
  console.log(`\n######## ${name} (${seeds.length} passages)`);
  for (const r of summaryOnly ? [] : all.seeds) {
    const seed = seeds.find((s) => s.id === r.id)!;
    const notFacts = notFactViolations(seed);
    const clean = !r.misses.length && !r.falsePositives.length && !r.wrongLabels.length && !notFacts.length;
    console.log(`== ${r.id}  strict F1 ${r.strict.f1.toFixed(3)}  coded F1 ${r.coded.f1.toFixed(3)} (tp ${r.coded.tp} fp ${r.coded.fp} fn ${r.coded.fn})${clean ? '' : ':'}`);
    for (const m of r.misses) console.log(`  MISS  ${m.quote}  [${m.value}${m.unit} ${m.approx} ${m.indicator}]${m.start < 0 ? ' (quote not found)' : ''}`);
    for (const f of r.falsePositives) console.log(`  FP    ${f.quote}  [${f.value}${f.unit} ${f.approx} ${f.indicator}]`);
    for (const w of r.wrongLabels) {
      const code = w.gold.indicator !== w.got.indicator ? 'CODE ' : 'APPROX';
      console.log(`  ${code} ${w.gold.quote}  gold ${w.gold.approx}/${w.gold.indicator}  got ${w.got.approx}/${w.got.indicator}  (${w.got.quote})`);
    }
    for (const v of notFacts) console.log(`  NOTFACT ${v}`);
  }
  console.log(`${name}: lenient ${fmt(all.lenient)}\n${name}: strict  ${fmt(all.strict)}\n${name}: coded   ${fmt(all.coded)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `npx tsx tests/gold-scorer.ts [seeds|dev|holdout|blind-dev|blind2-dev|blind|blind-holdout|blind2|blind2-holdout]…`: seeds,
  // dev, holdout and blind by default; blind-dev and blind2-dev (odd ids) print per-passage errors, the rest totals only
  const pick = process.argv.slice(2);
  const byDefault = ['seeds', 'dev', 'holdout', 'blind'];
  const want = (s: string) => (pick.length === 0 && byDefault.includes(s)) || pick.includes(s);
  if (want('seeds')) printSet('seeds', loadSeeds());
  if (want('dev')) printSet('corpus-dev', loadCorpus('dev'));
  if (want('holdout')) printSet('corpus-holdout', loadCorpus('holdout'));
  for (const [part, dev] of [['blind-dev', loadBlind('dev')], ['blind2-dev', loadBlind2('dev')]] as const) {
    if (!want(part)) continue;
    printSet(part, dev);
    const lost = unlocatedQuotes(dev);
    console.log(lost.length ? `${part}: ${lost.length} gold quotes not found in their text:\n  ${lost.join('\n  ')}` : `${part}: all gold quotes located`);
  }
  const closed = { blind: () => loadBlind(), 'blind-holdout': () => loadBlind('holdout'), blind2: () => loadBlind2(), 'blind2-holdout': () => loadBlind2('holdout') };
  for (const part of Object.keys(closed) as Array<keyof typeof closed>) {
    if (!want(part)) continue;
    const seeds = closed[part]();
    printSet(part, seeds, true);
    // a gold quote not found is a labelling error, not a product error: count it (its text stays unprinted)
    const lost = unlocatedQuotes(seeds);
    console.log(lost.length ? `${part}: ${lost.length} gold quotes not found in their text` : `${part}: all gold quotes located`);
  }
  console.log('\nSUMMARY');
  for (const f of goldFigures()) {
    console.log(`${f.set.padEnd(14)} ${String(f.passages).padStart(2)} passages  lenient ${f.lenient.f1.toFixed(3)}  strict ${f.strict.f1.toFixed(3)}  coded ${f.coded.f1.toFixed(3)} (P ${f.coded.p.toFixed(3)} R ${f.coded.r.toFixed(3)})`);
  }
}
