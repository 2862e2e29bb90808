import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standardLayout } from '../../shared/form/layout';
import type { FormFile } from '../../shared/form/form-file';
import * as workflow from '../src/workflow';
import { mockWorkbook as mock, type MockSheet } from './mock-workbook';

/** The mock workbook with a call-through spy counting context.sync. */
function mockWorkbook(sheets: MockSheet[]) {
  const wb = mock(sheets);
  return { ...wb, sync: vi.spyOn(wb.ctx, 'sync') };
}

const blank = () => standardLayout({ unit: '城中区政协', period: '2024' }).map((l) => ({ name: l.name, values: l.values.map((r) => [...r]) }));

const form: FormFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2024',
  values: { 'pro.submitted': 120, 'pro.accepted': 100, 'pro.by_member': 70, 'pro.collective': 30, 'mtg.plenary': 2, 'inf.collected': 40 },
  prior: { 'pro.accepted': 80, 'mtg.plenary': 0 },
};

describe('filling through Excel', () => {
  beforeEach(() => delete (globalThis as any).Excel);

  it('reads the layout in one sync and writes every cell in one more', async () => {
    const wb = mockWorkbook(blank());
    const r = await workflow.fill(form);
    expect(wb.sync).toHaveBeenCalledTimes(2);
    expect(r.missing).toEqual([]);
    const t2 = blank()[1];
    const row = t2.values.findIndex((v) => v[2] === 'pro.accepted');
    const cur = wb.ctx.workbook.worksheets.s1.used.values[row];
    expect(cur.slice(4, 7)).toEqual([100, 80, 25]);
    const plenary = wb.ctx.workbook.worksheets.s0.used.values.find((v: unknown[]) => v[2] === 'mtg.plenary');
    expect(plenary.slice(4, 7)).toEqual([2, 0, '']); // 上年 0 → 增减% blank
    expect(wb.formats['表1 履职工作!C2']).toEqual([['@']]); // the unit is text, whatever it looks like
    // Only the header block's unit and period are text here; 本年/上年/增减% cells keep their number format
    // (the 来源 sheet, written in the same sync, has formats of its own).
    expect(Object.keys(wb.formats).filter((k) => !k.startsWith('来源!')).every((k) => /!(C2|G2)$/.test(k))).toBe(true);
  });

  it('keeps two syncs when ten times as many cells are written', async () => {
    const many: FormFile = { ...form, values: {}, prior: {} };
    for (const l of standardLayout()) for (const code of Object.keys(l.codeRows)) (many.values[code] = 5), (many.prior![code] = 4);
    const wb = mockWorkbook(blank());
    const r = await workflow.fill(many);
    expect(r.cells).toBeGreaterThan(200);
    expect(wb.sync).toHaveBeenCalledTimes(2);
  });

  it('finds cells in a used range that does not start at A1 and in a renamed sheet', async () => {
    const sheets = blank();
    sheets[1].name = '提案（上级下发）';
    sheets[1].values = sheets[1].values.map((r) => r.slice(1)); // 序号 column gone from the used range
    const wb = mockWorkbook(sheets.map((s, i) => (i === 1 ? { ...s, origin: { row: 3, col: 2 } } : s)));
    await workflow.fill(form);
    const t2 = wb.ctx.workbook.worksheets.s1.used.values;
    const row = t2.find((v: unknown[]) => v[1] === 'pro.accepted');
    expect(row.slice(3, 6)).toEqual([100, 80, 25]);
    expect(wb.rangeCalls.some((a) => a.startsWith('提案（上级下发）!F'))).toBe(true); // absolute column F = 2 + 3
  });

  it('checks what the sheet holds, hand edits included, and marks failing cells', async () => {
    const wb = mockWorkbook(blank());
    await workflow.fill(form);
    const t2 = wb.ctx.workbook.worksheets.s1.used.values as unknown[][];
    const row = t2.findIndex((v) => v[2] === 'pro.by_member');
    t2[row][4] = 60; // the clerk types over 委员提案: 60 + 30 ≠ 100
    const result = await workflow.check({});
    expect(result.form.values['pro.by_member']).toBe(60);
    const r03 = result.findings.find((f) => f.rule === 'R03');
    expect(r03?.cells.map((c) => c.row)).toContain(row);
    const marked = await workflow.mark(result.findings, []);
    expect(wb.fills[`表2 提案!E${row + 1}`]).toBe('#FFC7CE');
    expect(wb.comments.some((c) => c.includes('R03'))).toBe(true);
    t2[row][4] = 70; // fixed
    const again = await workflow.check({});
    expect(again.findings.find((f) => f.rule === 'R03')).toBeUndefined();
    await workflow.mark(again.findings, marked);
    expect(wb.fills[`表2 提案!E${row + 1}`]).toBeNull();
  });

  it('fills 上年 from last year without touching the 本年 typed by hand', async () => {
    const sheets = blank();
    const wb = mockWorkbook(sheets);
    const row = sheets[1].values.findIndex((v) => v[2] === 'pro.accepted');
    sheets[1].values[row][4] = 110; // typed by the clerk
    const r = await workflow.fillPrior({ 'pro.accepted': 100, 'inf.collected': 20 });
    expect(wb.sync).toHaveBeenCalledTimes(2);
    expect(sheets[1].values[row].slice(4, 7)).toEqual([110, 100, 10]);
    expect(r.cells).toBe(3); // two 上年 and one 增减% (inf.collected has no 本年, so its 增减% stays blank)
  });

  it('reports text in a value cell instead of reading it as blank', async () => {
    const sheets = blank();
    mockWorkbook(sheets); // the mock shares these arrays; untouched by load before the first sync
    const t1 = sheets[0].values;
    t1.find((v) => v[2] === 'mtg.chair')![4] = '约12';
    const result = await workflow.check({});
    expect(result.unreadable.map((u) => u.codes[0])).toEqual(['mtg.chair']);
  });
});
