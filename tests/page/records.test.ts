import { proposalTableIndicator } from '../../shared/page/proposal-table';
import { describe, expect, it } from 'vitest';
import { captureHtml, captureText } from '../../shared/page/capture';
import { articleRecord } from '../../shared/page/records';
import { toSimplified } from '../../shared/text/simplify';
import { BASE, gold, pageHtml, portalPages, seedText } from './fixtures';

// Records are counted evidence: one per headline, per table row, per single-activity article; none invented.

const cap = (p: string) => captureHtml(pageHtml(p), BASE + p);
const gold001 = gold(1).records;

describe('records of the sample portal', () => {
  it('the list page yields one dated, absolute, classified record per headline', () => {
    const c = cap('list.html');
    const listed = (pageHtml('list.html').match(/<li><a [^>]*target="_blank"/g) ?? []).length;
    expect(c.records).toHaveLength(9);
    expect(listed).toBe(9);
    for (const r of c.records) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.url).toMatch(/^http:\/\/zx\.example\.cn\/news\/\S+\.html$/);
    }
    // Seed 001's six headlines carry the gold indicators.
    for (const g of gold001) {
      const r = c.records.find((x) => x.title === g.title);
      expect(r, g.title).toBeDefined();
      expect(r!.indicator, g.title).toBe(g.indicator);
    }
    expect(c.paging).toEqual({ total: 12, page: 1, pages: 2 });
  });

  it('list page 2 reads its paging and links to the bundled pages', () => {
    const c = cap('list_2.html');
    expect(c.paging).toEqual({ total: 12, page: 2, pages: 2 });
    const bundled = new Set(portalPages.map((p) => BASE + p.path));
    expect(c.records.map((r) => bundled.has(r.url!))).toEqual([true, true, true]);
  });

  it('the mixed page yields the headline box as records, in gold order, and not the feature article', () => {
    for (const p of ['article-001.html', 'article-001-big5.html']) {
      const c = cap(p);
      expect(c.records.map((r) => [r.title, r.indicator])).toEqual(gold001.map((g) => [g.title, g.indicator]));
      expect(c.records.map((r) => r.date)).toEqual(['2024-09-27', '2024-09-25', '2024-09-20', '2024-09-13', '2024-09-10', '2024-09-06']);
    }
  });

  it.each([
    ['article-000.html', 0],
    ['article-003.html', 3],
    ['epaper-004.html', 4],
    ['epaper-002.html', 2],
  ])('%s has the records of gold %i (year summaries are not one activity)', (p, seed) => {
    const c = cap(p);
    expect(c.records.map((r) => [toSimplified(r.title), r.indicator])).toEqual(gold(seed).records.map((g) => [toSimplified(g.title), g.indicator]));
    for (const r of c.records) expect(r.url).toBe(BASE + p);
  });

  it('the proposal table yields one record per row with its 案由, date and link', () => {
    const c = cap('table-proposals.html');
    const rows = (pageHtml('table-proposals.html').match(/<tr><td>\d+<\/td>/g) ?? []).length;
    expect(c.records).toHaveLength(rows);
    expect(c.records[0]).toEqual({ title: '关于加快推进老旧小区改造的建议', date: '2024-05-20', url: BASE + 'proposal/0001.html', indicator: 'pro.accepted' });
    expect(new Set(c.records.map((r) => r.indicator))).toEqual(new Set(['pro.accepted']));
    // The second row shares the first row's 交办日期 through rowspan.
    expect(c.records[1].date).toBe('2024-05-20');
    expect(c.records[7].date).toBe('2024-06-18');
    expect(c.why?.[0]).toBe('检测到提案表格（8行）');
  });
});

describe('which count the rows of a proposal list belong to', () => {
  it.each([
    ['政协第十七届三次会议立案提案办理情况一览表', ['序号', '提案号', '案由', '提案人'], 'pro.accepted'],
    ['2024年度重点提案目录', ['序号', '案由', '提案人'], 'pro.key'],
    ['十四届三次会议提案办复情况', ['序号', '案由', '承办单位'], 'pro.answered'],
    ['不予立案提案转为意见建议一览', ['序号', '案由'], 'pro.not_accepted'],
    ['提案目录', ['序号', '案号', '案由'], 'pro.accepted'],
    ['提案目录', ['序号', '案由', '提案人'], null],
  ] as const)('%s %j → %s', (title, header, expected) => {
    expect(proposalTableIndicator(title, header)).toBe(expected);
  });
});

describe('records of the seed texts (plain .txt)', () => {
  it.each([0, 1, 2, 3, 4])('seed %i: kind and records match the gold', (n) => {
    const c = captureText(seedText(n));
    const g = gold(n);
    expect(c.kind).toBe(g.kind);
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual(g.records.map((x) => [x.title, x.indicator]));
  });
});

describe('articleRecord', () => {
  it.each([
    // Event headlines are one activity each; summaries of a year are not.
    ['市政协召开十二届五次主席会议', '', 'mtg.chair'],
    ['市政协召开2024年度提案工作座谈会', '', 'mtg.briefing'],
    ['回眸2024：市政协全年召开专题协商会12次', '', null],
    ['一年来市政协远程协商综述', '', null],
  ])('“%s” %s → %s', (title, subtitle, want) => {
    expect(articleRecord(title, subtitle, null, null)?.indicator ?? null).toBe(want);
  });
});
