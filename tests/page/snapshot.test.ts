import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/page/capture-html';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { SnapshotSchema } from '../../shared/page/snapshot-schema';
import { pageHtml, portalPages } from './fixtures';

// The capture script's output: plain JSON, document order, chrome hints, tables as grids.

const snap = (html: string, url = 'http://zx.example.cn/a/b.html') => snapshotFromDocument(parseDocument(html), { url });

describe('snapshotFromDocument', () => {
  it.each(portalPages.map((p) => [p.path]))('%s: the snapshot is valid, plain JSON', (path) => {
    const s = snap(pageHtml(path));
    expect(SnapshotSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(s.blocks.length).toBeGreaterThan(10);
    for (const b of s.blocks) expect(b.box).toBeLessThan(s.boxes.length);
  });

  it.each([
    ['script, style, noscript and hidden elements', '<p>正文一</p><script>var a="不该出现"</script><style>p{}</style><noscript>不该出现</noscript><p style="display:none">不该出现</p><p hidden>不该出现</p><p aria-hidden="true">不该出现</p><p>正文二</p>', ['正文一', '正文二']],
    ['<br> as a line break, whitespace collapsed', '<p>第一行<br>  第二\n  行</p>', ['第一行\n第二 行']],
    ['zero-width characters', '<p>开展\u200b协商\u200d11次\ufeff</p>', ['开展协商11次']],
    ['inline text after a nested block', '<div>前文<p>段落</p>后文</div>', ['前文', '段落', '后文']],
  ])('drops or keeps: %s', (_name, html, texts) => {
    expect(snap(html).blocks.map((b) => b.text)).toEqual(texts);
  });

  it('marks headings, path words, link items with absolute hrefs and their dates', () => {
    const s = snap('<div id="main" class="list-box"><h2>要闻</h2><ul class="news"><li><a href="../c/1.html">政协召开远程协商会</a><span>[2024-05-12]</span></li></ul></div><div class="footer"><p>版权所有</p></div>');
    const [h, li, foot] = s.blocks;
    expect(h).toMatchObject({ tag: 'h2', level: 2, text: '要闻' });
    expect(li).toMatchObject({ tag: 'li', href: 'http://zx.example.cn/c/1.html', linkText: '政协召开远程协商会', date: '2024-05-12' });
    expect(li.path).toBe('main.list-box news');
    expect(foot.path).toBe('footer');
    expect(s.boxes[s.boxes[li.box]]).toBeGreaterThanOrEqual(0);
  });

  it('expands rowspan and colspan into a full grid, with cell links', () => {
    const s = snap(`<table><tr><th>序号</th><th>案由</th><th colspan="2">承办</th></tr>
      <tr><td rowspan="2">1</td><td><a href="/p/1.html">关于甲的建议</a></td><td>甲局</td><td rowspan="2">已办复</td></tr>
      <tr><td>关于乙的建议</td><td>乙局</td></tr></table>`);
    const grid = s.tables[0].rows.map((r) => r.map((c) => c.text));
    expect(grid).toEqual([
      ['序号', '案由', '承办', '承办'],
      ['1', '关于甲的建议', '甲局', '已办复'],
      ['1', '关于乙的建议', '乙局', '已办复'],
    ]);
    expect(s.tables[0].rows[1][1].href).toBe('http://zx.example.cn/p/1.html');
    expect(s.blocks.find((b) => b.tag === 'table')?.table).toBe(0);
  });

  it('walks layout tables (nested tables, long prose cells) as ordinary text', () => {
    const prose = '政协委员围绕乡村振兴开展调研，提出意见建议。'.repeat(20);
    const s = snap(`<table><tr><td><table><tr><td>导航</td></tr></table></td><td><p>${prose}</p></td></tr></table>`);
    expect(s.tables).toHaveLength(0);
    expect(s.blocks.map((b) => b.text)).toContain(prose);
  });

  it('reads title, published time and declared charset from the head', () => {
    const s = snap('<html><head><meta charset="GBK"><title>标题_站点</title><meta name="PubDate" content="2024-05-12 10:00"><meta name="description" content="简介"></head><body><p>x</p></body></html>');
    expect(s.title).toBe('标题_站点');
    expect(s.meta).toEqual({ charset: 'gbk', published: '2024-05-12 10:00', description: '简介' });
  });

  it('keeps every block of a long page, and a text block of 2.5 MB whole', () => {
    const s = snap('<div>' + '<p>第N段正文内容。</p>'.repeat(7000) + '</div>');
    expect(s.blocks.length).toBe(7000);
    expect(s.truncated).toBeUndefined();
    const line = '委员围绕乡村振兴开展调研，提出意见建议。';
    const big = snap(`<div class="content">${(line + '<br>').repeat(125_000)}</div>`);
    expect(big.blocks).toHaveLength(1);
    expect(big.blocks[0].text.length).toBe(125_000 * (line.length + 1) - 1);
  });

  it.each([200, 3000, 20_000])('keeps the text of a page nested %i elements deep (no recursion, no depth cap)', (depth) => {
    const s = snap(`${'<div><span>'.repeat(depth)}<p>深处的正文。</p>${'</span></div>'.repeat(depth)}<p>末尾。</p>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['深处的正文。', '末尾。']);
  });

  it('parses as browsers do: a <div> before <head> still yields the body', () => {
    const s = snap('<!DOCTYPE html><html><div id="consent">同意</div><head><title>标题</title></head><body><p>正文在这里。</p></body></html>');
    expect(s.title).toBe('标题');
    expect(s.blocks.map((b) => b.text)).toEqual(['同意', '正文在这里。']);
  });

  it('names each container by its own tag, id, class and landmark role', () => {
    const s = snap('<div id="__next"><nav class="top-menu"><a href="/">首页</a></nav><div role="contentinfo"><p>页脚</p></div></div>');
    expect(s.names).toEqual(['', '__next', 'nav.top-menu', 'footer', '']);
  });

  it('keeps only the selection when asked and the document has one', () => {
    const doc = parseDocument('<p>全文</p>');
    (doc as unknown as { getSelection: () => { toString(): string } }).getSelection = () => ({ toString: () => '选中的\u200b文字' });
    expect(snapshotFromDocument(doc, { selectionOnly: true }).selection).toBe('选中的文字');
    expect(snapshotFromDocument(doc).selection).toBeUndefined();
  });

  it('resolves links against <base href> when the page declares one', () => {
    const s = snap('<html><head><base href="http://www.zx.gov.cn/yw/"></head><body><ul><li><a href="t20240927_1.html">政协召开远程协商会议</a></li></ul></body></html>');
    expect(s.blocks[0].href).toBe('http://www.zx.gov.cn/yw/t20240927_1.html');
  });
});
