import { wellFormed } from './xml-check';

// The cells of a worksheet part (xl/worksheets/sheetN.xml) read straight from its XML in one linear scan, and
// cell writes spliced into that XML, leaving every other byte of the part as it was. Values come out as
// exceljs gives them (numbers, strings, booleans, { formula, result }, { error }), so locating reads both alike.

export interface XmlCell {
  col: number; // 0-based
  start: number;
  end: number;
  attrs: string;
  /** The cell holds a formula (overwriting it is left to exceljs, which also fixes the calculation chain). */
  formula: boolean;
}

export interface XmlRow {
  row: number; // 0-based
  start: number;
  /** End of the `<row …>` open tag (or of the whole self-closed row). */
  openEnd: number;
  end: number;
  selfClosed: boolean;
  cells: XmlCell[];
}

export interface ParsedSheet {
  xml: string;
  rows: XmlRow[];
  values: unknown[][];
  /** Just after `<sheetData>` (-1 for `<sheetData/>`). */
  dataStart: number;
  /** Where rows are inserted when the sheet has none past a written row: before `</sheetData>`. */
  dataEnd: number;
  /** `<sheetData/>`: the self-closed element's span, replaced by a full one when a row is added. */
  emptyData: { start: number; end: number } | null;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  /** `<col>` ranges (0-based, inclusive): width in characters and the style of cells the file does not store. */
  cols: Array<{ min: number; max: number; width?: number; style?: string }>;
  /** Rows by 0-based index (built on first use). */
  rowIndex?: Map<number, XmlRow>;
}

const PLAIN_VALUE = /^<v>[^<&]*<\/v>$/;
const CELL_PART = /<(v|f|is|extLst)(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1>)/g;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const TEXT_BAD = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const PLAIN_CELL = /^ r="([A-Z]{1,3}\d{1,7})"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?\s*$/;
const TAG_ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** The r, s and t of a row or cell tag; null when its attributes are not well formed or one is given twice. */
function tagAttrs(attrs: string): { r?: string; s?: string; t?: string } | null {
  // The cells Excel and exceljs write: r, then s, then t, plain values (most cells of a long sheet).
  const plain = PLAIN_CELL.exec(attrs);
  if (plain) return { r: plain[1], s: plain[2], t: plain[3] };
  const out: { r?: string; s?: string; t?: string } = {};
  const seen: string[] = [];
  TAG_ATTR.lastIndex = 0;
  let at = 0;
  for (let m = TAG_ATTR.exec(attrs); m; m = TAG_ATTR.exec(attrs)) {
    const name = m[1];
    if (seen.includes(name)) return null;
    seen.push(name);
    let value = m[2] ?? m[3];
    if (value.includes('&')) {
      if (TEXT_BAD.test(value)) return null;
      value = unescapeXml(value);
    }
    if (name === 'r' || name === 's' || name === 't') out[name] = value;
    at = TAG_ATTR.lastIndex;
  }
  return attrs.slice(at).trim() === '' ? out : null;
}

const CELL_TYPES = new Set(['b', 'd', 'e', 'inlineStr', 'n', 's', 'str']);

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
      if (e[0] !== '#') return ENTITY[e];
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n <= 0x10ffff ? String.fromCodePoint(n) : '';
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const ATTR_RE = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic runs (`<rPh>`) left out. */
export function runText(inner: string): string {
  const plain = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(m[1] ? runText(m[1]) : '');
  return out;
}

/** 0-based column of a cell reference's letters ("AB12" → 27), or -1. */
export function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  return i === 0 ? -1 : c - 1;
}

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const [l, t, r, b] = [columnOf(m[1]), Number(m[2]) - 1, columnOf(m[3] ?? m[1]), Number(m[4] ?? m[2]) - 1];
  return { top: Math.min(t, b), left: Math.min(l, r), bottom: Math.max(t, b), right: Math.max(l, r) };
}

const INVALID = Symbol('invalid');

interface CellContent {
  v?: string;
  f?: string;
  is?: string;
}

/** What a cell holds: its <v>, <f> and <is> (each at most once, nothing else but extensions); null for anything else. */
function cellContent(inner: string): CellContent | null {
  if (inner === '') return {};
  if (PLAIN_VALUE.test(inner)) return { v: inner.slice(3, -4) };
  const out: CellContent = {};
  const rest = inner.replace(CELL_PART, (part, name: string, body: string | undefined) => {
    if (name === 'v') out.v = out.v === undefined && body !== undefined && !body.includes('<') ? body : '\u0000';
    else if (name === 'f') out.f = out.f === undefined && (body === undefined || !body.includes('<')) ? (body ?? '') : '\u0000';
    else if (name === 'is') out.is = out.is === undefined && wellFormed(part) ? (body ?? '') : '\u0000';
    else if (!wellFormed(part)) out.v = '\u0000';
    return '';
  });
  if (rest.trim() !== '' || out.v === '\u0000' || out.f === '\u0000' || out.is === '\u0000') return null;
  for (const t of [out.v, out.f]) if (t !== undefined && t.includes('&') && TEXT_BAD.test(t)) return null;
  return out;
}

function cellValue(t: string | undefined, content: CellContent, strings: string[]): unknown {
  const v = content.v;
  let value: unknown;
  if (t === 'inlineStr') value = runText(content.is ?? '');
  else if (v === undefined) value = null;
  else if (t === 's') {
    // A shared string the part does not have: exceljs decides what such a file is.
    if (!/^\s*\d+\s*$/.test(v) || Number(v) >= strings.length) return INVALID;
    value = strings[Number(v)];
  } else if (t === 'str' || t === 'd') value = unescapeXml(v);
  else if (t === 'b') value = v === '1';
  else if (t === 'e') value = { error: unescapeXml(v) };
  else value = v.trim() === '' ? null : Number(v);
  if (content.f !== undefined) return { formula: unescapeXml(content.f), result: value ?? undefined };
  return value;
}

/**
 * The cells of a row from `openEnd` (just after its open tag) to its `</row>` (returned as `end`), with their
 * values; `cells` collects where each cell is (only for the rows a fill writes: a long sheet's other cells need no
 * object each). null for anything this strict scan does not accept.
 */
function scanCells(xml: string, openEnd: number, dataEnd: number, strings: string[], cells: XmlCell[] | null, locateOnly = false): { end: number; values: unknown[] } | null {
  const cellRe = /<c\b([^>]*?)(\/?)>/y;
  const values: unknown[] = [];
  let lastCol = -1;
  let q = openEnd;
  for (;;) {
    while (q < dataEnd && WS.has(xml.charCodeAt(q))) q++;
    if (xml.startsWith('</row>', q)) return { end: q, values };
    cellRe.lastIndex = q;
    const c = cellRe.exec(xml);
    const a = c ? tagAttrs(c[1]) : null;
    if (!c || !a) return null;
    const ref = a.r;
    const col = ref === undefined ? lastCol + 1 : columnOf(ref);
    if (col < 0 || col <= lastCol || col >= 16_384 || (ref !== undefined && !/^[A-Z]+\d+$/.test(ref))) return null;
    // A style that is not an index, or a type Excel does not know: exceljs refuses the file with a message.
    if ((a.s !== undefined && !/^\d+$/.test(a.s)) || (a.t !== undefined && !CELL_TYPES.has(a.t))) return null;
    lastCol = col;
    let inner = '';
    let end = c.index + c[0].length;
    if (c[2] !== '/') {
      const close = xml.indexOf('</c>', end);
      if (close < 0 || close > dataEnd) return null;
      inner = xml.slice(end, close);
      end = close + 4;
    }
    const content = cellContent(inner);
    if (!content) return null;
    const value = locateOnly ? null : cellValue(a.t, content, strings);
    if (value === INVALID) return null;
    cells?.push({ col, start: c.index, end, attrs: c[1], formula: content.f !== undefined });
    while (values.length < col) values.push(null);
    values.push(value);
    q = end;
  }
}

/** Rows, cells and values of a worksheet part; null when the part has no `<sheetData>` this reader understands. */
export function parseSheet(xml: string, strings: string[]): ParsedSheet | null {
  const open = /<sheetData(?:\s[^>]*)?(\/?)>/.exec(xml);
  if (!open) return null;
  const rows: XmlRow[] = [];
  const values: unknown[][] = [];
  const merges: ParsedSheet['merges'] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*?ref\s*=\s*"([^"]+)"/g)) {
    const r = parseRange(m[1]);
    if (r) merges.push(r);
  }
  const cols = parseCols(xml.slice(0, open.index));
  if (open[1] === '/') return { xml, rows, values, dataStart: -1, dataEnd: -1, emptyData: { start: open.index, end: open.index + open[0].length }, merges, cols };
  const dataStart = open.index + open[0].length;
  const dataEnd = xml.indexOf('</sheetData>', dataStart);
  if (dataEnd < 0) return null;
  // One strict scan: <sheetData> holds rows and whitespace, a row holds cells, a cell its value, formula or inline
  // text. Anything else (damage, or markup this reader does not know) gives null, and exceljs reads the part.
  const rowRe = /<row\b([^>]*?)(\/?)>/y;
  const skip = (at: number) => {
    while (at < dataEnd && WS.has(xml.charCodeAt(at))) at++;
    return at;
  };
  let lastRow = -1;
  for (let p = skip(dataStart); p < dataEnd; p = skip(p)) {
    rowRe.lastIndex = p;
    const m = rowRe.exec(xml);
    const rowAttrs = m ? tagAttrs(m[1]) : null;
    if (!m || !rowAttrs) return null;
    const rAttr = rowAttrs.r;
    const row = rAttr === undefined ? lastRow + 1 : Number(rAttr) - 1;
    if (!Number.isInteger(row) || row < 0 || row <= lastRow || row >= 1_048_576) return null;
    lastRow = row;
    const openEnd = m.index + m[0].length;
    if (m[2] === '/') {
      rows.push({ row, start: m.index, openEnd, end: openEnd, selfClosed: true, cells: [] });
      p = openEnd;
      continue;
    }
    const scanned = scanCells(xml, openEnd, dataEnd, strings, null);
    if (!scanned) return null;
    rows.push({ row, start: m.index, openEnd, end: scanned.end + 6, selfClosed: false, cells: [] });
    if (scanned.values.length) values[row] = scanned.values;
    p = scanned.end + 6;
  }
  // Merged cells count once, at their master cell (as exceljs gives them).
  for (const g of merges) {
    for (let r = g.top; r <= Math.min(g.bottom, values.length - 1); r++) {
      const cells = values[r];
      if (!cells) continue;
      for (let c = g.left; c <= Math.min(g.right, cells.length - 1); c++) if (r !== g.top || c !== g.left) cells[c] = null;
    }
  }
  return { xml, rows, values, dataStart, dataEnd, emptyData: null, merges, cols };
}

/** The part without its cells: everything else a reader checks (columns, merges, print settings…), small. */
export function sheetSkeleton(sheet: ParsedSheet): string {
  return sheet.emptyData ? sheet.xml : sheet.xml.slice(0, sheet.dataStart) + sheet.xml.slice(sheet.dataEnd);
}

/** The `<col>` ranges of a worksheet's head (everything before `<sheetData>`). */
function parseCols(head: string): ParsedSheet['cols'] {
  const out: ParsedSheet['cols'] = [];
  for (const m of head.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const min = Number(attr(m[1], 'min'));
    const max = Number(attr(m[1], 'max'));
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) continue;
    const width = Number(attr(m[1], 'width'));
    out.push({ min: min - 1, max: max - 1, width: Number.isFinite(width) && attr(m[1], 'width') !== undefined ? width : undefined, style: attr(m[1], 'style') });
  }
  return out;
}

const colAt = (sheet: ParsedSheet, col: number) => sheet.cols.find((c) => col >= c.min && col <= c.max);

/** A column's width in characters as the file sets it (undefined: the sheet's default). */
export function columnWidth(sheet: ParsedSheet, col: number): number | undefined {
  return colAt(sheet, col)?.width;
}

/** A row, with its cells located (scanned again on first use; parseSheet keeps only values). */
function rowOf(sheet: ParsedSheet, row: number): XmlRow | undefined {
  sheet.rowIndex ??= new Map(sheet.rows.map((r) => [r.row, r]));
  const r = sheet.rowIndex.get(row);
  if (r && !r.selfClosed && !r.cells.length && r.end - r.openEnd > 6) scanCells(sheet.xml, r.openEnd, r.end, [], r.cells, true);
  return r;
}

/** A row's height (pt) as the file sets it (undefined: the default). */
export function rowHeight(sheet: ParsedSheet, row: number): number | undefined {
  const r = rowOf(sheet, row);
  const ht = r ? Number(attr(xmlOpenTag(sheet.xml, r), 'ht')) : NaN;
  return Number.isFinite(ht) ? ht : undefined;
}

/**
 * The style index (`s`, '' for none) a cell shows: its own when the file stores it, else its row's when the row is
 * formatted (customFormat), else its column's, as Excel formats a cell typed into an empty one.
 */
export function cellStyle(sheet: ParsedSheet, row: number, col: number): string {
  const r = rowOf(sheet, row);
  const cell = r?.cells.find((c) => c.col === col);
  if (cell) return attr(cell.attrs, 's') ?? '';
  if (r) {
    const tag = xmlOpenTag(sheet.xml, r);
    const s = attr(tag, 's');
    if (s !== undefined && attr(tag, 'customFormat') === '1') return s;
  }
  return colAt(sheet, col)?.style ?? '';
}

/** An open tag with attribute `name` set to `value` (replaced, or added before the tag's end). */
function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** A cell write; `style` (an `s` index) overrides the style the cell shows now (cellStyle). */
export type XmlWrite = { row: number; col: number; value: string | number | null; style?: string };

function cellXml(row: number, col: number, style: string, value: string | number | null): string {
  const r = `${columnName(col)}${row + 1}`;
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return `<c r="${r}"${s}/>`;
  if (typeof value === 'number') return `<c r="${r}"${s}><v>${value}</v></c>`;
  return `<c r="${r}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/**
 * The part's XML with the writes applied and rows given new heights (pt), or null when a write needs what this
 * path does not do (overwriting a formula, or a merged cell other than its master): the caller then fills through
 * exceljs.
 */
export function patchSheet(sheet: ParsedSheet, writes: XmlWrite[], heights: ReadonlyMap<number, number> = new Map()): string | null {
  const inMerge = (r: number, c: number) => sheet.merges.some((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right && (r !== g.top || c !== g.left));
  const byRow = new Map<number, Map<number, XmlWrite>>();
  for (const w of writes) {
    if (inMerge(w.row, w.col)) return null;
    if (!byRow.has(w.row)) byRow.set(w.row, new Map());
    byRow.get(w.row)!.set(w.col, w);
  }
  // Splices as [start, end, text], applied in one pass in position order.
  const splices: Array<[number, number, string]> = [];
  const newRows: Array<[number, string]> = [];
  for (const [row, cols] of byRow) {
    const sorted = [...cols.values()].sort((a, b) => a.col - b.col);
    const style = (w: XmlWrite) => w.style ?? cellStyle(sheet, row, w.col);
    const height = heights.get(row);
    const existing = rowOf(sheet, row);
    if (!existing) {
      const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
      newRows.push([row, `<row r="${row + 1}"${ht}>${sorted.map((w) => cellXml(row, w.col, style(w), w.value)).join('')}</row>`]);
      continue;
    }
    const cellAt = new Map(existing.cells.map((c) => [c.col, c]));
    const inserts: XmlWrite[] = [];
    for (const w of sorted) {
      const cell = cellAt.get(w.col);
      if (cell) {
        if (cell.formula) return null;
        splices.push([cell.start, cell.end, cellXml(row, w.col, style(w), w.value)]);
      } else inserts.push(w);
    }
    // New cells go before the first cell to their right.
    for (const w of inserts) {
      const next = existing.cells.find((c) => c.col > w.col);
      const at = next ? next.start : existing.selfClosed ? existing.end : existing.end - '</row>'.length;
      splices.push([at, at, cellXml(row, w.col, style(w), w.value)]);
    }
    const open = xmlOpenTag(sheet.xml, existing);
    let tag = open;
    if (height !== undefined) tag = setAttr(setAttr(tag, 'ht', String(height)), 'customHeight', '1');
    // The spans hint would no longer cover a cell added outside it.
    if (inserts.length) tag = tag.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, '');
    if (existing.selfClosed && inserts.length) tag = tag.replace(/\s*\/>$/, '>'); // <row r="5"/> → <row r="5"> … </row>
    if (tag !== open) splices.push([existing.start, existing.openEnd, tag]);
    if (existing.selfClosed && inserts.length) splices.push([existing.end, existing.end, '</row>']);
  }
  newRows.sort((a, b) => a[0] - b[0]);
  for (const [row, text] of newRows) {
    const next = sheet.rows.find((r) => r.row > row);
    if (next) splices.push([next.start, next.start, text]);
    else if (sheet.emptyData) splices.push([sheet.emptyData.end, sheet.emptyData.end, text]);
    else splices.push([sheet.dataEnd, sheet.dataEnd, text]);
  }
  if (sheet.emptyData && newRows.length) {
    splices.push([sheet.emptyData.start, sheet.emptyData.end, sheet.xml.slice(sheet.emptyData.start, sheet.emptyData.end).replace(/\s*\/>$/, '>')]);
    splices.push([sheet.emptyData.end, sheet.emptyData.end, '</sheetData>']);
  }
  // One pass in position order (linear in the part, whatever the number of writes). At one position, a
  // replacement that ends there comes first, then insertions in the order pushed, then a replacement starting there.
  const order = splices.map((sp, i) => ({ sp, i })).sort((a, b) => a.sp[0] - b.sp[0] || Number(a.sp[1] > a.sp[0]) - Number(b.sp[1] > b.sp[0]) || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const { sp } of order) {
    if (sp[0] < at) return null; // overlapping edits: leave it to exceljs
    parts.push(sheet.xml.slice(at, sp[0]), sp[2]);
    at = sp[1];
  }
  parts.push(sheet.xml.slice(at));
  return parts.join('');
}

function xmlOpenTag(xml: string, row: XmlRow): string {
  return xml.slice(row.start, row.openEnd);
}
