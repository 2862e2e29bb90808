import type { Workbook, Worksheet } from 'exceljs';
import type { FormFile } from '../form/form-file';
import { planFill } from '../form/fill-plan';
import { locateWorkbook, type SheetValues } from '../form/locate';
import { loadExcelJS, newStandardWorkbook } from './blank';
import { writeSourcesSheet } from './sources-sheet';
import { applyValueFormat, fitRowToText } from './print';
import { ArchiveError, checkArchive } from './zip-guard';
import { fillTemplateXml, type XmlFill } from './fill-xml';
import type { ZipCodec } from './zip-write';

export { ArchiveError, XLSX_LIMITS } from './zip-guard';

export { blankWorkbook } from './blank';

// Fills a template (or the standard form) from a form data file with the same locating code the add-in uses,
// writing only the located cells so the template's layout, merges, styles, extra rows and sheets stay as they are,
// and adds the 来源 sheet (shared/xlsx/sources-sheet.ts). Two paths write the same workbook: straight over the
// template's XML, and exceljs (tests/xlsx/fill-paths.test.ts reads both back and compares them).

/**
 * A sheet's values as a 0-based grid from A1; merged cells count once, at their master cell.
 * Only the rows and cells the file stores are visited (never `getCell`/`columnCount` in a loop, which create
 * rows or rescan the sheet), so the cost is linear in what the template holds, not in its last row × last column.
 * Rows the file does not store are holes (read them as `values[r] ?? []`); a stored row is dense up to its last cell.
 */
export function sheetValues(ws: Worksheet): SheetValues {
  const values: unknown[][] = [];
  ws.eachRow((row, r) => {
    const cells: unknown[] = [];
    row.eachCell((cell, c) => {
      while (cells.length < c - 1) cells.push(null);
      cells.push(cell.master !== cell ? null : cell.value);
    });
    values[r - 1] = cells;
  });
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

/**
 * Fills a template straight over its XML (shared/xlsx/fill-xml.ts: linear in its size, every part it does not
 * edit copied as it was), or through exceljs when the XML path leaves it (a formula or a merged cell to overwrite,
 * a part it does not understand) and for the standard form, which exceljs draws. `codec`: how zip entries are
 * compressed (fflate unless the caller has a faster one).
 */
export async function fillWorkbook(form: FormFile, template?: Uint8Array, codec?: ZipCodec): Promise<FillResult> {
  if (!template) return fillWorkbookExcelJS(form);
  const entries = checkArchive(template);
  let fast: XmlFill | null = null;
  try {
    fast = fillTemplateXml(form, template, entries, codec);
  } catch {
    fast = null; // whatever the XML path trips on, exceljs reads the template or refuses it with a message
  }
  if (!fast) return fillExcelJS(form, await loadWorkbook(template, true), true);
  // Everything but the cells (which the XML path read itself) read by exceljs: refused as the exceljs path refuses.
  await loadWorkbook(fast.skeleton, true);
  const { skeleton: _, ...result } = fast;
  return result;
}

/** The exceljs path: loads the template (or draws the standard form), writes the cells, the formats and the 来源 sheet. */
export async function fillWorkbookExcelJS(form: FormFile, template?: Uint8Array): Promise<FillResult> {
  return fillExcelJS(form, template ? await loadWorkbook(template) : await newStandardWorkbook(), template !== undefined);
}

async function fillExcelJS(form: FormFile, wb: Workbook, fromTemplate: boolean): Promise<FillResult> {
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
  let bytes: Uint8Array;
  try {
    // Deflate level 1: the write's compression was a third of the fill time on long templates; files grow ~15%.
    bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as never));
  } catch (err) {
    // A template whose parts exceljs read but cannot write back (a mangled date in its document properties…).
    if (fromTemplate) throw new ArchiveError('模板中有无法写回的内容（文件可能已损坏），请用 Excel 打开模板后另存为 .xlsx 再试', 'damaged');
    throw err;
  }
  return { bytes, missing: plan.missing, missingColumns: plan.missingColumns, sheets: loc.sheets.map((s) => s.name) };
}

/**
 * Loads an .xlsx with exceljs after the archive guard: a zip bomb (declared or actual inflated size past
 * XLSX_LIMITS) throws ArchiveError with a Chinese message before exceljs inflates anything.
 */
export async function loadWorkbook(bytes: Uint8Array, checked = false): Promise<Workbook> {
  if (!checked) checkArchive(bytes);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; a Uint8Array's ArrayBuffer is what it reads in both Node and browsers.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ArchiveError('文件不是有效的 .xlsx（表格内容无法读取，可能已损坏），请用 Excel 打开后另存为 .xlsx 再试', 'damaged');
  }
  return wb;
}

/** Reads an .xlsx back into sheet values (for tests, the CLI and the extension's preview). */
export async function readWorkbookValues(bytes: Uint8Array): Promise<SheetValues[]> {
  return workbookValues(await loadWorkbook(bytes));
}
