// Extra cue words per indicator, on top of the catalogue's label and `wording` (which offices extend).
// These are general ways portal texts word an activity; the unit family then picks among them.

export const EXTRA_CUES: Readonly<Record<string, readonly string[]>> = {
  'mem.training_sessions': ['培训班', '培训'],
  'mem.trainees': ['培训', '参加培训', '学员'],
  'sup.monitors': ['监督', '特邀监督员'],
  'res.instructions': ['领导批示', '批示'],
  'inf.instructed': ['领导批示', '批示'],
  'inf.collected': ['收集社情民意', '征集社情民意'],
  'inf.edited': ['编辑', '刊发'],
  'pro.submitted': ['提交', '收到', '收到…提案', '提交…提案', '提出…提案'],
  'pro.by_member': ['个人提案', '委员个人提案'],
  'pro.accepted': ['立案的'],
  'svc.donations': ['捐款', '捐物', '捐赠', '捐资', '善款', '爱心款物'],
  'mem.contact_points': ['联系点'],
  'mem.studios': ['工作室', '会客室', '委员工作站', '委员之家'],
  'pub.reports': ['报道', '稿件', '新闻报道', '宣传报道'],
  'adm.rules': ['制度', '规定', '办法', '规程'],
  'res.research': ['调研活动', '调查研究'],
  'res.inspection': ['视察活动'],
  'adm.documents': ['起草', '文稿'],
};

/** Indicators of a sheet whose topic noun must appear in the sentence (a verb alone is ambiguous). */
export const TOPIC_GATES: ReadonlyArray<readonly [prefix: string, topic: RegExp]> = [
  ['inf.', /社情民意|民意信息/],
  ['pro.', /提案/],
];

/** Words right after the unit that make the counted thing an award list, not the activity itself. */
export const AWARD_QUALIFIERS = /^(?:优秀|先进|好|模范|示范单位|最佳)/;
