// Run by bench/fill.ts in a fresh process, so that its memory figures are its own:
//   tsx bench/fill-child.ts scale   fill time against template rows (in process, exceljs loaded and warm)
//   tsx bench/fill-child.ts bomb    resident memory around the refusal of zip-bomb templates
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { blankWorkbook, fillWorkbook } from '../shared/xlsx/fill';
import type { FormFile } from '../shared/form/form-file';
import { longTemplate } from '../tests/xlsx/long-template';
import { NODE_CODEC } from '../cli/zip-codec';
import { bombXlsx } from '../tests/xlsx/zip-bombs';

const form: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97, 'pro.submitted': 105, 'inf.collected': 320 }, prior: { 'pro.accepted': 90 }, notes: {} };
const MB = 2 ** 20;

/** Best of `runs` fills: CPU time (user + system; steadier than wall time on a shared machine) and wall time. */
async function timeFill(t: Uint8Array, runs: number): Promise<{ cpu: number; wall: number }> {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fillWorkbook(form, t, NODE_CODEC); // as `zxtally fill` runs it
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { cpu, wall };
}

/** `zxtally fill` end to end, as a clerk runs it: process start to exit, best of `runs`. */
function timeCli(template: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'bin/zxtally.mjs'), 'fill', FORM_PATH, '--template', template, '--out', join(DIR, 'out.xlsx')], { stdio: 'pipe' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = mkdtempSync(join(tmpdir(), 'zx-bench-fill-'));
const FORM_PATH = join(DIR, 'form.json');

async function scale(): Promise<void> {
  writeFileSync(FORM_PATH, JSON.stringify(form));
  const standard = await longTemplate(0);
  await timeFill(standard, 3); // warm: modules loaded, JIT
  const base = await timeFill(standard, 10);
  writeFileSync(join(DIR, 'standard.xlsx'), standard);
  const baseCli = timeCli(join(DIR, 'standard.xlsx'), 3);
  console.log(`fill standard template (${(standard.length / 1024).toFixed(0)} KB): ${base.cpu.toFixed(1)} ms CPU in process; zxtally fill ${baseCli.toFixed(0)} ms end to end`);
  const cases: Array<[string, number, number | undefined, number]> = [
    ['+1,000 rows per sheet', 1000, undefined, 5],
    ['+8,000 rows per sheet', 8000, undefined, 3],
    ['+100,000 rows per sheet', 100_000, undefined, 1],
    ['one cell at row 200,000', 0, 200_000, 5],
  ];
  for (const [name, extra, far, runs] of cases) {
    const t = await longTemplate(extra, far);
    const ms = await timeFill(t, runs);
    const path = join(DIR, `t-${extra}-${far ?? 0}.xlsx`);
    writeFileSync(path, t);
    const cli = timeCli(path, Math.min(runs, 3));
    console.log(
      `fill ${name} (${(t.length / 2 ** 20).toFixed(1)} MB): ${ms.cpu.toFixed(0)} ms CPU in process (ratio to standard ${(ms.cpu / base.cpu).toFixed(1)}); zxtally fill ${cli.toFixed(0)} ms end to end, ratio to standard: ${(cli / baseCli).toFixed(2)}`,
    );
  }
  rmSync(DIR, { recursive: true, force: true });
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
