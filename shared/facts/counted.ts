import type { Indicator } from '../catalogue/schema';
import { ATTENDING, AWARD_BEFORE, DUTY_CODE, OTHERS_COURSE, DUTY_NEEDS, EXACT_UNIT, GROUP_NOUN, GROUP_UNITS, MINIMUM, MONITOR_POST, RECEIVED_VIEWS, SPLIT_INTO, SUGGESTION_OUTCOME } from './cues';
import { unitFamily } from './units';

// What a 表1 statement's number counts must be what the row counts: the noun and the action of the row, in its
// unit. These checks run after the ranking has chosen a row, and only ever take the code away.

/** Verbs, time words and tallies between a cue and its number ("专项民主监督今年开展3项"): no noun of their own. */
// (议题, 主题: the topics the activity was held on, "专项民主监督议题4个", counted as the activity)
const FILLER = /(?:开展|召开|举办|举行|组织|进行|完成|今年|全年|年内|共计|合计|共|累计|先后|达到|达|计|有|了|活动|工作|的议题|议题|的主题|主题)+$/;
/** What is left names a thing of its own ("培训班设置课程12门"). */
const COUNTED_NOUN_GAP = /[\u4e00-\u9fff]{2}/;
const SET_UP = /(?:建立|建成|成立|设立|组建|打造|培育|挂牌|授牌|命名)[^，,；;。]{0,12}$/;

const PART_OF_EVENT = /(?:设置|设有|安排了?|包括|包含|涵盖|分为|穿插)[^，,；;。]{0,8}$/;

export interface CueAt {
  /** position of the cue in before + '\u0000' + after */
  at: number;
  len: number;
  local: boolean;
}

export function notWhatItCounts(
  ctx: { before: string; after: string; sentence: string; unit: string; lead?: string },
  code: string,
  ind: Indicator | undefined,
  top: CueAt | undefined,
): boolean {
  if (!DUTY_CODE.test(code) || !ind) return false;
  // "表彰优秀委员工作室10个": an award list
  if (code !== 'mem.commended' && AWARD_BEFORE.test(ctx.before)) return true;
  // "参加省政协培训班3期": another office's course
  if (code === 'mem.training_sessions' && OTHERS_COURSE.test(ctx.before)) return true;
  // "至少参加1次": a norm or target, not what was done
  if (MINIMUM.test(ctx.before + (ctx.lead ?? ''))) return true;
  // "分三组入户走访": the groups the work was split into
  if (SPLIT_INTO.test(ctx.before) && (GROUP_UNITS.includes(ctx.unit) || GROUP_NOUN.test(ctx.after))) return true;
  const units = EXACT_UNIT[code];
  if (units && !units.includes(ctx.unit)) return true;
  const needs = DUTY_NEEDS[code];
  if (needs && !needs.test(ctx.sentence)) return true;
  // "收集群众意见建议80余条": views received, unless the office then made them its own (形成, 提出)
  if (code === 'res.suggestions' && RECEIVED_VIEWS.test(ctx.before) && !/(?:提出|形成|提交|报送)[^，,；;。]*$/.test(ctx.before)) return true;
  // "各部门采纳意见建议56条", "意见建议得到采纳的有36条": suggestions by outcome are a part no row counts
  if (code === 'res.suggestions' && SUGGESTION_OUTCOME.test(ctx.before + ctx.after)) return true;
  if (code === 'sup.monitors' && top) {
    const cue = (ctx.before + '\u0000' + ctx.after).slice(top.at, top.at + top.len);
    if ((!/监督员|听证员/.test(cue) && !MONITOR_POST.test(ctx.sentence)) || ATTENDING.test(ctx.after)) return true;
  }
  // "主席会议研究议题46个": topics a meeting discussed (研究 as its verb) are no research topics
  if (code === 'res.topics' && /议题$/.test(ctx.before) && !/调研|课题|视察|考察|监督/.test(ctx.sentence)) return true;
  // an event row counted in 个/项/门: the noun next to the number is what is counted ("视察3个重点项目",
  // "培训班设置课程12门"), unless it is the topic the events were held on ("围绕9个议题开展专项民主监督")
  const f = unitFamily(ctx.unit);
  if (unitFamily(ind.unit) === 'events' && f !== 'events' && top?.local) {
    // (wherever the cue stands: "深入5个重点项目现场进行视察"), unless the cue itself follows the unit
    if (/^[\u4e00-\u9fff]/.test(ctx.after) && !/^(?:议题|主题|课题)/.test(ctx.after) && top.at !== ctx.before.length + 1) return true;
    if (top.at < ctx.before.length && COUNTED_NOUN_GAP.test(ctx.before.slice(top.at + top.len).replace(FILLER, ''))) return true;
    // "建立协商议事会18个": bodies or places set up, not events held
    if (SET_UP.test(ctx.before)) return true;
  }
  // "培训班设置专题讲座6场": the parts of one event's programme are not events of the row
  if (unitFamily(ind.unit) === 'events' && PART_OF_EVENT.test(ctx.before)) return true;
  return false;
}
