import type { Workbook } from 'exceljs';
import type { Indicator } from '../catalogue/schema';
import { editionForPeriod } from '../catalogue/edition';
import type { FormFile, Source } from '../form/form-file';

// The 来源 sheet of a filled workbook: every value traced to where it came from — one row per source (a statement,
// a record counted, an event's own figure), 手工填写 for a value with none, and the unsettled conflicts with each
// candidate. The form's own sheets (and their 说明 column) are not touched. Its header has no 本年 column, so the
// locator never takes it for a ZX-01 table.

export const SOURCES_SHEET = '来源';
export const SOURCES_HEADER = ['代码', '指标', '数值', '取得方式', '页面标题', '发布日期', '网址', '原文'] as const;

function distinct(list: readonly Source[]): number {
  return new Set(list.map((s) => `${s.title ?? ''}|${s.date ?? ''}|${s.url}`)).size;
}

/** How a value was obtained, in the clerk's words. */
export function howText(sources: readonly Source[] | undefined, approx: boolean): string {
  if (!sources || sources.length === 0 || sources.every((s) => s.how === 'typed')) return '手工填写';
  const how = sources[0].how ?? 'statement';
  if (how === 'records') return `据${distinct(sources)}条记录计数`;
  if (how === 'events') return `${distinct(sources.filter((s) => s.how === 'events'))}次活动合计`;
  return approx ? '统计数字（概数）' : '统计数字';
}

/** The rows of the 来源 sheet (header first), in catalogue order. */
export function sourceRows(form: FormFile, catalogue?: readonly Indicator[]): Array<Array<string | number>> {
  const cat = catalogue ?? editionForPeriod(form.period).indicators;
  const order = new Map(cat.map((i, n) => [i.code, n]));
  const label = (code: string) => cat.find((i) => i.code === code)?.label ?? '';
  const rank = (c: string) => order.get(c) ?? Infinity;
  const rows: Array<Array<string | number>> = [[...SOURCES_HEADER]];
  const approx = new Set(form.approx ?? []);
  for (const code of Object.keys(form.values).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const value = form.values[code];
    const list = form.sources?.[code] ?? [];
    const how = howText(list, approx.has(code));
    if (list.length === 0) rows.push([code, label(code), value, how, '', '', '', '']);
    for (const s of list) rows.push([code, label(code), value, how, s.title ?? '', s.date ?? '', s.url, s.quote]);
  }
  for (const c of form.conflicts ?? []) {
    c.candidates.forEach((k, i) => {
      rows.push([c.code, label(c.code), k.value, `待定（未填写）：候选${i + 1}/${c.candidates.length}${k.approx ? '，概数' : ''}`, k.title ?? '', k.date ?? '', k.url ?? '', k.quote]);
    });
  }
  return rows;
}

/** Column widths in characters (exceljs units): narrow enough to print at 100% on A4 portrait (long text wraps). */
export const SOURCES_WIDTHS: readonly number[] = [14, 13, 8, 11, 17, 11, 18, 15];
/** Points per wrapped line of the sheet's 10 pt text. */
export const SOURCES_LINE_PT = 13;

/**
 * Lines the longest cell of a row needs at SOURCES_WIDTHS (CJK counts double; 代码 is hidden and not counted):
 * wrapped cells do not grow their row by themselves, so every writer sets the height from this.
 */
export function sourceRowLines(row: ReadonlyArray<string | number | null | undefined>): number {
  let n = 1;
  for (let c = 1; c < row.length; c++) {
    const wide = [...String(row[c] ?? '')].reduce((a, ch) => a + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1.2), 0);
    n = Math.max(n, Math.ceil(wide / Math.max(SOURCES_WIDTHS[c] - 1, 1)));
  }
  return n;
}

/** Writes (or rewrites) the 来源 sheet into the workbook. */
export function writeSourcesSheet(wb: Workbook, form: FormFile, catalogue?: readonly Indicator[]): void {
  const old = wb.getWorksheet(SOURCES_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SOURCES_SHEET);
  const rows = sourceRows(form, catalogue);
  for (const row of rows) ws.addRow(row);
  SOURCES_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = 2; c <= 8; c++) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    row.font = { size: 10 };
    const lines = sourceRowLines(values);
    if (i > 0 && lines > 1) row.height = SOURCES_LINE_PT * lines;
  });
  ws.getRow(1).font = { size: 10, bold: true };
  ws.getColumn(1).hidden = true; // 代码, as on the form's sheets: kept in the file, not printed
  // Printed like the form: A4 portrait, as wide as the page, the header row on every page.
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}
