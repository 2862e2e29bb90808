import { describe, expect, it } from 'vitest';
import { tallyCaptures } from '../../shared/tally/tally';
import { parsePeriod, periodName, readPeriodEntry } from '../../shared/tally/period';
import { validateForm } from '../../shared/validate/engine';
import { parseFormFile, serializeFormFile } from '../../shared/form/form-file';
import { settleConflict } from '../../shared/form/settle';
import { eventPage, fact, page, record } from './helpers';

// The period, records as values, one event once, settling conflicts. Statements are in portal wording; the pages
// are built by hand (scope/year as the statements issue sets them).
const SUMMARY = 'https://zx.example.gov.cn/zxyw/202601/t20260115_88.html';
const REVIEW = 'https://zx.example.gov.cn/zxyw/202512/t20251228_90.html';

describe('the period', () => {
  it.each([
    ['2025', { kind: 'year', year: 2025 }],
    ['2025年', { kind: 'year', year: 2025 }],
    ['2025年度', { kind: 'year', year: 2025 }],
    ['2021—2025', { kind: 'span', from: 2021, to: 2025 }],
    ['2021-2025', { kind: 'span', from: 2021, to: 2025 }],
    ['十一届（2007—2011）', { kind: 'span', from: 2007, to: 2011 }],
    ['2021年至2025年', { kind: 'span', from: 2021, to: 2025 }],
    ['', null],
    ['上半年', null],
  ])('reads %j', (text, want) => {
    expect(parsePeriod(text)).toEqual(want);
  });

  it.each([
    ['2025', '2025'],
    [' 2025年度 ', '2025'],
    ['2021-2025', '2021—2025'],
    ['2021年至2025年', '2021—2025'],
    ['2021－2025年度', '2021—2025'],
    ['十一届（2007-2011）', '十一届（2007—2011）'],
    ['第十四届(2023—2027)', '第十四届（2023—2027）'],
    ['2025-2025', '2025'],
    ['２０２１—２０２５', '2021—2025'],
    ['２０２５年', '2025'],
  ])('takes the typed period %j as %j', (typed, canonical) => {
    expect(readPeriodEntry(typed)).toEqual({ ok: true, period: canonical });
    expect(parsePeriod(canonical)).toEqual(parsePeriod(typed)); // the same period, whichever text
  });

  it.each(['上半年', '十一届', '25', '2021—2025—2030', 'abc2021-2025', '2021-2025xyz', '2025—2021', ''])('refuses the typed period %j in Chinese', (typed) => {
    const r = readPeriodEntry(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/报告期/);
  });

  it('names a period as the panel says it', () => {
    expect(['2025', '2021—2025', '十一届（2007—2011）', '未知'].map(periodName)).toEqual(['2025 年', '2021—2025 年', '十一届（2007—2011）', '未知']);
  });

  it('counts a statement of its own year, whatever its page date (过去一年 in a January report)', () => {
    const t = tallyCaptures([page(SUMMARY, [fact('召开主席会议12次', 12, '次', 'mtg.chair', 'exact', { year: 2025 })], [], { date: '2026-01-15' })], { period: '2025' });
    expect(t.form.values['mtg.chair']).toBe(12);
    expect(t.leftOut).toEqual([]);
  });

  it('places a statement with no year by its page date, and lists it when that is another year', () => {
    const dec = page('https://zx.example.gov.cn/a/202412/t20241230_1.html', [fact('全年召开主席会议11次', 11, '次', 'mtg.chair')], [], { title: '区政协2024年工作总结' });
    const t = tallyCaptures([dec], { period: '2025' });
    expect(t.form.values['mtg.chair']).toBeUndefined();
    expect(t.leftOut).toMatchObject([{ code: 'mtg.chair', kind: 'statement', value: 11, reason: 'other-year', year: 2024, date: '2024-12-30', title: '区政协2024年工作总结' }]);
    expect(t.leftOut[0].why).toContain('2024');
  });

  it('lists an undated statement rather than guessing its year', () => {
    const t = tallyCaptures([page('file:a.txt', [fact('召开主席会议12次', 12, '次', 'mtg.chair')])], { period: '2025' });
    expect(t.form.values).toEqual({});
    expect(t.leftOut).toMatchObject([{ reason: 'undated', value: 12 }]);
  });

  it('never adds a five-year figure to the year (五年来…60次 + 2025年…12次 is 12, not 72)', () => {
    const p = page(REVIEW, [
      fact('五年来，共召开主席会议60次', 60, '次', 'mtg.chair', 'exact', { scope: 'span' }),
      fact('2025年召开主席会议12次', 12, '次', 'mtg.chair', 'exact', { year: 2025 }),
    ]);
    const t = tallyCaptures([p], { period: '2025' });
    expect(t.form.values['mtg.chair']).toBe(12);
    expect(t.leftOut).toMatchObject([{ value: 60, reason: 'multi-year' }]);
    // With no period the five-year figure still never fills a year's cell.
    expect(tallyCaptures([p]).form.values['mtg.chair']).toBe(12);
  });

  it('fills a span period from the span statements of the page that closes it, and lists single years', () => {
    const p = page(REVIEW, [
      fact('五年来，共召开主席会议60次', 60, '次', 'mtg.chair', 'exact', { scope: 'span' }),
      fact('2025年召开主席会议12次', 12, '次', 'mtg.chair', 'exact', { year: 2025 }),
    ]);
    const t = tallyCaptures([p], { period: '2021—2025' });
    expect(t.form.values['mtg.chair']).toBe(60);
    expect(t.leftOut).toMatchObject([{ value: 12, reason: 'one-year', year: 2025 }]);
    const midTerm = page('https://zx.example.gov.cn/a/202312/t20231228_5.html', [fact('本届以来召开主席会议36次', 36, '次', 'mtg.chair', 'exact', { scope: 'span' })]);
    expect(tallyCaptures([midTerm], { period: '2021-2025' }).leftOut).toMatchObject([{ reason: 'other-span', year: 2023 }]);
  });
});

describe('records and events give the value where no statement does', () => {
  const chair = (n: number, month: string) =>
    eventPage(`https://zx.example.gov.cn/zxyw/2025${month}/t2025${month}1${n}_${n}.html`, `区政协召开十届第${n}次主席会议`, `2025-${month}-1${n}`, 'mtg.chair');

  it('counts distinct records of the period, marked as counted, with the records as sources', () => {
    const t = tallyCaptures([chair(1, '03'), chair(2, '06'), chair(3, '09')], { period: '2025' });
    expect(t.form.values['mtg.chair']).toBe(3);
    expect(t.form.sources!['mtg.chair'].map((s) => [s.how, s.title, s.date])).toEqual([
      ['records', '区政协召开十届第1次主席会议', '2025-03-11'],
      ['records', '区政协召开十届第2次主席会议', '2025-06-12'],
      ['records', '区政协召开十届第3次主席会议', '2025-09-13'],
    ]);
    expect(t.conflicts).toEqual([]);
  });

  it('lets a year statement win over the records, and R19 says so when the records are more', () => {
    const summary = page(SUMMARY, [fact('召开主席会议2次', 2, '次', 'mtg.chair', 'exact', { year: 2025 })]);
    const t = tallyCaptures([chair(1, '03'), chair(2, '06'), chair(3, '09'), summary], { period: '2025' });
    expect(t.form.values['mtg.chair']).toBe(2);
    expect(t.form.sources!['mtg.chair']).toMatchObject([{ how: 'statement', quote: '召开主席会议2次' }]);
    expect(t.recordCounts['mtg.chair']).toBe(3);
    expect(validateForm({ ...t.form, unit: '城中区政协' }, { records: t.recordCounts })).toMatchObject([{ rule: 'R19', codes: ['mtg.chair'], imbalance: 1 }]);
  });

  it('adds each training\'s own participants only where no year figure exists (80 + 60), marked as summed', () => {
    const t1 = eventPage('https://zx.example.gov.cn/a/202504/t20250410_1.html', '区政协举办2025年第一期委员培训班', '2025-04-10', 'mem.training_sessions', [fact('80名委员参加培训', 80, '名', 'mem.trainees')]);
    const t2 = eventPage('https://zx.example.gov.cn/a/202510/t20251020_2.html', '区政协举办委员履职能力提升培训班', '2025-10-20', 'mem.training_sessions', [fact('60名委员参加', 60, '名', 'mem.trainees')]);
    const t = tallyCaptures([t1, t2], { period: '2025' });
    expect(t.form.values['mem.trainees']).toBe(140);
    expect(t.form.values['mem.training_sessions']).toBe(2);
    expect(t.form.sources!['mem.trainees'].map((s) => s.how)).toEqual(['events', 'events']);
    const withYear = tallyCaptures([t1, t2, page(SUMMARY, [fact('培训委员150人次', 150, '人次', 'mem.trainees', 'exact', { year: 2025 })])], { period: '2025' });
    expect(withYear.form.values['mem.trainees']).toBe(150);
  });

  it('keeps many single-event pages with no count as records, not conflicts', () => {
    const pages = Array.from({ length: 30 }, (_, i) =>
      eventPage(`https://zx.example.gov.cn/a/2025/${i}.html`, `区政协召开主席会议 研究部署第${i + 1}项重点工作`, `2025-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`, 'mtg.chair'),
    );
    const t = tallyCaptures(pages, { period: '2025' });
    expect(t.conflicts).toEqual([]);
    expect(t.form.values['mtg.chair']).toBe(30);
  });

  it('counts one event once: two addresses with one title and date, a headline and its article, a cut headline, a reprint', () => {
    const body = '6月12日，区政协召开专题协商会，围绕推进乡村振兴建言献策。区政协主席王某某出席会议并讲话。与会委员和界别代表结合调研情况踊跃发言，提出了许多有针对性的意见建议。';
    const article = eventPage('https://zx.example.gov.cn/zxyw/202506/t20250612_7.html', '区政协召开专题协商会 聚焦乡村振兴', '2025-06-12', 'con.topical', [], body);
    const mirror = eventPage('https://www.zx.example.gov.cn/xwzx/202506/t20250612_7b.html', '区政协召开专题协商会 聚焦乡村振兴', '2025-06-12', 'con.topical');
    const reprint = eventPage('https://rmt.example.cn/news/202506/13/991.html', '聚焦乡村振兴 区政协开展专题协商', '2025-06-13', 'con.topical', [], `来源：区政协\n${body}`);
    const list = page('https://zx.example.gov.cn/zxyw/', [], [
      record('区政协召开专题协商会 聚焦乡村振兴', 'con.topical', 'https://zx.example.gov.cn/zxyw/202506/t20250612_7.html', '2025-06-12'),
      record('区政协召开专题协商会 聚焦…', 'con.topical', 'https://zx.example.gov.cn/sy/7.html', '2025-06-12'),
      record('区政协召开专题协商会 聚焦城市更新', 'con.topical', 'https://zx.example.gov.cn/zxyw/202509/t20250918_9.html', '2025-09-18'),
    ], { title: '政协要闻' });
    const t = tallyCaptures([article, mirror, reprint, list], { period: '2025' });
    expect(t.recordCounts['con.topical']).toBe(2);
    expect(t.form.values['con.topical']).toBe(2);
  });
});

describe('settling a conflict', () => {
  const a = page('https://zx.example.gov.cn/a.html', [fact('收到提案186件', 186, '件', 'pro.submitted', 'exact', { year: 2025 })], [], { title: '区政协2025年工作总结', date: '2025-12-28' });
  const b = page('https://zx.example.gov.cn/b.html', [fact('共收到提案180余件', 180, '件', 'pro.submitted', 'over', { year: 2025 })], [], { title: '提案工作情况报告', date: '2026-01-10' });
  const c = page('https://zx.example.gov.cn/c.html', [fact('提交提案188件', 188, '件', 'pro.submitted', 'exact', { year: 2025 })], [], { title: '十届五次会议提案审查情况报告', date: '2026-01-12' });

  it('gives each candidate its page title, date and quote, and travels in the form data file', () => {
    const t = tallyCaptures([a, b, c], { period: '2025' });
    expect(t.form.values['pro.submitted']).toBeUndefined();
    expect(t.form.conflicts).toEqual([
      { code: 'pro.submitted', candidates: [
        { value: 186, quote: '收到提案186件', url: 'https://zx.example.gov.cn/a.html', title: '区政协2025年工作总结', date: '2025-12-28' },
        { value: 188, quote: '提交提案188件', url: 'https://zx.example.gov.cn/c.html', title: '十届五次会议提案审查情况报告', date: '2026-01-12' },
      ] },
    ]);
    const back = parseFormFile(serializeFormFile({ ...t.form, unit: '城中区政协' }));
    expect(back.conflicts).toEqual(t.form.conflicts);
  });

  it('fills the cell from the chosen candidate, keeps it as the source and drops the conflict', () => {
    const t = tallyCaptures([a, b, c], { period: '2025' });
    const settled = settleConflict(t.form, 'pro.submitted', 1);
    expect(settled.values['pro.submitted']).toBe(188);
    expect(settled.sources!['pro.submitted']).toEqual([{ url: 'https://zx.example.gov.cn/c.html', quote: '提交提案188件', capturedAt: '', title: '十届五次会议提案审查情况报告', date: '2026-01-12', how: 'statement' }]);
    expect(settled.conflicts).toBeUndefined();
    expect(t.form.conflicts).toHaveLength(1); // the old form is untouched
    expect(() => settleConflict(t.form, 'pro.submitted', 5)).toThrow(/1 到 2/);
    expect(() => settleConflict(settled, 'pro.submitted', 0)).toThrow(/没有待定/);
  });

  it('marks an approximate choice for R18', () => {
    const only = tallyCaptures([b, page('https://zx.example.gov.cn/d.html', [fact('收到提案150件', 150, '件', 'pro.submitted', 'exact', { year: 2025 })])], { period: '2025' });
    const i = only.form.conflicts![0].candidates.findIndex((x) => x.approx);
    expect(settleConflict(only.form, 'pro.submitted', i).approx).toEqual(['pro.submitted']);
  });

  it('refuses a conflicts list with an unknown code, saying where', () => {
    const text = JSON.stringify({ form: 'ZX-01', unit: 'x', period: '2025', values: {}, conflicts: [{ code: 'pro.submited', candidates: [{ value: 1, quote: 'q' }] }] });
    expect(() => parseFormFile(text)).toThrow(/conflicts\[0\]\.code.*pro\.submitted/);
  });
});
