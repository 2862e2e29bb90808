import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankWorkbook, fillWorkbook, fillWorkbookExcelJS } from '../../shared/xlsx/fill';
import { fillTemplateXml } from '../../shared/xlsx/fill-xml';
import { checkArchive } from '../../shared/xlsx/zip-guard';
import { sourceRows } from '../../shared/xlsx/sources-sheet';
import type { FormFile } from '../../shared/form/form-file';
import { driftedTemplate, loadXlsx, minimalTemplate } from './templates';
import { longTemplate } from './long-template';

// `zxtally fill` writes a template over its XML; the exceljs path writes the standard form and what the XML path
// leaves to it. Both must give the same workbook: the same data and formats in every cell, the same rows and
// layout on the 来源 sheet, the same print settings. Each template is filled by both and read back with exceljs.

const SUMMARY = 'https://zx.example.gov.cn/zxyw/202412/t20241226_1.html';
const at = '2024-12-30T08:00:00Z';
const form: FormFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2024',
  values: { 'pro.accepted': 97, 'pro.submitted': 105, 'pro.accept_rate': 93.58, 'pro.answer_rate': 100, 'pro.satisfaction_rate': 98.5, 'mtg.plenary': 1, 'mtg.standing': 2, 'inf.collected': 320, 'inf.forwarded': 12, 'svc.donations': 1234567.8 },
  prior: { 'pro.accepted': 90, 'pro.accept_rate': 96.6, 'inf.collected': 0 },
  notes: { 'pro.accepted': '含跨年度并案三件，另有两件转为社情民意信息办理，均已在提案办理情况通报中逐件说明', 'mtg.plenary': '短' },
  approx: ['inf.collected'],
  sources: {
    'pro.accepted': [{ url: SUMMARY, quote: '立案97件', capturedAt: at, title: '区政协2024年工作总结', date: '2024-12-26', how: 'statement' }],
    'inf.collected': [{ url: SUMMARY, quote: '收集社情民意信息320余条', capturedAt: at, title: '区政协2024年工作总结', date: '2024-12-26', how: 'statement' }],
    'mtg.standing': [
      { url: 'https://zx.example.gov.cn/a/t20240320_2.html', quote: '区政协召开十届十二次常委会议', capturedAt: at, title: '区政协召开十届十二次常委会议', date: '2024-03-20', how: 'records' },
      { url: 'https://zx.example.gov.cn/a/t20240910_3.html', quote: '区政协召开十届十三次常委会议', capturedAt: at, title: '区政协召开十届十三次常委会议', date: '2024-09-10', how: 'records' },
    ],
  },
  conflicts: [
    { code: 'pro.merged', candidates: [{ value: 6, quote: '并案6件', url: SUMMARY, title: '区政协2024年工作总结', date: '2024-12-26' }, { value: 5, quote: '并案5件左右', approx: true }] },
  ],
};

type Snapshot = Record<string, unknown>;

/** What a reader sees of a workbook: per sheet every stored cell's value and format, rows, columns, merges, print. */
function snapshot(wb: Workbook): Snapshot {
  const sheets = wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    const rows: Record<number, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined || row.hidden) rows[r] = { height: row.height, hidden: row.hidden };
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.master !== cell) return;
        const { numFmt, font, alignment, border, fill } = cell.style;
        cells[cell.address] = { value: cell.value ?? null, numFmt: numFmt ?? 'General', font, alignment, border, fill };
      });
    });
    // A column's font is the workbook's default font, which exceljs replaces with its own (Calibri) on every round
    // trip while the XML path keeps the template's; the rest of a column's style is compared.
    const columns = (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, alignment: c.style?.alignment, numFmt: c.style?.numFmt }));
    const p = ws.pageSetup;
    // The print settings shared/xlsx/print.ts and the 来源 sheet set.
    const print = { paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, margins: p.margins, printArea: p.printArea, printTitlesRow: p.printTitlesRow, horizontalCentered: p.horizontalCentered };
    return { name: ws.name, state: ws.state, cells, rows, columns, merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range).sort(), print, footer: ws.headerFooter?.oddFooter, views: ws.views };
  });
  return { sheets };
}

async function bothPaths(template: Uint8Array) {
  const fast = fillTemplateXml(form, template, checkArchive(template));
  expect(fast).not.toBeNull(); // the template is one the XML path fills itself
  const slow = await fillWorkbookExcelJS(form, template);
  return { fast: fast!, slow, xml: snapshot(await loadXlsx(fast!.bytes)), exceljs: snapshot(await loadXlsx(slow.bytes)) };
}

function sheetOf(s: Snapshot, name: string) {
  return (s.sheets as Array<{ name: string; cells: Record<string, { value: unknown; numFmt: string }>; rows: Record<number, { height?: number }>; columns: Array<{ width?: number; hidden?: boolean }>; print: Record<string, unknown> }>).find((x) => x.name === name)!;
}

const TEMPLATES: Array<[string, () => Promise<Uint8Array>]> = [
  ['the standard template', () => blankWorkbook()],
  ['a drifted template', driftedTemplate],
  ['a hand-written one-sheet template (inline text, no number formats, no defined names)', async () => minimalTemplate()],
  ['a template with 2,000 rows of detail per sheet and a cell at row 20,000', () => longTemplate(2000, 20_000)],
];

describe('fill: the XML path writes what the exceljs path writes', () => {
  for (const [name, make] of TEMPLATES) {
    it(`${name}: every cell, format, row height, column, merge and print setting alike, 来源 sheet included`, async () => {
      const { fast, slow, xml, exceljs } = await bothPaths(await make());
      expect({ missing: fast.missing, missingColumns: fast.missingColumns, sheets: fast.sheets }).toEqual({ missing: slow.missing, missingColumns: slow.missingColumns, sheets: slow.sheets });
      expect(xml).toEqual(exceljs);
    });
  }

  it('the standard template: rates keep their own decimals, the long 说明 grows its row, the 来源 sheet prints as the form does', async () => {
    const { xml } = await bothPaths(await blankWorkbook());
    const t2 = sheetOf(xml, '表2 提案');
    const rowOf = (code: string) => Object.entries(t2.cells).find(([, c]) => c.value === code)![0].replace(/^[A-Z]+/, '');
    const fmt = (code: string, col: string) => t2.cells[`${col}${rowOf(code)}`].numFmt;
    expect([fmt('pro.accept_rate', 'E'), fmt('pro.accept_rate', 'F'), fmt('pro.answer_rate', 'E'), fmt('pro.satisfaction_rate', 'E')]).toEqual(['0.00', '0.0', '0', '0.0']);
    expect(fmt('pro.accepted', 'E')).toBe('0'); // a count keeps the template's format
    expect(t2.rows[Number(rowOf('pro.accepted'))].height).toBeGreaterThan(30);
    const src = sheetOf(xml, '来源');
    expect(src.columns.map((c) => [c.width, c.hidden ?? false])).toEqual([[14, true], [13, false], [8, false], [11, false], [17, false], [11, false], [18, false], [15, false]]);
    expect(src.print).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    // Its rows are the form's sources, in the order and wording sourceRows gives them.
    const grid: unknown[][] = [];
    for (const [a, c] of Object.entries(src.cells)) {
      const m = /^([A-Z])(\d+)$/.exec(a)!;
      (grid[Number(m[2]) - 1] ??= [])[m[1].charCodeAt(0) - 65] = c.value;
    }
    expect(grid).toEqual(sourceRows(form));
    expect(grid.map((r) => r[3])).toEqual(expect.arrayContaining(['统计数字', '统计数字（概数）', '据2条记录计数', '手工填写', '待定（未填写）：候选2/2，概数']));
  });

  it('a filled workbook filled again: its 来源 sheet is replaced, not doubled, on both paths', async () => {
    const once = (await fillWorkbook(form, await blankWorkbook())).bytes;
    const again = { ...form, values: { ...form.values, 'pro.accepted': 98 }, sources: {}, conflicts: [] };
    const fast = fillTemplateXml(again, once, checkArchive(once))!;
    expect(fast).not.toBeNull();
    const [xml, exceljs] = [snapshot(await loadXlsx(fast.bytes)), snapshot(await loadXlsx((await fillWorkbookExcelJS(again, once)).bytes))];
    expect(xml).toEqual(exceljs);
    expect((xml.sheets as Array<{ name: string }>).map((s) => s.name)).toEqual(['表1 履职工作', '表2 提案', '表3 社情民意', '来源']);
    expect(Object.values(sheetOf(xml, '来源').cells).some((c) => c.value === '区政协2024年工作总结')).toBe(false);
  });

  it('zxtally fill takes the XML path for a template it can fill', async () => {
    const template = await longTemplate(100);
    expect((await fillWorkbook(form, template)).bytes).toEqual(fillTemplateXml(form, template, checkArchive(template))!.bytes);
  });
});
