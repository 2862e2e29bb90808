import type { FormFile } from './form-file';
import type { ColumnKey } from './layout';
import { cellText, type CellRef, type SheetValues, type WorkbookLocation } from './locate';

// What to write where (fill) and what the sheets say now (read back), both over a located workbook.
// The add-in turns a plan into one Excel batch; the xlsx path into exceljs cell writes.

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
  code?: string;
  column: ColumnKey | 'unit-name' | 'period';
}

export interface FillPlan {
  writes: CellWrite[];
  /** Codes the form has that no located row carries. */
  missing: string[];
  /** Form columns with data but no column on the sheet, e.g. 上年 deleted from a template. */
  missingColumns: ColumnKey[];
}

/** 增减% to one decimal; null when 本年 or 上年 is blank or 上年 is 0. */
export function percentChange(current: number | null | undefined, prior: number | null | undefined): number | null {
  if (current === null || current === undefined || prior === null || prior === undefined || prior === 0) return null;
  const v = Math.round(((current - prior) / Math.abs(prior)) * 1000) / 10;
  return Object.is(v, -0) ? 0 : v;
}

function captionWrite(ref: CellRef | null, value: string, column: CellWrite['column']): CellWrite[] {
  if (!ref || !value) return [];
  return [{ sheet: ref.sheet, row: ref.row, col: ref.col, value: ref.inline ? `${ref.inline}${value}` : value, column }];
}

export interface PlanOptions {
  /** Also blank 本年/上年/增减% of located rows the form has no value for (a consolidated form replaces the sheet). */
  clearOthers?: boolean;
}

export function planFill(loc: WorkbookLocation, form: FormFile, opts: PlanOptions = {}): FillPlan {
  // Every sheet's header block carries the unit and the period.
  const writes: CellWrite[] = loc.sheets.flatMap((s) => [...captionWrite(s.unitCell, form.unit, 'unit-name'), ...captionWrite(s.periodCell, form.period, 'period')]);
  const prior = form.prior ?? {};
  const notes = form.notes ?? {};
  const codes = [...new Set([...Object.keys(form.values), ...Object.keys(prior), ...Object.keys(notes)])];
  const missing: string[] = [];
  const missingColumns = new Set<ColumnKey>();
  for (const code of codes) {
    const cell = loc.cells[code];
    if (!cell) {
      missing.push(code);
      continue;
    }
    const put = (column: ColumnKey, value: string | number | null, needed: boolean) => {
      const col = cell.columns[column];
      if (col === undefined) {
        if (needed) missingColumns.add(column);
        return;
      }
      writes.push({ sheet: cell.sheet, row: cell.row, col, value, code, column });
    };
    const cur = form.values[code];
    const pri = prior[code];
    if (code in form.values) put('current', cur ?? null, true);
    if (code in prior) put('prior', pri ?? null, true);
    if (code in form.values || code in prior) put('change', percentChange(cur, pri), false);
    if (notes[code]) put('note', notes[code], true);
  }
  if (opts.clearOthers) {
    for (const [code, cell] of Object.entries(loc.cells)) {
      if (codes.includes(code)) continue;
      for (const column of ['current', 'prior', 'change'] as const) {
        const col = cell.columns[column];
        if (col !== undefined) writes.push({ sheet: cell.sheet, row: cell.row, col, value: null, code, column });
      }
    }
  }
  return { writes, missing, missingColumns: [...missingColumns] };
}

export interface ReadBack {
  form: FormFile;
  /** Value cells holding text that is not a number (the clerk typed "约30" or "十二"). */
  unreadable: Array<{ code: string; column: 'current' | 'prior'; text: string; cell: CellRef }>;
}

/** A number from a cell: numbers as they are, numeric text (with thousands separators) parsed, blank → null. */
export function cellNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'object' && v && 'result' in v) return cellNumber((v as { result: unknown }).result);
  const t = cellText(v).replace(/,/g, '').replace(/%$/, '');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function captionValue(ref: CellRef | null, grid: Map<string, SheetValues>): string {
  if (!ref) return '';
  const s = grid.get(ref.sheet);
  if (!s) return '';
  const o = s.origin ?? { row: 0, col: 0 };
  const raw = s.values[ref.row - o.row]?.[ref.col - o.col];
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  return ref.inline ? text.replace(/^[^:：]*[:：]/, '').trim() : text;
}

/** What the sheets hold now, as a form data file (hand edits included). `base` supplies fields sheets do not hold. */
export function readBack(loc: WorkbookLocation, sheets: SheetValues[], base: Partial<FormFile> = {}): ReadBack {
  const grid = new Map(sheets.map((s) => [s.name, s]));
  const values: Record<string, number> = {};
  const prior: Record<string, number> = {};
  const notes: Record<string, string> = { ...(base.notes ?? {}) };
  const unreadable: ReadBack['unreadable'] = [];
  for (const [code, cell] of Object.entries(loc.cells)) {
    const s = grid.get(cell.sheet)!;
    const o = s.origin ?? { row: 0, col: 0 };
    const at = (col: number | undefined) => (col === undefined ? null : s.values[cell.row - o.row]?.[col - o.col]);
    for (const column of ['current', 'prior'] as const) {
      const raw = at(cell.columns[column]);
      const n = cellNumber(raw);
      if (n === undefined) unreadable.push({ code, column, text: String(raw), cell: { sheet: cell.sheet, row: cell.row, col: cell.columns[column]! } });
      else if (n !== null) (column === 'current' ? values : prior)[code] = n;
    }
    if (cell.columns.note !== undefined) {
      const note = at(cell.columns.note);
      if (note !== null && note !== undefined && String(note).trim()) notes[code] = String(note).trim();
      else delete notes[code];
    }
  }
  const form = {
    ...base,
    form: base.form ?? 'ZX-01',
    unit: captionValue(loc.unitCell, grid) || base.unit || '',
    period: captionValue(loc.periodCell, grid) || base.period || '',
    values,
    prior,
    notes,
  } as FormFile;
  return { form, unreadable };
}
