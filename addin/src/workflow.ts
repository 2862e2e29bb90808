// What the task pane does, over excel.ts and the shared core: fill, check, mark, note. No UI, no Excel global.
import { standardLayout } from '../../shared/form/layout';
import { locateWorkbook, type CellRef, type SheetValues, type WorkbookLocation } from '../../shared/form/locate';
import { planFill, readBack, type CellWrite, type PlanOptions } from '../../shared/form/fill-plan';
import type { FormFile } from '../../shared/form/form-file';
import { changeFixes, clearWrites, filledCells, staleCells, type StaleCell } from '../../shared/form/stale';
import { validateForm, type Finding, type ValidateOptions } from '../../shared/validate/engine';
import { sourcesSheetPlan, type SourcesSheetPlan } from '../../shared/xlsx/sources-plan';
import * as excel from './excel';

export interface Located {
  sheets: SheetValues[];
  loc: WorkbookLocation;
}

export async function locate(): Promise<Located> {
  const sheets = await excel.readSheets();
  return { sheets, loc: locateWorkbook(sheets) };
}

/** "新建报表": inserts the standard sheets unless the workbook already has ZX-01 sheets. */
export async function newForm(opts: { unit?: string; period?: string }): Promise<'inserted' | 'exists'> {
  const { loc } = await locate();
  if (loc.sheets.length) return 'exists';
  await excel.insertStandardSheets(standardLayout(opts));
  return 'inserted';
}

export interface FillResult {
  /** Indicator cells written with a value (本年, 上年, 增减%, 说明); blanked cells and the header block not counted. */
  cells: number;
  /** Cells blanked because the new form has nothing for them. */
  cleared: number;
  missing: string[];
  missingColumns: string[];
}

/** A fill read and planned but not written yet: the pane asks about `stale` cells before writing. */
export interface PreparedFill {
  writes: CellWrite[];
  missing: string[];
  missingColumns: string[];
  /** Located cells holding values the new form does not write (another period's or unit's figures, hand entries). */
  stale: StaleCell[];
  /** Every located cell holding a value now (overwritten or not). */
  occupied: StaleCell[];
  /** What the sheet's header block says now. */
  sheetUnit: string;
  sheetPeriod: string;
  /** The 来源 sheet written with the cells, and whether the workbook has one already (then it is replaced). */
  sources: { plan: SourcesSheetPlan; replace: boolean };
}

/** Reads the layout (one sync) and plans the fill of 本年, 上年, 增减%, 说明 and the header block. */
export async function prepareFill(form: FormFile, opts: PlanOptions = {}): Promise<PreparedFill> {
  const { sheets, loc } = await locate();
  if (!loc.sheets.length) throw new Error('NO_FORM');
  const plan = planFill(loc, form, opts);
  const { form: now } = readBack(loc, sheets);
  const sources = sourcesSheetPlan(form);
  return {
    ...plan,
    stale: staleCells(loc, sheets, plan.writes),
    occupied: staleCells(loc, sheets, []),
    sheetUnit: now.unit,
    sheetPeriod: now.period,
    sources: { plan: sources, replace: sheets.some((s) => s.name === sources.name) },
  };
}

/**
 * Writes a prepared fill and its 来源 sheet (one sync); with `clearStale` the cells the new form does not write are
 * blanked too.
 */
export async function applyFill(p: PreparedFill, opts: { clearStale?: boolean } = {}): Promise<FillResult> {
  const clears = opts.clearStale ? clearWrites(p.stale) : [];
  await excel.writeFill([...p.writes, ...clears], p.sources);
  return { cells: filledCells(p.writes), cleared: clears.length, missing: p.missing, missingColumns: p.missingColumns };
}

/** Fills without asking: one sync to read the layout, one to write. */
export async function fill(form: FormFile, opts: PlanOptions & { clearStale?: boolean } = {}): Promise<FillResult> {
  return applyFill(await prepareFill(form, opts), opts);
}

/**
 * Writes 上年 (and recomputes 增减%) from last year's figures, keeping whatever 本年 the sheet holds now:
 * one sync to read, one to write.
 */
export async function fillPrior(prior: Record<string, number>): Promise<FillResult> {
  const { sheets, loc } = await locate();
  if (!loc.sheets.length) throw new Error('NO_FORM');
  const { form } = readBack(loc, sheets);
  const plan = planFill(loc, { ...form, prior, notes: {} });
  const writes = plan.writes.filter((w) => w.column === 'prior' || w.column === 'change');
  await excel.writeCells(writes);
  return { cells: filledCells(writes), cleared: 0, missing: plan.missing, missingColumns: plan.missingColumns };
}

/** A finding with the cells it is about. */
export interface SheetFinding extends Finding {
  cells: CellRef[];
}

export interface CheckResult {
  form: FormFile;
  findings: SheetFinding[];
  /** Value cells whose text is not a number; listed as errors ahead of the rules. */
  unreadable: SheetFinding[];
  loc: WorkbookLocation;
  /** 增减% cells rewritten because 本年 or 上年 changed since they were computed. */
  recomputed: number;
}

function valueCell(loc: WorkbookLocation, code: string): CellRef | null {
  const c = loc.cells[code];
  const col = c?.columns.current;
  return c && col !== undefined ? { sheet: c.sheet, row: c.row, col } : null;
}

/**
 * Reads what the sheets hold now (hand edits count), recomputes 增减% where 本年 or 上年 changed (one more sync,
 * only when a cell is off) and runs every rule on it.
 */
export async function check(base: Partial<FormFile>, opts: ValidateOptions = {}): Promise<CheckResult> {
  const { sheets, loc } = await locate();
  if (!loc.sheets.length) throw new Error('NO_FORM');
  const { form, unreadable } = readBack(loc, sheets, base);
  const fixes = changeFixes(loc, sheets, form);
  if (fixes.length) await excel.writeCells(fixes);
  const findings = validateForm(form, opts).map((f) => ({
    ...f,
    cells: f.codes.map((c) => valueCell(loc, c)).filter((c): c is CellRef => c !== null),
  }));
  for (const f of findings) if (f.rule === 'R20') f.cells = [loc.unitCell, loc.periodCell].filter((c): c is CellRef => c !== null);
  const bad: SheetFinding[] = unreadable.map((u) => ({
    rule: '格式',
    severity: 'error',
    message: `“${u.text}”不是数字，请改为阿拉伯数字`,
    codes: [u.code],
    imbalance: null,
    values: {},
    explained: false,
    cells: [u.cell],
  }));
  return { form, findings, unreadable: bad, loc, recomputed: fixes.length };
}

const key = (c: CellRef) => `${c.sheet}!${c.row}:${c.col}`;

/**
 * Marks the cells of unexplained findings and unmarks cells marked before that pass now.
 * Returns the cells now marked, for the next call.
 */
export async function mark(findings: SheetFinding[], before: CellRef[]): Promise<CellRef[]> {
  const now = new Map<string, CellRef & { message: string }>();
  for (const f of findings) {
    if (f.explained) continue;
    for (const c of f.cells) {
      const prev = now.get(key(c));
      now.set(key(c), { ...c, message: prev ? `${prev.message}；${f.message}` : `${f.rule} ${f.message}` });
    }
  }
  const old = new Set(before.map(key));
  const add = [...now.values()].filter((c) => !old.has(key(c)));
  const remove = before.filter((c) => !now.has(key(c)));
  if (add.length || remove.length) await excel.markCells(add, remove);
  return [...now.values()].map(({ sheet, row, col }) => ({ sheet, row, col }));
}

/** Writes a 说明 into the 说明 cell of each code's row (one sync) and returns the form with the note. */
export async function writeNote(form: FormFile, loc: WorkbookLocation, codes: string[], note: string): Promise<FormFile> {
  const writes: CellWrite[] = [];
  const notes = { ...(form.notes ?? {}) };
  for (const code of codes) {
    notes[code] = note;
    const c = loc.cells[code];
    if (c && c.columns.note !== undefined) writes.push({ sheet: c.sheet, row: c.row, col: c.columns.note, value: note, code, column: 'note' });
  }
  await excel.writeCells(writes);
  return { ...form, notes };
}

/** Marks an approximate value as confirmed (已核实) at the value the sheet holds now; R18 passes for it. */
export function verify(form: FormFile, codes: string[]): FormFile {
  const verified = { ...(form.verified ?? {}) };
  for (const code of codes) if (Object.hasOwn(form.values, code)) verified[code] = form.values[code];
  return { ...form, verified };
}

export const selectCells = excel.selectCells;
