// Extra cue words per indicator, on top of the catalogue's label and `wording` (which offices extend).
// These are general ways portal texts word an activity; the unit family then picks among them.

export const EXTRA_CUES: Readonly<Record<string, readonly string[]>> = {
  // a 研讨班 (study seminar) for members is a training course by another name
  'mem.training_sessions': ['培训班', '培训', '研讨班', '学习班', '轮训'],
  'mem.trainees': ['培训', '参加培训', '学员'],
  'sup.monitors': ['监督', '特邀监督员'],
  // 批办 (instructed for handling) and 圈阅 are kinds of a leader's 批示
  'res.instructions': ['领导批示', '批示', '批办', '肯定性批示'],
  'inf.instructed': ['领导批示', '批示', '批办'],
  // the sheet's base count: 社情民意信息N条 with no other verb is what was collected
  'inf.collected': ['收集社情民意', '征集社情民意', '社情民意信息'],
  // "上报全国政协/省政协" in the catalogue is one cue per office; the verb alone says it
  'inf.reported': ['上报', '报送', '呈报'],
  // "转有关部门办理", "转交相关部门": handed on to the departments concerned
  'inf.forwarded': ['转有关部门', '转相关部门', '转交有关部门', '转交相关部门', '转送', '交有关部门办理'],
  'inf.edited': ['编辑', '刊发', '刊登', '编发'],
  // "以提案形式提出意见建议3008件": the proposals themselves, worded as suggestions
  'pro.submitted': ['提交', '收到', '收到…提案', '提交…提案', '提出…提案', '以提案形式'],
  // 委员提案 = individual and joint proposals of members
  'pro.by_member': ['个人提案', '委员个人提案', '联名提案', '委员联名提案'],
  // the proposals a government (department) takes on to handle are the filed ones: 承办提案N件
  'pro.accepted': ['立案的', '承办', '交办'],
  // A类 to D类 as reports word them
  'pro.resolved': ['已经解决', '已解决', '解决或采纳', '已采纳', '基本解决', '采纳落实', '吸收采纳'],
  'pro.in_progress': ['正在落实', '正在办理'],
  'pro.planned': ['列入计划', '计划解决', '列入规划'],
  // D类: cannot be solved now, explained to the member
  'pro.reference': ['条件所限', '条件限制', '难以解决', '暂不具备', '解释说明', '作出解释'],
  // proposals not filed are passed on as members' letters or suggestions
  'pro.not_accepted': ['来信', '转为意见建议', '转为建议', '转为…建议', '转为…意见', '作为…意见', '作为…来信', '未立案', '未予立案', '不立案'],
  // merged with proposals on the same matter
  'pro.merged': ['合并处理', '合并办理'],
  // a share of satisfied and basically satisfied answers is the satisfaction rate itself
  'pro.satisfaction_rate': ['满意和基本满意', '满意或基本满意', '满意度'],
  // the 党派 row counts the 工商联's proposals too, whatever level names it (全国工商联, 市工商联)
  'pro.by_party': ['工商联提案', '民主党派提案'],
  // 重点提案督办协商会: consultations on how proposals are handled
  'con.proposal': ['提案督办协商', '督办协商', '提案办理协商会'],
  // 协商议事 at the front line (一线协商, 协商议事活动, 议事会) is grassroots consultation
  'con.grassroots': ['一线协商', '议事协商', '基层…协商', '小微协商', '协商议事活动'],
  'mtg.study_group': ['中心组学习会'],
  'res.suggestions': ['协商意见', '对策建议', '意见和建议'],
  'svc.donations': ['捐款', '捐物', '捐赠', '捐资', '善款', '爱心款物', '慰问金', '慰问资金', '救助金'],
  // 委员联络站: 联络 is 联系 — a station where members meet the public, as the 联系点 the form counts
  'mem.contact_points': ['联系点', '委员联络站'],
  'mem.commended': ['优秀政协委员', '表扬…委员'],
  'mem.studios': ['工作室', '会客室', '委员工作站', '委员之家'],
  'pub.reports': ['报道', '稿件', '新闻报道', '宣传报道', '媒体刊发', '刊发', '发稿', '刊播', '刊登', '播发', '新闻'],
  // 户 is counted by one row only: visiting or helping households
  'svc.households': ['走访', '慰问', '帮扶', '困难群众', '困难家庭', '特困家庭', '困难户', '特困户', '包保', '结对'],
  'adm.rules': ['制度', '规定', '办法', '规程'],
  'res.research': ['调研活动', '调查研究'],
  // 视察调研活动 is an inspection (the catalogue lists 视察调研 under it), not the 调研活动 it ends with
  'res.inspection': ['视察活动', '视察调研活动'],
  'adm.documents': ['起草', '文稿'],
};

/** Indicators of a sheet whose topic noun must appear in the sentence (a verb alone is ambiguous). */
export const TOPIC_GATES: ReadonlyArray<readonly [prefix: string, topic: RegExp]> = [
  // 报送信息, 编报信息: in a CPPCC report the bare 信息 sent up or edited is 社情民意信息
  ['inf.', /社情民意|民意信息|(?:报送|编报|上报|采用|收集|征集|反映)(?:的)?信息/],
  ['pro.', /提案/],
];

/** Words right after the unit that make the counted thing an award list, not the activity itself. */
export const AWARD_QUALIFIERS = /^(?:优秀|先进|好|模范|示范单位|最佳)/;

/**
 * Cue words too common on their own: they name the indicator only when the phrase also says whose it is.
 * 讲座 is a 委员讲堂/政协讲堂 only when given by or for members (健康知识讲座 for residents is not).
 */
export const QUALIFIED_CUES: Readonly<Record<string, { needs: RegExp; unlessNot?: RegExp }>> = {
  // a lecture is the members' unless the phrase says it is for the public (健康知识讲座, 讲座进社区)
  讲座: { needs: /委员|政协|讲堂/, unlessNot: /知识|健康|法律|科普|社区|群众|居民|村民|义诊|学生|师生|老人/ },
  // 议题 is a research topic when research is spoken of (研究议题, 调研议题); topics of consultations are not
  议题: { needs: /调研|研究|课题|视察|监督/ },
};

/** The cue is one of QUALIFIED_CUES and `words` lack its qualifier. */
export function unqualified(cue: readonly (readonly string[])[], words: string): boolean {
  if (cue.length !== 1 || cue[0].length !== 1) return false;
  const q = QUALIFIED_CUES[cue[0][0]];
  if (!q || q.needs.test(words)) return false;
  return !q.unlessNot || q.unlessNot.test(words);
}

/**
 * The noun right after the unit is what a number counts ("95项问题", "会议有七项议程", "34个界别"): these
 * nouns name things no row of the form counts, so the activity words around them do not apply.
 */
export const NOT_COUNTED_NOUNS = /^(?:问题|议程|界别|领域|方面|部门|单位|企业|学校|环节|板块|事项|条款|群众)(?!的)/;

/**
 * Whose work an indicator counts. The members' rows (培训, 讲堂…) count the members' own; the same words
 * about the office's cadres (机关干部培训班) are not. Tested on the words qualifying the nearest cue.
 */
export const OWN_SUBJECT: ReadonlyArray<{ codes: readonly string[]; cue: RegExp; notOf: RegExp; of: RegExp }> = [
  { codes: ['mem.training_sessions', 'mem.trainees'], cue: /培训|研讨班|学习班|轮训/g, notOf: /干部|机关|职工|工作人员|党员|公务员/, of: /委员/ },
];

/**
 * Where a leader's 批示 lands: 表1 counts those on research results, 表3 those on 社情民意. A 批示 on
 * proposals (提案摘报) has no row; one by the CPPCC's own leaders (政协领导) is not a 党政 leader's.
 */
export const INSTRUCTION_NOT: Readonly<Record<string, RegExp>> = {
  'res.instructions': /政协[^，,；;。]{0,4}领导|提案/,
};
/** Words that name research as the thing instructed, which keep 表1's 批示 in a 提案 or 社情民意 sentence. */
export const RESEARCH_SUBJECT = /调研|视察|课题|研究报告|调查/;

/**
 * "N名委员提交提案M件", "N名委员反映社情民意信息M条": what a counted group of members submitted is
 * their own share, not the office's tally.
 */
export const MEMBERS_OWN = /^(?:[^，,；;。]{0,6}委员)(?:共|累计|全年)?(?:提交|提出|撰写|反映|报送|提供)/;

/**
 * A breakdown of documents by subject ("经济建设方面提案2133件", "关于教育的提案86件", "涉及…的提案"): no row
 * of the form counts proposals or 社情民意 by subject.
 */
export const SUBJECT_BREAKDOWN = /方面|领域|涉及|关于/;

/** After these words in the phrase after the unit, the quantity's outcome follows ("N篇…被…采用", "N条建议得到…批示"). */
export const OUTCOME_MARKER = /得到|获得|被|受到|获/;
