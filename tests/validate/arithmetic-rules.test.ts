import { describe, expect, it } from 'vitest';
import { findingsOf, form } from './helpers';

// Order, sum and ratio rules (R02–R16), each with passing and failing cases on figures printed by real
// portal pages: 收到5641件 = 立案5254 + 并案70 + 转意见317; 办复率 5044/5052 = 99.84%; 349/400 printed 87.2%;
// A/B/C classes 22 + 68 + 2 = 92; the Putian page's 立案率 93.3% for 236/254 (= 92.9%).

describe('order rules: left <= right, blanks not evaluated', () => {
  it.each([
    ['R02', { 'pro.accepted': 5254, 'pro.submitted': 5641 }, null],
    ['R02', { 'pro.accepted': 5641, 'pro.submitted': 5254 }, 387],
    ['R02', { 'pro.accepted': 5254 }, null], // submitted blank: blank is not zero
    ['R05', { 'pro.answered': 5044, 'pro.accepted': 5052 }, null],
    ['R05', { 'pro.answered': 5052, 'pro.accepted': 5044 }, 8],
    ['R08', { 'pro.satisfied': 300, 'pro.basically_satisfied': 49, 'pro.unsatisfied': 0, 'pro.answered': 349 }, null],
    ['R08', { 'pro.satisfied': 300, 'pro.basically_satisfied': 60, 'pro.answered': 349 }, 11], // written parts already exceed
    ['R08', { 'pro.satisfied': 300, 'pro.basically_satisfied': 49 }, null], // right side blank
    ['R11', { 'mtg.standing_topical': 2, 'mtg.standing': 5 }, null],
    ['R11', { 'mtg.standing_topical': 6, 'mtg.standing': 5 }, 1],
    ['R12', { 'inf.edited': 1565, 'inf.collected': 4069 }, null],
    ['R12', { 'inf.edited': 4069, 'inf.collected': 1565 }, 2504],
    ['R13', { 'inf.instructed': 230, 'inf.edited': 1565 }, null],
    ['R13', { 'inf.instructed': 1566, 'inf.edited': 1565 }, 1],
    ['R14', { 'inf.instructed': 230, 'inf.instructions': 251 }, null],
    ['R14', { 'inf.instructed': 230, 'inf.instructions': 200 }, 30],
    ['R15', { 'inf.forwarded': 411, 'inf.collected': 4069 }, null],
    ['R15', { 'inf.forwarded': 4070, 'inf.collected': 4069 }, 1],
    ['R16', { 'mem.training_sessions': 2, 'mem.trainees': 525 }, null],
    ['R16', { 'mem.training_sessions': 3, 'mem.trainees': 2 }, 1],
  ])('%s on %j → imbalance %s', (rule, values, imbalance) => {
    const found = findingsOf(rule, form(values));
    if (imbalance === null) expect(found).toEqual([]);
    else expect(found).toMatchObject([{ rule, imbalance, explained: false }]);
  });
});

describe('sum rules: equality when complete, total >= parts when some are blank', () => {
  it.each([
    // R03: 立案 = 委员 + 集体
    ['R03', { 'pro.accepted': 5254, 'pro.by_member': 4800, 'pro.collective': 454 }, null],
    ['R03', { 'pro.accepted': 5254, 'pro.by_member': 4800, 'pro.collective': 450 }, 4],
    ['R03', { 'pro.accepted': 5254, 'pro.by_member': 4800 }, null], // only one part written: not evaluated
    ['R03', { 'pro.by_member': 4800, 'pro.collective': 454 }, null], // total blank: not evaluated
    // R04: 集体 = 党派 + 团体 + 界别 + 专委会
    ['R04', { 'pro.collective': 92, 'pro.by_party': 22, 'pro.by_group': 68, 'pro.by_sector': 2, 'pro.by_committee': 0 }, null],
    ['R04', { 'pro.collective': 92, 'pro.by_party': 22, 'pro.by_group': 68, 'pro.by_sector': 2, 'pro.by_committee': 1 }, -1],
    ['R04', { 'pro.collective': 92, 'pro.by_party': 22, 'pro.by_group': 68 }, null], // 2 parts blank: 92 >= 90
    ['R04', { 'pro.collective': 89, 'pro.by_party': 22, 'pro.by_group': 68 }, -1], // 2 parts blank: 89 < 90
    // R10 is written parts = total, so its imbalance is parts − 立案
    ['R10', { 'pro.accepted': 92, 'pro.resolved': 22, 'pro.in_progress': 68, 'pro.planned': 2 }, null],
    ['R10', { 'pro.accepted': 92, 'pro.resolved': 22, 'pro.in_progress': 68, 'pro.planned': 2, 'pro.reference': 1 }, 1],
    ['R10', { 'pro.accepted': 90, 'pro.resolved': 22, 'pro.in_progress': 68, 'pro.planned': 2 }, 2],
  ])('%s on %j → imbalance %s', (rule, values, imbalance) => {
    const found = findingsOf(rule, form(values));
    if (imbalance === null) expect(found).toEqual([]);
    else expect(found).toMatchObject([{ rule, imbalance }]);
  });

  it('names every code and the values seen, blanks as null', () => {
    const [f] = findingsOf('R04', form({ 'pro.collective': 89, 'pro.by_party': 22, 'pro.by_group': 68 }));
    expect(f.codes).toEqual(['pro.collective', 'pro.by_party', 'pro.by_group', 'pro.by_sector', 'pro.by_committee']);
    expect(f.values).toEqual({ 'pro.collective': 89, 'pro.by_party': 22, 'pro.by_group': 68, 'pro.by_sector': null, 'pro.by_committee': null });
    expect(f.message).toBe('集体提案应等于党派和工商联、人民团体、界别和小组、专门委员会提案之和');
    expect(f.severity).toBe('error');
  });
});

describe('ratio rules: the written rate within half a unit of its last written decimal', () => {
  it.each([
    ['R07', { 'pro.answer_rate': 99.84, 'pro.answered': 5044, 'pro.accepted': 5052 }, true],
    ['R07', { 'pro.answer_rate': 99.8, 'pro.answered': 5044, 'pro.accepted': 5052 }, true],
    ['R07', { 'pro.answer_rate': 100, 'pro.answered': 5044, 'pro.accepted': 5052 }, true], // 99.84 rounds to 100 at d=0
    ['R07', { 'pro.answer_rate': 99.85, 'pro.answered': 5044, 'pro.accepted': 5052 }, false],
    ['R07', { 'pro.answer_rate': 100, 'pro.answered': 248, 'pro.accepted': 250 }, false], // 99.2 is not 100
    ['R06', { 'pro.accept_rate': 87.2, 'pro.accepted': 349, 'pro.submitted': 400 }, true], // 87.25: exactly on the edge
    ['R06', { 'pro.accept_rate': 87.3, 'pro.accepted': 349, 'pro.submitted': 400 }, true],
    ['R06', { 'pro.accept_rate': 87.1, 'pro.accepted': 349, 'pro.submitted': 400 }, false],
    ['R06', { 'pro.accept_rate': 93.3, 'pro.accepted': 236, 'pro.submitted': 254 }, false], // Putian: 92.9%
    ['R06', { 'pro.accept_rate': 92.9, 'pro.accepted': 236, 'pro.submitted': 254 }, true],
    ['R06', { 'pro.accept_rate': 93.14, 'pro.accepted': 5254, 'pro.submitted': 5641 }, true],
    ['R09', { 'pro.satisfaction_rate': 100, 'pro.satisfied': 300, 'pro.basically_satisfied': 49, 'pro.unsatisfied': 0 }, true],
    ['R09', { 'pro.satisfaction_rate': 98.6, 'pro.satisfied': 300, 'pro.basically_satisfied': 44, 'pro.unsatisfied': 5 }, true],
    ['R09', { 'pro.satisfaction_rate': 100, 'pro.satisfied': 300, 'pro.basically_satisfied': 44, 'pro.unsatisfied': 5 }, false],
  ])('%s on %j matches: %s', (rule, values, ok) => {
    expect(findingsOf(rule, form(values)).length).toBe(ok ? 0 : 1);
  });

  it('reports the Putian rate, never fixes it: imbalance is written minus computed', () => {
    const f = form({ 'pro.accept_rate': 93.3, 'pro.accepted': 236, 'pro.submitted': 254 });
    const [finding] = findingsOf('R06', f);
    expect(finding.imbalance).toBeCloseTo(93.3 - (100 * 236) / 254, 6);
    expect(finding.values).toEqual({ 'pro.accept_rate': 93.3, 'pro.accepted': 236, 'pro.submitted': 254 });
    expect(finding.message).toBe('立案率与立案数、提交数不符');
    expect(f.values['pro.accept_rate']).toBe(93.3);
  });

  it.each([
    [{ 'pro.accept_rate': 93.3, 'pro.accepted': 236 }], // submitted blank
    [{ 'pro.accepted': 236, 'pro.submitted': 254 }], // rate blank
    [{ 'pro.accept_rate': 50, 'pro.accepted': 0, 'pro.submitted': 0 }], // no denominator
  ])('is not evaluated without every operand: %j', (values) => {
    expect(findingsOf('R06', form(values))).toEqual([]);
  });
});
