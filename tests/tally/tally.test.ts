import { describe, expect, it } from 'vitest';
import { tallyCaptures } from '../../shared/tally/tally';
import { validateForm } from '../../shared/validate/engine';
import { SUMMARY_TITLE, fact, page, record } from './helpers';

// Statements are quoted from the seed pages (000: 宁夏 自治区政协办公厅 2025; 004: 城中区政协 2023).
const A = 'https://www.nxzx.gov.cn/a.html';
const B = 'https://www.nxzx.gov.cn/b.html';

describe('one page', () => {
  it('counts a statement repeated in summary and body once', () => {
    const t = tallyCaptures([page(A, [fact('举办的2期委员培训班', 2, '期', 'mem.training_sessions'), fact('举办2期委员培训班', 2, '期', 'mem.training_sessions')])]);
    expect(t.form.values['mem.training_sessions']).toBe(2);
    expect(t.form.sources!['mem.training_sessions'].map((s) => s.quote)).toEqual(['举办的2期委员培训班', '举办2期委员培训班']);
    expect(t.conflicts).toEqual([]);
  });

  it('takes the total, not a double sum, when parts stand beside it (525 = 322 + 203)', () => {
    const t = tallyCaptures([
      page(A, [fact('525名三级政协委员', 525, '名', 'mem.trainees'), fact('322名自治区政协委员', 322, '名', 'mem.trainees'), fact('203名市、县(区)政协委员参训', 203, '名', 'mem.trainees')]),
    ]);
    expect(t.form.values['mem.trainees']).toBe(525);
    expect(t.form.sources!['mem.trainees']).toEqual([{ url: A, quote: '525名三级政协委员', capturedAt: '2026-02-01T08:00:00Z', title: SUMMARY_TITLE, how: 'statement' }]);
  });

  it('lets an exact statement beat an approximate one (1500余篇 vs 采编1565篇)', () => {
    const t = tallyCaptures([page(A, [fact('1500余篇社情民意信息', 1500, '篇', 'inf.edited', 'over'), fact('采编1565篇', 1565, '篇', 'inf.edited')])]);
    expect(t.form.values['inf.edited']).toBe(1565);
    expect(t.approx).toEqual([]);
    expect(t.form.approx).toBeUndefined();
  });

  it('keeps an approximate value when nothing exact is said, and marks it for R18', () => {
    const t = tallyCaptures([page(A, [fact('1500余篇社情民意信息', 1500, '篇', 'inf.edited', 'over')])]);
    expect(t.form.values['inf.edited']).toBe(1500);
    expect(t.approx).toEqual(['inf.edited']);
    expect(validateForm({ ...t.form, unit: '自治区政协', period: '2025' })).toMatchObject([{ rule: 'R18', codes: ['inf.edited'] }]);
  });

  it('adds different figures with no total, as parts of the year (人民政协报103篇 + 其他媒体196篇)', () => {
    const t = tallyCaptures([page(A, [fact('在人民政协报(网)刊发报道103篇', 103, '篇', 'pub.reports'), fact('在其他省、市属媒体刊发报道196篇', 196, '篇', 'pub.reports')])]);
    expect(t.form.values['pub.reports']).toBe(299);
    expect(t.form.sources!['pub.reports'].map((s) => s.quote)).toEqual(['在人民政协报(网)刊发报道103篇', '在其他省、市属媒体刊发报道196篇']);
    expect(t.conflicts).toEqual([]);
  });

  it('adds parts once when a part is repeated (政协讲堂2期 twice + 委员讲堂4期)', () => {
    const t = tallyCaptures([page(A, [fact('举办政协讲堂2期', 2, '期', 'mem.lectures'), fact('委员讲堂4期', 4, '期', 'mem.lectures'), fact('政协讲堂2期', 2, '期', 'mem.lectures')])]);
    expect(t.form.values['mem.lectures']).toBe(6);
  });
});

describe('a figure the page marks as final', () => {
  // 实际立案 after 立案 and 并案 is the same count after merging, not a part of it: the clerk enters 72, not 150.
  it.each([
    ['实际立案72件 in its quote', ['经审查，立案78件', '实际立案72件']],
    ['72件 after 实际立案', ['立案78件', '72件']],
  ])('takes the final figure alone (%s)', (_name, [first, second]) => {
    const lead = second === '72件' ? '并案6件，实际立案' : '';
    const p = page(A, [fact(first, 78, '件', 'pro.accepted'), fact('并案6件', 6, '件', 'pro.merged')], [], { title: '提案审查情况的报告' });
    // the second statement stands where the page prints it, after the merged proposals
    const text = `${p.text}${lead}${second}。`;
    const start = text.lastIndexOf(second);
    const t = tallyCaptures([{ ...p, text, facts: [...p.facts, { ...fact(second, 72, '件', 'pro.accepted'), start, end: start + second.length }] }]);
    expect(t.form.values['pro.accepted']).toBe(72);
    expect(t.form.sources!['pro.accepted'].map((s) => s.quote)).toEqual([second]);
    expect(t.form.values['pro.merged']).toBe(6);
  });

  it('still adds figures no word marks as final (修订8项 + 新出台11项)', () => {
    const t = tallyCaptures([page(A, [fact('修订制度8项', 8, '项', 'adm.rules'), fact('新出台制度11项', 11, '项', 'adm.rules')])]);
    expect(t.form.values['adm.rules']).toBe(19);
  });
});

describe('many pages', () => {
  it('merges pages that agree, with every source', () => {
    const t = tallyCaptures([page(A, [fact('主席会议13次', 13, '次', 'mtg.chair')]), page(B, [fact('召开主席会议13次', 13, '次', 'mtg.chair')])]);
    expect(t.form.values['mtg.chair']).toBe(13);
    expect(t.form.sources!['mtg.chair'].map((s) => s.url)).toEqual([A, B]);
  });

  it('keeps pages that disagree as a conflict, not silently resolved', () => {
    const t = tallyCaptures([page(A, [fact('主席会议13次', 13, '次', 'mtg.chair')]), page(B, [fact('主席会议12次', 12, '次', 'mtg.chair')])]);
    expect(t.form.values['mtg.chair']).toBeUndefined();
    expect(t.conflicts).toEqual([{ code: 'mtg.chair', candidates: [{ value: 13, url: A, title: SUMMARY_TITLE, quote: '主席会议13次' }, { value: 12, url: B, title: SUMMARY_TITLE, quote: '主席会议12次' }] }]);
    expect(t.form.conflicts).toEqual(t.conflicts);
  });

  it('keeps an approximate page the exact figure contradicts as a conflict (1500余篇 vs 1200篇)', () => {
    const t = tallyCaptures([page(A, [fact('1500余篇社情民意信息', 1500, '篇', 'inf.edited', 'over')]), page(B, [fact('采编1200篇', 1200, '篇', 'inf.edited')])]);
    expect(t.form.values['inf.edited']).toBeUndefined();
    expect(t.conflicts).toEqual([{ code: 'inf.edited', candidates: [{ value: 1200, url: B, title: SUMMARY_TITLE, quote: '采编1200篇' }, { value: 1500, url: A, title: SUMMARY_TITLE, quote: '1500余篇社情民意信息', approx: true }] }]);
  });

  it.each([
    [1565, 1500, 'over', true],
    [1200, 1500, 'over', false],
    [48, 50, 'under', true],
    [52, 50, 'under', false],
    [190, 200, 'about', true],
    [150, 200, 'about', false],
  ] as const)('exact %i agrees with %i (%s): %s', async (exact, approx, kind, ok) => {
    const { agrees } = await import('../../shared/tally/page-value');
    expect(agrees(exact, approx, kind)).toBe(ok);
  });

  it('prefers an exact page to an approximate page', () => {
    const t = tallyCaptures([page(A, [fact('1500余篇社情民意信息', 1500, '篇', 'inf.edited', 'over')]), page(B, [fact('采编1565篇', 1565, '篇', 'inf.edited')])]);
    expect(t.form.values['inf.edited']).toBe(1565);
    expect(t.conflicts).toEqual([]);
  });
});

describe('units and kinds', () => {
  it.each([
    ['名 feeds 人次', fact('525名三级政协委员', 525, '名', 'mem.trainees'), 'mem.trainees', 525],
    ['条 feeds 篇', fact('收集社情民意信息4069条', 4069, '条', 'inf.collected'), 'inf.collected', 4069],
    ['个 议题 feeds 次', fact('围绕9个议题周密组织开展专项民主监督', 9, '个', 'sup.special'), 'sup.special', 9],
    ['元 amount as folded', fact('捐款捐物93.35万元', 933500, '元', 'svc.donations'), 'svc.donations', 933500],
    ['% rate', fact('办复率100%', 100, '%', 'pro.answer_rate'), 'pro.answer_rate', 100],
    ['篇 does not feed 次', fact('主席会议材料12篇', 12, '篇', 'mtg.chair'), 'mtg.chair', undefined],
    ['人次 feeds 件次 where the wording lists it', fact('获得市党政领导批示70多人次', 70, '人次', 'res.instructions', 'over'), 'res.instructions', 70],
    ['项 feeds 件 (引进项目)', fact('引进项目300多项', 300, '项', 'svc.projects', 'over'), 'svc.projects', 300],
    ['名 does not feed 次', fact('组织102名委员', 102, '名', 'res.inspection'), 'res.inspection', undefined],
    ['% does not feed a count', fact('立案数增长12%', 12, '%', 'pro.accepted'), 'pro.accepted', undefined],
    ['unknown code is ignored', fact('河长30名', 30, '名', 'loc.river'), 'loc.river', undefined],
  ])('%s', (_name, f, code, value) => {
    expect(tallyCaptures([page(A, [f])]).form.values[code]).toBe(value);
  });
});

describe('rates and records', () => {
  it('suggests a rate the counts determine, never fills it (5044 / 5052 → 99.84)', () => {
    const t = tallyCaptures([page(A, [fact('立案5052件', 5052, '件', 'pro.accepted'), fact('已办复5044件', 5044, '件', 'pro.answered')])]);
    expect(t.form.values['pro.answer_rate']).toBeUndefined();
    expect(t.suggestions).toMatchObject([{ code: 'pro.answer_rate', value: 99.84 }]);
  });

  it('does not suggest over a rate the page printed, even a wrong one (Putian 93.3%)', () => {
    const t = tallyCaptures([page(A, [fact('提交提案254件', 254, '件', 'pro.submitted'), fact('立案236件', 236, '件', 'pro.accepted'), fact('立案率93.3%', 93.3, '%', 'pro.accept_rate')])]);
    expect(t.form.values['pro.accept_rate']).toBe(93.3);
    expect(t.suggestions).toEqual([]);
    expect(validateForm({ ...t.form, unit: '莆田市政协', period: '2023' }).map((f) => f.rule)).toEqual(['R06']);
  });

  it('counts records as R19 evidence, once per activity, where a statement gives the value', () => {
    const list1 = page(A, [], [record('全国政协召开远程协商会 广西设分会场', 'con.remote', 'https://x/1'), record('自治区政协召开远程协商会', 'con.remote', 'https://x/2')]);
    const list2 = page(B, [fact('开展远程协商会1次', 1, '次', 'con.remote')], [record('全国政协召开远程协商会 广西设分会场', 'con.remote', 'https://x/1'), record('主席会议', null)]);
    const t = tallyCaptures([list1, list2]);
    expect(t.form.sources!['con.remote']).toMatchObject([{ how: 'statement', quote: '开展远程协商会1次' }]);
    expect(t.recordCounts).toEqual({ 'con.remote': 2 });
    expect(t.form.values['con.remote']).toBe(1);
    expect(validateForm({ ...t.form, unit: '自治区政协', period: '2024' })).toMatchObject([{ rule: 'R19', imbalance: 1 }]);
  });

  it('counts only records dated in the form\'s period, and lists the others with their reason', () => {
    const list = page(A, [], [
      record('自治区政协召开远程协商会', 'con.remote', 'https://x/1', '2024-09-12'),
      record('全国政协召开远程协商会', 'con.remote', 'https://x/2', '2025-03-01'),
      record('政协召开远程协商会', 'con.remote', 'https://x/3', null),
    ]);
    const t25 = tallyCaptures([list], { period: '2025' });
    expect(t25.recordCounts).toEqual({ 'con.remote': 1 });
    expect(t25.leftOut.map((l) => [l.title, l.reason, l.year])).toEqual([
      ['自治区政协召开远程协商会', 'other-year', 2024],
      ['政协召开远程协商会', 'undated', null],
    ]);
    expect(tallyCaptures([list], { period: '2024' }).recordCounts).toEqual({ 'con.remote': 1 });
    expect(tallyCaptures([list]).recordCounts).toEqual({ 'con.remote': 3 });
  });

  it('fills the header the clerk gives', () => {
    const t = tallyCaptures([], { unit: '城中区政协', period: '2023' });
    expect(t.form).toEqual({ form: 'ZX-01', unit: '城中区政协', period: '2023', values: {}, sources: {} });
    expect(t.leftOut).toEqual([]);
  });
});

describe('rates on one page', () => {
  it('never adds two rates: the one stated most often, else the larger, stands', () => {
    const t = tallyCaptures([page(A, [fact('满意和基本满意率均达100%', 100, '%', 'pro.satisfaction_rate'), fact('满意率9%', 9, '%', 'pro.satisfaction_rate'), fact('基本满意率达100%', 100, '%', 'pro.satisfaction_rate')])]);
    expect(t.form.values['pro.satisfaction_rate']).toBe(100);
    expect(tallyCaptures([page(A, [fact('立案率92%', 92, '%', 'pro.accept_rate'), fact('立案率为96%', 96, '%', 'pro.accept_rate')])]).form.values['pro.accept_rate']).toBe(96);
  });
});
