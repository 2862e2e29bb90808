import { describe, expect, it } from 'vitest';
import { dir, encode, expectOneLineError, file, utf16, zxtally, zxtallyInProcess } from './helpers';

// `zxtally extract` against bad and odd files: every input either yields one JSON object whose facts
// index its text, or one Chinese line on stderr with exit 2.

const BODY = '2024年，市政协召开主席会议13次，常委会议4次，收到提案256件，立案238件。';
const HTML = (body: string, head = '') => `<!doctype html><html><head>${head}<title>年度工作</title></head><body><div class="content"><p>${body}</p></div></body></html>`;

interface Ok {
  /** The text the facts must index (for .txt: the file's text without BOM). */
  text?: string;
  /** Quotes that must be found. */
  quotes?: string[];
  /** A page without text: still JSON, plus one hint line on stderr. */
  hint?: boolean;
}

const ok: [string, () => string, Ok][] = [
  ['GBK .txt without declaration', () => file('gbk.txt', encode(BODY, 'gbk')), { text: BODY, quotes: ['13次', '256件'] }],
  ['Big5 .txt without declaration', () => file('big5.txt', encode('2024年，市政協召開主席會議13次，常委會議4次，收到提案256件，立案238件。', 'big5')), { text: '2024年，市政協召開主席會議13次，常委會議4次，收到提案256件，立案238件。', quotes: ['256件'] }],
  ['GB18030 .txt', () => file('gb18030.txt', encode(BODY + '𠀀', 'gb18030')), { text: BODY + '𠀀', quotes: ['13次'] }],
  ['UTF-16LE .txt with BOM', () => file('u16le.txt', utf16(BODY)), { text: BODY, quotes: ['13次'] }],
  ['UTF-16BE .txt with BOM', () => file('u16be.txt', utf16(BODY, true)), { text: BODY, quotes: ['13次'] }],
  ['UTF-8 BOM .txt', () => file('bom.txt', '\ufeff' + BODY), { text: BODY }],
  ['CRLF .txt keeps its line endings', () => file('crlf.txt', `年度工作\r\n${BODY}\r\n社情民意信息120篇。\r\n`), { text: `年度工作\r\n${BODY}\r\n社情民意信息120篇。\r\n`, quotes: ['13次', '120篇'] }],
  ['zero-width, NBSP and U+3000 inside numbers', () => file('zw.txt', '主席会议1\u200b3次，常委会议\u00a04\u00a0次，收到提案2\u30005\u30006件。'), { text: '主席会议1\u200b3次，常委会议\u00a04\u00a0次，收到提案2\u30005\u30006件。' }],
  ['UTF-8 BOM HTML whose meta says gbk (BOM wins)', () => file('bom-meta-gbk.html', '\ufeff' + HTML(BODY, '<meta charset="gbk">')), { quotes: ['13次', '256件'] }],
  ['meta says utf-8 but the bytes are GBK', () => file('wrong-meta.html', encode(HTML(BODY, '<meta charset="utf-8">'), 'gbk')), { quotes: ['13次', '256件'] }],
  ['GBK HTML with meta gb2312', () => file('gbk-meta.html', encode(HTML(BODY, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk')), { quotes: ['13次'] }],
  ['.htm without <body>', () => file('nobody.htm', `<html><head><title>年度工作</title></head><p>${BODY}</p></html>`), { quotes: ['13次'] }],
  ['HTML fragment without <html>', () => file('fragment.html', `<p>${BODY}</p>`), { quotes: ['13次'] }],
  ['frameset-only page', () => file('frameset.html', '<html><head><title>市政协</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>'), { text: '', hint: true }],
  ['iframe-only page', () => file('iframe.html', '<html><head><title>市政协</title></head><body><iframe src="content.html"></iframe></body></html>'), { text: '', hint: true }],
  ['whitespace-only HTML', () => file('blank.html', '<html><body>  \u3000 </body></html>'), { text: '', hint: true }],
  ['.txt that is really HTML', () => file('saved-page.txt', HTML(BODY)), { quotes: ['13次'] }],
  ['.md is read as text', () => file('notes.md', BODY), { text: BODY }],
  ['.csv is read as text', () => file('table.csv', '指标,数值\r\n主席会议,13次\r\n'), { text: '指标,数值\r\n主席会议,13次\r\n' }],
  ['file name with spaces and Chinese', () => file('市政协 2024 年度 工作.txt', BODY), { text: BODY }],
  ['no extension', () => file('page', BODY), { text: BODY }],
];

describe('zxtally extract: odd but readable files', () => {
  it.concurrent.each(ok)('%s', async (_name, make, want) => {
    const r = await zxtally('extract', make());
    expect(r.code).toBe(0);
    if (want.hint) expect(r.stderr).toMatch(/^提示：[^\n]*框架页[^\n]*\n$/);
    else expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 6)).toEqual(['kind', 'title', 'date', 'text', 'facts', 'records']);
    if (want.text !== undefined) expect(j.text).toBe(want.text);
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);
    for (const q of want.quotes ?? []) expect(j.facts.map((f: { quote: string }) => f.quote)).toContain(q);
  });
});

const refused: [string, () => string[], RegExp][] = [
  ['a missing file', () => [`${dir}/nope.html`], /找不到文件/],
  ['a directory', () => [dir], /文件夹/],
  ['an empty file', () => [file('empty.txt', '')], /为空/],
  ['a whitespace-only file', () => [file('blank.txt', ' \r\n\t\u3000\n')], /没有可读的文字/],
  ['a UTF-8 BOM and nothing else', () => [file('bom-only.txt', new Uint8Array([0xef, 0xbb, 0xbf]))], /没有可读的文字/],
  ['a UTF-16LE BOM and nothing else', () => [file('bom16-only.txt', new Uint8Array([0xff, 0xfe]))], /没有可读的文字/],
  ['PNG bytes', () => [file('image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]))], /二进制/],
  ['zip bytes named .txt', () => [file('archive.txt', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x22, 0, 0, 0, 0]))], /二进制/],
  ['NUL bytes inside text', () => [file('nul.txt', `主席会议13次\0\0\0${'x'.repeat(50)}`)], /二进制/],
  ['.doc', () => [file('report.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))], /Word 文件.*另存为 \.txt/],
  ['.pdf', () => [file('report.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')], /PDF 文件.*另存为 \.txt/],
  ['.docx', () => [file('report.docx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))], /Word 文件/],
  ['.xlsx', () => [file('report.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))], /Excel 表格/],
  ['a JSON file that is not a capture', () => [file('other.json', '{"a":1}')], /不是有效的采集结果/],
  ['a truncated JSON file', () => [file('cut.json', '{"kind":"article","text":"主席')], /不是有效的 JSON/],
];

describe('zxtally extract: refused files', () => {
  it.concurrent.each(refused)('%s', async (_name, make, pattern) => {
    expectOneLineError(await zxtally('extract', ...make()), 2, pattern);
  });
});

describe('zxtally extract: a saved capture edited by hand', () => {
  it('moves each fact to its quote in the edited text, or refuses a quote that is gone', async () => {
    const saved = JSON.parse((await zxtally('extract', file('cap.txt', BODY))).stdout);
    const shifted = { ...saved, text: `编者按：\n${saved.text}` };
    const r = await zxtally('extract', file('cap-shifted.json', JSON.stringify(shifted)));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.facts.map((f: { quote: string }) => f.quote)).toEqual(saved.facts.map((f: { quote: string }) => f.quote));
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);

    const gone = { ...saved, text: saved.text.replace('256件', '二百五十六件') };
    expectOneLineError(await zxtally('extract', file('cap-gone.json', JSON.stringify(gone))), 2, /“256件”在正文中找不到/);
  });
});

describe('zxtally extract: arguments', () => {
  it.each([
    ['--url without its value', () => [file('u.txt', BODY), '--url'], /--url 缺少取值/],
    ['--url followed by another flag', () => [file('u2.txt', BODY), '--url', '--verbose'], /--url 缺少取值|未知参数/],
    ['an unknown flag as the last word', () => [file('f.txt', BODY), '--verbose'], /未知参数：--verbose/],
    ['an unknown flag with a value', () => [file('f2.txt', BODY), '--encoding', 'gbk'], /未知参数：--encoding/],
    ['two files', () => [file('a.txt', BODY), file('b.txt', BODY)], /只能指定一个文件/],
    ['no file', () => [], /用法/],
  ])('%s', async (_name, make, pattern) => {
    expectOneLineError(await zxtallyInProcess('extract', ...make()), 2, pattern);
  });
});

describe('zxtally extract: huge pages', () => {
  it('reads an ~8 MB HTML page and keeps every offset right', async () => {
    const para = `<p>${BODY}政协委员${'深入调研，积极建言。'.repeat(20)}</p>\n`;
    const html = HTML(para.repeat(Math.ceil(8e6 / Buffer.byteLength(para))));
    const r = await zxtally('extract', file('huge.html', html));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.facts.length).toBeGreaterThan(100);
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);
    // No silent cap any more: every paragraph is kept, and no notice is needed.
    const paras = Math.ceil(8e6 / Buffer.byteLength(para));
    expect(j.text.split('\n').filter((l: string) => l.includes('政协委员深入调研')).length).toBe(paras);
    expect(j.notices).toBeUndefined();
  }, 60000);

  it('reads an ~8 MB .txt whole, offsets into the file', async () => {
    const text = `${BODY}${'政协委员深入调研，积极建言。'.repeat(20)}\r\n`.repeat(Math.ceil(8e6 / 1000));
    const r = await zxtally('extract', file('huge.txt', text));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.text).toBe(text);
    expect(j.facts.length).toBeGreaterThan(1000);
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);
  }, 60000);

  it('refuses a ~6 MB binary file with one short line', async () => {
    const bytes = new Uint8Array(6e6);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    expectOneLineError(await zxtally('extract', file('huge.bin.txt', bytes)), 2, /二进制/);
  });
});
