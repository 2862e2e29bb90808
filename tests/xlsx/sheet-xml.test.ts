import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSheet, patchSheet, sharedStrings } from '../../shared/xlsx/sheet-xml';
import { wellFormed } from '../../shared/xlsx/xml-check';
import { fillTemplateXml } from '../../shared/xlsx/fill-xml';
import { checkArchive } from '../../shared/xlsx/zip-guard';
import { blankWorkbook, fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';
import { locateWorkbook } from '../../shared/form/locate';
import { readBack } from '../../shared/form/fill-plan';
import { entriesOf, writeZip, crc32 } from './zip-bombs';
import { deflateSync, strToU8 } from 'fflate';

// The fast fill path: worksheet XML read and patched in place. Values read as exceljs reads them; edits land
// in row and column order in whatever shape the part has (missing rows, self-closed rows, missing cells).

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (data: string, tail = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${data}${tail}</worksheet>`;

describe('parseSheet', () => {
  it('reads shared, inline, numeric, boolean, error and formula cells, rows and cells without r, and merges', () => {
    const sst = sharedStrings(`<sst ${NS}><si><t>代码</t></si><si><r><t>本</t></r><r><t>年</t></r><rPh><t>ほん</t></rPh></si><si><t>a&amp;b</t></si></sst>`);
    expect(sst).toEqual(['代码', '本年', 'a&b']);
    const p = parseSheet(
      sheet(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c t="inlineStr"><is><t>x_x000D_y</t></is></c></row>' +
          '<row><c r="B2"><v>97</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><f>B2*2</f><v>194</v></c></row>' +
          '<row r="5" spans="1:3"/></sheetData>',
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      ),
      sst,
    )!;
    expect(p.values[0]).toEqual(['代码', null, 'x\ry']);
    expect(p.values[1]).toEqual([null, 97, true, { error: '#N/A' }, { formula: 'B2*2', result: 194 }]);
    expect(p.rows.map((r) => r.row)).toEqual([0, 1, 4]);
  });

  it('refuses (null) rows out of order, so exceljs takes over', () => {
    expect(parseSheet(sheet('<sheetData><row r="3"/><row r="2"/></sheetData>'), [])).toBeNull();
  });
});

describe('patchSheet', () => {
  const base = sheet('<sheetData><row r="2" spans="1:2"><c r="A2" s="3"><v>1</v></c><c r="C2" s="4" t="s"><v>0</v></c></row><row r="4"/><row r="9"><c r="A9"/></row></sheetData>');
  it('replaces, inserts cells in column order, fills self-closed and missing rows, keeps styles', () => {
    const p = parseSheet(base, ['旧'])!;
    const xml = patchSheet(p, [
      { row: 1, col: 2, value: '新' },
      { row: 1, col: 1, value: 5 },
      { row: 1, col: 4, value: 6 },
      { row: 3, col: 0, value: 7 },
      { row: 5, col: 1, value: 8 },
      { row: 20, col: 0, value: 'x<&>"' },
      { row: 0, col: 0, value: 'top' },
      { row: 8, col: 0, value: null },
    ])!;
    expect(wellFormed(xml)).toBe(true);
    const back = parseSheet(xml, [])!;
    expect(back.rows.map((r) => r.row)).toEqual([0, 1, 3, 5, 8, 20]);
    expect(back.values[1]).toEqual([1, 5, '新', null, 6]);
    expect(back.values[3]).toEqual([7]);
    expect(back.values[5]).toEqual([null, 8]);
    expect(back.values[20]).toEqual(['x<&>"']);
    expect(back.values[0]).toEqual(['top']);
    expect(xml).toContain('<c r="C2" s="4" t="inlineStr">');
    expect(xml).not.toContain('spans="1:2"');
  });

  it('fills an empty <sheetData/>', () => {
    const xml = patchSheet(parseSheet(sheet('<sheetData/>'), [])!, [{ row: 2, col: 1, value: 3 }])!;
    expect(wellFormed(xml)).toBe(true);
    expect(parseSheet(xml, [])!.values[2]).toEqual([null, 3]);
  });

  it('leaves a formula cell or a merged non-master cell to exceljs (null)', () => {
    const p = parseSheet(sheet('<sheetData><row r="1"><c r="A1"><f>1+1</f></c></row></sheetData>', '<mergeCells><mergeCell ref="B1:C1"/></mergeCells>'), [])!;
    expect(patchSheet(p, [{ row: 0, col: 0, value: 1 }])).toBeNull();
    expect(patchSheet(p, [{ row: 0, col: 2, value: 1 }])).toBeNull();
  });
});

describe('fillTemplateXml', () => {
  const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97 }, prior: { 'pro.accepted': 90 }, notes: { 'pro.accepted': '含并案' } };

  it('fills the standard template without exceljs: edited sheets and the 来源 sheet, other parts copied byte for byte', async () => {
    const template = await blankWorkbook();
    const out = fillTemplateXml(form, template, checkArchive(template))!;
    expect(out).not.toBeNull();
    const a = unzipSync(template);
    const b = unzipSync(out.bytes);
    expect(Object.keys(b).sort()).toEqual([...Object.keys(a), 'xl/worksheets/sheet4.xml'].sort());
    // The 来源 sheet's entry in the package, its strings and styles: what it needs is added, nothing else changes.
    const edited = ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet4.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];
    for (const name of Object.keys(a)) if (!edited.includes(name) && !/sheet[13]\.xml$/.test(name)) expect(b[name]).toEqual(a[name]);
    const text = (f: Record<string, Uint8Array>, n: string) => new TextDecoder().decode(f[n]);
    for (const name of ['xl/styles.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const [before, after] = [text(a, name), text(b, name)];
      expect(wellFormed(after)).toBe(true);
      // Appended to, not rewritten: the old content's pieces are all still there in order.
      const head = before.slice(0, before.search(/<\/(cellXfs|sst|sheets|Relationships|Types)>/));
      expect(after.replace(/ (count|uniqueCount)="\d+"/g, '').startsWith(head.replace(/ (count|uniqueCount)="\d+"/g, '').slice(0, 200))).toBe(true);
    }
    const values = await readWorkbookValues(out.bytes);
    const back = readBack(locateWorkbook(values), values).form;
    expect({ ...back.values }).toEqual(form.values);
    expect({ ...back.notes }).toEqual(form.notes);
    expect(back.unit).toBe('城中区政协');
    // exceljs (and so Excel's reader) opens it, styles intact.
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes.buffer.slice(out.bytes.byteOffset, out.bytes.byteOffset + out.bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('表2 提案')!;
    let row = 0;
    ws.eachRow((r, n) => (r.getCell(3).value === 'pro.accepted' ? (row = n) : undefined));
    expect(ws.getCell(row, 5).value).toBe(97);
    expect(ws.getCell(row, 5).border.top?.style).toBe('thin');
  });

  it('falls back to exceljs when a value cell holds a formula, and still fills', async () => {
    const template = await blankWorkbook();
    const parts = entriesOf(template);
    const files = unzipSync(template);
    const name = 'xl/worksheets/sheet2.xml';
    // Put a formula into every 本年 cell of sheet 2.
    const xml = new TextDecoder().decode(files[name]).replace(/<c r="(E\d+)"( s="\d+")?\/>/g, '<c r="$1"$2><f>1+1</f><v>2</v></c>');
    const raw = strToU8(xml);
    const swapped = writeZip(parts.map((p) => (p.name === name ? { name, data: deflateSync(raw), method: 8 as const, size: raw.length, crc: crc32(raw) } : p)));
    expect(fillTemplateXml(form, swapped, checkArchive(swapped))).toBeNull();
    const filled = await fillWorkbook(form, swapped);
    const values = await readWorkbookValues(filled.bytes);
    // The written cell holds the value; the other formula cells keep theirs.
    const back = readBack(locateWorkbook(values), values).form.values;
    expect(back['pro.accepted']).toBe(97);
    expect(back['pro.submitted']).toBe(2);
  });
});
