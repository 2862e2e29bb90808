import { indicatorByCode } from '../catalogue/indicators';
import type { Indicator } from '../catalogue/schema';
import { cellAddress, columnLetter, STANDARD_COLUMNS, type ColumnKey, type SheetLayout } from './layout';

// How the ZX-01 form prints, as plain data both writers apply (shared/xlsx/print.ts for exceljs, addin/src/excel.ts
// for Office.js): A4, the orientation whose fit-to-width scale keeps the body at ≥ 9 pt, print area, the table header
// repeated on every page, the 代码 column hidden, and number formats per indicator kind.

/** Body text size of the form (SimSun). */
export const BODY_FONT_PT = 11;
/** The smallest body text a printout may have. */
export const MIN_PRINT_FONT_PT = 9;

/** A4 in points, and the page margins in inches (as Excel's page setup takes them). */
export const A4_PT = { width: 595.3, height: 841.9 } as const;
export const MARGINS_IN = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Printed width of an Excel column of `width` characters: (7 px per character + 5 px padding) at 96 dpi. */
export function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

export type Orientation = 'portrait' | 'landscape';

/** Fit-to-width scale (≤ 1) of columns on A4 in one orientation. */
export function fitScale(widths: readonly number[], orientation: Orientation): number {
  const paper = orientation === 'portrait' ? A4_PT.width : A4_PT.height;
  const printable = paper - (MARGINS_IN.left + MARGINS_IN.right) * 72;
  const needed = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(1, printable / needed);
}

/**
 * Portrait when fitting the width keeps the body at MIN_PRINT_FONT_PT or more (a tall form reads best on tall
 * paper); otherwise whichever orientation shrinks less.
 */
export function chooseOrientation(widths: readonly number[], bodyPt = BODY_FONT_PT): { orientation: Orientation; scale: number; fontPt: number } {
  const portrait = fitScale(widths, 'portrait');
  const landscape = fitScale(widths, 'landscape');
  const orientation: Orientation = portrait * bodyPt >= MIN_PRINT_FONT_PT || portrait >= landscape ? 'portrait' : 'landscape';
  const scale = orientation === 'portrait' ? portrait : landscape;
  return { orientation, scale, fontPt: Math.round(scale * bodyPt * 10) / 10 };
}

/** Columns that print (the hidden 代码 column does not). */
export const PRINTED_WIDTHS = STANDARD_COLUMNS.filter((c) => !c.hidden).map((c) => c.width);

export interface PrintSetup {
  orientation: Orientation;
  /** Expected fit-to-width scale, 0–1 (1: no shrinking). */
  scale: number;
  /** "A1:H60" */
  printArea: string;
  /** Rows repeated at the top of every page, "4:4" (1-based). */
  titleRows: string;
  /** 0-based columns hidden on screen and in print. */
  hiddenColumns: number[];
  /** Page footer, in Excel's header/footer codes: sheet name and page number. */
  footer: string;
}

export function printSetup(layout: SheetLayout): PrintSetup {
  const { orientation, scale } = chooseOrientation(PRINTED_WIDTHS);
  const lastCol = STANDARD_COLUMNS.length - 1;
  return {
    orientation,
    scale,
    printArea: `A1:${cellAddress(layout.values.length - 1, lastCol)}`,
    titleRows: `${layout.headerRow + 1}:${layout.headerRow + 1}`,
    hiddenColumns: STANDARD_COLUMNS.flatMap((c, i) => (c.hidden ? [i] : [])),
    footer: `&C${layout.name}　第 &P 页，共 &N 页`,
  };
}

/** Cell formats of 本年/上年 by indicator kind: whole numbers for counts, fen for amounts, rates as written. */
export const KIND_FORMAT: Record<Indicator['kind'], string> = { count: '0', amount: '#,##0.00', rate: '0.0#' };
/** 增减% is computed to one decimal. */
export const CHANGE_FORMAT = '0.0';

/** Decimals of a number as written (93.6 → 1, 100 → 0), at most 3. */
function decimals(n: number): number {
  const m = /\.(\d+)$/.exec(String(n));
  return Math.min(3, m ? m[1].length : 0);
}

/**
 * The number format a written value needs, or null to leave the cell's format (the template's own) alone. Only a
 * rate needs one: it keeps the decimals it was written with (97 prints 97, 93.58 prints 93.58, not 93.6), since
 * R06/R07/R09 compare at those decimals.
 */
export function valueFormat(code: string | undefined, column: ColumnKey | string, value: unknown): string | null {
  if (typeof value !== 'number' || !code || (column !== 'current' && column !== 'prior')) return null;
  if (indicatorByCode(code)?.kind !== 'rate') return null;
  const d = decimals(value);
  return d === 0 ? '0' : `0.${'0'.repeat(d)}`;
}

/** "C:C" for a 0-based column. */
export const columnRange = (col: number) => `${columnLetter(col)}:${columnLetter(col)}`;
