import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standardLayout } from '../../shared/form/layout';
import type { FormFile } from '../../shared/form/form-file';
import * as workflow from '../src/workflow';
import { mockWorkbook as mock, type MockSheet } from './mock-workbook';

// The clerk's workflow defects of issue 12, over office-addin-mock: stale cells, 增减% on 审核, 已核实, cell counts.

function mockWorkbook(sheets: MockSheet[]) {
  const wb = mock(sheets);
  return { ...wb, sync: vi.spyOn(wb.ctx, 'sync') };
}

const blank = () => standardLayout().map((l) => ({ name: l.name, values: l.values.map((r) => [...r]) as unknown[][] }));
const rowOf = (sheets: MockSheet[], code: string) => {
  for (const s of sheets) {
    const r = s.values.findIndex((v) => v[2] === code);
    if (r >= 0) return s.values[r];
  }
  throw new Error(code);
};

const last: FormFile = {
  form: 'ZX-01', unit: '城东区政协', period: '2023',
  values: { 'pro.accepted': 80, 'mtg.chair': 9, 'inf.collected': 300 },
  prior: { 'mtg.chair': 8 },
  notes: { 'mtg.chair': '2023 年的说明' },
};
const now: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 100, 'pro.submitted': 110 }, prior: { 'pro.accepted': 80 } };

describe('填入表格 over a sheet holding another period’s figures', () => {
  beforeEach(() => delete (globalThis as any).Excel);

  it('finds the stale cells, and clears them only when asked, still in one read and one write', async () => {
    const sheets = blank();
    mockWorkbook(sheets);
    await workflow.fill(last);
    const wb = mockWorkbook(sheets);
    const p = await workflow.prepareFill(now);
    expect([p.sheetUnit, p.sheetPeriod]).toEqual(['城东区政协', '2023']);
    expect(p.stale.map((s) => `${s.code}:${s.column}`).sort()).toEqual(
      ['inf.collected:current', 'mtg.chair:change', 'mtg.chair:current', 'mtg.chair:note', 'mtg.chair:prior'],
    );
    const r = await workflow.applyFill(p, { clearStale: true });
    expect(wb.sync).toHaveBeenCalledTimes(2);
    expect(r.cleared).toBe(5);
    expect(rowOf(sheets, 'mtg.chair').slice(4, 8)).toEqual(['', '', '', '']);
    expect(rowOf(sheets, 'inf.collected')[4]).toBe('');
    expect(rowOf(sheets, 'pro.accepted').slice(4, 7)).toEqual([100, 80, 25]);
    expect((await workflow.prepareFill(now)).stale).toEqual([]);
  });

  it('keeps them when the clerk says so', async () => {
    const sheets = blank();
    mockWorkbook(sheets);
    await workflow.fill(last);
    const r = await workflow.applyFill(await workflow.prepareFill(now), { clearStale: false });
    expect(r.cleared).toBe(0);
    expect(rowOf(sheets, 'inf.collected')[4]).toBe(300);
  });

  it('counts the cells written with a value, not every planned write', async () => {
    const sheets = blank();
    mockWorkbook(sheets);
    await workflow.fill(last);
    // A consolidated form replacing the sheet: 2 本年 + 1 上年 + 1 增减% written, 5 old cells blanked.
    const r = await workflow.fill(now, { clearStale: true });
    expect(r.cells).toBe(4);
    expect(r.cleared).toBe(5);
  });
});

describe('number formats written through Excel', () => {
  beforeEach(() => delete (globalThis as any).Excel);

  it('gives a rate the decimals it is written with and leaves count cells to the sheet’s own format', async () => {
    const wb = mockWorkbook(blank());
    await workflow.fill({ form: 'ZX-01', unit: '', period: '', values: { 'pro.accept_rate': 93.58, 'pro.answer_rate': 100, 'pro.accepted': 12 } });
    const formats = Object.entries(wb.formats).filter(([k]) => !k.startsWith('来源!')).map(([, f]) => f).flat(2); // the form's cells, not the 来源 sheet
    expect(formats).toContain('0.00');
    expect(formats).toContain('0');
    expect(formats.filter((f) => f !== null).sort()).toEqual(['0', '0.00']); // only the two rates got one
  });
});

describe('审核', () => {
  beforeEach(() => delete (globalThis as any).Excel);

  it.each([
    ['本年 typed over', 4, 120, 80, 50],
    ['上年 typed over', 5, 100, 50, 100],
    ['上年 cleared', 5, 100, '', ''],
  ] as const)('recomputes 增减%% when %s', async (_what, col, cur, prior, change) => {
    const sheets = blank();
    mockWorkbook(sheets);
    await workflow.fill(now);
    const row = rowOf(sheets, 'pro.accepted');
    expect(row[6]).toBe(25);
    row[col] = col === 4 ? cur : prior;
    const wb = mockWorkbook(sheets);
    const r = await workflow.check({});
    expect(r.recomputed).toBe(1);
    expect(row.slice(4, 7)).toEqual([cur, prior, change]);
    expect(wb.sync).toHaveBeenCalledTimes(2); // one read, one write of the fixed cell
    const again = await workflow.check({});
    expect(again.recomputed).toBe(0);
  });
});

describe('已核实 (R18)', () => {
  beforeEach(() => delete (globalThis as any).Excel);

  it('silences R18 for the value the sheet holds, and asks again when it changes', async () => {
    const sheets = blank();
    mockWorkbook(sheets);
    const approx: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'inf.edited': 1500 }, approx: ['inf.edited'] };
    await workflow.fill(approx);
    rowOf(sheets, 'inf.edited')[4] = 1565; // the clerk types the exact figure over "1500余"
    const first = await workflow.check(approx);
    expect(first.findings.filter((f) => f.rule === 'R18').map((f) => f.codes)).toEqual([['inf.edited']]);
    const verified = workflow.verify(first.form, ['inf.edited']);
    expect(verified.verified).toEqual({ 'inf.edited': 1565 });
    expect((await workflow.check(verified)).findings.some((f) => f.rule === 'R18')).toBe(false);
    rowOf(sheets, 'inf.edited')[4] = 1570;
    expect((await workflow.check(verified)).findings.some((f) => f.rule === 'R18')).toBe(true);
  });
});
