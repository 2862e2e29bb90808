import { describe, expect, it } from 'vitest';
import { expectOneLineError, file, zxtally } from './helpers';

// Bytes real portals produce: a UTF-8 page with a stray Windows-1252 byte, UTF-16 saved without a BOM, and pages
// that are mojibake whatever the charset. Each is read right, or refused in Chinese; never 0 facts and exit 0.

const BODY = '2024年，市政协召开主席会议13次，常委会议4次，收到提案256件，立案238件。';
const QUOTES = ['13次', '4次', '256件', '238件'];
const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (meta: string, body: Uint8Array) =>
  new Uint8Array([
    ...utf8(`<!doctype html><html><head>${meta}<title>年度工作</title></head><body><div class="content"><p>`), ...body,
    // © saved as the single Windows-1252 byte 0xA9, twice, in the footer
    ...utf8('</p></div><div class="footer">版权所有 '), 0xa9, ...utf8(' 2024 市政协办公室 '), 0xa9, ...utf8('</div></body></html>'),
  ]);
/** UTF-16 without a BOM. */
const utf16Bare = (s: string, be = false) => {
  const b = Buffer.from(s, 'utf16le');
  if (be) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return new Uint8Array(b);
};
/** UTF-8 Chinese with a stray byte after every fourth char: too broken for UTF-8, mojibake as GB18030 or Big5. */
const garbled = () => new Uint8Array([...BODY.repeat(4)].flatMap((c, i) => [...utf8(c), ...(i % 4 === 3 ? [0xa9] : [])]));

const quotes = (stdout: string) => (JSON.parse(stdout).facts as Array<{ quote: string }>).map((f) => f.quote);

describe('zxtally extract: stray bytes and BOM-less UTF-16', () => {
  it.concurrent.each([
    ['UTF-8 page with two stray bytes, <meta charset="utf-8">', () => file('stray-meta.html', page('<meta charset="utf-8">', utf8(BODY)))],
    ['UTF-8 page with two stray bytes, no meta', () => file('stray-nometa.html', page('', utf8(BODY)))],
    ['UTF-8 page with two stray bytes, an old gb2312 meta kept', () => file('stray-gb2312.html', page('<meta charset="gb2312">', utf8(BODY)))],
    ['UTF-16LE .txt without BOM', () => file('u16le-nobom.txt', utf16Bare(BODY))],
    ['UTF-16BE .txt without BOM', () => file('u16be-nobom.txt', utf16Bare(BODY, true))],
  ])('%s: read right, every fact found', async (_n, make) => {
    const r = await zxtally('extract', make());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(quotes(r.stdout)).toEqual(expect.arrayContaining(QUOTES));
    expect(JSON.parse(r.stdout).text).toContain(BODY);
  });

  it.concurrent.each([
    ['extract, .html', () => ['extract', file('garbled.html', page('<meta charset="utf-8">', garbled()))]],
    ['extract, .txt', () => ['extract', file('garbled.txt', garbled())]],
    ['tally', () => ['tally', file('garbled-t.html', page('', garbled())), '--unit', '城中区政协', '--period', '2024']],
  ])('mojibake in every charset is refused, not saved (%s)', async (_n, make) => {
    expectOneLineError(await zxtally(...make()), 2, /无法识别文字编码：.*多为乱码.*另存为 UTF-8/);
  });
});
