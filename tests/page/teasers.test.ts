import { describe, expect, it } from 'vitest';
import { captureHtml } from '../../shared/page/capture';
import { nameChrome } from '../../shared/page/chrome';
import { gold, seedText } from './fixtures';

// What sits inside an article's column but is not its text, as any CMS lays it out: a stream of
// teaser cards (linked headline, summary, source), a player's controls, a numbered rail, ad labels.
// And what is its text although it is links: a list of links between its paragraphs.

const heads = gold(1).records;
const prose = seedText(0).split('\n').filter((l) => l.trim().length > 100).slice(0, 4);
const summaries = seedText(2).split('\n').filter((l) => l.trim().length > 100);
const page = (inner: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>高效能保障服务履职实践_某政协网</title></head><body><div id="nav"><a href="/">首页</a></div><div class="main">${inner}</div><div id="footer"><p>版权所有 备案号：宁ICP备05001234号</p></div></body></html>`;
const article = `<div class="art"><h1>高效能保障服务履职实践</h1><div class="txt">${prose.map((p) => `<p>${p}</p>`).join('')}</div></div>`;

describe('beside the article', () => {
  it('a stream of teaser cards (linked headline + summary) in the same column is neither text nor records', () => {
    const cards = heads.map((h, i) => `<div class="c"><h3><a href="/c/${i}.html">${h.title}</a></h3><p>${summaries[i % summaries.length]}</p><div>某政协网</div></div>`).join('');
    const c = captureHtml(page(`${article}<div class="s">${cards}</div>`), 'http://zx.example.cn/a/1.html');
    expect(c.kind).toBe('article');
    expect(c.text).toContain(prose[3].trim());
    for (const s of summaries.slice(0, heads.length)) expect(c.text).not.toContain(s.trim());
    expect(c.records.filter((r) => r.url !== c.url)).toEqual([]);
  });

  it('a portal column of dated headlines with summaries is still a list with one record each', () => {
    const items = heads.map((h, i) => `<div class="c"><h3><a href="/c/${i}.html">${h.title}</a></h3><span>2024-09-0${i + 1}</span><p>${summaries[i % summaries.length]}</p></div>`).join('');
    const c = captureHtml(page(`<div class="list">${items}</div>`), 'http://zx.example.cn/yw/');
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => r.title)).toEqual(heads.map((h) => h.title));
  });

  it('a player, its controls and a numbered rail are left out; the article stays whole', () => {
    const player = '<div class="video-player"><div>播放</div><div>全屏</div><div>字幕</div><div>设置</div><div>高清</div><div>标清</div></div>';
    const rail = `<div class="r">${[1, 2, 3, 4, 5, 6].map((n) => `<div>${n}.</div><div><a href="/h/${n}.html">${heads[n % heads.length].title}</a></div>`).join('')}</div>`;
    const c = captureHtml(page(`<div class="art"><h1>高效能保障服务履职实践</h1>${player}<div class="txt">${prose.map((p) => `<p>${p}</p>`).join('')}</div></div>${rail}`));
    expect(c.kind).toBe('article');
    for (const p of prose) expect(c.text).toContain(p.trim());
    expect(c.text).not.toMatch(/播放|全屏|高清/);
    expect(c.text.split('\n')).not.toContain('3.');
  });

  it('a list of links between two paragraphs, nested under a bullet, is the article’s text', () => {
    const links = heads.map((h, i) => `<li><a href="/d/${i}.html">${h.title}</a></li>`).join('');
    const body = `<p>${prose[0]}</p><ul><li>${prose[1]}</li><li>附件：<ul>${links}</ul></li></ul><p>${prose[2]}</p>`;
    const c = captureHtml(page(`<div class="art"><h1>高效能保障服务履职实践</h1><div class="txt">${body}</div></div>`));
    for (const h of heads) expect(c.text).toContain(h.title);
  });

  it('a page wrapped whole in one <form> (ASP.NET WebForms) keeps its article; a form beside it does not', () => {
    const sub = '<form class="f"><p>订阅本站新闻邮件，请输入您的邮箱地址后点击提交按钮。</p><p>我们不会向第三方提供您的邮箱。</p></form>';
    const c = captureHtml(page(article).replace('<body>', '<body><form id="form1" method="post">').replace('</body>', '</form></body>'));
    expect(c.kind).toBe('article');
    for (const p of prose) expect(c.text).toContain(p.trim());
    const d = captureHtml(page(article + sub));
    for (const p of prose) expect(d.text).toContain(p.trim());
    expect(d.text).not.toContain('订阅本站');
  });

  it('names: players, dialogs and ad slots are widgets; hidden-until-shown utility classes too, unless a breakpoint shows them', () => {
    for (const n of ['ym-player', 'modal-dialog', 'ad-32474069017', 'tooltip', 'fbcommentsmodule', 'hidden', 'dn', 'sr-only']) expect(nameChrome(n), n).not.toBeNull();
    for (const n of ['hidden.md.block', 'hidden-xs', 'content', 'article-body', 'header-fixed.top', 'commentary']) expect(nameChrome(n)?.kind ?? null, n).not.toBe('aside');
  });
});
