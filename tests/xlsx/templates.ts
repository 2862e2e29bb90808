import type { Workbook } from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { standardLayout } from '../../shared/form/layout';
import { blankWorkbook } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';

// Templates as offices change them, for the fill tests: the standard form drifted by hand in Excel.

export async function loadXlsx(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/**
 * 表2 renamed, its 序号 column deleted, 本年/上年 swapped and a local row inserted mid-table; 表3 with two rows above
 * its title and one code cleared (found by its 指标名称); an extra sheet of instructions.
 */
export async function driftedTemplate(): Promise<Uint8Array> {
  const wb = await loadXlsx(await blankWorkbook());
  const t2 = wb.getWorksheet('表2 提案')!;
  t2.name = '提案情况表';
  // 序号 deleted: every column moves one left, and the merges with them as Excel moves them (exceljs does not).
  for (const m of ['A1:H1', 'C2:E2', 'A3:H3']) t2.unMergeCells(m);
  t2.spliceColumns(1, 1);
  for (const m of ['A1:G1', 'B2:D2', 'A3:G3']) t2.mergeCells(m);
  // 本年/上年 swapped (now columns D and E)
  for (let r = 4; r <= t2.rowCount; r++) {
    const a = t2.getCell(r, 4).value;
    t2.getCell(r, 4).value = t2.getCell(r, 5).value;
    t2.getCell(r, 5).value = a;
  }
  t2.spliceRows(6, 0, ['本地自增行', 'local.extra', '件'], []); // rows inserted mid-table
  const t3 = wb.getWorksheet('表3 社情民意')!;
  // Two rows inserted above the title (exceljs does not move merges on splice, so this sheet drops them first).
  for (const m of ['A1:H1', 'C2:E2', 'A3:H3']) t3.unMergeCells(m);
  t3.spliceRows(1, 0, ['附件2'], []);
  t3.getColumn(3).eachCell((c) => { if (typeof c.value === 'string' && c.value.startsWith('inf.forwarded')) c.value = null; });
  const extra = wb.addWorksheet('填报说明');
  extra.getCell('A1').value = '本表由区政协办公室填报';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A template written by hand the way other tools write one: one sheet (表2), text inline (no shared strings), a
 * styles part without number formats, no defined names, the 说明 column wrapping, and no cells at all where the
 * values go. The XML path then has to create what it needs rather than extend what is there.
 */
export function minimalTemplate(): Uint8Array {
  const layout = standardLayout().find((l) => l.id === '表2')!;
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = layout.values
    .map((cells, r) => {
      const xml = cells
        .map((v, c) => {
          if (c >= 4 && c <= 6) return ''; // 本年, 上年, 增减%: empty cells are not stored
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          const s = c === 7 && r > layout.headerRow ? ' s="1"' : '';
          if (v === null || v === '') return c === 7 && r > layout.headerRow ? `<c r="${ref}"${s}/>` : '';
          return typeof v === 'number' ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${esc(String(v))}</t></is></c>`;
        })
        .join('');
      return xml ? `<row r="${r + 1}">${xml}</row>` : '';
    })
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="${layout.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}"><fonts count="1"><font><sz val="11"/><name val="SimSun"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><cols><col min="2" max="2" width="31" customWidth="1"/><col min="8" max="8" width="22" customWidth="1"/></cols><sheetData>${rows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
