import { describe, expect, it } from 'vitest';
import type { Workbook } from 'exceljs';
import { blankWorkbook, fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';
import { locateWorkbook } from '../../shared/form/locate';
import { readBack } from '../../shared/form/fill-plan';
import type { FormFile } from '../../shared/form/form-file';
import { driftedTemplate } from './templates';

const form: FormFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2023',
  values: { 'pro.accepted': 97, 'pro.submitted': 105, 'mtg.plenary': 1, 'inf.collected': 320 },
  prior: { 'pro.accepted': 90, 'inf.collected': 0 },
  notes: { 'pro.accepted': '含跨年度并案' },
};

async function load(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function findRow(wb: Workbook, sheet: string, code: string, codeCol = 3): number {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, codeCol).value === code) return r;
  throw new Error(`no row for ${code}`);
}

describe('blankWorkbook', () => {
  it('writes three sheets with title, header block, table header, merges and footer', async () => {
    const wb = await load(await blankWorkbook({ unit: '城中区政协', period: '2023' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表1 履职工作', '表2 提案', '表3 社情民意']);
    const ws = wb.getWorksheet('表2 提案')!;
    expect(String(ws.getCell('A1').value)).toContain('提案工作情况');
    expect(ws.getCell('H1').isMerged).toBe(true);
    expect(ws.getCell('C2').value).toBe('城中区政协');
    expect(ws.getCell('G2').value).toBe('2023');
    expect(ws.getCell('H2').value).toBe('表号：ZX-01-2');
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(4).getCell(c).value)).toEqual(['序号', '指标名称', '代码', '计量单位', '本年', '上年', '增减%', '说明']);
    const r = findRow(wb, '表2 提案', 'pro.accept_rate');
    expect(ws.getCell(r, 5).numFmt).toBe('0.0#'); // a rate shows the decimals it is written with
    expect(ws.getCell(r, 5).border.top?.style).toBe('thin');
    const footer = ws.getRow(ws.rowCount).values as unknown[];
    expect(footer).toContain('填报日期：');
  });
});

describe('fillWorkbook on the standard form', () => {
  it('fills 本年, 上年, 增减% and 说明, and reads back to the same values', async () => {
    const { bytes, missing } = await fillWorkbook(form);
    expect(missing).toEqual([]);
    const wb = await load(bytes);
    const ws = wb.getWorksheet('表2 提案')!;
    const r = findRow(wb, '表2 提案', 'pro.accepted');
    expect([ws.getCell(r, 5).value, ws.getCell(r, 6).value, ws.getCell(r, 7).value, ws.getCell(r, 8).value]).toEqual([97, 90, 7.8, '含跨年度并案']);
    const inf = findRow(wb, '表3 社情民意', 'inf.collected');
    expect(wb.getWorksheet('表3 社情民意')!.getCell(inf, 7).value).toBeNull(); // 上年 0 → 增减% blank
    const sheets = await readWorkbookValues(bytes);
    const back = readBack(locateWorkbook(sheets), sheets).form;
    expect(back.values).toEqual(form.values);
    expect(back.prior).toEqual(form.prior);
    expect(back.unit).toBe('城中区政协');
    expect(back.period).toBe('2023');
    for (const name of ['表1 履职工作', '表2 提案', '表3 社情民意']) expect(wb.getWorksheet(name)!.getCell('C2').value).toBe('城中区政协');
  });
});

describe('fillWorkbook on a drifted template', () => {
  it('finds every cell by code or label and header, keeping extra rows, sheets and merges', async () => {
    const drifted = { ...form, values: { ...form.values, 'inf.forwarded': 12 } };
    const { bytes, missing } = await fillWorkbook(drifted, await driftedTemplate());
    expect(missing).toEqual([]); // inf.forwarded lost its code but its 指标名称 still names it
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表1 履职工作', '提案情况表', '表3 社情民意', '填报说明', '来源']);
    expect(wb.getWorksheet('填报说明')!.getCell('A1').value).toBe('本表由区政协办公室填报');
    const ws = wb.getWorksheet('提案情况表')!;
    const r = findRow(wb, '提案情况表', 'pro.accepted', 2);
    // Column D is now 上年, E is 本年.
    expect(ws.getCell(r, 4).value).toBe(90);
    expect(ws.getCell(r, 5).value).toBe(97);
    expect(ws.getCell(r, 6).value).toBe(7.8);
    expect(ws.getCell(6, 2).value).toBe('local.extra');
    expect(ws.getCell('A1').isMerged).toBe(true);
    const t3 = wb.getWorksheet('表3 社情民意')!;
    let forwarded = 0;
    t3.eachRow((row) => { if (row.getCell(2).value === '转交有关部门办理') forwarded = Number(row.getCell(5).value); });
    expect(forwarded).toBe(12);
    expect(t3.getCell('A1').value).toBe('附件2');
    expect(t3.getCell('C4').value).toBe('城中区政协'); // the header block moved down two rows
    let collected: unknown = null;
    t3.eachRow((row) => { if (row.getCell(3).value === 'inf.collected') collected = row.getCell(5).value; });
    expect(collected).toBe(320);
  });

  it('reports codes the template lacks instead of dropping them silently', async () => {
    const wb = await load(await blankWorkbook());
    const t1 = wb.getWorksheet('表1 履职工作')!;
    let plenaryRow = 0;
    t1.eachRow((row, n) => { if (row.getCell(3).value === 'mtg.plenary') plenaryRow = n; });
    t1.spliceRows(plenaryRow, 1);
    const { missing } = await fillWorkbook(form, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(missing).toEqual(['mtg.plenary']);
  });
});
