import type { FormFile } from '../form/form-file';
import { SOURCES_LINE_PT, SOURCES_WIDTHS, sourceRowLines, sourceRows } from './sources-sheet';
import { columnName, escapeXml } from './sheet-xml';
import type { SharedStrings } from './sst-xml';
import type { StyleBook } from './styles-xml';

// The 来源 sheet (shared/xlsx/sources-sheet.ts says what it holds) as a worksheet part, for the XML fill path. It
// is laid out as writeSourcesSheet lays it out with exceljs — same rows, column widths, 10 pt text wrapping at the
// top of its cell, bold header, rows as tall as their longest cell, 代码 hidden, A4 portrait one page wide with the
// header on every page — and tests/xlsx/fill-paths.test.ts reads both back to hold them together.


function cell(ref: string, style: number, v: string | number, strings: SharedStrings | null): string {
  if (typeof v === 'number') return `<c r="${ref}" s="${style}"><v>${v}</v></c>`;
  // Text goes to the shared strings, as exceljs writes it (an empty text stays an empty text, not a blank cell).
  if (strings) return `<c r="${ref}" s="${style}" t="s"><v>${strings.index(v)}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

/**
 * The 来源 worksheet's XML in namespace `ns`; its fonts and cell formats are added to `styles`, its text to
 * `strings` (inline when the template has no shared-strings part).
 */
export function sourcesSheetXml(form: FormFile, styles: StyleBook, strings: SharedStrings | null, ns: string): string {
  const body = styles.addFont('<font><sz val="10"/></font>');
  const bold = styles.addFont('<font><b/><sz val="10"/></font>');
  const wrap = '<alignment vertical="top" wrapText="1"/>';
  const xf = (font: number, aligned: boolean) =>
    styles.addCellFormat(
      aligned
        ? `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0"${font ? ' applyFont="1"' : ''} applyAlignment="1">${wrap}</xf>`
        : `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    );
  const column = xf(0, true);
  const [bodyCode, bodyText, headCode, headText] = [xf(body, false), xf(body, true), xf(bold, false), xf(bold, true)];
  const rows = sourceRows(form);
  const cols = SOURCES_WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${i === 0 ? ' hidden="1"' : ` style="${column}"`} customWidth="1"/>`).join('');
  const data = rows
    .map((row, r) => {
      const n = r + 1;
      const [code, text] = r === 0 ? [headCode, headText] : [bodyCode, bodyText];
      const tall = sourceRowLines(row);
      const ht = r > 0 && tall > 1 ? ` ht="${SOURCES_LINE_PT * tall}" customHeight="1"` : '';
      return `<row r="${n}" s="${code}" customFormat="1"${ht}>${row.map((v, c) => cell(`${columnName(c)}${n}`, c === 0 ? code : text, v, strings)).join('')}</row>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${escapeXml(ns)}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${columnName(SOURCES_WIDTHS.length - 1)}${rows.length}"/>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${data}</sheetData>` +
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>'
  );
}
