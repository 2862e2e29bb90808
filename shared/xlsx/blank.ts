import type { Workbook, Worksheet, Borders } from 'exceljs';
import { STANDARD_COLUMNS, standardLayout, type SheetLayout } from '../form/layout';
import { BODY_FONT_PT, CHANGE_FORMAT, KIND_FORMAT } from '../form/print-layout';
import { applyPrintSetup } from './print';

// Draws the standard ZX-01 sheets into an exceljs workbook: merged title, header block, bordered table,
// number formats, column widths, footer. exceljs is imported dynamically so bundles load it only when asked.

export async function loadExcelJS(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  return mod.default ?? mod;
}

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function drawSheet(ws: Worksheet, layout: SheetLayout): void {
  ws.columns = STANDARD_COLUMNS.map((c) => ({ width: c.width }));
  layout.values.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  for (const m of layout.merges) ws.mergeCells(m);
  const font = { name: 'SimSun', size: BODY_FONT_PT };
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.font = font)));
  const title = ws.getCell('A1');
  title.font = { ...font, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.getRow(layout.headerRow + 1).height = 30; // 计量单位 wraps to two lines
  // Captions of the header block ("填报单位：") sit right against their values.
  layout.values[1].forEach((v, c) => {
    if (typeof v === 'string' && /[:：]$/.test(v)) ws.getRow(2).getCell(c + 1).alignment = { horizontal: 'right' };
  });
  const last = layout.kinds.lastIndexOf('indicator');
  for (let r = layout.headerRow; r <= last; r++) {
    const row = ws.getRow(r + 1);
    for (let c = 1; c <= STANDARD_COLUMNS.length; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      if (r === layout.headerRow) {
        cell.font = { ...font, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      }
    }
    const ind = layout.rowIndicator[r];
    if (layout.kinds[r] === 'section') row.getCell(2).font = { ...font, bold: true };
    if (ind) {
      for (const c of [5, 6]) row.getCell(c).numFmt = KIND_FORMAT[ind.kind];
      row.getCell(7).numFmt = CHANGE_FORMAT;
      row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
      row.getCell(2).alignment = { vertical: 'middle', wrapText: true };
      row.getCell(4).alignment = { horizontal: 'center', vertical: 'middle' };
      for (const c of [5, 6, 7]) row.getCell(c).alignment = { vertical: 'middle' };
      row.getCell(8).alignment = { vertical: 'middle', wrapText: true };
    }
  }
  ws.views = [{ state: 'frozen', ySplit: layout.headerRow + 1 }];
  applyPrintSetup(ws, layout);
}

export async function newStandardWorkbook(opts: { unit?: string; period?: string } = {}): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协统计助手';
  for (const layout of standardLayout(opts)) drawSheet(wb.addWorksheet(layout.name), layout);
  return wb;
}

/** The standard ZX-01 workbook, empty but for the unit and period when given. */
export async function blankWorkbook(opts: { unit?: string; period?: string } = {}): Promise<Uint8Array> {
  const wb = await newStandardWorkbook(opts);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
