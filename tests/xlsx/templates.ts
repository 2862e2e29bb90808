import type { Workbook } from 'exceljs';
import { blankWorkbook } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';

// Templates as offices change them, for the fill tests: the standard form drifted by hand in Excel.

export async function loadXlsx(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/**
 * 表2 renamed, its 序号 column deleted, 本年/上年 swapped and a local row inserted mid-table; 表3 with two rows above
 * its title and one code cleared (found by its 指标名称); an extra sheet of instructions.
 */
export async function driftedTemplate(): Promise<Uint8Array> {
  const wb = await loadXlsx(await blankWorkbook());
  const t2 = wb.getWorksheet('表2 提案')!;
  t2.name = '提案情况表';
  // 序号 deleted: every column moves one left, and the merges with them as Excel moves them (exceljs does not).
  for (const m of ['A1:H1', 'C2:E2', 'A3:H3']) t2.unMergeCells(m);
  t2.spliceColumns(1, 1);
  for (const m of ['A1:G1', 'B2:D2', 'A3:G3']) t2.mergeCells(m);
  // 本年/上年 swapped (now columns D and E)
  for (let r = 4; r <= t2.rowCount; r++) {
    const a = t2.getCell(r, 4).value;
    t2.getCell(r, 4).value = t2.getCell(r, 5).value;
    t2.getCell(r, 5).value = a;
  }
  t2.spliceRows(6, 0, ['本地自增行', 'local.extra', '件'], []); // rows inserted mid-table
  const t3 = wb.getWorksheet('表3 社情民意')!;
  // Two rows inserted above the title (exceljs does not move merges on splice, so this sheet drops them first).
  for (const m of ['A1:H1', 'C2:E2', 'A3:H3']) t3.unMergeCells(m);
  t3.spliceRows(1, 0, ['附件2'], []);
  t3.getColumn(3).eachCell((c) => { if (typeof c.value === 'string' && c.value.startsWith('inf.forwarded')) c.value = null; });
  const extra = wb.addWorksheet('填报说明');
  extra.getCell('A1').value = '本表由区政协办公室填报';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
