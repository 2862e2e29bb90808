import { proposalTableIndicator } from '../../shared/page/proposal-table';
import { describe, expect, it } from 'vitest';
import { captureHtml, captureText } from '../../shared/page/capture';
import { articleRecord, classifyListed } from '../../shared/page/records';
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
    // a course of a year-numbered series ends: one course (年度 names the series, not a period summed up)
    ['县政协2024年度第一期委员学习培训班圆满结业', '', 'mem.training_sessions'],
    ['县政协2024年度委员履职情况通报', '', null],
  ])('“%s” %s → %s', (title, subtitle, want) => {
    expect(articleRecord(title, subtitle, null, null)?.indicator ?? null).toBe(want);
  });
});

// Plain-text captures: the title is chosen by the shape of lines (chrome, sentences, speakers' words are no title),
// a capture without a headline line is titled by its news lead, and several headlines over their paragraphs, or
// an e-paper page's headline list, are records each.
describe('text captures: title by line shape', () => {
  const para = '会议听取了有关工作情况的汇报，围绕议题进行了深入讨论，大家一致认为要进一步凝聚共识、形成合力，推动各项工作落地见效，为全县高质量发展贡献政协智慧和力量。';
  it.each([
    ['skip links and a breadcrumb above the title', ['跳转到主要内容', '首页 > 工作动态 > 正文', '县政协召开十届九次主席会议', '2024年05月06日 来源：县政协办公室', para], '县政协召开十届九次主席会议', 'mtg.chair'],
    ['a statement with counts is a sentence, not the title', ['截至目前，全县开展协商议事活动56场，议定事项120项均已落实', para], '', null],
    ["a speaker's words under their label are no title", ['县政协委员、某某公司董事长张某：', '将把更多精力投入到为群众办实事中', para], '', null],
    ['no headline line: the lead names the activity', [`本报讯（记者 王某 通讯员 李某）3月8日，县政协召开十届六次常委会议，${para}`], '县政协召开十届六次常委会议', 'mtg.standing'],
    ['a headline naming no activity, a lead that says one was held', ['聚焦民生实事 凝聚发展合力', `本报讯（记者 赵某）昨日，县政协召开十届二十次主席会议，${para}`], '聚焦民生实事 凝聚发展合力', 'mtg.chair'],
    ['a lead reporting a figure names no activity', ['2860位委员参与履职', `本报讯 昨日，县政协十届三次会议闭幕会通过提案审查报告，${para}`], '2860位委员参与履职', null],
  ])('%s', (_name, lines, title, indicator) => {
    const c = captureText(lines.join('\n'));
    expect(c.kind).toBe('article');
    if (title) expect(c.title).toBe(title);
    else expect(c.title).not.toMatch(/[。：:]|\d+场/);
    expect(c.records.find((r) => r.title === c.title)?.indicator ?? null).toBe(indicator);
  });

  it('a digest of news items, each a headline over its paragraph, is a list of records', () => {
    const text = [
      '早读政协',
      '省政协主席会见来访的港澳委员代表团',
      `省政协主席15日在省城会见港澳委员代表团一行，${para}`,
      '市政协组织委员视察城区老旧小区改造工作',
      `5月14日上午，市政协组织部分委员视察城区老旧小区改造工作，${para}`,
      '县政协召开专题协商会议',
      '5月13日，县政协围绕“提升农村养老服务水平”召开专题协商会，县政协主席出席',
    ].join('\n');
    const c = captureText(text);
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual([
      ['省政协主席会见来访的港澳委员代表团', null],
      ['市政协组织委员视察城区老旧小区改造工作', 'res.inspection'],
      ['县政协召开专题协商会议', 'con.topical'],
    ]);
  });

  it('an article with theme subheadings over its paragraphs stays one article', () => {
    const text = ['县政协召开十届九次主席会议', para, '持续深化委员履职能力建设', para, '不断提升机关服务保障水平', para, '切实加强自身建设和作风建设', para].join('\n');
    const c = captureText(text);
    expect(c.kind).toBe('article');
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual([['县政协召开十届九次主席会议', 'mtg.chair']]);
  });

  it('an article with parallel subheadings, and its title said twice, stays one article', () => {
    const text = ['县政协十届四次会议明天开幕', '原标题：县政协十届四次会议明天开幕', '县政协十届四次会议明天开幕', para, '聚焦中心大局 深度协商互动', para, '坚持团结民主 广泛凝聚共识', para, '坚持履职初心 增进民生福祉', para].join('\n');
    const c = captureText(text);
    expect(c.kind).toBe('article');
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual([['县政协十届四次会议明天开幕', 'mtg.plenary']]);
  });

  it("an e-paper page's headline list (~~~ bullets) gives the edition's articles as records, its own once", () => {
    const text = [
      '往期阅读', '当前版: 02版 上一版  下一版', '上一篇    下一篇',
      '县政协召开十届十五次主席会议', `本报讯 （记者 孙某） 6月3日，县政协召开十届十五次主席会议，${para}`,
      '标题导航',
      '~~~县政协召开十届十五次主席会议', '~~~县政协组织委员视察乡村振兴项目', '~~~——县政协委员学习培训班交流发言摘编', '~~~县政协社法委赴某镇开展专题调研',
    ].join('\n');
    const c = captureText(text);
    expect(c.kind).toBe('epaper');
    expect(c.title).toBe('县政协召开十届十五次主席会议');
    expect(c.records.map((r) => [r.title, r.indicator])).toEqual([
      ['县政协召开十届十五次主席会议', 'mtg.chair'],
      ['县政协组织委员视察乡村振兴项目', 'res.inspection'],
      ['——县政协委员学习培训班交流发言摘编', null],
      ['县政协社法委赴某镇开展专题调研', 'res.research'],
    ]);
  });

  it.each([
    ['——全市政协委员学习培训班交流发言摘编', null],
    ['县政协专题协商会发言摘登', null],
    ['县政协召开专题协商会', 'con.topical'],
  ])('a listed headline of a published text is not its event: %s → %s', (title, want) => {
    expect(classifyListed(title)).toBe(want);
  });

  it('numbered and [date]-prefixed lines are headlines of a list', () => {
    const c = captureText(['通知公告', '[03-20] 县政协关于征集十届五次会议提案的通知', '[03-17] 县政协召开十届十一次常委会议', '[02-11] 县政协召开党外委员座谈会'].join('\n'));
    expect(c.kind).toBe('list');
    expect(c.records.map((r) => r.title)).toEqual(['县政协关于征集十届五次会议提案的通知', '县政协召开十届十一次常委会议', '县政协召开党外委员座谈会']);
    const n = captureText([para, '1. 县政协召开十届十一次常委会议', '2. 县政协召开党外委员座谈会', '3. 县政协组织委员视察重点项目'].join('\n'));
    expect(n.records.map((r) => r.indicator)).toEqual(['mtg.standing', 'mtg.briefing', 'res.inspection']);
    // two related headlines numbered 1., 2. under an article: a list by its numbering (the page is mixed)
    const two = captureText(['县政协召开十届九次主席会议', para, para, para, para, '1. 县政协召开党外委员座谈会', '2. 县政协组织委员视察重点项目'].join('\n'));
    expect(two.kind).toBe('mixed');
    expect(two.records.map((r) => [r.title, r.indicator])).toEqual([
      ['县政协召开党外委员座谈会', 'mtg.briefing'],
      ['县政协组织委员视察重点项目', 'res.inspection'],
      ['县政协召开十届九次主席会议', 'mtg.chair'],
    ]);
    // numbered points of an article's own text are no list (they are sentences)
    expect(captureText(['县政协召开十届九次主席会议', para, '1. 会议听取了县政协办公室关于上半年工作情况的汇报。', '2. 会议研究了下半年重点工作。'].join('\n')).kind).toBe('article');
  });
});
