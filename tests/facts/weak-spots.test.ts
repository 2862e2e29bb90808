import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import type { Fact } from '../../shared/model';

// Phrasings the classifier used to get wrong, each with what a clerk filling ZX-01 reads from it.
// Decisions:
// - 百分点 is its own measure (a change of a rate): unit 百分点, no indicator — never 个, never a rate.
// - 委员联络站 is a 委员联系点 by another name (联络 = 联系); 联络站 alone (政协工作联络站) is not.
// - 研究议题N项: items a meeting discussed (研究 as the verb) are neither meetings nor the 重点调研课题 res.topics
//   counts, so null; 议题 stays res.topics where research is named (调研议题, 课题).
// - 讲座 counts as mem.lectures only when the phrase says it is the members' (委员/政协/讲堂): the
//   health talks a members' studio holds for residents are no 委员讲堂.

type Row = readonly [text: string, quote: string, value: number, unit: string, approx: Fact['approx'], indicator: string | null];

describe('weak spots', () => {
  it.each<Row>([
    ['全年开展视察调研活动18次。', '18次', 18, '次', 'exact', 'res.inspection'],
    ['全年开展调研活动18次。', '18次', 18, '次', 'exact', 'res.research'],
    ['满意率提高0.5个百分点。', '0.5个百分点', 0.5, '百分点', 'exact', null],
    ['立案率较上年提高2.3个百分点。', '2.3个百分点', 2.3, '百分点', 'exact', null],
    ['办复率提高两个百分点。', '两个百分点', 2, '百分点', 'exact', null],
    ['收到提案同比增长12%。', '12%', 12, '%', 'exact', null],
    ['全年新建委员联络站12个。', '12个', 12, '个', 'exact', 'mem.contact_points'],
    ['全年建成委员联系点12个。', '12个', 12, '个', 'exact', 'mem.contact_points'],
    ['全年研究议题46项。', '46项', 46, '项', 'exact', null],
    ['召开主席会议12次，研究议题46项。', '46项', 46, '项', 'exact', null],
    ['主席会议研究议题46项。', '46项', 46, '项', 'exact', null],
    ['全年确定重点调研议题12个。', '12个', 12, '个', 'exact', 'res.topics'],
    ['围绕12个议题开展专项民主监督。', '12个', 12, '个', 'exact', 'sup.special'],
    ['开展公益活动7次，健康知识讲座6次。', '6次', 6, '次', 'exact', null],
    ['开展法律知识讲座进社区活动10次。', '10次', 10, '次', 'exact', null],
    ['邀请专家为委员举办专题讲座8场。', '8场', 8, '场', 'exact', 'mem.lectures'],
    ['举办委员讲堂6期。', '6期', 6, '期', 'exact', 'mem.lectures'],
    ['举办政协讲堂6期。', '6期', 6, '期', 'exact', 'mem.lectures'],
  ])('%s [%s] → %s %s %s %s', (text, quote, value, unit, approx, indicator) => {
    const hits = extractFacts(text).filter((f) => f.quote === quote);
    expect(hits).toHaveLength(1);
    const f = hits[0];
    expect({ value: f.value, unit: f.unit, approx: f.approx, indicator: f.indicator }).toEqual({ value, unit, approx, indicator });
  });
});
