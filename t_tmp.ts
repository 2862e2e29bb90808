import { readFileSync } from 'node:fs';
import { extractFacts } from './shared/facts/extract';
for (const f of extractFacts(readFileSync(process.argv[2], 'utf8'))) console.log(f.quote.padEnd(14), f.value, f.unit, f.approx, f.indicator);
