import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { standardLayout } from '../../shared/form/layout';
import { locateWorkbook } from '../../shared/form/locate';
import { fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { talliedYear as tallied } from '../../tests/xlsx/tallied-year';
import type { FormFile } from '../../shared/form/form-file';
import * as workflow from '../src/workflow';
import { mockWorkbook as mock, type MockSheet } from './mock-workbook';

// The add-in's 填入表格 writes the 来源 sheet too, with the rows `zxtally fill` and the extension's .xlsx give it,
// in the same write as the cells; a refill replaces it, and the form's 说明 column is left to the clerk.

function mockWorkbook(sheets: MockSheet[]) {
  const wb = mock(sheets);
  return { ...wb, sync: vi.spyOn(wb.ctx, 'sync') };
}

const blank = (): MockSheet[] => standardLayout().map((l) => ({ name: l.name, values: l.values.map((r) => [...r]) as unknown[][] }));

/** What the sheet holds, as text and numbers, trailing blanks dropped (the mock's grid pads rows with ''). */
const grid = (s: MockSheet) => s.values.map((r) => r.map((v) => v ?? '')).filter((r) => r.some((v) => v !== ''));

describe('the add-in’s fill writes the 来源 sheet', () => {
  beforeEach(() => delete (globalThis as any).Excel);
  afterEach(() => delete (globalThis as any).Office);

  it('with the same rows as the .xlsx fill, in the same one write as the cells', async () => {
    const form = tallied();
    const sheets = blank();
    const wb = mockWorkbook(sheets);
    await workflow.fill(form);
    expect(wb.sync).toHaveBeenCalledTimes(2); // one read, one write: the 来源 sheet costs no sync of its own
    const added = sheets.find((s) => s.name === '来源');
    expect(added).toBeDefined();
    const xlsx = (await readWorkbookValues((await fillWorkbook(form)).bytes)).find((s) => s.name === '来源')!.values;
    expect(grid(added!)).toEqual(xlsx.map((r) => r.map((v) => v ?? '')));
    const rows = grid(added!);
    expect(rows.find((r) => r[0] === 'mtg.standing')?.slice(2, 6)).toEqual([2, '据2条记录计数', '区政协召开十届十二次常委会议', '2025-03-20']);
    expect(rows.find((r) => r[0] === 'mem.trainees')?.[3]).toBe('1次活动合计');
    expect(rows.find((r) => r[0] === 'adm.rules')?.[3]).toBe('手工填写');
    expect(rows.filter((r) => r[0] === 'pro.submitted').map((r) => r[3])).toEqual(['待定（未填写）：候选1/2', '待定（未填写）：候选2/2']);
    // Dates and addresses are text cells (Excel would make 2025-03-20 a date), numbers stay numbers; 代码 is hidden.
    const fmt = wb.formats[`来源!A1:H${rows.length}`] as string[][];
    const standing = rows.findIndex((r) => r[0] === 'mtg.standing');
    expect([fmt[standing][2], fmt[standing][5], fmt[standing][6]]).toEqual(['General', '@', '@']);
    expect(wb.styles['来源!A:A']).toMatchObject({ columnHidden: true });
    expect(wb.styles['来源!A1:H1']).toMatchObject({ 'font.bold': true });
    // A long quote or title wraps, and its row is as tall as its lines.
    const tall = Object.keys(wb.styles).filter((k) => /^来源!A\d+$/.test(k) && (wb.styles[k].rowHeight as number) > 13);
    expect(tall.length).toBeGreaterThan(0);
    // The locator still finds the form's sheets and does not take 来源 for one of them.
    const loc = locateWorkbook(sheets.map((s) => ({ name: s.name, values: s.values })));
    expect(loc.sheets.map((s) => s.name)).not.toContain('来源');
  });

  it('replaces the 来源 sheet on a refill instead of appending to it', async () => {
    const sheets = blank();
    mockWorkbook(sheets);
    await workflow.fill(tallied());
    const first = grid(sheets.find((s) => s.name === '来源')!).length;
    const typed: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2025', values: { 'mtg.chair': 11 } };
    const wb = mockWorkbook(sheets);
    const p = await workflow.prepareFill(typed);
    expect(p.sources.replace).toBe(true);
    await workflow.applyFill(p, { clearStale: true });
    expect(wb.sync).toHaveBeenCalledTimes(2);
    expect(sheets.filter((s) => s.name === '来源')).toHaveLength(1);
    const rows = grid(sheets.find((s) => s.name === '来源')!);
    expect(first).toBeGreaterThan(rows.length);
    expect(rows.slice(1)).toEqual([['mtg.chair', '主席会议', 11, '手工填写', '', '', '', '']]);
  });

  it('leaves the 说明 column to the clerk: nothing of the sources goes there, and a typed 说明 stays', async () => {
    const sheets = blank();
    const t1 = sheets[0].values;
    const chair = t1.findIndex((v) => v[2] === 'mtg.chair');
    t1[chair][7] = '含两次专题主席会议'; // the clerk's own 说明
    mockWorkbook(sheets);
    const p = await workflow.prepareFill(tallied());
    await workflow.applyFill(p); // keeps what the new form does not write
    expect(t1[chair][4]).toBe(12);
    expect(t1[chair][7]).toBe('含两次专题主席会议');
    const loc = locateWorkbook(sheets.map((s) => ({ name: s.name, values: s.values })));
    const notes = Object.entries(loc.cells)
      .map(([code, c]) => [code, sheets.find((s) => s.name === c.sheet)!.values[c.row]?.[c.columns.note!]])
      .filter(([, v]) => v != null && v !== '');
    expect(notes).toEqual([['mtg.chair', '含两次专题主席会议']]);
  });

  it('sets the 来源 sheet up for A4 where the host has page layout (ExcelApi 1.9), in the same write', async () => {
    (globalThis as any).Office = { context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v) <= 1.9 } } };
    const wb = mockWorkbook(blank());
    await workflow.fill(tallied());
    expect(wb.sync).toHaveBeenCalledTimes(2);
    expect(wb.pages['来源']).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$1:$1' });
  });

  it('skips page layout on an older host instead of failing the fill', async () => {
    (globalThis as any).Office = { context: { requirements: { isSetSupported: () => false } } };
    const sheets = blank();
    const wb = mockWorkbook(sheets);
    await workflow.fill(tallied());
    expect(wb.pages['来源']).toBeUndefined();
    expect(sheets.some((s) => s.name === '来源')).toBe(true);
  });
});
