// Extra cue words per indicator, on top of the catalogue's label and `wording` (which offices extend).
// These are general ways portal texts word an activity; the unit family then picks among them.

export const EXTRA_CUES: Readonly<Record<string, readonly string[]>> = {
  'mem.training_sessions': ['培训班', '培训'],
  'mem.trainees': ['培训', '参加培训', '学员'],
  'sup.monitors': ['监督', '特邀监督员'],
  'res.instructions': ['领导批示', '批示'],
  'inf.instructed': ['领导批示', '批示'],
  // the sheet's base count: 社情民意信息N条 with no other verb is what was collected
  'inf.collected': ['收集社情民意', '征集社情民意', '社情民意信息'],
  // "上报全国政协/省政协" in the catalogue is one cue per office; the verb alone says it
  'inf.reported': ['上报', '报送', '呈报'],
  // "转有关部门办理", "转交相关部门": handed on to the departments concerned
  'inf.forwarded': ['转有关部门', '转相关部门', '转交有关部门', '转交相关部门', '转送', '交有关部门办理'],
  'inf.edited': ['编辑', '刊发', '刊登', '编发'],
  'pro.submitted': ['提交', '收到', '收到…提案', '提交…提案', '提出…提案'],
  // 委员提案 = individual and joint proposals of members
  'pro.by_member': ['个人提案', '委员个人提案', '联名提案', '委员联名提案'],
  'pro.accepted': ['立案的'],
  // A类 to D类 as reports word them
  'pro.resolved': ['已经解决', '已解决', '解决或采纳', '已采纳'],
  'pro.planned': ['列入计划', '计划解决', '列入规划'],
  // proposals not filed are passed on as members' letters or suggestions
  'pro.not_accepted': ['来信', '转为意见建议', '转为建议'],
  // a share of satisfied and basically satisfied answers is the satisfaction rate itself
  'pro.satisfaction_rate': ['满意和基本满意', '满意度'],
  // 重点提案督办协商会: consultations on how proposals are handled
  'con.proposal': ['提案督办协商', '督办协商', '提案办理协商会'],
  'svc.donations': ['捐款', '捐物', '捐赠', '捐资', '善款', '爱心款物'],
  // 委员联络站: 联络 is 联系 — a station where members meet the public, as the 联系点 the form counts
  'mem.contact_points': ['联系点', '委员联络站'],
  'mem.commended': ['优秀政协委员', '表扬…委员'],
  'mem.studios': ['工作室', '会客室', '委员工作站', '委员之家'],
  'pub.reports': ['报道', '稿件', '新闻报道', '宣传报道', '媒体刊发', '刊发', '发稿', '刊播', '刊登', '播发', '新闻'],
  // 户 is counted by one row only: visiting or helping households
  'svc.households': ['走访', '慰问', '帮扶', '困难群众', '困难家庭'],
  'adm.rules': ['制度', '规定', '办法', '规程'],
  'res.research': ['调研活动', '调查研究'],
  // 视察调研活动 is an inspection (the catalogue lists 视察调研 under it), not the 调研活动 it ends with
  'res.inspection': ['视察活动', '视察调研活动'],
  'adm.documents': ['起草', '文稿'],
};

/** Indicators of a sheet whose topic noun must appear in the sentence (a verb alone is ambiguous). */
export const TOPIC_GATES: ReadonlyArray<readonly [prefix: string, topic: RegExp]> = [
  ['inf.', /社情民意|民意信息/],
  ['pro.', /提案/],
];

/** Words right after the unit that make the counted thing an award list, not the activity itself. */
export const AWARD_QUALIFIERS = /^(?:优秀|先进|好|模范|示范单位|最佳)/;

/**
 * Cue words too common on their own: they name the indicator only when the phrase also says whose it is.
 * 讲座 is a 委员讲堂/政协讲堂 only when given by or for members (健康知识讲座 for residents is not).
 */
export const QUALIFIED_CUES: Readonly<Record<string, RegExp>> = {
  讲座: /委员|政协|讲堂/,
};

/** The cue is one of QUALIFIED_CUES and `words` lack its qualifier. */
export function unqualified(cue: readonly (readonly string[])[], words: string): boolean {
  if (cue.length !== 1 || cue[0].length !== 1) return false;
  const q = QUALIFIED_CUES[cue[0][0]];
  return !!q && !q.test(words);
}
