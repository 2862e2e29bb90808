import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { captureHtml, parseDocument } from '../../shared/page/capture-html';
import { findHeadlineLists } from '../../shared/page/headlines';
import { findRecordTables } from '../../shared/page/table';
import { isChromeText } from '../../shared/page/chrome';
import { normalizedText } from '../../shared/text/normalize';

// The snapshot's cell walks (text, first link, layout verdict) follow child/sibling/parent links and
// build a table's text line by line; these pin what they read, on the light DOM and on a full DOM.

const TABLE = `<html><body><table>
<tr><th>序号</th><th>案由</th><th></th><th>日期</th></tr>
<tr><td></td><td><span><b>关于</b></span><a href="/a.html">加强<i>社区</i>养老服务的建议</a><a href="/b.html">附件</a></td><td> </td><td>2024-01-02</td></tr>
<tr><td></td><td></td><td></td><td></td></tr>
<tr><td colspan="2">合并的 标题\u00a0 内容</td><td rowspan="2">甲\u200b乙 </td><td>2024-03-04</td></tr>
<tr><td>3</td><td><div><p>第三行</p><span>标题</span></div></td><td>2024-05-06</td></tr>
</table></body></html>`;

const cells = (doc: Document) => snapshotFromDocument(doc, { url: 'http://zx.example.cn/list/' }).tables.map((t) => t.rows);

describe('table cells', () => {
  it('read the same on the light DOM and on a full DOM', () => {
    const win = new Window({ url: 'http://zx.example.cn/list/' });
    win.document.write(TABLE);
    const full = cells(win.document as unknown as Document);
    const lite = cells(parseDocument(TABLE));
    expect(lite).toEqual(full);
    expect(lite[0][1][1]).toEqual({ text: '关于加强社区养老服务的建议附件', href: 'http://zx.example.cn/a.html', linkText: '加强社区养老服务的建议' });
    expect(lite[0][3].map((c) => c.text)).toEqual(['合并的 标题 内容', '合并的 标题 内容', '甲乙', '2024-03-04']);
    expect(lite[0][4].map((c) => c.text)).toEqual(['3', '第三行标题', '甲乙', '2024-05-06']);
    win.close();
  });

  it('make the table text one line per row of its non-empty cells, empty rows dropped', () => {
    const s = snapshotFromDocument(parseDocument(TABLE));
    const block = s.blocks.find((b) => b.table === 0)!;
    const naive = s.tables[0].rows
      .map((r) => r.map((c) => c.text).join(' ').replace(/ +/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    expect(block.text).toBe(naive);
    expect(block.text.split('\n')).toHaveLength(4);
  });

  it('mark a cell with a nested block of long prose as layout', () => {
    const prose = '政协委员围绕养老服务开展调研'.repeat(10);
    const html = `<html><body><table><tr><td>a</td><td><div><p>${prose}</p></div></td></tr><tr><td>b</td><td>c</td></tr></table></body></html>`;
    expect(snapshotFromDocument(parseDocument(html)).tables).toHaveLength(0);
    const short = html.replace(prose, '短句');
    expect(snapshotFromDocument(parseDocument(short)).tables).toHaveLength(1);
  });
});

describe('block paths', () => {
  it('keep the last eight words of a deep nesting', () => {
    const open = Array.from({ length: 12 }, (_, i) => `<div class="c${i}">`).join('');
    const html = `<html><body>${open}<p>深层段落</p>${'</div>'.repeat(12)}</body></html>`;
    const b = snapshotFromDocument(parseDocument(html)).blocks.find((x) => x.text === '深层段落')!;
    expect(b.path).toBe('c4 c5 c6 c7 c8 c9 c10 c11');
  });
});

describe('record tables and headline lists', () => {
  it('a record table is not also read as a headline list', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td><a href="/t${i}.html">关于加强第${i + 1}项民生工作的建议</a></td><td>2024-01-0${i + 1}</td></tr>`).join('');
    const html = `<html><body><table><tr><th>标题</th><th>日期</th></tr>${rows}</table></body></html>`;
    const s = snapshotFromDocument(parseDocument(html), { url: 'http://zx.example.cn/' });
    const tables = findRecordTables(s);
    expect(tables).toHaveLength(1);
    expect(findHeadlineLists(s)).toHaveLength(1);
    expect(findHeadlineLists(s, false, new Set(tables.map((t) => t.table)))).toHaveLength(0);
    const c = captureHtml(html, 'http://zx.example.cn/');
    expect(c.kind).toBe('table');
    expect(c.records).toHaveLength(5);
  });
});

describe('remembered answers', () => {
  it('give the same verdict when asked again', () => {
    const texts = ['当前位置：首页 > 要闻', '市政协召开专题协商会议', '版权所有 某某政协', '委员视察养老机构'];
    const first = texts.map(isChromeText);
    expect(first).toEqual([true, false, true, false]);
    expect(texts.map(isChromeText)).toEqual(first);
    const a = normalizedText('市政協召開會議');
    const b = normalizedText('提 案 3 5 6 件');
    expect(normalizedText('市政協召開會議')).toBe(a);
    expect(normalizedText(a)).toBe(a);
    expect(normalizedText('提 案 3 5 6 件')).toBe(b);
  });
});
