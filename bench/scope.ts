// Time scope: span-scope precision/recall against the gold (seeds, corpus dev part, held-out part), and the share of
// extraction time that reading time anchors takes (measured in one run, on the text of the extraction section).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../shared/text/normalize';
import { scanQuantities } from '../shared/facts/scan';
import { headingBreaks, timeScopes } from '../shared/facts/scope';
import { extractFacts } from '../shared/facts/extract';
import { SCOPE_SETS, scoreScope } from '../tests/scope-scorer';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/seeds');

function cpuSeconds(fn: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return best;
}

export async function bench(): Promise<string[]> {
  const lines: string[] = [];
  for (const name of ['seeds', 'dev', 'holdout'] as const) {
    const s = scoreScope(SCOPE_SETS[name]()).score;
    lines.push(`span scope ${name}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn} of ${s.matched} matched facts)`);
  }
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  const parts: string[] = [];
  while (parts.length < 200) parts.push(...seeds);
  const text = parts.join('\n\n');
  const norm = normalizeText(text);
  const qs = scanQuantities(norm.text);
  extractFacts(text.slice(0, 100_000), { pageDate: '2025-12-01' });
  const all = cpuSeconds(() => extractFacts(text, { pageDate: '2025-12-01' }));
  const scope = cpuSeconds(() => timeScopes(norm.text, qs, '2025-12-01', headingBreaks(text, norm.map, norm.text.length)));
  lines.push(`time scope: ${((scope / all) * 100).toFixed(1)}% of extraction CPU time (${(scope * 1000).toFixed(0)} of ${(all * 1000).toFixed(0)} ms)`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const line of await bench()) console.log(line);
}
