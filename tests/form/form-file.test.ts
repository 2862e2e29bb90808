import { describe, expect, it } from 'vitest';
import { FormFileError, parseFormFile, serializeFormFile, type FormFile } from '../../shared/form/form-file';
import { applyLocalOverrides, STANDARD_EDITION } from '../../shared/catalogue/edition';

// The standard README's own example, verbatim in shape.
const README_EXAMPLE = `{ "form": "ZX-01", "unit": "城中区政协", "period": "2023",
  "values": { "pro.accepted": 97, "pro.answer_rate": 100 },
  "prior":  { "pro.accepted": 90 },
  "notes":  { "pro.accepted": "说明文字" },
  "sources": { "pro.accepted": [ { "url": "…", "quote": "…", "capturedAt": "…" } ] } }`;

const header = '"form":"ZX-01","unit":"城中区政协","period":"2023"';

describe('reading the form data file', () => {
  it("reads the README's example", () => {
    const f = parseFormFile(README_EXAMPLE);
    expect(f).toMatchObject({ form: 'ZX-01', unit: '城中区政协', period: '2023', prior: { 'pro.accepted': 90 }, notes: { 'pro.accepted': '说明文字' } });
    expect({ ...f.values }).toEqual({ 'pro.accepted': 97, 'pro.answer_rate': 100 });
    expect(f.sources!['pro.accepted']).toEqual([{ url: '…', quote: '…', capturedAt: '…' }]);
  });

  it('reads a UTF-8 BOM', () => {
    expect(parseFormFile('\uFEFF' + README_EXAMPLE).unit).toBe('城中区政协');
  });

  it('keeps blanks blank: null is an empty cell, not a zero', () => {
    const f = parseFormFile(`{${header},"values":{"pro.accepted":97,"pro.submitted":null}}`);
    expect(Object.keys(f.values)).toEqual(['pro.accepted']);
  });

  it('gives tables no prototype, so no key can reach Object.prototype', () => {
    const f = parseFormFile(README_EXAMPLE);
    expect(Object.getPrototypeOf(f.values)).toBeNull();
    expect((f.values as Record<string, unknown>).toString).toBeUndefined();
  });

  it('round-trips through serializeFormFile', () => {
    const f = parseFormFile(README_EXAMPLE);
    expect(parseFormFile(serializeFormFile(f))).toEqual(f);
    const extra: FormFile = { ...f, approx: ['pro.accepted'], records: { 'con.remote': 3 }, parts: [{ unit: '城东区政协', values: { 'pro.accepted': 3 } }], verified: { 'pro.accepted': 97 } };
    expect(parseFormFile(serializeFormFile(extra))).toEqual(extra);
  });

  it('reads local indicators when given the office catalogue', () => {
    const edition = applyLocalOverrides(STANDARD_EDITION, { indicators: [{ code: 'loc.river_chiefs', sheet: '表1', section: '九、本地', label: '委员河长', unit: '名', kind: 'count' }] });
    const text = `{${header},"values":{"loc.river_chiefs":12}}`;
    expect(parseFormFile(text, { catalogue: edition.indicators }).values['loc.river_chiefs']).toBe(12);
    expect(() => parseFormFile(text)).toThrow(FormFileError);
  });
});

describe('refusing a bad file with one message naming the place', () => {
  it.each([
    ['count written as text', `{${header},"values":{"pro.accepted":"97"}}`, 'values.pro.accepted：应为数字，实际为文本 "97"（请去掉引号）'],
    ['unknown code', `{${header},"values":{"pro.acceptd":97}}`, 'values：未知指标代码 pro.acceptd（是否应为 pro.accepted？）'],
    ['unknown code in prior', `{${header},"values":{},"prior":{"inf.colected":4000}}`, 'prior：未知指标代码 inf.colected（是否应为 inf.collected？）'],
    ['unknown code far from any', `{${header},"values":{"zzz.qqq":1}}`, 'values：未知指标代码 zzz.qqq（请对照 ZX-01 指标目录）'],
    ['negative number', `{${header},"values":{"pro.accepted":-3}}`, 'values.pro.accepted：不能为负数（实际为 数字 -3），请填写 0 或正数'],
    ['non-finite number', `{${header},"values":{"pro.accepted":1e999}}`, 'values.pro.accepted：数值不是有限数（Infinity），请填写实际数字'],
    ['__proto__ key', `{${header},"values":{"__proto__":{"polluted":1}}}`, 'values.__proto__：不允许使用此键名（__proto__、constructor、prototype），请删除或改名'],
    ['constructor key', `{${header},"notes":{"constructor":"x"},"values":{}}`, 'notes.constructor：不允许使用此键名（__proto__、constructor、prototype），请删除或改名'],
    ['truncated', README_EXAMPLE.slice(0, 80), '文件不完整：JSON 在结尾处被截断，请重新导出或补全后再试'],
    ['missing comma', `{${header},\n"values":{"pro.accepted":97 "pro.submitted":100}}`, '文件不是有效的 JSON（第 2 行第 29 列附近有误，常见原因：缺逗号、多逗号、中文引号），请改正后再试'],
    ['not JSON at all', '提案 97 件', '文件不是有效的 JSON（不以 { 开头），请确认选择的是报表数据文件（.json）'],
    ['empty', '  ', '文件为空：请提供报表数据文件（JSON）'],
    ['an array', '[]', '文件内容应为一个 JSON 对象（以 { 开头），包含 form、unit、period、values 等字段'],
    ['a key twice', `{${header},"values":{"pro.accepted":97,"pro.submitted":100,"pro.accepted":79}}`, 'values.pro.accepted：同一个键出现了两次，请删除多余的一处'],
    ['a key twice in parts', `{${header},"values":{},"parts":[{"unit":"a","values":{}},{"unit":"b","values":{"mtg.chair":1,"mtg.chair":2}}]}`, 'parts[1].values.mtg.chair：同一个键出现了两次，请删除多余的一处'],
    ['period as a number', `{"form":"ZX-01","unit":"x","period":2023,"values":{}}`, 'period：应为文本，实际为数字 2023（请加引号，如 "2023"）'],
    ['misspelt key', `{${header},"vaules":{}}`, '文件顶层：未知字段 vaules（是否应为 values？）'],
    ['a damaged key, long and with a line break', `{${header},"values":{},"${'键'.repeat(60)}\\n":1}`, `文件顶层：未知字段 ${'键'.repeat(40)}…，请删除`],
    ['no values', `{${header}}`, 'values：缺少此项，应为对象（{…}）'],
    ['source without url', `{${header},"values":{},"sources":{"pro.accepted":[{"quote":"q","capturedAt":"t"}]}}`, 'sources.pro.accepted[0].url：缺少此项，应为文本'],
    ['fractional record count', `{${header},"values":{},"records":{"con.remote":1.5}}`, 'records.con.remote：应为整数，实际为数字 1.5'],
    ['unknown code in verified', `{${header},"values":{},"verified":{"pro.acepted":1}}`, 'verified：未知指标代码 pro.acepted（是否应为 pro.accepted？）'],
    ['verified value as text', `{${header},"values":{},"verified":{"pro.accepted":"97"}}`, 'verified.pro.accepted：应为数字，实际为文本 "97"（请去掉引号）'],
    ['unknown code in parts', `{${header},"values":{},"parts":[{"unit":"a","values":{"pro.acepted":1}}]}`, 'parts[0].values：未知指标代码 pro.acepted（是否应为 pro.accepted？）'],
  ])('%s', (_name, text, message) => {
    expect(() => parseFormFile(text)).toThrow(new FormFileError(message));
  });

  it('does not mistake equal keys in different objects, or escaped quotes, for a repeat', () => {
    const text = `{${header},"values":{"pro.accepted":97},"prior":{"pro.accepted":90},"notes":{"pro.accepted":"说明\\"引号\\", \\"pro.accepted\\""}}`;
    expect(parseFormFile(text).notes!['pro.accepted']).toBe('说明"引号", "pro.accepted"');
  });

  it('leaves Object.prototype untouched after a __proto__ attempt', () => {
    expect(() => parseFormFile(`{${header},"values":{"__proto__":{"polluted":1}}}`)).toThrow(FormFileError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
