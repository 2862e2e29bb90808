import type { Indicator } from '../catalogue/schema';
import { DUTY_CODE, DUTY_NEEDS, EXACT_UNIT, RECEIVED_VIEWS } from './cues';
import { unitFamily } from './units';

// What a 表1 statement's number counts must be what the row counts: the noun and the action of the row, in its
// unit. These checks run after the ranking has chosen a row, and only ever take the code away.

export interface CueAt {
  /** position of the cue in before + '\u0000' + after */
  at: number;
  len: number;
  local: boolean;
}

export function notWhatItCounts(
  ctx: { before: string; after: string; sentence: string; unit: string },
  code: string,
  ind: Indicator | undefined,
  top: CueAt | undefined,
): boolean {
  if (!DUTY_CODE.test(code) || !ind) return false;
  const units = EXACT_UNIT[code];
  if (units && !units.includes(ctx.unit)) return true;
  const needs = DUTY_NEEDS[code];
  if (needs && !needs.test(ctx.sentence)) return true;
  // "收集群众意见建议80余条": views received, unless the office then made them its own (形成, 提出)
  if (code === 'res.suggestions' && RECEIVED_VIEWS.test(ctx.before) && !/(?:提出|形成|提交|报送)[^，,；;。]*$/.test(ctx.before)) return true;
  // an event row counted in 个/项/门: the noun next to the number is what is counted ("视察3个重点项目",
  // "培训班设置课程12门"), unless it is the topic the events were held on ("围绕9个议题开展专项民主监督")
  const f = unitFamily(ctx.unit);
  if (unitFamily(ind.unit) === 'events' && f !== 'events' && top?.local) {
    if (/^[\u4e00-\u9fff]/.test(ctx.after) && !/^(?:议题|主题|课题)/.test(ctx.after) && top.at < ctx.before.length) return true;
    if (top.at < ctx.before.length && ctx.before.length - (top.at + top.len) > 2) return true;
  }
  return false;
}
