import { describe, expect, it } from 'vitest';
import { classifyFactContext, classifyTitle } from '../../shared/facts/classify';
import { extractFacts } from '../../shared/facts/extract';
import { loadSeeds } from '../gold-scorer';
import type { Indicator } from '../../shared/catalogue/schema';
import { STANDARD_CATALOGUE } from '../../shared/catalogue/indicators';

describe('classifyTitle', () => {
  const records = loadSeeds().flatMap((s) => s.gold.records.map((r) => [r.title, r.indicator] as const));
  // headlines that name their event (the 002 record needs the article body, not its headline)
  it.each(records.filter(([t]) => /会|协商|学习/.test(t)))('%s → %s', (title, code) => {
    expect(classifyTitle(title)).toBe(code);
  });

  it.each([
    ['市政协召开主席会议', 'mtg.chair'],
    ['县政协召开常委会议', 'mtg.standing'],
    ['区政协组织委员视察全区重点项目', 'res.inspection'],
    ['市政协开展民主评议', 'sup.review'],
    ['某市政协举办双月协商座谈会', 'con.bimonthly'],
    ['市政协主席率队赴某县调研', 'res.research'],
    ['市政协召开“有事好商量”协商议事会', 'con.grassroots'],
    ['市政协举办2025年度委员履职培训班', 'mem.training_sessions'],
    ['关于印发《市政协委员履职管理办法》的通知', null],
    ['习近平在中央政协工作会议上发表重要讲话', null],
    ['政协委员风采：扎根基层三十年', null],
  ])('%s → %s', (title, code) => {
    expect(classifyTitle(title)).toBe(code);
  });
});

describe('classifyFactContext', () => {
  const ctx = (before: string, unit: string, after = '', value = 5) => ({ before, after, sentence: before + value + unit + after, unit, value });
  it.each([
    // [before, unit, after, expected]
    ['收到提案', '件', '', 'pro.submitted'],
    ['提案经审查立案', '件', '', 'pro.accepted'],
    ['交流发言', '人次', '', null],
    ['全年收集社情民意信息', '篇', '', 'inf.collected'],
    ['召开主席会议', '次', '', 'mtg.chair'],
    ['', '个', '委员工作室', 'mem.studios'],
    ['', '项', '制度', 'adm.rules'],
    ['提案办复率达', '%', '', 'pro.answer_rate'],
    ['', '名', '委员参加培训', 'mem.trainees'],
    // a generic count names nothing the form asks
    ['涉及', '个', '方面', null],
    ['共组织', '名', '委员参观', null],
    // unit must fit: people are not meetings
    ['召开主席会议', '名', '', null],
    // two activities side by side: the number counts both
    ['组织专题协商和微信协商', '次', '', null],
    // an award list is not the activity itself
    ['表扬', '个', '优秀委员联系点', null],
  ] as const)('%s N%s %s → %s', (before, unit, after, code) => {
    expect(classifyFactContext(ctx(before, unit, after))).toBe(code);
  });

  it('reads an office-extended catalogue', () => {
    const local: Indicator = { code: 'loc.reading_rooms', sheet: '表1', section: '五、委员服务', label: '委员读书室', unit: '间', kind: 'count', wording: ['读书室'], local: true };
    const facts = extractFacts('建成“委員讀書室”35間。', { catalogue: [...STANDARD_CATALOGUE, local] });
    expect(facts.map((f) => f.indicator)).toEqual(['loc.reading_rooms']);
    expect(extractFacts('建成“委員讀書室”35間。').map((f) => f.indicator)).toEqual([null]);
  });
});
