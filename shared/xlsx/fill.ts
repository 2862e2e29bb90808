import type { Workbook, Worksheet } from 'exceljs';
import type { FormFile } from '../form/form-file';
import { planFill } from '../form/fill-plan';
import { locateWorkbook, type SheetValues } from '../form/locate';
import { loadExcelJS, newStandardWorkbook } from './blank';
import { writeSourcesSheet } from './sources-sheet';
import { applyValueFormat, fitRowToText } from './print';

export { blankWorkbook } from './blank';

// Fills a template (or the standard form) from a form data file with the same locating code the add-in uses,
// writing only the located cells so the template's layout, merges, styles, extra rows and sheets stay as they are,
// and adds the 来源 sheet (shared/xlsx/sources-sheet.ts).

/** A sheet's values as a 0-based grid from A1; merged cells count once, at their master cell. */
export function sheetValues(ws: Worksheet): SheetValues {
  const values: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      row.push(cell.isMerged && cell.master.address !== cell.address ? null : cell.value);
    }
    values.push(row);
  }
  return { name: ws.name, values };
}

export function workbookValues(wb: Workbook): SheetValues[] {
  return wb.worksheets.map(sheetValues);
}

export interface FillResult {
  bytes: Uint8Array;
  /** Codes of the form no located row carries. */
  missing: string[];
  /** Columns (prior, note…) the form has data for but the template lacks. */
  missingColumns: string[];
  /** Names of the sheets recognised as ZX-01 tables; empty when the template has none. */
  sheets: string[];
}

export async function fillWorkbook(form: FormFile, template?: Uint8Array): Promise<FillResult> {
  let wb: Workbook;
  if (template) {
    const ExcelJS = await loadExcelJS();
    wb = new ExcelJS.Workbook();
    // exceljs types want a Node Buffer; a Uint8Array's ArrayBuffer is what it reads in both Node and browsers.
    await wb.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  } else {
    wb = await newStandardWorkbook();
  }
  const loc = locateWorkbook(workbookValues(wb));
  const plan = planFill(loc, form);
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    ws.getCell(w.row + 1, w.col + 1).value = w.value;
    applyValueFormat(ws, w);
    fitRowToText(ws, w);
  }
  // Every value traced: a 来源 sheet beside the form's (the 说明 column stays the clerk's).
  writeSourcesSheet(wb, form);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), missing: plan.missing, missingColumns: plan.missingColumns, sheets: loc.sheets.map((s) => s.name) };
}

/** Reads an .xlsx back into sheet values (for tests, the CLI and the extension's preview). */
export async function readWorkbookValues(bytes: Uint8Array): Promise<SheetValues[]> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbookValues(wb);
}
