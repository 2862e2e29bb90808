import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureSchema } from '../../shared/model';
import { parseDocument } from '../../shared/page/capture-html';
import { snapshotFromDocument, type Snapshot } from '../../shared/page/snapshot';
import { portalDir, projectRoot, seedPath, seedText } from './fixtures';

// The `zxtally extract` contract, through the real binary: one JSON object on stdout, or one
// Chinese line on stderr with exit code 2.

const zxtally = (...args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin/zxtally.mjs'), 'extract', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(path.join(tmpdir(), 'zx-extract-'));

/** A real page's snapshot, broken by `edit`, saved as JSON. */
function snapshotFile(name: string, edit: (s: Snapshot) => unknown): string {
  const s = snapshotFromDocument(parseDocument(readFileSync(path.join(portalDir, 'article-000.html'), 'utf8')), { url: 'http://zx.example.cn/a.html' });
  edit(s);
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('zxtally extract', () => {
  it('prints the contract keys in order for a .txt seed, offsets into the file without BOM', () => {
    const file = path.join(tmp, 'seed0-bom.txt');
    writeFileSync(file, '\ufeff' + seedText(0));
    const { code, out } = zxtally(file);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(Object.keys(j).slice(0, 6)).toEqual(['kind', 'title', 'date', 'text', 'facts', 'records']);
    expect(Object.keys(j.facts[0])).toEqual(['quote', 'start', 'end', 'value', 'unit', 'approx', 'indicator', 'scope', 'year']);
    expect(j.text).toBe(seedText(0));
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);
    expect(CaptureSchema.safeParse(j).success).toBe(true);
  });

  it('prints each fact\'s scope and year, reading 去年/全年 against a .txt page\'s 发布时间 line or --url', () => {
    const body = '五年来，县政协共收到提案1500件。\n去年，县政协召开主席会议12次。';
    const dated = path.join(tmp, 'dated.txt');
    writeFileSync(dated, `县政协工作综述\n发布时间：2025-06-20\n${body}\n`);
    const facts = (f: string, ...args: string[]) =>
      JSON.parse(zxtally(f, ...args).out).facts.map((x: { quote: string; scope: string; year: number | null }) => [x.quote, x.scope, x.year]);
    expect(facts(dated)).toEqual([['1500件', 'span', null], ['12次', 'year', 2024]]);
    const undated = path.join(tmp, 'undated.txt');
    writeFileSync(undated, body);
    expect(facts(undated)).toEqual([['1500件', 'span', null], ['12次', 'year', null]]);
    expect(facts(undated, '--url', 'http://zx.example.cn/news/2023-03/t20230301_1.html')).toEqual([['1500件', 'span', null], ['12次', 'year', 2022]]);
  });

  it('reads a Big5 page with --url and resolves record links against it', () => {
    const { code, out } = zxtally(path.join(portalDir, 'article-001-big5.html'), '--url', 'http://zx.example.cn/news/a.html');
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.kind).toBe('mixed');
    expect(Object.keys(j.records[0])).toEqual(['title', 'date', 'url', 'indicator']);
    expect(j.records[0].url).toBe('http://zx.example.cn/news/news/2024-09/t20240927_001.html');
    for (const f of j.facts) expect(j.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('reads a GBK seed text saved as .txt', () => {
    const file = path.join(tmp, 'seed3-gbk.txt');
    writeFileSync(file, new Uint8Array(Buffer.from(spawnSync('python3', ['-c', `import sys;sys.stdout.buffer.write(open(${JSON.stringify(seedPath(3))},encoding='utf-8').read().encode('gbk'))`]).stdout)));
    const { code, out } = zxtally(file);
    expect(code).toBe(0);
    expect(JSON.parse(out).text).toBe(seedText(3));
  });

  it('round-trips a saved capture .json', () => {
    const file = path.join(tmp, 'c.json');
    writeFileSync(file, zxtally(seedPath(4)).out);
    const { code, out } = zxtally(file);
    expect(code).toBe(0);
    expect(JSON.parse(out).facts.length).toBeGreaterThan(0);
  });

  it('reads a page saved as a single file (.mhtml, quoted-printable) like the page itself', () => {
    const a = JSON.parse(zxtally(path.join(portalDir, 'saved/article-003.mhtml')).out);
    const b = JSON.parse(zxtally(path.join(portalDir, 'article-003.html'), '--url', 'http://www.zx.example.cn/article-003.html').out);
    expect(a).toEqual(b);
    expect(a.url).toBe('http://www.zx.example.cn/article-003.html');
  });

  it('captures a snapshot .json saved from the extension like the live page', () => {
    const file = path.join(tmp, 'snapshot.json');
    const html = readFileSync(path.join(portalDir, 'list.html'), 'utf8');
    writeFileSync(file, JSON.stringify(snapshotFromDocument(parseDocument(html), { url: 'http://zx.example.cn/list.html' })));
    const { code, out } = zxtally(file);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kind: 'list', url: 'http://zx.example.cn/list.html' });
    expect(JSON.parse(out).records).toHaveLength(9);
  });

  it('keeps text nested 3,000 elements deep (no stack overflow, no depth cap)', () => {
    const file = path.join(tmp, 'deep.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(3000)}<p>政协委员深入基层开展调研，提出意见建议12条。</p>${'</div>'.repeat(3000)}</body></html>`);
    const { code, out, err } = zxtally(file);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).text).toBe('政协委员深入基层开展调研，提出意见建议12条。');
  });

  it.each([
    ['a missing file', () => path.join(tmp, 'nope.html'), /^错误：找不到文件：/],
    ['a directory', () => tmp, /^错误：.*是文件夹/],
    ['an empty file', () => (writeFileSync(path.join(tmp, 'empty.txt'), ''), path.join(tmp, 'empty.txt')), /^错误：文件为空/],
    ['a binary file', () => (writeFileSync(path.join(tmp, 'bin.html'), readFileSync(process.execPath).subarray(0, 2 << 20)), path.join(tmp, 'bin.html')), /^错误：.*二进制/],
    ['an invalid capture .json', () => (writeFileSync(path.join(tmp, 'bad.json'), '{"kind":"poster"}'), path.join(tmp, 'bad.json')), /^错误：.*不是有效的采集结果/],
    ['a broken .mhtml', () => (writeFileSync(path.join(tmp, 'x.mhtml'), 'From: <Saved by Blink>\r\n\r\nnot mime'), path.join(tmp, 'x.mhtml')), /^错误：.*不是有效的“网页，单个文件”/],
    ['whitespace only', () => (writeFileSync(path.join(tmp, 'ws.txt'), ' \n\n '), path.join(tmp, 'ws.txt')), /^错误：文件没有可读的文字/],
    ['a snapshot whose boxes loop', () => snapshotFile('loop.json', (s) => (s.boxes[1] = 2, s.boxes[2] = 1)), /^错误：.*不是有效的页面快照：快照的容器 1 的上级编号 2 无效.*成环/],
    ['a snapshot block pointing at a missing table', () => snapshotFile('table.json', (s) => (s.blocks[0].table = 99)), /^错误：.*不是有效的页面快照：快照的文本块 0 指向不存在的表格 99/],
    ['a snapshot block pointing at a missing box', () => snapshotFile('box.json', (s) => (s.blocks[0].box = 10_000)), /^错误：.*不是有效的页面快照：快照的文本块 0 指向不存在的容器/],
  ])('%s → exit 2, one Chinese line, no stack', (_name, make, message) => {
    const { code, out, err } = zxtally(make());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\bat \S+:\d+/);
  });
});
