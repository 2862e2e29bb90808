// Debug aid: `npx tsx tests/facts/debug-fact.ts <seed-or-corpus-passage-id> <substring>` prints the classifier's reasoning
// (`-t <text> <substring>` reads a sentence of your own instead).
import { loadSeeds, loadCorpus, loadBlind } from '../gold-scorer';
import { normalizeText } from '../../shared/text/normalize';
import { scanQuantities } from '../../shared/facts/scan';
import { contextOf } from '../../shared/facts/extract';
import { rankIndicators } from '../../shared/facts/classify';

const [id, needleArg] = process.argv.slice(2);
const text = id === '-t' ? process.argv[3] : [...loadSeeds(), ...loadCorpus('all'), ...loadBlind('dev')].find((s) => s.id === id)!.text;
const needle = id === '-t' ? process.argv[4] : needleArg;
const norm = normalizeText(text);
const qs = scanQuantities(norm.text);
qs.forEach((q, k) => {
  const ctx = contextOf(norm.text, qs, k);
  const around = norm.text.slice(Math.max(0, q.start - 15), q.end + 15);
  if (needle && !around.includes(needle)) return;
  const r = rankIndicators(ctx);
  console.log(`${norm.text.slice(q.start, q.end)} → ${r.code}  before=[${ctx.before}] after=[${ctx.after}]`);
  for (const [c, v] of r.ranked.slice(0, 4)) console.log(`   ${c} ${v.score.toFixed(1)} ${v.local ? 'L' : 's'} ${v.term.parts.map((p) => p.join('、')).join('…')}`);
});
