import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../shared/page/capture-html';
import { snapshotFromDocument } from '../shared/page/snapshot';
import { captureSnapshot } from '../shared/page/capture-snapshot';
import { decodeBytes } from '../shared/text/decode';
import { extractFacts } from '../shared/facts/extract';
import { classifyHeadline } from '../shared/page/records';
import { corpusPages } from '../tests/page/readability-corpus';
import { bigList, bigTable } from '../tests/page/big-pages';

// Our whole capture (parsed Document → snapshot → main text, kind, facts, records) against
// Readability's parse() on a separately parsed copy of the same page, in this process's CPU time
// (a loaded machine's wait for a core is in neither). DOM parsing is outside both timings.
// Ours walks the light DOM the CLI parses into (shared/page/html-dom.ts, parse5);
// Readability needs a full DOM and gets linkedom's, the fastest full DOM installed.
// Pages: Readability's own public test corpus (tests/fixtures/readability) and the sample portal.

const PORTAL = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portal');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface PageTiming {
  ours: number;
  theirs: number;
  facts: number;
  nFacts: number;
  chars: number;
}

/** This process's CPU time in ms: on a machine shared with other jobs, wall time mostly measures the queue. */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU-time medians over `iterations` runs after `warmup`; a small page runs more (up to `most`) until both
 * timings add up to `budgetMs`: a median of five 1 ms runs on a loaded machine is mostly noise.
 */
function timePage(html: string, url: string, warmup: number, iterations: number, budgetMs = 0, most = iterations): PageTiming {
  const ours: number[] = [];
  const theirs: number[] = [];
  const factsOnly: number[] = [];
  let nFacts = 0;
  let chars = 0;
  let spent = 0;
  for (let i = 0; i < warmup + iterations || (spent < budgetMs && i < warmup + most); i++) {
    const a = parseDocument(html);
    const b = parseHTML(html).document as unknown as Document;
    // Alternate who goes first so garbage left by one is not always collected during the other.
    let c: ReturnType<typeof captureSnapshot>;
    let r: ReturnType<Readability['parse']>;
    let tOurs: number;
    let tTheirs: number;
    if (i % 2 === 0) {
      const t0 = cpuNow();
      c = captureSnapshot(snapshotFromDocument(a, { url }));
      const t1 = cpuNow();
      r = new Readability(b).parse();
      tOurs = t1 - t0;
      tTheirs = cpuNow() - t1;
    } else {
      const t0 = cpuNow();
      r = new Readability(b).parse();
      const t1 = cpuNow();
      c = captureSnapshot(snapshotFromDocument(a, { url }));
      tTheirs = t1 - t0;
      tOurs = cpuNow() - t1;
    }
    // How much of ours is fact extraction alone (timed again on the captured text, not part of the ratio).
    const t2 = cpuNow();
    extractFacts(c.text);
    const t3 = cpuNow();
    if (i < warmup) continue;
    spent += tOurs + tTheirs;
    factsOnly.push(t3 - t2);
    ours.push(tOurs);
    theirs.push(tTheirs);
    nFacts = c.facts.length;
    chars = r?.textContent?.length ?? 0;
  }
  return { ours: median(ours), theirs: median(theirs), facts: median(factsOnly), nFacts, chars };
}

function line(name: string, t: PageTiming): string {
  return `${name.padEnd(36)} capture ${t.ours.toFixed(2)} ms (facts alone ${t.facts.toFixed(2)} ms, ${t.nFacts} facts)  readability ${t.theirs.toFixed(2)} ms (${t.chars} chars)  ratio ${(t.ours / t.theirs).toFixed(2)}`;
}

/**
 * A generated page of `n` rows: capture time (median of 3, wall clock and this process's CPU time,
 * which a loaded machine disturbs less), what fact extraction and headline classification (shared/facts,
 * run once per record) take of it, and rows kept.
 */
function timeBig(html: string, n: number, what: string): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  const facts: number[] = [];
  const classify: number[] = [];
  let kept = 0;
  let notices = 0;
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  for (let i = 0; i < 3; i++) {
    const doc = parseDocument(html);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const c = captureSnapshot(snapshotFromDocument(doc, { url: 'http://zx.example.cn/' }));
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
    const f0 = process.cpuUsage();
    extractFacts(c.text);
    facts.push(cpuMs(process.cpuUsage(f0)));
    const k0 = process.cpuUsage();
    for (const r of c.records) classifyHeadline(r.title);
    classify.push(cpuMs(process.cpuUsage(k0)));
    kept = c.records.length;
    notices = c.notices?.length ?? 0;
  }
  const page = Math.max(median(cpu) - median(facts) - median(classify), 0);
  return `${what}: capture ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (fact extraction ${median(facts).toFixed(0)} ms, headline classification ${median(classify).toFixed(0)} ms, page part ${page.toFixed(0)} ms); ${kept} of ${n} rows kept as records${notices ? `, ${notices} notices` : ''}`;
}

export async function bench(): Promise<string[]> {
  const lines: string[] = [];
  // The sample portal: small pages, many iterations.
  const pages: Array<{ path: string }> = JSON.parse(readFileSync(join(PORTAL, 'index.json'), 'utf8'));
  const portalRatios: number[] = [];
  for (const { path } of pages) {
    const html = decodeBytes(new Uint8Array(readFileSync(join(PORTAL, path))), { html: true }).text;
    const t = timePage(html, `http://127.0.0.1/${path}`, 10, 60);
    portalRatios.push(t.ours / t.theirs);
    lines.push(line(path, t));
  }
  lines.push(`sample portal: ${pages.length} pages, 60 iterations each (after 10 warm-up), CPU-time medians; median ratio ${median(portalRatios).toFixed(2)}`);

  // Readability's corpus: 130 real pages of every kind of CMS.
  const corpus = corpusPages();
  const ratios: number[] = [];
  const pageRatios: number[] = [];
  const cjk: number[] = [];
  for (const p of corpus) {
    const t = timePage(p.html, `http://fakehost/test/${p.name}/`, 1, 5, 100, 60);
    const ratio = t.ours / t.theirs;
    ratios.push(ratio);
    pageRatios.push(Math.max(t.ours - t.facts, 0) / t.theirs);
    if (/^(?:zh|ja|ko)/i.test(p.lang ?? '')) cjk.push(ratio);
    lines.push(line(p.name, t));
  }
  const over = corpus.filter((_, i) => ratios[i] > 1).map((p, k) => `${p.name}`);
  lines.push(`readability corpus: ${corpus.length} pages, 5 iterations each (after 1 warm-up; small pages up to 60, until both timings add up to 100 ms), CPU-time medians; pages over 1.0: ${over.length}${over.length ? ` (${over.join(', ')})` : ''}; max ${Math.max(...ratios).toFixed(2)}; CJK pages median ${cjk.length ? median(cjk).toFixed(2) : '-'}`);
  lines.push(timeBig(bigTable(20_000), 20_000, 'generated 20,000-row proposal table'));
  lines.push(timeBig(bigList(30_000), 30_000, 'generated 30,000-headline list'));
  lines.push(`page part alone (capture minus fact extraction)/readability time ratio, corpus median: ${median(pageRatios).toFixed(2)}`);
  lines.push(`capture/readability time ratio: ${median(ratios).toFixed(2)}`);
  return lines;
}

// Run alone: `npx tsx bench/capture.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) for (const l of await bench()) console.log(l);
export {};
