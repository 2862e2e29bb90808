// Diagnostic: `npx tsx tests/tally/corpus-diff.ts [--all]` lists, per corpus passage, each value where the real
// pipeline's tally differs from the clerk's (and each value a clerk would not enter), with what fed it: the facts and
// records the pipeline found for that code, beside the hand labels'.
import { loadCorpus } from '../gold-scorer';
import { captureText } from '../../shared/page/capture';
import { tallyCaptures } from '../../shared/tally/tally';
import { CORPUS_CLERK } from './corpus-clerk';

const all = process.argv.includes('--all');
let right = 0;
let total = 0;
let extra = 0;
for (const s of loadCorpus()) {
  const cap = { ...captureText(s.text, s.url), capturedAt: '' };
  const t = tallyCaptures([cap]);
  const want = CORPUS_CLERK[s.id];
  const got = t.form.values;
  const codes = [...new Set([...Object.keys(want), ...Object.keys(got)])].filter((c) => all || got[c] !== want[c]);
  right += Object.keys(want).filter((c) => got[c] === want[c]).length;
  total += Object.keys(want).length;
  extra += Object.keys(got).filter((c) => !(c in want)).length;
  if (codes.length === 0) continue;
  console.log(`\n=== ${s.id} kind=${cap.kind} (gold ${s.gold.kind}) title=「${cap.title}」 date=${cap.date} url=${s.url}`);
  console.log(`  records: ${cap.records.map((r) => `[${r.indicator ?? '-'}] ${r.title} ${r.date ?? ''}`).join(' | ') || '—'}`);
  console.log(`  gold records: ${s.gold.records.map((r) => `[${r.indicator ?? '-'}] ${r.title} ${r.date ?? ''}`).join(' | ') || '—'}`);
  for (const c of codes) {
    const mark = !(c in want) ? 'UNWANTED' : got[c] === want[c] ? 'ok' : 'WRONG';
    console.log(`  ${mark} ${c}: pipeline ${got[c] ?? '—'} clerk ${want[c] ?? '—'} (sources: ${(t.form.sources?.[c] ?? []).map((x) => `${x.how}:${x.quote}`).join(' / ')})`);
    for (const f of cap.facts.filter((f) => f.indicator === c)) console.log(`     fact: ${f.value}${f.unit} ${f.approx} ${f.scope} y=${f.year} 「${f.quote}」`);
    for (const f of s.gold.facts.filter((f) => f.indicator === c)) console.log(`     gold: ${f.value}${f.unit} ${f.approx} ${f.scope ?? 'year'} 「${f.quote}」`);
    for (const l of t.leftOut.filter((l) => l.code === c)) console.log(`     leftOut: ${l.kind} ${l.value ?? ''} ${l.reason} 「${l.quote}」`);
  }
}
console.log(`\n${right}/${total} right, ${extra} unwanted`);
