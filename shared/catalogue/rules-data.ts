import type { z } from 'zod';
import type { RuleSchema } from './rules-schema';

// R01–R21 of the standard (form year 2025 edition), as data. Messages are the standard's own.
export const STANDARD_RULES: Array<z.input<typeof RuleSchema>> = [
  { id: 'R01', severity: 'error', kind: 'domain', check: 'every count is a whole number >= 0; every amount >= 0; every rate is in [0, 100]', message: '数值不合法：计数须为非负整数，比率须在0–100之间' },
  { id: 'R02', severity: 'error', kind: 'order', check: 'pro.accepted <= pro.submitted', left: ['pro.accepted'], right: ['pro.submitted'], message: '立案数不能大于提交提案数' },
  { id: 'R03', severity: 'error', kind: 'sum', check: 'pro.accepted = pro.by_member + pro.collective', total: 'pro.accepted', parts: ['pro.by_member', 'pro.collective'], totalSide: 'left', message: '立案数应等于委员提案与集体提案之和' },
  { id: 'R04', severity: 'error', kind: 'sum', check: 'pro.collective = pro.by_party + pro.by_group + pro.by_sector + pro.by_committee', total: 'pro.collective', parts: ['pro.by_party', 'pro.by_group', 'pro.by_sector', 'pro.by_committee'], totalSide: 'left', message: '集体提案应等于党派和工商联、人民团体、界别和小组、专门委员会提案之和' },
  { id: 'R05', severity: 'error', kind: 'order', check: 'pro.answered <= pro.accepted', left: ['pro.answered'], right: ['pro.accepted'], message: '办复数不能大于立案数' },
  { id: 'R06', severity: 'error', kind: 'ratio', check: 'pro.accept_rate = 100 * pro.accepted / pro.submitted', rate: 'pro.accept_rate', numerator: ['pro.accepted'], denominator: ['pro.submitted'], message: '立案率与立案数、提交数不符' },
  { id: 'R07', severity: 'error', kind: 'ratio', check: 'pro.answer_rate = 100 * pro.answered / pro.accepted', rate: 'pro.answer_rate', numerator: ['pro.answered'], denominator: ['pro.accepted'], message: '办复率与办复数、立案数不符' },
  { id: 'R08', severity: 'error', kind: 'order', check: 'pro.satisfied + pro.basically_satisfied + pro.unsatisfied <= pro.answered', left: ['pro.satisfied', 'pro.basically_satisfied', 'pro.unsatisfied'], right: ['pro.answered'], message: '评价件数之和不能大于办复数' },
  { id: 'R09', severity: 'warning', kind: 'ratio', check: 'pro.satisfaction_rate = 100 * (pro.satisfied + pro.basically_satisfied) / (pro.satisfied + pro.basically_satisfied + pro.unsatisfied)', rate: 'pro.satisfaction_rate', numerator: ['pro.satisfied', 'pro.basically_satisfied'], denominator: ['pro.satisfied', 'pro.basically_satisfied', 'pro.unsatisfied'], message: '满意率与评价件数不符' },
  { id: 'R10', severity: 'warning', kind: 'sum', check: 'pro.resolved + pro.in_progress + pro.planned + pro.reference = pro.accepted', total: 'pro.accepted', parts: ['pro.resolved', 'pro.in_progress', 'pro.planned', 'pro.reference'], totalSide: 'right', message: 'A、B、C、D类之和与立案数不符' },
  { id: 'R11', severity: 'error', kind: 'order', check: 'mtg.standing_topical <= mtg.standing', left: ['mtg.standing_topical'], right: ['mtg.standing'], message: '专题议政性常委会会议不能多于常委会会议' },
  { id: 'R12', severity: 'error', kind: 'order', check: 'inf.edited <= inf.collected', left: ['inf.edited'], right: ['inf.collected'], message: '采编数不能大于收集数' },
  { id: 'R13', severity: 'error', kind: 'order', check: 'inf.instructed <= inf.edited', left: ['inf.instructed'], right: ['inf.edited'], message: '获批示篇数不能大于采编数' },
  { id: 'R14', severity: 'warning', kind: 'order', check: 'inf.instructed <= inf.instructions', left: ['inf.instructed'], right: ['inf.instructions'], message: '批示件次一般不少于获批示篇数' },
  { id: 'R15', severity: 'error', kind: 'order', check: 'inf.forwarded <= inf.collected', left: ['inf.forwarded'], right: ['inf.collected'], message: '转交数不能大于收集数' },
  { id: 'R16', severity: 'warning', kind: 'order', check: 'mem.training_sessions <= mem.trainees', left: ['mem.training_sessions'], right: ['mem.trainees'], message: '参训人次少于培训班期数' },
  { id: 'R17', severity: 'warning', kind: 'change', check: '|this year - last year| / last year > 50%, for any indicator whose last-year value is >= 10', limit: 0.5, minPrior: 10, message: '与上年相比增减超过50%，请填写说明' },
  { id: 'R18', severity: 'warning', kind: 'approximate', check: 'a value taken from an approximate statement (余、多、约、近、超过…) must be confirmed as exact before submission', message: '该数值来自概数表述，请核实为准确数' },
  { id: 'R19', severity: 'warning', kind: 'evidence', check: 'captured records of an event type outnumber the reported count of that indicator', message: '采集到的活动记录多于填报数，请核对' },
  { id: 'R20', severity: 'error', kind: 'required', check: 'reporting unit, reporting period and form code are present', fields: ['unit', 'period', 'form'], message: '缺少填报单位或报告期' },
  { id: 'R21', severity: 'error', kind: 'rollup', check: "in a consolidated form, each count equals the sum over the subordinate units' forms", message: '汇总数与下级单位合计不符' },
];
