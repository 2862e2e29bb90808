import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import type { Indicator } from '../catalogue/schema';
import { SHEETS, type ColumnKey, type SheetId } from './layout';

// Finds the cells of a ZX-01 form in whatever the sheets hold now: each row by its 代码 (or, failing that, its
// 指标名称) and each column by its header. Pure: the add-in passes Excel's used-range values, the xlsx path
// passes exceljs cell values. Coordinates are 0-based and absolute (origin of the used range added).

export interface SheetValues {
  name: string;
  values: unknown[][];
  /** Absolute 0-based position of values[0][0] (Excel's used range need not start at A1). */
  origin?: { row: number; col: number };
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  /** Set when the value shares the caption's cell: write `${inline}${value}`, read the text after the caption. */
  inline?: string;
}

export interface SheetLocation {
  name: string;
  /** Which standard sheet this is, from its 表号 cell or, failing that, from the codes found on it. */
  id: SheetId | null;
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  rows: Record<string, number>;
  unitCell: CellRef | null;
  periodCell: CellRef | null;
}

export interface WorkbookLocation {
  sheets: SheetLocation[];
  /** Per code: its row and the columns its sheet has. */
  cells: Record<string, { sheet: string; row: number; columns: Partial<Record<ColumnKey, number>> }>;
  unitCell: CellRef | null;
  periodCell: CellRef | null;
}

const HEADER_WORDS: Record<ColumnKey, string[]> = {
  seq: ['序号'],
  label: ['指标名称', '指标', '项目'],
  code: ['代码', '指标代码'],
  unit: ['计量单位', '单位'],
  current: ['本年', '本年数', '本年实际', '本期', '本期数'],
  prior: ['上年', '上年数', '上年同期', '上期', '上期数'],
  change: ['增减%', '增减', '增减率', '增减(%)', '比上年增减%', '比上年增减'],
  note: ['说明', '备注'],
};

const CODE_RE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

const NEEDS_NORMALISING = /[\s\u3000（）：％]/;

/** Text of a cell for matching: no spaces, half-width brackets and colon. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  const s = String(v);
  if (!NEEDS_NORMALISING.test(s)) return s; // most cells of a long sheet: nothing to replace
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/％/g, '%');
}

// Normalised once: the header search runs over every cell of a sheet that has no ZX-01 table at all.
let headerIndex: Map<string, ColumnKey> | null = null;

function headerKey(text: string): ColumnKey | null {
  if (!headerIndex) {
    headerIndex = new Map();
    for (const [key, words] of Object.entries(HEADER_WORDS) as [ColumnKey, string[]][]) {
      for (const w of words) if (!headerIndex.has(cellText(w))) headerIndex.set(cellText(w), key);
    }
  }
  return text ? (headerIndex.get(text) ?? null) : null;
}

/** A label as the form prints it, stripped of numbering ("1.", "（一）") and "其中：". */
export function labelKey(text: string): string {
  return cellText(text)
    .replace(/^(\(?[一二三四五六七八九十\d]+[)、.．]|[\d]+\s)/, '')
    .replace(/^其中:/, '');
}

function labelIndex(catalogue: readonly Indicator[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of catalogue) if (!m.has(labelKey(i.label))) m.set(labelKey(i.label), i.code);
  return m;
}

/**
 * The cell that holds the value of a caption such as "填报单位：": the cell right of it, or the caption cell itself
 * when the value is written inline ("填报单位：城中区政协"; then `inline` is the caption to keep).
 */
function captionCell(values: unknown[][], word: string, origin: { row: number; col: number }, sheet: string, above: number): CellRef | null {
  for (let r = 0; r < Math.min(values.length, above); r++) {
    const cells = values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const t = cellText(cells[c]);
      if (!t.startsWith(word)) continue;
      if (t.replace(/:$/, '').length > word.length) return { sheet, row: r + origin.row, col: c + origin.col, inline: `${word}：` };
      return { sheet, row: r + origin.row, col: c + 1 + origin.col };
    }
  }
  return null;
}

/** Forms that head the value columns with years ("2024年" | "2023年"): the later year is 本年, the earlier 上年. */
function yearColumns(cells: unknown[], colOffset: number, found: Partial<Record<ColumnKey, number>>): void {
  if (found.current !== undefined || found.prior !== undefined) return;
  const years = cells
    .map((v, c) => ({ c: c + colOffset, m: /^(\d{4})年?(数)?$/.exec(cellText(v)) }))
    .filter((y): y is { c: number; m: RegExpExecArray } => y.m !== null)
    .map((y) => ({ c: y.c, year: Number(y.m[1]) }));
  if (years.length !== 2 || years[0].year === years[1].year) return;
  const [early, late] = years[0].year < years[1].year ? years : [years[1], years[0]];
  found.current = late.c;
  found.prior = early.c;
}

export function locateSheet(sheet: SheetValues, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): SheetLocation | null {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const values = sheet.values;
  let headerRow = -1;
  let columns: Partial<Record<ColumnKey, number>> = {};
  for (let r = 0; r < values.length && headerRow < 0; r++) {
    const found: Partial<Record<ColumnKey, number>> = {};
    (values[r] ?? []).forEach((v, c) => {
      const key = headerKey(cellText(v));
      if (key && found[key] === undefined) found[key] = c + origin.col;
    });
    yearColumns(values[r] ?? [], origin.col, found);
    if ((found.current !== undefined || found.prior !== undefined) && (found.code !== undefined || found.label !== undefined)) {
      headerRow = r;
      columns = found;
    }
  }
  if (headerRow < 0) return null;
  const labels = labelIndex(catalogue);
  const known = new Set(catalogue.map((i) => i.code));
  const rows: Record<string, number> = {};
  // One pass over the rows below the header, constant work per row (rows with no cells skipped outright), so a
  // template with 100,000 rows of detail or one stray cell at row 200,000 costs what it holds, not more.
  const codeCol = columns.code === undefined ? -1 : columns.code - origin.col;
  const labelCol = columns.label === undefined ? -1 : columns.label - origin.col;
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r];
    if (!cells || cells.length === 0) continue;
    const code = codeCol < 0 ? '' : cellText(cells[codeCol]);
    const label = labelCol < 0 ? '' : cellText(cells[labelCol]);
    if (!code && !label) continue;
    let found: string | undefined;
    if (code && CODE_RE.test(code)) found = code;
    else if (label) found = labels.get(labelKey(label)); // no code, or a local numbering such as 101
    if (found && rows[found] === undefined && (known.has(found) || CODE_RE.test(found))) rows[found] = r + origin.row;
  }
  const formCodeText = values.slice(0, headerRow).flat().map(cellText).find((t) => /ZX-01-[123]/.test(t));
  let id: SheetId | null = SHEETS.find((s) => formCodeText?.includes(s.formCode))?.id ?? null;
  if (!id) {
    const counts = new Map<SheetId, number>();
    for (const code of Object.keys(rows)) {
      const s = catalogue.find((i) => i.code === code)?.sheet;
      if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    id = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  return {
    name: sheet.name,
    id,
    headerRow: headerRow + origin.row,
    columns,
    rows,
    unitCell: captionCell(values, '填报单位', origin, sheet.name, headerRow),
    periodCell: captionCell(values, '报告期', origin, sheet.name, headerRow),
  };
}

/** All ZX-01 sheets of a workbook; a code found on two sheets keeps its first place. */
export function locateWorkbook(sheets: SheetValues[], catalogue: readonly Indicator[] = STANDARD_CATALOGUE): WorkbookLocation {
  const located = sheets.map((s) => locateSheet(s, catalogue)).filter((s): s is SheetLocation => s !== null);
  const cells: WorkbookLocation['cells'] = {};
  for (const s of located) {
    for (const [code, row] of Object.entries(s.rows)) if (!cells[code]) cells[code] = { sheet: s.name, row, columns: s.columns };
  }
  return {
    sheets: located,
    cells,
    unitCell: located.find((s) => s.unitCell)?.unitCell ?? null,
    periodCell: located.find((s) => s.periodCell)?.periodCell ?? null,
  };
}
