import { describe, expect, it } from 'vitest';
import { dir, encode, expectOneLineError, file, zxtally } from './helpers';

// Messages that used to mislead: each names what is really wrong with the file, and where.

const header = { form: 'ZX-01', unit: '城中区政协', period: '2024' };
const form = JSON.stringify({ ...header, values: { 'mtg.chair': 6, 'pro.submitted': 12 } }, null, 2);
/** UTF-16 as Windows Notepad saves it ("Unicode"), with or without its BOM. */
const utf16 = (s: string, { be = false, bom = true } = {}) => {
  const b = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
  if (be) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return new Uint8Array(b);
};

describe('a form file with NaN, Infinity or undefined says so, and where', () => {
  it.concurrent.each([
    ['NaN', '{"form":"ZX-01","unit":"城中区政协","period":"2024",\n"values":{"mtg.chair":NaN}}', /第 2 行第 23 列写的是 NaN，JSON 不允许 NaN/],
    ['Infinity', '{"form":"ZX-01","unit":"城中区政协","period":"2024","values":{"mtg.chair":Infinity}}', /第 1 行第 \d+ 列写的是 Infinity，JSON 不允许/],
    ['undefined', '{"form":"ZX-01","unit":"城中区政协","period":"2024","values":{"mtg.chair":undefined}}', /写的是 undefined.*写 null/],
  ])('%s', async (name, text, pattern) => {
    const r = await zxtally('check', file(`m-${name}.json`, text), '--json');
    expectOneLineError(r, 2, pattern);
    expect(r.stderr).not.toContain('不以 { 开头');
  });
});

describe('a form file’s encoding is named right, and UTF-16 is read', () => {
  it.concurrent.each([
    ['UTF-16LE with BOM', () => utf16(form)],
    ['UTF-16BE with BOM', () => utf16(form, { be: true })],
    ['UTF-16LE without BOM', () => utf16(form, { bom: false })],
  ])('check reads %s like UTF-8', async (name, bytes) => {
    const path = file(`m-${name.replace(/\W+/g, '-')}.json`, bytes());
    const r = await zxtally('check', path, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('findings');
    const f = await zxtally('fill', path, '--out', `${dir}/m-${name.replace(/\W+/g, '-')}.xlsx`);
    expect(f.code).toBe(0);
  });

  it.concurrent.each([
    ['GBK', () => encode(form.replace('城中区政协', '城中区政协委员会办公室'), 'gbk'), /是 GBK\/GB18030 编码，不是 UTF-8.*另存为.*UTF-8/],
    ['Big5', () => encode(form.replace('城中区政协', '城中區政協委員會辦公室'), 'big5'), /是 Big5 编码，不是 UTF-8/],
  ])('a %s form file is named as such', async (name, bytes, pattern) => {
    const path = file(`m-${name}.json`, bytes());
    expectOneLineError(await zxtally('check', path), 2, pattern);
    expectOneLineError(await zxtally('fill', path, '--out', `${dir}/m-${name}.xlsx`), 2, pattern);
  });
});

describe('--local refuses a __proto__ key, naming it', () => {
  it.concurrent.each([
    ['severities', '{"severities":{"__proto__":"error"}}', /本地扩展 severities\.__proto__：不允许使用此键名/],
    ['top level', '{"__proto__":{"severities":{}}}', /本地扩展 __proto__：不允许使用此键名/],
    ['an indicator', '{"indicators":[{"code":"loc.x","sheet":"表1","section":"九","label":"x","unit":"名","kind":"count","__proto__":{}}]}', /本地扩展 indicators\[0\]\.__proto__/],
  ])('in %s', async (name, local, pattern) => {
    const r = await zxtally('check', file(`m-form-${name}.json`, form), '--local', file(`m-local-${name.replace(/\W+/g, '-')}.json`, local));
    expectOneLineError(r, 2, pattern);
  });
});
