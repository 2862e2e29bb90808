// Scores the records of captureText against the hand-labelled gold records (seeds + corpus): a predicted record
// matches a gold one when their titles agree (spaces, punctuation and script ignored, or one title begins the
// other); 'coded' also needs the same indicator, counted over records that carry one.
// Run `npx tsx tests/record-scorer.ts [seeds|corpus|blind|all] [--errors]`; tests/page/record-score.test.ts keeps a floor.
import { captureText } from '../shared/page/capture';
import { toSimplified } from '../shared/text/simplify';
import { loadBlind, loadCorpus, loadSeeds, type Seed } from './gold-scorer';

export interface RecordScore {
  gold: number;
  predicted: number;
  matched: number;
  goldCoded: number;
  predictedCoded: number;
  codedRight: number;
}
export interface RecordReport {
  id: string;
  kind: string;
  score: RecordScore;
  misses: string[];
  extras: string[];
}

const empty = (): RecordScore => ({ gold: 0, predicted: 0, matched: 0, goldCoded: 0, predictedCoded: 0, codedRight: 0 });
const norm = (s: string) => toSimplified(s).replace(/[\s\p{P}\p{S}]+/gu, '');
const same = (a: string, b: string) => {
  const [x, y] = [norm(a), norm(b)];
  return x.length > 0 && y.length > 0 && (x === y || (Math.min(x.length, y.length) >= 8 && (x.startsWith(y) || y.startsWith(x))));
};

export function scoreRecords(seed: Seed): RecordReport {
  const cap = captureText(seed.text, seed.url);
  // an article with no classified headline is still its own record to the tally (indicator null)
  const own = (cap.kind === 'article' || cap.kind === 'mixed') && cap.title && !cap.records.some((r) => r.title === cap.title);
  const got = own ? [...cap.records, { title: cap.title, indicator: null }] : cap.records;
  const gold = seed.gold.records;
  const score = empty();
  score.gold = gold.length;
  score.predicted = got.length;
  score.goldCoded = gold.filter((g) => g.indicator).length;
  score.predictedCoded = got.filter((r) => r.indicator).length;
  const used = new Set<number>();
  const misses: string[] = [];
  for (const g of gold) {
    const k = got.findIndex((r, i) => !used.has(i) && same(r.title, g.title));
    if (k < 0) {
      misses.push(`[${g.indicator ?? '-'}] ${g.title}`);
      continue;
    }
    used.add(k);
    score.matched++;
    if (g.indicator && got[k].indicator === g.indicator) score.codedRight++;
    else if (g.indicator || got[k].indicator) misses.push(`[${g.indicator ?? '-'}≠${got[k].indicator ?? '-'}] ${g.title}`);
  }
  const extras = got.filter((_, i) => !used.has(i)).map((r) => `[${r.indicator ?? '-'}] ${r.title}`);
  return { id: seed.id, kind: seed.gold.kind, score, misses, extras };
}

export function addScores(list: RecordScore[]): RecordScore {
  const t = empty();
  for (const s of list) for (const k of Object.keys(t) as (keyof RecordScore)[]) t[k] += s[k];
  return t;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) + '%' : '—');
export function summary(name: string, s: RecordScore): string {
  return `SUMMARY ${name}: titles P ${pct(s.matched, s.predicted)} R ${pct(s.matched, s.gold)} (${s.matched}/${s.predicted}/${s.gold}); coded P ${pct(s.codedRight, s.predictedCoded)} R ${pct(s.codedRight, s.goldCoded)} (${s.codedRight}/${s.predictedCoded}/${s.goldCoded})`;
}

export function seedsAndCorpus(): Seed[] {
  return [...loadSeeds(), ...loadCorpus()];
}

if (process.argv[1]?.endsWith('record-scorer.ts')) {
  const which = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'all';
  const errors = process.argv.includes('--errors');
  const sets: [string, Seed[]][] = [];
  if (which === 'all' || which === 'seeds') sets.push(['seeds', loadSeeds()]);
  if (which === 'all' || which === 'corpus') sets.push(['corpus', loadCorpus()]);
  if (which === 'all' || which === 'blind') sets.push(['blind', loadBlind()]);
  for (const [name, seeds] of sets) {
    const reports = seeds.map(scoreRecords);
    if (errors && name !== 'blind')
      for (const r of reports) {
        if (!r.misses.length && !r.extras.length) continue;
        console.log(`== ${name} ${r.id} (${r.kind})`);
        for (const m of r.misses) console.log(`  miss ${m}`);
        for (const e of r.extras) console.log(`  extra ${e}`);
      }
    if (name !== 'blind') {
      const kinds = [...new Set(reports.map((r) => r.kind))].sort();
      for (const k of kinds) console.log('  ' + summary(`${name} ${k}`, addScores(reports.filter((r) => r.kind === k).map((r) => r.score))).replace('SUMMARY ', ''));
    }
    console.log(summary(name, addScores(reports.map((r) => r.score))));
  }
}
