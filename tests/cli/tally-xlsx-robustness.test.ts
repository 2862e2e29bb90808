import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankWorkbook } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';
import { dir, encode, expectOneLineError, file, zxtally, zxtallyInProcess } from './helpers';

// `zxtally tally` over a mix of files, and `zxtally blank` / `fill` with bad outputs and templates.

const A = '2024年，市政协召开主席会议13次，常委会议4次，收到提案256件。';
const B = `<html><head><meta charset="gbk"><title>年度工作</title></head><body><p>${A}</p></body></html>`;
const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'mtg.chair': 13 } };

describe('zxtally tally: many files', () => {
  it('tallies a mix of .txt, GBK .html and a capture .json', async () => {
    const capture = (await zxtally('extract', file('t-a.txt', A))).stdout;
    const r = await zxtally('tally', file('t-a.txt', A), file('t-b.html', encode(B, 'gbk')), file('t-c.json', capture), '--unit', '城中区政协', '--period', '2024');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).values['mtg.chair']).toBe(13);
  });

  it('counts the same file given twice once, and says so', async () => {
    const f = file('t-dup.txt', A);
    const r = await zxtally('tally', f, f, `${dir}/./t-dup.txt`, '--unit', '城中区政协', '--period', '2024');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.values['mtg.chair']).toBe(13);
    expect(out.sources['mtg.chair']).toHaveLength(1);
    expect(r.stderr).toMatch(/^提示：以下文件重复指定，只计一次：.*t-dup\.txt/m);
  });

  it.concurrent.each([
    ['a missing file', () => path.join(dir, 't-missing.txt'), /t-missing\.txt/],
    ['a binary file', () => file('t-bin.txt', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])), /二进制.*t-bin\.txt/],
    ['an empty file', () => file('t-empty.txt', ''), /为空.*t-empty\.txt/],
    ['a .pdf', () => file('t-doc.pdf', '%PDF-1.4'), /t-doc\.pdf.*PDF/],
    ['a JSON that is not a capture', () => file('t-other.json', '{"a":1}'), /t-other\.json/],
  ])('one bad file among good ones (%s): names it, exit 2, prints nothing half', async (_name, make, pattern) => {
    const r = await zxtally('tally', file('t-good.txt', A), make(), file('t-good2.txt', A));
    expectOneLineError(r, 2, pattern);
  });

  it.each([
    ['no files', ['tally'], /缺少页面文件/],
    ['--unit without its value', ['tally', 'x.txt', '--unit'], /--unit 缺少取值/],
    ['an unknown flag', ['tally', 'x.txt', '--year', '2024'], /未知参数：--year/],
  ])('%s', async (_name, args, pattern) => {
    expectOneLineError(await zxtallyInProcess(...(args as string[])), 2, pattern);
  });
});

describe('zxtally blank / fill: outputs and templates', () => {
  const good = () => file('x-form.json', JSON.stringify(form));
  it.concurrent.each([
    ['blank into a missing directory', () => ['blank', '--out', path.join(dir, 'no/such/dir/b.xlsx')], /无法写入.*ENOENT|文件夹不存在/],
    ['blank --out that is a directory', () => ['blank', '--out', mkdir('x-dir.xlsx')], /无法写入|文件夹/],
    ['fill into a missing directory', () => ['fill', good(), '--out', path.join(dir, 'no/such/o.xlsx')], /无法写入.*ENOENT|文件夹不存在/],
    ['a template that is a renamed .txt', () => ['fill', good(), '--template', file('x-t.xlsx', A), '--out', path.join(dir, 'o1.xlsx')], /模板不是有效的 \.xlsx/],
    ['a template that is a zip but not xlsx', () => ['fill', good(), '--template', file('x-zip.xlsx', zipWithOneFile()), '--out', path.join(dir, 'o2.xlsx')], /模板不是有效的 \.xlsx/],
    ['an encrypted (OLE) template', () => ['fill', good(), '--template', file('x-enc.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])), '--out', path.join(dir, 'o3.xlsx')], /模板不是有效的 \.xlsx|加密/],
    ['a truncated template', () => ['fill', good(), '--template', file('x-cut.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0])), '--out', path.join(dir, 'o4.xlsx')], /模板不是有效的 \.xlsx/],
    ['a missing template', () => ['fill', good(), '--template', path.join(dir, 'nope.xlsx'), '--out', path.join(dir, 'o5.xlsx')], /找不到模板文件/],
    ['a template that is a directory', () => ['fill', good(), '--template', dir, '--out', path.join(dir, 'o6.xlsx')], /模板/],
    ['a form file that is a directory', () => ['fill', dir, '--out', path.join(dir, 'o7.xlsx')], /文件夹|报表数据/],
    ['a GBK form file', () => ['fill', file('x-gbk.json', encode(JSON.stringify(form), 'gbk')), '--out', path.join(dir, 'o8.xlsx')], /UTF-8/],
  ])('%s', async (_name, args, pattern) => {
    const argv = args();
    const r = await zxtally(...argv);
    expectOneLineError(r, 2, pattern);
    const out = argv[argv.indexOf('--out') + 1];
    if (argv.includes('--out') && out && !out.endsWith('x-dir.xlsx')) expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['blank --out without .xlsx', () => ['blank', '--out', path.join(dir, 'b.xls')], /\.xlsx 结尾/],
    ['blank without --out', () => ['blank'], /--out/],
    ['blank --out without its value', () => ['blank', '--out'], /--out 缺少取值/],
    ['blank with an unknown flag', () => ['blank', '--out', path.join(dir, 'b.xlsx'), '--template', 't.xlsx'], /未知参数：--template/],
    ['fill --out without .xlsx', () => ['fill', good(), '--out', path.join(dir, 'o.csv')], /\.xlsx 结尾/],
    ['fill with an unknown flag', () => ['fill', good(), '--out', path.join(dir, 'o9.xlsx'), '--unit', 'x'], /未知参数：--unit/],
  ])('%s', async (_name, args, pattern) => {
    const argv = args();
    expectOneLineError(await zxtallyInProcess(...argv), 2, pattern);
    if (argv.includes('--out')) expect(existsSync(argv[argv.indexOf('--out') + 1] ?? '')).toBe(false);
  });

  it('fill with a form whose code the template lacks: one warning line on stderr, exit 0', async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await blankWorkbook()).buffer as ArrayBuffer);
    wb.getWorksheet('表1 履职工作')!.eachRow((row) => {
      if (row.getCell(3).value === 'mtg.chair') row.getCell(3).value = null;
      if (row.getCell(2).value === '主席会议') row.getCell(2).value = '（本地删去）';
    });
    const tpl = path.join(dir, 'x-lacks.xlsx');
    await wb.xlsx.writeFile(tpl);
    const out = path.join(dir, '城中区 填报结果.xlsx');
    const r = await zxtally('fill', file('x-form2.json', JSON.stringify({ ...form, values: { 'mtg.chair': 13, 'mtg.plenary': 1 } })), '--template', tpl, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^警告：模板中找不到以下指标，未填入：mtg\.chair\n$/);
    expect(existsSync(out)).toBe(true);
  });
});

function mkdir(name: string): string {
  const p = path.join(dir, name);
  mkdirSync(p, { recursive: true });
  return p;
}

/** A valid zip archive holding one text file (stored, no compression): a zip, but not a workbook. */
function zipWithOneFile(): Uint8Array {
  const name = Buffer.from('a.txt');
  const data = Buffer.from('hello');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
