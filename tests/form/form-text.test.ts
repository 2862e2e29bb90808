import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FormFileError, parseFormFile } from '../../shared/form/form-file';
import { formFileSizeProblem, formFileText } from '../../shared/form/form-text';
import { FORM_LIMITS } from '../../shared/form/json-guard';

// One decode path for every reader of a form data file (the CLI, the add-in's 填报 and 汇总): UTF-8 with or without
// a BOM and UTF-16 as Notepad saves it are read; GBK and Big5 are named, and garbage is refused, in Chinese.

const TEXT = JSON.stringify({ form: 'ZX-01', unit: '城中区政协委员会办公室', period: '2025', values: { 'mtg.chair': 12 } }, null, 2);
const utf16 = (s: string, { be = false, bom = true } = {}) => {
  const b = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
  if (be) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return new Uint8Array(b);
};
const encode = (s: string, codec: 'gbk' | 'big5') =>
  new Uint8Array(spawnSync('python3', ['-c', `import sys;sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('${codec}'))`], { input: s }).stdout);
const refusal = (bytes: Uint8Array) => {
  try {
    formFileText(bytes, '文件“x.json”');
  } catch (err) {
    expect(err).toBeInstanceOf(FormFileError);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('a form data file’s bytes as text', () => {
  it.each([
    ['UTF-8', () => new TextEncoder().encode(TEXT)],
    ['UTF-8 with BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16LE with BOM', () => utf16(TEXT)],
    ['UTF-16BE with BOM', () => utf16(TEXT, { be: true })],
    ['UTF-16LE without BOM', () => utf16(TEXT, { bom: false })],
  ])('reads %s as the same form', (_name, bytes) => {
    expect(parseFormFile(formFileText(bytes(), '文件“x.json”'))).toEqual(parseFormFile(TEXT));
  });

  it.each([
    ['GBK', () => encode(TEXT, 'gbk'), '文件“x.json” 是 GBK/GB18030 编码，不是 UTF-8；请用记事本等打开，“另存为”时编码选 UTF-8 后再试'],
    ['Big5', () => encode(TEXT.replace('城中区政协委员会办公室', '城中區政協委員會辦公室'), 'big5'), '文件“x.json” 是 Big5 编码，不是 UTF-8'],
  ])('names a %s file’s encoding and says how to fix it', (_name, bytes, message) => {
    expect(refusal(bytes())).toContain(message);
  });

  it('refuses a file that is no text, saying so in Chinese', () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal(png)).toMatch(/^文件“x\.json” (不是 UTF-8 编码，也无法识别其编码|含有不是 UTF-8 的字节|是 .+ 编码，不是 UTF-8)/);
  });

  it('refuses a file past the size limit before decoding it', () => {
    expect(formFileSizeProblem(FORM_LIMITS.bytes, 'a.json')).toBeNull();
    expect(formFileSizeProblem(FORM_LIMITS.bytes + 1, 'a.json')).toBe('a.json 文件过大（64 MB），报表数据文件最大为 64 MB；请确认选择的是报表数据文件');
  });
});
