import type { Worksheet } from 'exceljs';
import type { SheetLayout } from '../form/layout';
import { BODY_FONT_PT, columnPoints, MARGINS_IN, printSetup, valueFormat } from '../form/print-layout';
import type { CellWrite } from '../form/fill-plan';

// Print setup of a standard ZX-01 sheet drawn with exceljs (shared/form/print-layout.ts says what; this applies it):
// A4, fit to one page wide, print area, the table header repeated on every page, 代码 hidden, page footer.

export function applyPrintSetup(ws: Worksheet, layout: SheetLayout): void {
  const p = printSetup(layout);
  for (const c of p.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as the rows need
    horizontalCentered: true,
    margins: { ...MARGINS_IN },
    printArea: p.printArea,
    printTitlesRow: p.titleRows,
  };
  ws.headerFooter = { oddFooter: p.footer };
}

/** Sets the number format a written value needs (a rate keeps its decimals); other cells keep theirs. */
export function applyValueFormat(ws: Worksheet, w: CellWrite): void {
  const f = valueFormat(w.code, w.column, w.value);
  if (!f) return;
  // A loaded template's cells share one style object per format: setting numFmt on it would change every cell of
  // that format (each rate would print with the last rate's decimals). The cell gets its own copy first.
  const cell = ws.getCell(w.row + 1, w.col + 1);
  cell.style = { ...cell.style, numFmt: f };
}

/** Printed width (pt) of text at the body size: a CJK character is as wide as the font is tall, ASCII about half. */
function textPoints(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.55) * BODY_FONT_PT, 0);
}

/**
 * A wrapped text cell (说明) grows its row to show every line: files carry row heights, and neither Excel nor
 * LibreOffice re-measures rows when it opens one, so a long 说明 would print as its last line only.
 */
export function fitRowToText(ws: Worksheet, w: CellWrite): void {
  if (typeof w.value !== 'string' || w.value === '') return;
  const cell = ws.getCell(w.row + 1, w.col + 1);
  if (!cell.alignment?.wrapText) return;
  const row = ws.getRow(w.row + 1);
  const needed = wrappedRowHeight(w.value, ws.getColumn(w.col + 1).width);
  if (needed !== null && (row.height ?? 15) < needed) row.height = needed;
}

/** The row height (pt) wrapped `text` needs in a column `width` characters wide (default 9), or null for one line. */
export function wrappedRowHeight(text: string, width: number | undefined): number | null {
  const widthPt = columnPoints(width ?? 9) - 4;
  const lines = Math.ceil(textPoints(text) / widthPt);
  return lines > 1 ? lines * BODY_FONT_PT * 1.45 + 2 : null; // CJK lines are about 1.45 em apart
}

