// The only file that touches the Excel global. Every function is one Excel.run with a fixed number of
// context.sync() calls, whatever the number of cells: reading the layout is one sync, writing is one.
import { cellAddress, columnLetter, STANDARD_COLUMNS, type SheetLayout } from '../../shared/form/layout';
import type { CellRef, SheetValues } from '../../shared/form/locate';
import type { CellWrite } from '../../shared/form/fill-plan';
import { CHANGE_FORMAT, columnPoints, columnRange, KIND_FORMAT, MARGINS_IN, printSetup, valueFormat } from '../../shared/form/print-layout';
import type { SourcesSheetPlan } from '../../shared/xlsx/sources-plan';

/** Sheets read in one batch by walking getFirst()/getNextOrNullObject(); workbooks with more fall back to two syncs. */
export const MAX_SHEETS = 16;

const isNull = (o: unknown) => (o as { isNullObject?: unknown }).isNullObject === true;

function usedRange(ws: Excel.Worksheet): Excel.Range {
  const r = ws.getUsedRangeOrNullObject(true);
  r.load('values,rowIndex,columnIndex');
  return r;
}

function toValues(name: string, r: Excel.Range): SheetValues {
  if (isNull(r)) return { name, values: [] };
  return { name, values: r.values, origin: { row: r.rowIndex, col: r.columnIndex } };
}

// Set once the one-batch walk has failed on this host, so later reads go straight to the two-sync path.
let walkFailed = false;

/** Every sheet's used values, in one sync. */
export async function readSheets(): Promise<SheetValues[]> {
  if (walkFailed) return readSheetsTwoSyncs();
  try {
    return await Excel.run(async (ctx) => {
      const chain: Array<{ ws: Excel.Worksheet; range: Excel.Range }> = [];
      let ws = ctx.workbook.worksheets.getFirst();
      for (let i = 0; i < MAX_SHEETS; i++) {
        ws.load('name');
        chain.push({ ws, range: usedRange(ws) });
        ws = ws.getNextOrNullObject();
      }
      ws.load('name');
      await ctx.sync();
      const out: SheetValues[] = [];
      for (const c of chain) {
        if (isNull(c.ws)) return out;
        out.push(toValues(c.ws.name, c.range));
      }
      if (!isNull(ws)) throw new Error('more sheets than one batch reads');
      return out;
    });
  } catch {
    walkFailed = true;
    return readSheetsTwoSyncs();
  }
}

/** Fallback for hosts that reject calls on null objects, or workbooks with more than MAX_SHEETS sheets. */
async function readSheetsTwoSyncs(): Promise<SheetValues[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const ranges = sheets.items.map((ws) => ({ name: ws.name, range: usedRange(ws) }));
    await ctx.sync();
    return ranges.map((r) => toValues(r.name, r.range));
  });
}

/** Consecutive rows of one column become one range write. */
function runs(writes: CellWrite[]): Array<{ sheet: string; address: string; values: (string | number)[][]; writes: CellWrite[] }> {
  const sorted = [...writes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const out: Array<{ sheet: string; col: number; first: number; values: (string | number)[][]; writes: CellWrite[] }> = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    const v = w.value ?? '';
    if (last && last.sheet === w.sheet && last.col === w.col && last.first + last.values.length === w.row) last.values.push([v]), last.writes.push(w);
    else out.push({ sheet: w.sheet, col: w.col, first: w.row, values: [[v]], writes: [w] });
  }
  return out.map((r) => ({
    writes: r.writes,
    sheet: r.sheet,
    address: r.values.length === 1 ? cellAddress(r.first, r.col) : `${cellAddress(r.first, r.col)}:${cellAddress(r.first + r.values.length - 1, r.col)}`,
    values: r.values,
  }));
}

function queueCells(ctx: Excel.RequestContext, writes: CellWrite[]): void {
  for (const r of runs(writes)) {
    const range = ctx.workbook.worksheets.getItem(r.sheet).getRange(r.address);
    const formats = r.values.map(([v], i) => [typeof v === 'string' && v !== '' ? '@' : valueFormat(r.writes[i].code, r.writes[i].column, v)]);
    if (formats.some(([f]) => f !== null)) range.numberFormat = formats as unknown as string[][];
    range.values = r.values;
  }
}

/**
 * Writes values (null clears the cell), in one sync. Text (unit, period, 说明) is written into text-formatted
 * cells so Excel does not turn "2024-12" into a date; a rate keeps the decimals it was written with; a null in the
 * format matrix leaves a cell's format alone.
 */
export async function writeCells(writes: CellWrite[]): Promise<void> {
  if (!writes.length) return;
  await Excel.run(async (ctx) => {
    queueCells(ctx, writes);
    await ctx.sync();
  });
}

/** Page setup needs ExcelApi 1.9: asked of the host up front, so an older Excel does not fail the whole batch. */
function canSetUpPages(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (s: string, v: string) => boolean } } } }).Office;
  try {
    return office?.context?.requirements?.isSetSupported?.('ExcelApi', '1.9') === true;
  } catch {
    return false;
  }
}

/**
 * Queues the 来源 sheet: the old one (named in `replace`) is deleted and a new one added, so a refill replaces its
 * rows instead of appending to them. Every cell is text-formatted except numbers, so a date stays a date string.
 */
function queueSourcesSheet(ctx: Excel.RequestContext, plan: SourcesSheetPlan, replace: boolean): void {
  const sheets = ctx.workbook.worksheets;
  if (replace) sheets.getItem(plan.name).delete();
  const ws = sheets.add(plan.name);
  const lastCol = columnLetter(plan.widths.length - 1);
  const all = ws.getRange(`A1:${lastCol}${plan.rows.length}`);
  all.numberFormat = plan.rows.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
  all.values = plan.rows;
  all.format.font.size = 10;
  all.format.wrapText = true;
  all.format.verticalAlignment = 'Top';
  ws.getRange(`A1:${lastCol}1`).format.font.bold = true;
  plan.widths.forEach((w, i) => (ws.getRange(columnRange(i)).format.columnWidth = columnPoints(w)));
  for (const [row, pt] of Object.entries(plan.heights)) ws.getRange(`A${Number(row) + 1}`).format.rowHeight = pt;
  for (const c of plan.hidden) ws.getRange(columnRange(c)).columnHidden = true;
  if (!canSetUpPages()) return;
  const page = ws.pageLayout;
  page.paperSize = plan.print.paper as Excel.PaperType;
  page.orientation = 'Portrait' as Excel.PageOrientation;
  page.zoom = { horizontalFitToPages: plan.print.fitToWidth, verticalFitToPages: 0 };
  page.setPrintTitleRows(`$${plan.print.titleRows.replace(':', ':$')}`);
}

/**
 * A fill in one sync: the cells, and with `sources` the 来源 sheet (replacing the one the workbook has when
 * `sources.replace`), so every value written is traced in the same workbook.
 */
export async function writeFill(writes: CellWrite[], sources?: { plan: SourcesSheetPlan; replace: boolean }): Promise<void> {
  if (!writes.length && !sources) return;
  await Excel.run(async (ctx) => {
    queueCells(ctx, writes);
    if (sources) queueSourcesSheet(ctx, sources.plan, sources.replace);
    await ctx.sync();
  });
}

const MARK_FILL = '#FFC7CE';
const NOTE_PREFIX = '【审核】';

/** Marks failing cells (fill + comment) and unmarks fixed ones. Comments need ExcelApi 1.10; without them only the fill is set. */
export async function markCells(mark: Array<CellRef & { message: string }>, unmark: CellRef[]): Promise<void> {
  const batch = async (withComments: boolean) =>
    Excel.run(async (ctx) => {
      for (const m of mark) {
        const range = ctx.workbook.worksheets.getItem(m.sheet).getRange(cellAddress(m.row, m.col));
        range.format.fill.color = MARK_FILL;
        if (withComments) ctx.workbook.comments.add(range, NOTE_PREFIX + m.message);
      }
      for (const u of unmark) ctx.workbook.worksheets.getItem(u.sheet).getRange(cellAddress(u.row, u.col)).format.fill.clear();
      await ctx.sync();
    });
  try {
    await batch(true);
  } catch {
    await batch(false); // a cell already had a comment, or the host lacks comments
  }
  if (!unmark.length) return;
  // A comment the clerk already deleted makes getItemByCell fail, so each removal is tried on its own.
  for (const u of unmark) {
    await Excel.run(async (ctx) => {
      ctx.workbook.comments.getItemByCell(`'${u.sheet}'!${cellAddress(u.row, u.col)}`).delete();
      await ctx.sync();
    }).catch(() => undefined);
  }
}

/** Shows the cells of a finding: activates their sheet and selects them. */
export async function selectCells(refs: CellRef[]): Promise<void> {
  if (!refs.length) return;
  await Excel.run(async (ctx) => {
    const sheet = refs[0].sheet;
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    const addresses = refs.filter((r) => r.sheet === sheet).map((r) => cellAddress(r.row, r.col));
    if (addresses.length === 1) ws.getRange(addresses[0]).select();
    else ws.getRanges(addresses.join(',')).select();
    await ctx.sync();
  });
}

const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Inserts the standard ZX-01 sheets, in one sync, then sets them up for A4 printing. */
export async function insertStandardSheets(layouts: SheetLayout[]): Promise<void> {
  await Excel.run(async (ctx) => {
    let first: Excel.Worksheet | null = null;
    for (const l of layouts) {
      const ws = ctx.workbook.worksheets.add(l.name);
      first ??= ws;
      const lastCol = cellAddress(0, STANDARD_COLUMNS.length - 1).replace(/\d+$/, '');
      ws.getRange(`A1:${lastCol}${l.values.length}`).values = l.values.map((r) => r.map((v) => v ?? ''));
      for (const m of l.merges) ws.getRange(m).merge(false);
      const title = ws.getRange('A1');
      title.format.font.bold = true;
      title.format.font.size = 16;
      title.format.horizontalAlignment = 'Center';
      l.values[1].forEach((v, c) => {
        if (typeof v === 'string' && /[:：]$/.test(v)) ws.getRange(cellAddress(1, c)).format.horizontalAlignment = 'Right';
      });
      STANDARD_COLUMNS.forEach((c, i) => {
        const col = ws.getRange(columnRange(i));
        col.format.columnWidth = columnPoints(c.width);
        if (c.hidden) col.columnHidden = true; // 代码 stays the locating key, out of sight and out of print
      });
      const lastRow = l.kinds.lastIndexOf('indicator');
      const header = ws.getRange(`A${l.headerRow + 1}:${lastCol}${l.headerRow + 1}`);
      header.format.font.bold = true;
      header.format.fill.color = '#D9E1F2';
      header.format.horizontalAlignment = 'Center';
      header.format.wrapText = true;
      const table = ws.getRange(`A${l.headerRow + 1}:${lastCol}${lastRow + 1}`);
      for (const b of BORDERS) table.format.borders.getItem(b).style = 'Continuous';
      for (const [row, ind] of Object.entries(l.rowIndicator)) {
        const f = KIND_FORMAT[ind.kind];
        ws.getRange(`E${Number(row) + 1}:G${Number(row) + 1}`).numberFormat = [[f, f, CHANGE_FORMAT]];
      }
      ws.freezePanes.freezeRows(l.headerRow + 1);
    }
    first?.activate();
    await ctx.sync();
  });
  await setUpPrinting(layouts);
}

/** A4, one page wide, print area, the table header on every page, page numbers. Needs ExcelApi 1.9; skipped without it. */
async function setUpPrinting(layouts: SheetLayout[]): Promise<void> {
  await Excel.run(async (ctx) => {
    for (const l of layouts) {
      const p = printSetup(l);
      const page = ctx.workbook.worksheets.getItem(l.name).pageLayout;
      page.paperSize = 'A4' as Excel.PaperType;
      page.orientation = (p.orientation === 'portrait' ? 'Portrait' : 'Landscape') as Excel.PageOrientation;
      page.centerHorizontally = true;
      page.leftMargin = MARGINS_IN.left * 72;
      page.rightMargin = MARGINS_IN.right * 72;
      page.topMargin = MARGINS_IN.top * 72;
      page.bottomMargin = MARGINS_IN.bottom * 72;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintArea(p.printArea);
      page.setPrintTitleRows(`$${p.titleRows.replace(':', ':$')}`);
      page.headersFooters.defaultForAllPages.centerFooter = p.footer.replace(/^&C/, '');
    }
    await ctx.sync();
  }).catch(() => undefined); // an older Excel prints with its own defaults; the sheets are in place
}
