import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../shared/page/capture-html';
import { snapshotFromDocument } from '../shared/page/snapshot';
import { captureSnapshot } from '../shared/page/capture-snapshot';
import { decodeBytes } from '../shared/text/decode';
import { extractFacts } from '../shared/facts/extract';

// Our whole capture (parsed Document → snapshot → main text, kind, facts, records) against
// Readability's parse() on a separately parsed copy of the same page. DOM parsing is outside both timings.

const PORTAL = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portal');
const WARMUP = 10;
const ITERATIONS = 60;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function bench(): Promise<string[]> {
  const pages: Array<{ path: string }> = JSON.parse(readFileSync(join(PORTAL, 'index.json'), 'utf8'));
  const lines: string[] = [];
  const ratios: number[] = [];
  const pageRatios: number[] = [];
  for (const { path } of pages) {
    const html = decodeBytes(new Uint8Array(readFileSync(join(PORTAL, path))), { html: true }).text;
    const url = `http://127.0.0.1/${path}`;
    const ours: number[] = [];
    const theirs: number[] = [];
    const factsOnly: number[] = [];
    let facts = 0;
    let readable = 0;
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const a = parseDocument(html);
      const b = parseDocument(html);
      // Alternate who goes first so garbage left by one is not always collected during the other.
      let c: ReturnType<typeof captureSnapshot>;
      let r: ReturnType<Readability['parse']>;
      let tOurs: number;
      let tTheirs: number;
      if (i % 2 === 0) {
        const t0 = performance.now();
        c = captureSnapshot(snapshotFromDocument(a, { url }));
        const t1 = performance.now();
        r = new Readability(b).parse();
        tOurs = t1 - t0;
        tTheirs = performance.now() - t1;
      } else {
        const t0 = performance.now();
        r = new Readability(b).parse();
        const t1 = performance.now();
        c = captureSnapshot(snapshotFromDocument(a, { url }));
        tTheirs = t1 - t0;
        tOurs = performance.now() - t1;
      }
      // How much of ours is fact extraction alone (timed again on the captured text, not part of the ratio).
      const t2 = performance.now();
      extractFacts(c.text);
      const t3 = performance.now();
      if (i < WARMUP) continue;
      factsOnly.push(t3 - t2);
      ours.push(tOurs);
      theirs.push(tTheirs);
      facts = c.facts.length;
      readable = r?.textContent?.length ?? 0;
    }
    const mo = median(ours);
    const mr = median(theirs);
    ratios.push(mo / mr);
    // Ours without fact extraction: what the page module itself costs (snapshot, main content, kind, records).
    pageRatios.push(Math.max(mo - median(factsOnly), 0) / mr);
    lines.push(`${path.padEnd(24)} capture ${mo.toFixed(2)} ms (facts alone ${median(factsOnly).toFixed(2)} ms, ${facts} facts)  readability ${mr.toFixed(2)} ms (${readable} chars)  ratio ${(mo / mr).toFixed(2)}`);
  }
  lines.push(`pages: ${pages.length}, iterations per page: ${ITERATIONS} (after ${WARMUP} warm-up), medians`);
  lines.push(`page part alone (capture minus fact extraction)/readability time ratio: ${median(pageRatios).toFixed(2)}`);
  lines.push(`capture/readability time ratio: ${median(ratios).toFixed(2)}`);
  return lines;
}

// Run alone: `npx tsx bench/capture.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) for (const l of await bench()) console.log(l);
