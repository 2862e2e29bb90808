// Tally of 1,000 captured pages: a county portal's year (the tests/fixtures/year pages, each made a distinct event by
// a varied title, date and first sentence) captured by the CLI's own path (HTML/text → Capture), then tallied for the
// year. The ratio compares one tally of all 1,000 with capturing them, measured in this run.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { captureHtml } from '../shared/page/capture-html';
import { captureText } from '../shared/page/capture-text';
import { tallyCaptures, type TallyCapture } from '../shared/tally/tally';

const YEAR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/year');
const PAGES = 1000;
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The i-th page: a fixture page moved to another day of 2025, its title and first sentence made its own. */
function variant(i: number, file: string, body: string, url: string): { file: string; body: string; url: string } {
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  const date = `2025-${month}-${day}`;
  const b = body
    .replace(/(?:19|20)\d{2}-\d{2}-\d{2}/g, date)
    .replace(/(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/g, `2025年${Number(month)}月${Number(day)}日`)
    .replace(/(<h1>|<h2 class="title">|<td class="bt">|^)([^<\n]{4,60}?)(<\/h1>|<\/h2>|<\/td>|\n)/m, `$1$2（第${i + 1}期）$3`)
    .replace(/(。|，)/, `，这是第${i + 1}次报道$1`);
  return { file, body: b, url: url ? url.replace(/t(?:19|20)\d{6}_(\d+)/, `t${date.replace(/-/g, '')}_$1${i}`) : `http://www.qszx.example.cn/x/${i}.html` };
}

export async function bench(): Promise<string[]> {
  const rows = readFileSync(join(YEAR, 'pages.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const sources = rows.map(([file, url]) => ({ file, url, body: readFileSync(join(YEAR, file), 'utf8') }));
  const pages = Array.from({ length: PAGES }, (_, i) => {
    const s = sources[i % sources.length];
    return variant(i, s.file, s.body, s.url);
  });
  // Capture all 1,000 (a few rounds, median of the totals).
  const captureTotals: number[] = [];
  let captures: TallyCapture[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    captures = pages.map((p) => ({ ...(p.file.endsWith('.txt') ? captureText(p.body, p.url) : captureHtml(p.body, p.url)), capturedAt: '' }));
    captureTotals.push(performance.now() - t0);
  }
  for (let r = 0; r < 3; r++) tallyCaptures(captures, { period: '2025' }); // warm-up
  const tallies: number[] = [];
  let t = tallyCaptures(captures, { period: '2025' });
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    t = tallyCaptures(captures, { period: '2025' });
    tallies.push(performance.now() - t0);
  }
  const tally = median(tallies);
  const capture = median(captureTotals);
  const filled = Object.keys(t.form.values).length;
  const records = Object.values(t.recordCounts).reduce((a, b) => a + b, 0);
  return [
    `pages: ${PAGES} (the year fixture's ${sources.length} pages as distinct events), capture of all: median ${capture.toFixed(0)} ms (3 rounds)`,
    `tally result: ${filled} values, ${records} distinct records, ${t.conflicts.length} conflicts, ${t.leftOut.length} left out`,
    `tally of 1,000 captured pages: median ${tally.toFixed(1)} ms, ratio to their capture time ${(tally / capture).toFixed(3)}`,
  ];
}
