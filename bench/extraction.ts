// Extraction throughput: MB of portal text per second on one core, against a plain one-regex scan of the same text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../shared/facts/extract';
import { goldFigures } from '../tests/gold-scorer';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/seeds');

function corpus(targetBytes: number): string {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const s of seeds) {
      parts.push(s);
      bytes += Buffer.byteLength(s, 'utf8');
    }
  }
  return parts.join('\n\n');
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export async function bench(): Promise<string[]> {
  const text = corpus(3 * 1024 * 1024);
  const mb = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  extractFacts(text.slice(0, 100_000)); // warm up (JIT, opencc dictionaries)
  let facts = 0;
  const t = time(() => {
    facts = extractFacts(text).length;
  });
  const re = /\d+(?:\.\d+)?[万亿]?(?:余|多)?(?:个|次|场|期|篇|件|条|名|人|位|户|项|家|元|%)/g;
  let hits = 0;
  const tr = time(() => {
    hits = text.match(re)?.length ?? 0;
  });
  // mapping quality next to the speed: coded F1 over the statements that reach a form row
  const gold = goldFigures()
    .map((f) => `${f.set} ${f.coded.f1.toFixed(3)} (strict ${f.strict.f1.toFixed(3)}, ${f.passages} passages)`)
    .join(', ');
  return [
    `corpus: ${mb.toFixed(2)} MB (the five seeds repeated), ${facts} facts`,
    `extractFacts: ${(mb / t).toFixed(2)} MB/s (${t.toFixed(2)} s)`,
    `plain regex scan: ${(mb / tr).toFixed(1)} MB/s, ${hits} hits; extractFacts is ${(t / tr).toFixed(0)}× slower`,
    `coded F1 (gold): ${gold}`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const line of await bench()) console.log(line);
}
