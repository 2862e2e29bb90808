import { describe, expect, it } from 'vitest';
import { captureHtml, captureSnapshot } from '../../shared/page/capture';
import { parseDocument } from '../../shared/page/capture-html';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { dateFromUrl } from '../../shared/page/dates';
import { gold, seedText } from './fixtures';

// Layouts other portals use for the same content: lists as tables, dates only in the URL,
// misleading body classes, e-paper marker variants. Titles and prose are the seeds' own words.

const heads = gold(1).records;
const prose = seedText(0).split('\n').filter((l) => l.trim().length > 100).slice(0, 4);
const frame = (inner: string, bodyClass = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>要闻_某政协网</title></head><body class="${bodyClass}"><div id="nav"><a href="/">首页</a></div>${inner}<div id="footer"><p>版权所有 备案号：宁ICP备05001234号</p></div></body></html>`;

describe('other portal layouts', () => {
  it.each([
    ['<html><body><p>主席会议13次</p></body></html>', '主席会议13次', [13]],
    ['<p>收到提案256件，立案230件。</p>', '收到提案256件，立案230件。', [256, 230]],
    ['<html><body>全年编报社情民意信息45篇<div class="footer">访问量：1234</div></body></html>', '全年编报社情民意信息45篇', [45]],
  ])('a page too short to score still yields its sentence: %s', (html, text, values) => {
    const c = captureHtml(html);
    expect(c.text).toBe(text);
    expect(c.facts.map((f) => f.value)).toEqual(values);
  });


  it('a list laid out as a table (title cell | date cell) is a list with dated records', () => {
    const rows = heads.map((h, i) => `<tr><td>·<a href="/c/t2024091${i}_${i}.html">${h.title}</a></td><td>2024-09-1${i}</td></tr>`).join('');
    const c = captureHtml(frame(`<table class="list"><tbody>${rows}</tbody></table><div>共30条 当前1/5页</div>`), 'http://zx.example.cn/news/');
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => [r.title, r.date, r.indicator])).toEqual(heads.map((h, i) => [h.title, `2024-09-1${i}`, h.indicator]));
    expect(c.records[0].url).toBe('http://zx.example.cn/c/t20240910_0.html');
    expect(c.paging).toEqual({ total: 30, page: 1, pages: 5 });
  });

  it('a headline without a printed date takes the date from its TRS-style URL', () => {
    const lis = heads.map((h, i) => `<li><a href="./202409/t2024092${i}_88${i}.html">${h.title}</a></li>`).join('');
    const c = captureHtml(frame(`<div class="list"><ul>${lis}</ul></div>`), 'http://zx.example.cn/yw/');
    expect(c.records.map((r) => r.date)).toEqual(heads.map((_, i) => `2024-09-2${i}`));
  });

  it.each([
    ['http://a.cn/yw/202409/t20240927_123.html', '2024-09-27'],
    ['http://a.cn/html/2024-09/27/content_1.htm', '2024-09-27'],
    ['http://a.cn/20240927/abc.html', '2024-09-27'],
    ['http://a.cn/art/2024/9/27/art_1.html', null],
    ['http://a.cn/a/123456789.html', null],
  ])('dateFromUrl(%s) = %s', (url, want) => expect(dateFromUrl(url)).toBe(want));

  it('a body class naming page chrome does not hide the article', () => {
    const c = captureHtml(frame(`<div class="wrap"><h1>高效能保障服务履职实践</h1>${prose.map((p) => `<p>${p}</p>`).join('')}</div>`, 'header-fixed top'));
    expect(c.kind).toBe('article');
    expect(c.title).toBe('高效能保障服务履职实践');
    expect(c.text).toContain(prose[0].trim());
    expect(c.text).not.toContain('备案号');
  });

  it('a "related news" box under an article is not a headline list', () => {
    const rel = heads.map((h) => `<li><a href="/x.html">${h.title}</a></li>`).join('');
    const c = captureHtml(frame(`<div class="article"><h1>高效能保障服务履职实践</h1><div class="content">${prose.map((p) => `<p>${p}</p>`).join('')}</div><div class="box"><h3>相关新闻</h3><ul>${rel}</ul></div></div>`));
    expect(c.kind).toBe('article');
    expect(c.records).toEqual([]);
    expect(c.text).not.toContain(heads[0].title);
  });

  it('a Founder-style e-paper page (版次 in a header cell) is an e-paper', () => {
    const c = captureHtml(frame(`<div class="bmname">第A03版：综合新闻</div><div class="article"><h1>低砺奋进向未来 委员履职谱新篇</h1><div id="ozoom"><founder-content>${prose.map((p) => `<p>${p}</p>`).join('')}</founder-content></div></div>`));
    expect(c.kind).toBe('epaper');
    expect(c.why?.[0]).toMatch(/^检测到“版面\/第N版”电子报标记/);
  });

  it('a selection capture keeps only the selected words, facts indexed into them, no records', () => {
    const doc = parseDocument(frame(`<div class="article"><h1>高效能保障服务履职实践</h1>${prose.map((p) => `<p>${p}</p>`).join('')}</div>`));
    const picked = prose[0].trim().slice(0, 80);
    (doc as unknown as { getSelection: () => { toString(): string } }).getSelection = () => ({ toString: () => picked });
    const c = captureSnapshot(snapshotFromDocument(doc, { selectionOnly: true }));
    expect(c.kind).toBe('selection');
    expect(c.text).toBe(picked);
    expect(c.records).toEqual([]);
    expect(c.why).toEqual([`仅采集所选文字（${picked.length}字）`]);
    for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('a headline cut short with “…” takes the whole title from the link’s title attribute', () => {
    const lis = heads.map((h, i) => `<li><a href="/c/${i}.html" title="${h.title}">${h.title.slice(0, 12)}…</a><span>2024-09-0${i + 1}</span></li>`).join('');
    const c = captureHtml(frame(`<div class="list"><ul>${lis}</ul></div>`), 'http://zx.example.cn/');
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual(heads.map((h) => [h.title, h.indicator]));
  });

  it('without a heading element, the line of the page that repeats <title> is the title', () => {
    const html = frame(`<div class="detail"><div class="tit">高效能保障服务履职实践 新起点聚力赋能创新发展</div>${prose.map((p) => `<p>${p}</p>`).join('')}</div>`).replace('<title>要闻_某政协网</title>', '<title>某政协网_要闻_高效能保障服务履职实践 新起点聚力赋能创新发展</title>');
    expect(captureHtml(html).title).toBe('高效能保障服务履职实践 新起点聚力赋能创新发展');
  });

  it('a list page whose list box has a sidebar-like class still yields its dated headlines', () => {
    const lis = heads.map((h, i) => `<li><a href="/c/${i}.html">${h.title}</a><span>2024-09-0${i + 1}</span></li>`).join('');
    const side = '<div class="side"><ul><li><a href="/a.html">学习贯彻党的二十届四中全会精神</a></li></ul></div>';
    const c = captureHtml(frame(`<div class="side_list"><ul>${lis}</ul></div>${side}`), 'http://zx.example.cn/');
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => r.title)).toEqual(heads.map((h) => h.title));
  });

  it('a date inside the link text is split off the title', () => {
    const lis = heads.map((h, i) => `<li><a href="/c/${i}.html">${h.title} 2024-09-0${i + 1}</a></li>`).join('');
    const c = captureHtml(frame(`<div class="list"><ul>${lis}</ul></div>`), 'http://zx.example.cn/');
    expect(c.records.map((r) => [r.title, r.date])).toEqual(heads.map((h, i) => [h.title, `2024-09-0${i + 1}`]));
  });

  it('attachment links under an article are not headlines', () => {
    const files = ['关于开展2024年度提案办理协商的通知.doc', '政协委员履职情况统计表（2024年）.xls', '社情民意信息报送工作办法.pdf'];
    const att = files.map((f, i) => `<li><a href="/files/${i}${f.slice(f.lastIndexOf('.'))}">${f}</a></li>`).join('');
    const c = captureHtml(frame(`<div class="article"><h1>高效能保障服务履职实践</h1><div class="content">${prose.map((p) => `<p>${p}</p>`).join('')}<p>附件：</p><ul>${att}</ul></div></div>`));
    expect(c.kind).toBe('article');
    expect(c.records).toEqual([]);
  });

  it('an old table-layout article page (nav cell | nested title/content table) reads like a div page', () => {
    const nav = ['首页', '要闻报道', '协商议政', '提案工作'].map((n) => `<a href="/${n}.html">${n}</a><br>`).join('');
    const body = prose.map((p) => `<p>${p}</p>`).join('');
    const html = frame(`<table width="1000"><tr><td class="left" width="200">${nav}</td><td><table><tr><td class="bt">高效能保障服务履职实践 新起点聚力赋能创新发展</td></tr><tr><td class="sj">2026-01-30 来源：华兴时报</td></tr><tr><td class="nr">${body}</td></tr></table></td></tr></table>`).replace('<title>要闻_某政协网</title>', '<title>高效能保障服务履职实践 新起点聚力赋能创新发展_某政协网</title>');
    const c = captureHtml(html);
    expect(c.kind).toBe('article');
    expect(c.title).toBe('高效能保障服务履职实践 新起点聚力赋能创新发展');
    expect(c.date).toBe('2026-01-30');
    expect(c.text.split('\n').slice(-prose.length)).toEqual(prose.map((p) => p.trim()));
    expect(c.text).not.toContain('协商议政');
  });

  it('a list of wrapped items (<li><h3><a>title</a></h3><p>summary</p><span>date</span></li>) is a dated list', () => {
    const lis = heads.map((h, i) => `<li><h3><a href="/c/${i}.html">${h.title}</a></h3><p>${prose[i % prose.length].slice(0, 120)}</p><span class="time">2024-09-0${i + 1}</span></li>`).join('');
    const c = captureHtml(frame(`<div class="news"><ul>${lis}</ul></div>`), 'http://zx.example.cn/');
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => [r.title, r.date, r.indicator])).toEqual(heads.map((h, i) => [h.title, `2024-09-0${i + 1}`, h.indicator]));
  });
});
