import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import type { Indicator } from '../catalogue/schema';

// The standard ZX-01 workbook as plain data: which sheets, which rows, which cells hold what.
// Both the Excel add-in ("新建报表") and the .xlsx writer draw the blank form from this one description.

export type SheetId = '表1' | '表2' | '表3';
export type ColumnKey = 'seq' | 'label' | 'code' | 'unit' | 'current' | 'prior' | 'change' | 'note';
export type CellValue = string | number | null;

/**
 * Column order of the standard table; drifted forms may reorder or drop some of them. Widths are Excel character
 * widths chosen so the table fits A4 portrait at 100% with 11 pt text. 代码 is the locating key: it stays in the
 * sheet (hidden, so neither the screen nor the printout shows internal codes like mtg.standing_topical).
 */
export const STANDARD_COLUMNS: ReadonlyArray<{ key: ColumnKey; header: string; width: number; hidden?: true }> = [
  { key: 'seq', header: '序号', width: 5 },
  { key: 'label', header: '指标名称', width: 31 },
  { key: 'code', header: '代码', width: 22, hidden: true },
  { key: 'unit', header: '计量单位', width: 6 },
  { key: 'current', header: '本年', width: 10 },
  { key: 'prior', header: '上年', width: 10 },
  { key: 'change', header: '增减%', width: 8 },
  { key: 'note', header: '说明', width: 22 },
];

export const SHEETS: ReadonlyArray<{ id: SheetId; name: string; title: string; formCode: string }> = [
  { id: '表1', name: '表1 履职工作', title: '政协履职工作情况', formCode: 'ZX-01-1' },
  { id: '表2', name: '表2 提案', title: '提案工作情况', formCode: 'ZX-01-2' },
  { id: '表3', name: '表3 社情民意', title: '反映社情民意信息工作情况', formCode: 'ZX-01-3' },
];

export const FORM_TITLE = '政协工作年度统计报表';
export const UNIT_NOTE = '计量单位：各行见“计量单位”栏，比率单位为%';
export const FOOTER_LABELS = ['单位负责人：', '填报人：', '联系电话：', '填报日期：'] as const;

export type RowKind = 'title' | 'header-block' | 'unit-note' | 'table-header' | 'section' | 'indicator' | 'blank' | 'footer';

export interface SheetLayout {
  id: SheetId;
  name: string;
  title: string;
  formCode: string;
  /** Row-major values, 8 columns wide, starting at A1. */
  values: CellValue[][];
  kinds: RowKind[];
  /** Merged ranges in A1 notation. */
  merges: string[];
  /** 0-based row of the table header. */
  headerRow: number;
  /** 0-based row of each indicator. */
  codeRows: Record<string, number>;
  /** Indicator kind per 0-based row, for number formats. */
  rowIndicator: Record<number, Indicator>;
  /** Where the header block keeps the unit and the period (0-based). */
  unitCell: { row: number; col: number };
  periodCell: { row: number; col: number };
}

const WIDTH = STANDARD_COLUMNS.length;

function row(...cells: CellValue[]): CellValue[] {
  return Array.from({ length: WIDTH }, (_, i) => cells[i] ?? null);
}

/** The standard sheets, built from a catalogue (local indicators included when the catalogue has them). */
export function standardLayout(opts: { unit?: string; period?: string; catalogue?: readonly Indicator[] } = {}): SheetLayout[] {
  const catalogue = opts.catalogue ?? STANDARD_CATALOGUE;
  return SHEETS.map((s) => {
    const values: CellValue[][] = [];
    const kinds: RowKind[] = [];
    const push = (kind: RowKind, cells: CellValue[]) => {
      values.push(cells);
      kinds.push(kind);
      return values.length - 1;
    };
    push('title', row(`${FORM_TITLE}　${s.title}`));
    // The unit's cell C2 is merged over D2:E2, so it shows although column C (代码) is hidden.
    push('header-block', row(null, '填报单位：', opts.unit ?? null, null, null, '报告期：', opts.period ?? null, `表号：${s.formCode}`));
    push('unit-note', row(UNIT_NOTE));
    const headerRow = push('table-header', STANDARD_COLUMNS.map((c) => c.header));
    const indicators = catalogue.filter((i) => i.sheet === s.id);
    const sections = [...new Set(indicators.map((i) => i.section))];
    const codeRows: Record<string, number> = {};
    const rowIndicator: Record<number, Indicator> = {};
    const merges = ['A1:H1', 'C2:E2', 'A3:H3'];
    let seq = 0;
    for (const section of sections) {
      if (sections.length > 1) {
        const r = push('section', row(null, section));
        merges.push(`B${r + 1}:H${r + 1}`);
      }
      for (const ind of indicators.filter((i) => i.section === section)) {
        const r = push('indicator', row(++seq, ind.label, ind.code, ind.unit));
        codeRows[ind.code] = r;
        rowIndicator[r] = ind;
      }
    }
    push('blank', row());
    push('footer', row(null, FOOTER_LABELS[0], null, FOOTER_LABELS[1], null, FOOTER_LABELS[2], null, FOOTER_LABELS[3]));
    return {
      ...s,
      values,
      kinds,
      merges,
      headerRow,
      codeRows,
      rowIndicator,
      unitCell: { row: 1, col: 2 },
      periodCell: { row: 1, col: 6 },
    };
  });
}

/** 0-based column index → Excel letters (0 → A, 27 → AB). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row/col → "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
