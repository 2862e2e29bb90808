import { readFileSync } from 'node:fs';
import { normalizeText } from './shared/text/normalize';
import { scanQuantities } from './shared/facts/scan';
import { contextOf } from './shared/facts/extract';
import { rankIndicators } from './shared/facts/classify';
const norm = normalizeText(readFileSync(process.argv[2], 'utf8'));
const qs = scanQuantities(norm.text);
const needle = process.argv[3];
qs.forEach((q, k) => {
  const ctx = contextOf(norm.text, qs, k);
  const around = norm.text.slice(Math.max(0, q.start - 12), q.end + 12);
  if (needle && !around.includes(needle)) return;
  const r = rankIndicators(ctx);
  console.log(`${norm.text.slice(q.start, q.end)} → ${r.code}  before=[${ctx.before}] after=[${ctx.after}]`);
  for (const [c, v] of r.ranked.slice(0, 4)) console.log(`   ${c} ${v.score.toFixed(1)} ${v.local ? 'L' : 's'} ${v.term.parts.map((p) => p.join('、')).join('…')}`);
});
