import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/zxtally';
import { blankWorkbook } from '../../shared/xlsx/fill';
import { loadExcelJS } from '../../shared/xlsx/blank';

let dir: string;
let err: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zx-cli-'));
  err = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'mtg.plenary': 1, 'mtg.chair': 6 } };

describe('zxtally blank / fill', () => {
  it('blank writes a workbook with the unit in the header block', async () => {
    const out = join(dir, 'b.xlsx');
    expect(await main(['blank', '--out', out, '--unit', '城中区政协', '--period', '2024'])).toBe(0);
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('表1 履职工作')!.getCell('C2').value).toBe('城中区政协');
  });

  it('fill warns on stderr about codes the template lacks', async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await blankWorkbook()).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('表1 履职工作')!;
    ws.eachRow((row) => { if (row.getCell(3).value === 'mtg.chair') { row.getCell(3).value = null; row.getCell(2).value = '主席办公会'; } });
    const template = join(dir, 't.xlsx');
    await wb.xlsx.writeFile(template);
    writeFileSync(join(dir, 'f.json'), JSON.stringify(form));
    const out = join(dir, 'o.xlsx');
    expect(await main(['fill', join(dir, 'f.json'), '--template', template, '--out', out])).toBe(0);
    expect(err).toMatch(/^警告：.*mtg\.chair/m);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ['a missing form file', ['fill', 'nope.json', '--out', 'o.xlsx'], /找不到报表数据文件/],
    ['a form file that is not JSON', ['fill', 'BAD', '--out', 'o.xlsx'], /报表数据|JSON/],
    ['a template that is not xlsx', ['fill', 'GOOD', '--template', 'GOOD', '--out', 'o.xlsx'], /模板不是有效的 \.xlsx 文件/],
    ['no --out', ['fill', 'GOOD'], /--out/],
    ['a template with no ZX-01 table', ['fill', 'GOOD', '--template', 'PLAIN', '--out', 'o.xlsx'], /模板中没有找到 ZX-01 报表/],
  ])('fill refuses %s with one Chinese line and exit 2', async (_what, args, message) => {
    writeFileSync(join(dir, 'bad.json'), '{ "values": ');
    writeFileSync(join(dir, 'good.json'), JSON.stringify(form));
    const ExcelJS = await loadExcelJS();
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = '会议记录';
    await plain.xlsx.writeFile(join(dir, 'plain.xlsx'));
    const paths: Record<string, string> = { BAD: 'bad.json', GOOD: 'good.json', PLAIN: 'plain.xlsx', 'o.xlsx': 'o.xlsx' };
    const argv = args.map((a) => (paths[a] ? join(dir, paths[a]) : a));
    expect(await main(argv)).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'o.xlsx'))).toBe(false);
  });
});
