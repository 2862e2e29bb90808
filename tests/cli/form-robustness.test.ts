import { describe, expect, it } from 'vitest';
import { dir, encode, expectOneLineError, file, zxtally, zxtallyInProcess } from './helpers';

// `zxtally check` and `zxtally rollup` against bad and odd form data files: a finding is a finding
// (exit 0/1 with JSON), a file that is not a form is one Chinese line with exit 2.

const header = { form: 'ZX-01', unit: '城中区政协', period: '2024' };
const json = (v: unknown) => JSON.stringify(v);

const refused: [string, () => string, RegExp][] = [
  ['a missing file', () => `${dir}/nope.json`, /找不到文件/],
  ['a directory', () => dir, /文件夹/],
  ['an empty file', () => file('f-empty.json', ''), /JSON|空/],
  ['whitespace only', () => file('f-ws.json', ' \n\t'), /JSON|空/],
  ['truncated JSON', () => file('f-cut.json', '{"form":"ZX-01","unit":"城中区政协","values":{"mtg.chair":'), /JSON|截断|不完整/],
  ['a JSON array', () => file('f-array.json', json([header])), /JSON 对象/],
  ['a JSON string', () => file('f-string.json', '"ZX-01"'), /JSON 对象/],
  ['a value as a string', () => file('f-str.json', json({ ...header, values: { 'mtg.chair': '6' } })), /mtg\.chair/],
  ['a negative value', () => file('f-neg.json', json({ ...header, values: { 'mtg.chair': -1 } })), /mtg\.chair/],
  ['1e999 (Infinity)', () => file('f-inf.json', '{"form":"ZX-01","unit":"城中区政协","period":"2024","values":{"mtg.chair":1e999}}'), /mtg\.chair/],
  ['NaN literal', () => file('f-nan.json', '{"form":"ZX-01","unit":"城中区政协","period":"2024","values":{"mtg.chair":NaN}}'), /JSON/],
  ['__proto__ key', () => file('f-proto.json', '{"form":"ZX-01","unit":"城中区政协","period":"2024","values":{"__proto__":{"x":1}}}'), /__proto__/],
  ['an unknown code with a suggestion', () => file('f-code.json', json({ ...header, values: { 'mtg.chiar': 6 } })), /mtg\.chiar.*mtg\.chair/],
  ['a duplicate key', () => file('f-dup.json', '{"form":"ZX-01","unit":"a","period":"2024","values":{"mtg.chair":1,"mtg.chair":2}}'), /两次/],
  ['a GBK-encoded form', () => file('f-gbk.json', encode(json({ ...header, values: { 'mtg.chair': 6 } }), 'gbk')), /UTF-8/],
  ['binary bytes', () => file('f-bin.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0xff, 0xfe])), /UTF-8|JSON/],
];

describe('zxtally check / rollup: refused form files', () => {
  it.concurrent.each(refused)('check: %s', async (_name, make, pattern) => {
    expectOneLineError(await zxtally('check', make(), '--json'), 2, pattern);
  });
  it.concurrent.each([refused[0], refused[4], refused[5], refused[14]])('rollup: %s', async (_name, make, pattern) => {
    expectOneLineError(await zxtally('rollup', make()), 2, pattern);
  });
});

const accepted: [string, () => string, number, string[]][] = [
  ['a UTF-8 BOM', () => file('f-bom.json', '\ufeff' + json({ ...header, values: { 'mtg.chair': 6 } })), 0, []],
  ['CRLF and pretty-printed', () => file('f-crlf.json', JSON.stringify({ ...header, values: { 'mtg.chair': 6 } }, null, 2).replace(/\n/g, '\r\n')), 0, []],
  ['missing unit and period (R20 is a finding)', () => file('f-nounit.json', json({ form: 'ZX-01', values: { 'mtg.chair': 6 } })), 1, ['R20']],
  ['every value blank', () => file('f-blank.json', json({ ...header, values: { 'mtg.chair': null, 'pro.submitted': null, 'pro.accept_rate': null } })), 0, []],
  ['a file name with spaces and Chinese', () => file('城中区 政协 2024.json', json({ ...header, values: {} })), 0, []],
];

describe('a file of the wrong kind names the command to use', () => {
  const capture = () => file('k-capture.json', json({ kind: 'article', title: '', date: null, text: '主席会议13次', facts: [], records: [] }));
  const form = () => file('k-form.json', json({ ...header, values: { 'mtg.chair': 6 } }));
  it.concurrent.each([
    ['check given a page capture', () => ['check', capture()], /是页面提取结果.*zxtally tally/],
    ['rollup given a page capture', () => ['rollup', capture()], /是页面提取结果.*zxtally tally/],
    ['fill given a page capture', () => ['fill', capture(), '--out', `${dir}/k.xlsx`], /是页面提取结果.*zxtally tally/],
    ['extract given a form data file', () => ['extract', form()], /是报表数据文件.*zxtally check/],
    ['tally given a form data file', () => ['tally', form()], /是报表数据文件.*zxtally check/],
  ])('%s', async (_name, args, pattern) => {
    expectOneLineError(await zxtally(...args()), 2, pattern);
  });
});

describe('zxtally rollup: the same file twice', () => {
  it('is refused by name even when the unit is blank (it would be added twice)', async () => {
    const f = file('r-nounit.json', json({ form: 'ZX-01', unit: '', period: '2024', values: { 'mtg.chair': 6 } }));
    expectOneLineError(await zxtally('rollup', f, `${dir}/./r-nounit.json`), 2, /同一个文件/);
  });
});

describe('zxtally check: odd but valid forms', () => {
  it.concurrent.each(accepted)('%s', async (_name, make, code, rules) => {
    const r = await zxtally('check', make(), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(rules);
  });
});

describe('zxtally check / rollup: arguments', () => {
  it.each([
    ['check without a file', ['check'], /缺少报表数据文件/],
    ['check with an unknown flag', ['check', 'x.json', '--strict'], /未知参数：--strict/],
    ['check --local without its value', ['check', 'x.json', '--local'], /--local 缺少取值/],
    ['rollup without files', ['rollup'], /缺少下级单位报表/],
    ['an unknown command', ['chek'], /未知命令/],
  ])('%s', async (_name, args, pattern) => {
    const r = await zxtallyInProcess(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/^\s+at |Error:/m);
  });
});
