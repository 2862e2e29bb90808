import type { CellWrite } from './fill-plan';
import { cellNumber, percentChange } from './fill-plan';
import type { FormFile } from './form-file';
import type { CellRef, SheetValues, WorkbookLocation } from './locate';

// What a fill would leave behind, and 增减% cells that disagree with 本年 and 上年: both read from the sheets the
// add-in (or the xlsx path) located, both answered with cell writes. Pure; linear in the located cells.

export type DataColumn = 'current' | 'prior' | 'change' | 'note';
const DATA_COLUMNS: readonly DataColumn[] = ['current', 'prior', 'change', 'note'];

export interface StaleCell {
  code: string;
  column: DataColumn;
  cell: CellRef;
  value: unknown;
}

const key = (sheet: string, row: number, col: number) => `${sheet}\n${row}\n${col}`;

function grid(sheets: SheetValues[]): (sheet: string, row: number, col: number) => unknown {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return (sheet, row, col) => {
    const s = byName.get(sheet);
    if (!s) return null;
    const o = s.origin ?? { row: 0, col: 0 };
    return s.values[row - o.row]?.[col - o.col];
  };
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Located 本年/上年/增减%/说明 cells that hold something the writes do not overwrite (another period's figures). */
export function staleCells(loc: WorkbookLocation, sheets: SheetValues[], writes: readonly CellWrite[]): StaleCell[] {
  const written = new Set(writes.map((w) => key(w.sheet, w.row, w.col)));
  const at = grid(sheets);
  const out: StaleCell[] = [];
  for (const [code, c] of Object.entries(loc.cells)) {
    for (const column of DATA_COLUMNS) {
      const col = c.columns[column];
      if (col === undefined || written.has(key(c.sheet, c.row, col))) continue;
      const value = at(c.sheet, c.row, col);
      if (!blank(value)) out.push({ code, column, cell: { sheet: c.sheet, row: c.row, col }, value });
    }
  }
  return out;
}

/** Writes that blank the stale cells. */
export function clearWrites(stale: readonly StaleCell[]): CellWrite[] {
  return stale.map((s) => ({ sheet: s.cell.sheet, row: s.cell.row, col: s.cell.col, value: null, code: s.code, column: s.column }));
}

/** Cells a fill writes a value into (indicator cells only; blanking writes and the header block do not count). */
export function filledCells(writes: readonly CellWrite[]): number {
  return writes.filter((w) => w.code !== undefined && !blank(w.value)).length;
}

/**
 * 增减% as 本年 and 上年 on the sheet make it now (hand edits included): writes for every 增减% cell that shows
 * something else, blank where it cannot be computed (上年 blank or 0).
 */
export function changeFixes(loc: WorkbookLocation, sheets: SheetValues[], form: Pick<FormFile, 'values' | 'prior'>): CellWrite[] {
  const at = grid(sheets);
  const out: CellWrite[] = [];
  for (const [code, c] of Object.entries(loc.cells)) {
    const col = c.columns.change;
    if (col === undefined) continue;
    const want = percentChange(form.values[code], form.prior?.[code]);
    const raw = at(c.sheet, c.row, col);
    const have = cellNumber(raw);
    if (want === null ? blank(raw) : have === want) continue;
    out.push({ sheet: c.sheet, row: c.row, col, value: want, code, column: 'change' });
  }
  return out;
}
