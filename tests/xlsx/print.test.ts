import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { blankWorkbook, fillWorkbook, loadWorkbook } from '../../shared/xlsx/fill';
import { SOURCES_SHEET } from '../../shared/xlsx/sources-sheet';
import { loadExcelJS } from '../../shared/xlsx/blank';
import { chooseOrientation, fitScale, MIN_PRINT_FONT_PT, PRINTED_WIDTHS, valueFormat } from '../../shared/form/print-layout';
import { standardLayout } from '../../shared/form/layout';
import type { FormFile } from '../../shared/form/form-file';
import { measurePdf, xlsxToPdf } from '../../scripts/demo/print-measure';

// The printed form: A4, the body at ≥ 9 pt, header on every page, no internal codes, number formats per kind.

async function load(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function rowOf(wb: Workbook, sheet: string, code: string): number {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 3).value === code) return r;
  throw new Error(`no row for ${code}`);
}

const form: FormFile = {
  form: 'ZX-01',
  unit: '西宁市城中区政协',
  period: '2024',
  values: { 'pro.submitted': 120, 'pro.accepted': 112, 'pro.accept_rate': 93.33, 'pro.answered': 112, 'pro.answer_rate': 100, 'mtg.plenary': 1, 'inf.collected': 320 },
  prior: { 'pro.accepted': 90, 'pro.accept_rate': 96.6 },
  notes: { 'pro.accepted': '本年度含跨年度并案的提案，经主席会议研究后一并立案，数量较上年明显增加' },
};

describe('orientation and scale', () => {
  it.each([
    ['the standard columns', PRINTED_WIDTHS, 'portrait', 1],
    ['a template twice as wide', PRINTED_WIDTHS.map((w) => w * 2), 'landscape', fitScale(PRINTED_WIDTHS.map((w) => w * 2), 'landscape')],
    ['a slightly too wide template', PRINTED_WIDTHS.map((w) => w * 1.1), 'portrait', fitScale(PRINTED_WIDTHS.map((w) => w * 1.1), 'portrait')],
  ] as const)('%s print %s', (_name, widths, orientation, scale) => {
    const r = chooseOrientation(widths);
    expect(r.orientation).toBe(orientation);
    expect(r.scale).toBeCloseTo(scale, 5);
  });

  it('keeps the standard body at 11 pt on A4 portrait, and a double-width form at ≥ 9 pt by turning it', () => {
    expect(chooseOrientation(PRINTED_WIDTHS).fontPt).toBe(11);
    expect(fitScale(PRINTED_WIDTHS.map((w) => w * 1.5), 'portrait') * 11).toBeLessThan(MIN_PRINT_FONT_PT);
    expect(chooseOrientation(PRINTED_WIDTHS.map((w) => w * 1.5)).fontPt).toBeGreaterThanOrEqual(MIN_PRINT_FONT_PT);
  });
});

describe('page setup of the standard workbook', () => {
  it('prints every sheet on A4, one page wide, with a print area, the table header on every page and 代码 hidden', async () => {
    const wb = await load(await blankWorkbook({ unit: '城中区政协', period: '2024' }));
    for (const layout of standardLayout()) {
      const ws = wb.getWorksheet(layout.name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printArea).toMatch(new RegExp(`^\\$?A\\$?1:\\$?H\\$?${layout.values.length}$`));
      expect(ws.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\$?${layout.headerRow + 1}:\\$?${layout.headerRow + 1}$`));
      expect(ws.getColumn(3).hidden).toBe(true); // 代码
      expect([1, 2, 4, 5, 6, 7, 8].map((c) => ws.getColumn(c).hidden)).toEqual(Array(7).fill(false));
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
  });

  it('formats counts as integers, amounts with fen, and rates with the decimals they are written with', async () => {
    const wb = await load((await fillWorkbook(form)).bytes);
    const t2 = wb.getWorksheet('表2 提案')!;
    expect(t2.getCell(rowOf(wb, '表2 提案', 'pro.accepted'), 5).numFmt).toBe('0');
    expect(t2.getCell(rowOf(wb, '表2 提案', 'pro.accepted'), 7).numFmt).toBe('0.0');
    const rate = rowOf(wb, '表2 提案', 'pro.accept_rate');
    expect([t2.getCell(rate, 5).numFmt, t2.getCell(rate, 6).numFmt]).toEqual(['0.00', '0.0']); // 93.33 and 96.6
    expect(t2.getCell(rowOf(wb, '表2 提案', 'pro.answer_rate'), 5).numFmt).toBe('0'); // 100
    const t1 = wb.getWorksheet('表1 履职工作')!;
    let amountRow = 0;
    t1.eachRow((row, n) => { if (row.getCell(4).value === '元') amountRow = n; });
    expect(t1.getCell(amountRow, 5).numFmt).toBe('#,##0.00');
    expect(valueFormat('pro.accepted', 'current', 12)).toBeNull(); // a template's count cells keep their own format
  });

  it('grows a row so a long 说明 prints whole', async () => {
    const wb = await load((await fillWorkbook(form)).bytes);
    const t2 = wb.getWorksheet('表2 提案')!;
    expect(t2.getRow(rowOf(wb, '表2 提案', 'pro.accepted')).height).toBeGreaterThanOrEqual(3 * 11);
    expect(t2.getRow(rowOf(wb, '表2 提案', 'pro.submitted')).height ?? 15).toBeLessThan(20);
  });
});

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const canRender = has('soffice') && has('pdftotext');
if (!canRender) console.warn('跳过打印效果测试：未安装 LibreOffice（soffice）或 poppler-utils（pdftotext）');

describe.skipIf(!canRender)('the filled form printed by LibreOffice on A4', () => {
  it('prints the body at ≥ 9 pt, the header on every page, the unit in full and no internal code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-print-'));
    try {
      const xlsx = join(dir, 'filled.xlsx');
      // The ZX-01 sheets as printed: the 来源 sheet (a landscape list of sources) is left out of this render.
      const wb = await loadWorkbook((await fillWorkbook(form)).bytes);
      wb.removeWorksheet(wb.getWorksheet(SOURCES_SHEET)!.id);
      writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
      xlsxToPdf([xlsx], dir, join(dir, 'profile'));
      const pages = measurePdf(join(dir, 'filled.pdf'));
      const formPages = pages.filter((p) => p.header); // the 来源 list prints after the form
      expect(formPages.length).toBeGreaterThanOrEqual(4); // 表1 runs over two pages, its header repeated
      for (const p of pages) expect([Math.round(p.width), Math.round(p.height)].sort()).toEqual([595, 842]); // A4, either way
      for (const p of formPages) {
        expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]); // A4 portrait
        expect(p.bodyPt).toBeGreaterThanOrEqual(MIN_PRINT_FONT_PT);
        expect(p.header).toBe(true);
        expect(p.words.filter((w) => /^[a-z]+\.[a-z_]+$/.test(w))).toEqual([]);
      }
      const all = pages.flatMap((p) => p.words).join(' ');
      expect(all).toContain('西宁市城中区政协');
      expect(all).toContain('93.33');
      expect(readFileSync(join(dir, 'filled.pdf')).length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
