import { beforeAll, describe, expect, it } from 'vitest';
import { readSheets, MAX_SHEETS } from '../src/excel';

// The in-memory fake the E2E test injects, loaded here in Node: a workbook with more sheets than one batch walks.
beforeAll(async () => {
  (globalThis as any).window = globalThis;
  await import('./fake-excel.js' as string);
});

describe('readSheets', () => {
  it('reads a workbook of up to MAX_SHEETS sheets in one sync', async () => {
    const f = (globalThis as any).__fake;
    f.sheets.length = 0;
    for (let i = 0; i < MAX_SHEETS; i++) f.sheets.push({ name: `S${i}`, cells: { '0,0': i } });
    const before = f.syncs;
    const sheets = await readSheets();
    expect(f.syncs - before).toBe(1);
    expect(sheets.map((s) => s.values[0][0])).toEqual([...Array(MAX_SHEETS).keys()]);
  });

  it('falls back to two syncs, missing no sheet, when the workbook has more', async () => {
    const f = (globalThis as any).__fake;
    f.sheets.push({ name: '附表', cells: { '2,1': '多出的表' } });
    const before = f.syncs;
    const sheets = await readSheets();
    expect(f.syncs - before).toBe(3); // the rejected one-batch walk, then names, then used ranges
    expect(sheets).toHaveLength(MAX_SHEETS + 1);
    expect(sheets.at(-1)).toEqual({ name: '附表', values: [['多出的表']], origin: { row: 2, col: 1 } });
    const again = f.syncs;
    await readSheets();
    expect(f.syncs - again).toBe(2); // the failed walk is not retried
  });
});
