// Run by bench/fill.ts in a fresh process, so that its memory figures are its own:
//   tsx bench/fill-child.ts scale   fill time against template rows (in process, exceljs loaded and warm)
//   tsx bench/fill-child.ts bomb    resident memory around the refusal of zip-bomb templates
import { performance } from 'node:perf_hooks';
import { blankWorkbook, fillWorkbook } from '../shared/xlsx/fill';
import type { FormFile } from '../shared/form/form-file';
import { longTemplate } from '../tests/xlsx/long-template';
import { bombXlsx } from '../tests/xlsx/zip-bombs';

const form: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97, 'pro.submitted': 105, 'inf.collected': 320 }, prior: { 'pro.accepted': 90 }, notes: {} };
const MB = 2 ** 20;

async function timeFill(t: Uint8Array, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fillWorkbook(form, t);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function scale(): Promise<void> {
  const standard = await longTemplate(0);
  await timeFill(standard, 2); // warm: exceljs loaded, JIT
  const base = await timeFill(standard, 5);
  console.log(`fill standard template: ${base.toFixed(0)} ms (${(standard.length / 1024).toFixed(0)} KB)`);
  const cases: Array<[string, number, number | undefined, number]> = [
    ['+1,000 rows per sheet', 1000, undefined, 3],
    ['+8,000 rows per sheet', 8000, undefined, 2],
    ['+100,000 rows per sheet', 100_000, undefined, 1],
    ['one cell at row 200,000', 0, 200_000, 3],
  ];
  for (const [name, extra, far, runs] of cases) {
    const t = await longTemplate(extra, far);
    const ms = await timeFill(t, runs);
    console.log(`fill ${name}: ${ms.toFixed(0)} ms (${(t.length / MB).toFixed(1)} MB), ratio to standard: ${(ms / base).toFixed(2)}`);
  }
}

async function bomb(): Promise<void> {
  const base = await blankWorkbook();
  const bombs: Array<[string, Uint8Array]> = [
    ['2 GiB image, declared', bombXlsx(base, 'xl/media/image1.png', 2 * 1024 * MB)],
    ['1 GiB sheet, declared', bombXlsx(base, 'xl/worksheets/sheet1.xml', 1024 * MB)],
    ['1 GiB sheet declared as 20 KB', bombXlsx(base, 'xl/worksheets/sheet1.xml', 1024 * MB, 20_000)],
    ['2 GiB image declared as 60 MB', bombXlsx(base, 'xl/media/image1.png', 2 * 1024 * MB, 60 * MB)],
  ];
  for (const [name, bytes] of bombs) {
    const before = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const t0 = performance.now();
    let refused = false;
    try {
      await fillWorkbook(form, bytes);
    } catch {
      refused = true;
    }
    const ms = performance.now() - t0;
    const after = process.memoryUsage().rss;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(
      `bomb ${name} (${(bytes.length / MB).toFixed(1)} MB file): ${refused ? 'refused' : 'ACCEPTED'} in ${ms.toFixed(0)} ms, rss before ${(before / MB).toFixed(0)} MB, after ${(after / MB).toFixed(0)} MB, process peak ${(Math.max(peak, peakBefore) / MB).toFixed(0)} MB`,
    );
  }
}

await (process.argv[2] === 'bomb' ? bomb() : scale());
