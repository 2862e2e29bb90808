import type { Indicator } from '../catalogue/schema';
import type { FormFile } from '../form/form-file';
import { SOURCES_LINE_PT, SOURCES_SHEET, SOURCES_WIDTHS, sourceRowLines, sourceRows } from './sources-sheet';

// The 来源 sheet as data, for writers that are not exceljs (the add-in's Office.js fill): the same rows as
// writeSourcesSheet writes, with the column widths, row heights and print setup it gives them, so a workbook
// filled in Excel traces its values exactly as one filled by `zxtally fill` or the extension.

export interface SourcesSheetPlan {
  name: typeof SOURCES_SHEET;
  /** Header first; every row as wide as the header. */
  rows: Array<Array<string | number>>;
  widths: readonly number[];
  /** Row height in points where a row wraps onto more lines than one, by 0-based row index. */
  heights: Record<number, number>;
  /** 0-based columns kept in the file but hidden (代码, as on the form's sheets). */
  hidden: number[];
  /** Printed like the form: A4 portrait, one page wide, the header row on every page. */
  print: { paper: 'A4'; orientation: 'portrait'; fitToWidth: 1; titleRows: '1:1' };
}

export function sourcesSheetPlan(form: FormFile, catalogue?: readonly Indicator[]): SourcesSheetPlan {
  const rows = sourceRows(form, catalogue);
  const heights: Record<number, number> = {};
  rows.forEach((row, n) => {
    if (n === 0) return;
    const most = sourceRowLines(row);
    if (most > 1) heights[n] = SOURCES_LINE_PT * most;
  });
  return { name: SOURCES_SHEET, rows, widths: SOURCES_WIDTHS, heights, hidden: [0], print: { paper: 'A4', orientation: 'portrait', fitToWidth: 1, titleRows: '1:1' } };
}
