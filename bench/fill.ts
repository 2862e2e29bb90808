// Syncs per full fill against the number of cells written, through office-addin-mock (the same mock the
// add-in tests use). The add-in reads the layout in one sync and writes in one, so the ratio falls as 2/cells.
// Then `zxtally fill`'s time against template rows, and the memory of refusing zip-bomb templates, each
// measured in a fresh process (bench/fill-child.ts) so that its figures are not the bench process's.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standardLayout } from '../shared/form/layout';
import type { FormFile } from '../shared/form/form-file';

// The add-in sources use the Office typings, which the root tsconfig does not load; import them untyped.
const WORKFLOW = '../addin/src/workflow';
const MOCK = '../addin/tests/mock-workbook';

export async function bench(): Promise<string[]> {
  const workflow = (await import(WORKFLOW as string)) as { fill: (f: FormFile) => Promise<{ cells: number }> };
  const { mockWorkbook } = (await import(MOCK as string)) as {
    mockWorkbook: (s: Array<{ name: string; values: unknown[][] }>) => { ctx: { sync: () => Promise<void> } };
  };
  const layouts = standardLayout({ unit: '城中区政协', period: '2024' });
  const codes = layouts.flatMap((l) => Object.keys(l.codeRows));
  const lines: string[] = [];
  for (const n of [1, 10, codes.length]) {
    const form: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: {}, prior: {}, notes: {} };
    for (const code of codes.slice(0, n)) {
      form.values[code] = 12;
      form.prior![code] = 10;
      form.notes![code] = '说明';
    }
    const wb = mockWorkbook(layouts.map((l) => ({ name: l.name, values: l.values.map((r) => [...r]) })));
    let syncs = 0;
    const sync = wb.ctx.sync.bind(wb.ctx);
    wb.ctx.sync = async () => {
      syncs++;
      return sync();
    };
    const { cells } = await workflow.fill(form);
    lines.push(`fill ${n} indicators: ${cells} cells written, ${syncs} syncs, syncs/cells ratio: ${(syncs / cells).toFixed(4)}`);
  }
  lines.push(...child('scale'), ...child('bomb'));
  return lines;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function child(mode: 'scale' | 'bomb'): string[] {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/fill-child.ts'), mode], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
    return out.trim().split('\n');
  } catch (err) {
    return [`(fill ${mode} skipped: ${(err as Error).message.split('\n')[0]})`];
  }
}
