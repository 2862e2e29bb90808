import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArchiveError, checkArchive, XLSX_LIMITS, type ArchiveLimits } from '../../shared/xlsx/zip-guard';
import { blankWorkbook, fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { bombXlsx, entriesOf, writeZip, zeroDeflate } from './zip-bombs';
import { expectOneLineError, file, zxtally } from '../cli/helpers';

const base = await blankWorkbook();
const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97 } };
const MB = 2 ** 20;

function refusal(bytes: Uint8Array, limits?: ArchiveLimits): string {
  try {
    checkArchive(bytes, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(ArchiveError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('checkArchive: the .xlsx zip directory and inflated sizes', () => {
  it('accepts the standard template and the same entries re-zipped', async () => {
    expect(checkArchive(base).map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    const rezipped = writeZip(entriesOf(base));
    expect((await readWorkbookValues(rezipped)).map((s) => s.name)).toEqual(['表1 履职工作', '表2 提案', '表3 社情民意']);
  });

  // Each hostile archive: the message names the part (or the file) and the limit.
  const cases: Array<[string, () => Uint8Array, RegExp, ArchiveLimits?]> = [
    ['a 2 GiB image, declared honestly', () => bombXlsx(base, 'xl/media/image1.png', 2 ** 31), /xl\/media\/image1\.png 声明的解压大小超过上限 64 MB.*压缩炸弹/],
    ['a 1 GiB sheet, declared honestly', () => bombXlsx(base, 'xl/worksheets/sheet1.xml', 2 ** 30), /xl\/worksheets\/sheet1\.xml 声明的解压大小超过上限 64 MB/],
    ['a 1 GiB sheet declared as 20 KB', () => bombXlsx(base, 'xl/worksheets/sheet1.xml', 2 ** 30, 20_000), /sheet1\.xml 解压后大于其声明的大小（20 KB）.*压缩炸弹/],
    ['an image declared as 0 bytes', () => bombXlsx(base, 'xl/media/a.png', 5 * MB, 0), /xl\/media\/a\.png 解压后大于其声明的大小/],
    ['parts that add up past the total', () => writeZip(['a', 'b', 'c'].map((n) => ({ name: `xl/media/${n}.bin`, method: 8 as const, crc: 0, ...zeroDeflate(3 * MB) }))), /解压后总大小超过上限 8 MB/, { ...XLSX_LIMITS, entryBytes: 4 * MB, totalBytes: 8 * MB }],
    ['too many parts', () => writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, method: 0 as const, data: new Uint8Array(1), size: 1, crc: 0 }))), /包含 30 个部件，超过上限 20 个/, { ...XLSX_LIMITS, entries: 20 }],
    ['a file past the file limit', () => base, /文件过大（\d+ KB），上限为 1 KB/, { ...XLSX_LIMITS, fileBytes: 1024 }],
    ['not a zip at all', () => new TextEncoder().encode('<html>这不是表格</html>'), /不是有效的 \.xlsx/],
    ['a template cut short', () => base.subarray(0, base.length - 200), /不是有效的 \.xlsx|已损坏/],
    ['a part whose data is garbage', () => writeZip([{ name: 'xl/workbook.xml', method: 8, data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), size: 100, crc: 0 }]), /部件 xl\/workbook\.xml (无法解压|的压缩数据不完整)/],
  ];
  it.each(cases)('refuses %s, naming it and the limit', (_name, make, message, limits) => {
    expect(refusal(make(), limits)).toMatch(message);
  });

  it('refuses a bomb before exceljs sees it (fillWorkbook rejects with the same message)', async () => {
    await expect(fillWorkbook(form, bombXlsx(base, 'xl/worksheets/sheet2.xml', 2 ** 30, 1000))).rejects.toThrow(/sheet2\.xml 解压后大于其声明的大小/);
  });
});

describe('zxtally fill --template with a zip bomb', () => {
  it('prints one Chinese line naming the template and the limit, and writes no output', async () => {
    const tpl = file('bomb.xlsx', bombXlsx(base, 'xl/media/image1.png', 2 ** 31));
    const data = file('bomb-form.json', JSON.stringify(form));
    const out = file('bomb-out.xlsx', '').replace(/bomb-out/, 'bomb-never');
    const r = await zxtally('fill', data, '--template', tpl, '--out', out);
    expectOneLineError(r, 2, /模板 .*bomb\.xlsx：.*image1\.png 声明的解压大小超过上限 64 MB/);
    expect(existsSync(out)).toBe(false);
  });
});
