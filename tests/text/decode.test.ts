import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DecodeError, decodeBytes } from '../../shared/text/decode';
import { SHARED } from '../gold-scorer';

// Encoded with a real encoder (python codecs) once; bytes kept as hex so the test needs no encoder.
const GBK = 'd7d4d6cec7f8d5fed0adb0ecb9abccfcbed9b0ecc5e0d1b5b0e0a3acceaaceafd4b1b3e4b5e7a1a3'; // 自治区政协办公厅举办培训班，为委员充电。
const BIG5 = 'a5feb0eaac46a8f3a56cb67dbbb7b57ba8f3b0d3b77ca141bc73a6e8b35da4c0b77cb3f5a141ae5da46ab0b6a558ae75a143'; // 全國政協召開遠程協商會，廣西設分會場，孫大偉出席。
const GBK_TRAD = 'c8ab87f8d5fe8566d5d9e95fdf68b3cc8566c9cc95fea3ac8f56cef7d44fb7d695fe88f6a1a3'; // 全國政協召開遠程協商會，廣西設分會場。 (traditional chars, GBK bytes)
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const seed = readFileSync(path.join(SHARED, 'seeds', '000_0bbf2ada2c50541b.txt'), 'utf8').slice(0, 600);

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeBytes', () => {
  it.each([
    ['GBK without meta (sniffed)', hex(GBK), 'gb18030', '自治区政协'],
    ['Big5 without meta (sniffed)', hex(BIG5), 'big5', '全國政協'],
    ['traditional chars in GBK (sniffed)', hex(GBK_TRAD), 'gb18030', '全國政協召開'],
    ['UTF-8 without BOM', utf8(seed), 'utf-8', seed],
    ['UTF-8 BOM stripped', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('政协')]), 'utf-8', '政协'],
    ['UTF-16LE BOM', utf16('政协委员', true), 'utf-16le', '政协委员'],
    ['UTF-16BE BOM', utf16('政协委员', false), 'utf-16be', '政协委员'],
    ['UTF-16LE without BOM', utf16('<html>政协委员 2024</html>', true).subarray(2), 'utf-16le', '<html>政协委员'],
  ])('%s', (_name, bytes, charset, expected) => {
    const d = decodeBytes(bytes);
    expect(d.charset).toBe(charset);
    expect(d.text.startsWith(expected)).toBe(true);
  });

  it.each([
    ['<meta charset="gb2312">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gbk'],
    ["<meta charset='big5'>", 'big5'],
    ['<?xml version="1.0" encoding="GB2312"?>', 'gbk'],
  ])('honours %s in an HTML head', (meta, charset) => {
    const body = charset === 'big5' ? hex(BIG5) : hex(GBK);
    const bytes = new Uint8Array([...utf8(meta.startsWith('<?xml') ? meta : `<html><head>${meta}</head><body>`), ...body]);
    const d = decodeBytes(bytes, { html: true });
    expect(d.charset).toBe(charset);
    expect(d.text).toContain(charset === 'big5' ? '全國政協' : '自治区政协');
  });

  it('UTF-8 cut in the middle of a character is still UTF-8', () => {
    const full = utf8(seed + '政');
    const bytes = full.subarray(0, full.length - 1);
    expect(decodeBytes(bytes).charset).toBe('utf-8');
  });

  it('a page re-saved as UTF-8 that still declares gb2312 is read as UTF-8', () => {
    const bytes = utf8('<html><head><meta charset="gb2312"></head><body>市政协召开主席会议13次</body></html>');
    const d = decodeBytes(bytes, { html: true });
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('市政协召开主席会议13次');
  });

  it('a meta tag declaring utf-16 on ASCII-compatible bytes means UTF-8, as in browsers', () => {
    const d = decodeBytes(utf8('<html><head><meta charset="utf-16"></head><body>收到提案256件</body></html>'), { html: true });
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('收到提案256件');
  });

  it('a page labelled utf-8 that is not UTF-8 is sniffed', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="utf-8">'), ...hex(GBK)]);
    expect(decodeBytes(bytes).charset).toBe('gb18030');
  });

  it.each([
    ['empty', new Uint8Array(0), '文件为空'],
    ['NUL bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), '二进制'],
    ['control chars', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), '二进制'],
  ])('%s → DecodeError in Chinese', (_n, bytes, msg) => {
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
    expect(() => decodeBytes(bytes)).toThrow(msg);
  });
});

// Real pages carry stray bytes: a © saved as one Windows-1252 byte (0xA9) in a UTF-8 footer.
const STRAY = 0xa9;
const BODY = '2024年，市政协召开主席会议13次，常委会议4次，收到提案256件，立案238件。';
const withStray = (head: string) =>
  new Uint8Array([
    ...utf8(`<!doctype html><html><head>${head}<title>年度工作</title></head><body><div class="content"><p>${BODY}`),
    ...utf8('</p></div><div class="footer">版权所有 '), STRAY, ...utf8(' 2024 市政协办公室 '), STRAY, ...utf8('</div></body></html>'),
  ]);
/** UTF-16 without a BOM. */
const utf16Bare = (s: string, le: boolean) => utf16(s, le).subarray(2);

describe('decodeBytes: stray bytes, declared charsets and mojibake', () => {
  it.each([
    ['UTF-8 with two stray bytes, meta utf-8', withStray('<meta charset="utf-8">'), 'utf-8'],
    ['UTF-8 with two stray bytes, no meta', withStray(''), 'utf-8'],
    ['UTF-8 with two stray bytes, an old gb2312 meta kept', withStray('<meta charset="gb2312">'), 'utf-8'],
  ])('%s', (_n, bytes, charset) => {
    const d = decodeBytes(bytes, { html: true });
    expect(d.charset).toBe(charset);
    expect(d.text).toContain('市政协召开主席会议13次');
    expect(d.text).toContain('版权所有 \ufffd 2024 市政协办公室');
  });

  it.each([
    ['共13次', 'b9b23133b4ce'],
    ['13次', '3133b4ce'],
  ])('a tiny GBK text (%s) is not taken for UTF-8 with stray bytes', (text, bytes) => {
    expect(decodeBytes(hex(bytes))).toEqual({ text, charset: 'gb18030' });
  });

  it('a declared GBK page with a stray byte stays GBK', () => {
    const bytes = new Uint8Array([...utf8('<html><head><meta charset="gbk"></head><body>'), ...hex(GBK), ...utf8(' (c) '), STRAY, ...utf8(' 2024</body></html>')]);
    const d = decodeBytes(bytes, { html: true });
    expect(d.charset).toBe('gbk');
    expect(d.text).toContain('自治区政协办公厅举办培训班');
  });

  it('refuses bytes that are mojibake in every charset, in Chinese, instead of returning them', () => {
    // UTF-8 Chinese with a stray byte after every few chars: too many errors for UTF-8, mojibake in GB18030 and Big5.
    const chars = [...BODY.repeat(4)];
    const bytes = new Uint8Array(chars.flatMap((c, i) => [...utf8(c), ...(i % 4 === 3 ? [STRAY] : [])]));
    for (const html of [true, false]) {
      expect(() => decodeBytes(bytes, { html })).toThrow(DecodeError);
      expect(() => decodeBytes(bytes, { html })).toThrow(/无法识别文字编码：.*乱码/);
    }
  });

  it.each([
    ['UTF-16LE, Chinese only', utf16Bare('政协委员积极建言献策，全年提交提案二百余件。', true), 'utf-16le'],
    ['UTF-16BE, Chinese only', utf16Bare('政协委员积极建言献策，全年提交提案二百余件。', false), 'utf-16be'],
    ['UTF-16LE, Chinese with a few digits', utf16Bare(`${BODY}${BODY}`, true), 'utf-16le'],
    ['UTF-16BE, Chinese with a few digits', utf16Bare(`${BODY}${BODY}`, false), 'utf-16be'],
  ])('%s (no BOM) is read by its byte pattern, not refused as binary', (_n, bytes, charset) => {
    const d = decodeBytes(bytes);
    expect(d.charset).toBe(charset);
    expect(d.text).toMatch(/^政协委员积极建言献策|^2024年，市政协召开/);
  });

  it.each([
    ['GBK', hex(GBK), 'gb18030'],
    ['Big5', hex(BIG5), 'big5'],
    ['UTF-8', utf8(BODY), 'utf-8'],
    ['ASCII', utf8('Annual report of the committee, 2024: 13 meetings.'), 'utf-8'],
  ])('%s is never taken for BOM-less UTF-16', (_n, bytes, charset) => {
    expect(decodeBytes(bytes).charset).toBe(charset);
  });
});
