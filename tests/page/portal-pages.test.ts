import { describe, expect, it } from 'vitest';
import { captureHtml, captureText } from '../../shared/page/capture';
import type { Capture, Fact } from '../../shared/model';
import { BASE, gold, pageHtml, portalPages, seedText } from './fixtures';

// Every page of the sample portal: kind, title, no facts from chrome, the seed's facts still found.

const captures = new Map<string, Capture>(portalPages.map((p) => [p.path, captureHtml(pageHtml(p.path), BASE + p.path)]));
const key = (f: Fact) => `${f.value}|${f.unit}|${f.quote.replace(/\s+/g, '')}`;
const articlePages = portalPages.filter((p) => p.seed !== null && p.kind !== 'list');

// Chrome the generator puts around every page (footer counters, ICP number, phones, breadcrumb, tools).
const CHROME = ['您当前的位置', '访问量', '访问者', '浏览次数', '备案号', 'ICP', '0951-6012345', '版权所有', '技术支持', '上一篇', '下一篇', '分享到', '【责任编辑】', '友情链接', '版面导航', '本版标题'];
const SIDEBAR = ['为525名三级政协委员“充电蓄能”', '一年来在人民政协报（网）刊发报道103篇', '全年开展协商议政活动11次 征集心得体会270篇', '工作交流座谈会在石嘴山市召开'];

describe('sample portal pages', () => {
  it.each(portalPages.map((p) => [p.path, p.kind, p.title]))('%s is a %s page titled “%s”', (path, kind, title) => {
    const c = captures.get(path)!;
    expect(c.kind).toBe(kind);
    expect(c.title).toBe(title);
    expect(c.why?.length).toBeGreaterThan(0);
    for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it.each(portalPages.map((p) => [p.path, p.seed]))('%s: chrome text stays out of the captured text', (path, seed) => {
    const c = captures.get(path)!;
    const own = seed === null ? '' : seedText(seed);
    for (const w of CHROME) expect(c.text, w).not.toContain(w);
    // Sidebar headlines quote other seeds; a page's own article may say the same words.
    for (const s of SIDEBAR.filter((x) => !own.includes(x))) expect(c.text, s).not.toContain(s);
  });

  it.each(articlePages.map((p) => [p.path, p.seed!]))('%s: facts are exactly those of seed %i read as text (none from chrome)', (path, seed) => {
    const fromHtml = captures.get(path)!.facts.map(key).sort();
    const fromText = captureText(seedText(seed)).facts.map(key).sort();
    expect(fromHtml).toEqual(fromText);
  });

  it.each(articlePages.map((p) => [p.path, p.seed!]))('%s: every gold fact of seed %i found in the seed text is found through the HTML', (path, seed) => {
    const c = captures.get(path)!;
    const t = captureText(seedText(seed));
    const hit = (cap: Capture, g: { value: number; unit: string; quote: string }) =>
      cap.facts.some((f) => f.value === g.value && f.unit === g.unit && (g.quote.includes(f.quote) || f.quote.includes(g.quote)));
    const golds = gold(seed).facts.filter((g) => hit(t, g));
    expect(golds.length).toBeGreaterThan(0);
    for (const g of golds) expect(hit(c, g), `${g.quote} ${g.value}${g.unit}`).toBe(true);
  });

  it.each([
    ['article-000-gbk.html', 'article-000.html'],
    ['article-001-big5.html', 'article-001.html'],
    ['article-003-bom.html', 'article-003.html'],
  ])('%s decodes to the same capture as %s', (other, utf8) => {
    const a = captures.get(other)!;
    const b = captures.get(utf8)!;
    expect(a.text).toBe(b.text);
    expect(a.facts).toEqual(b.facts);
    expect(a.records.map((r) => [r.title, r.date, r.indicator])).toEqual(b.records.map((r) => [r.title, r.date, r.indicator]));
  });

  it('the BOM page really carries zero-width characters that capture drops', () => {
    expect(pageHtml('article-003-bom.html')).toMatch(/\u200b/);
    expect(captures.get('article-003-bom.html')!.text).not.toMatch(/[\u200b-\u200d\ufeff]/);
  });

  it.each([
    ['article-000.html', '2026-01-30'],
    ['article-001.html', '2024-09-27'],
    ['epaper-004.html', '2024-02-27'],
    ['table-proposals.html', '2024-07-01'],
    ['list.html', null],
  ])('%s is dated %s', (path, date) => {
    expect(captures.get(path)!.date).toBe(date);
  });

  it('e-paper text keeps the whole article, editor’s note and PDF line breaks included', () => {
    const c = captures.get('epaper-002.html')!;
    const seedLines = seedText(2).split('\n').map((l) => l.trim()).filter(Boolean);
    const textLines = new Set(c.text.split('\n').map((l) => l.trim()));
    const missing = seedLines.filter((l) => !textLines.has(l));
    expect(missing).toEqual([]);
  });
});
