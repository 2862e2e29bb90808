// Extra cue words per indicator, on top of the catalogue's label and `wording` (which offices extend).
// These are general ways portal texts word an activity; the unit family then picks among them.

export const EXTRA_CUES: Readonly<Record<string, readonly string[]>> = {
  // the chairs meeting as an office meeting
  'mtg.chair': ['主席办公会议', '主席办公会'],
  'sup.topical': ['专题监督'],
  // 民主测评 (a vote of confidence on a department's work) and 述职评议 are the office's 民主评议 by other names
  // 评议活动 is the 民主评议 named as an activity
  'sup.review': ['民主测评', '述职评议', '评议活动'],
  // a 碰头会 (or 办公会) of the secretaries-general is the 秘书长会议
  'mtg.secretary': ['秘书长碰头会', '秘书长工作会'],
  // 专题议政 is what the 专题议政性常委会会议 does (the standing committee meeting held on one theme)
  'mtg.standing_topical': ['专题议政'],
  // members visited or called on by the office
  'mem.visits': ['看望委员', '走访看望委员', '谈心谈话', '走访…委员', '看望…委员', '慰问…委员', '联系服务委员'],
  'svc.projects': ['民生实事', '实事好事', '招商引资项目', '好事实事', '引进…项目', '招商项目', '好事、实事', '实事、好事', '办好事'],
  'inf.adopted': ['录用', '刊用'],
  // the report of an inspection is the section's report as well (调研视察)
  'res.reports': ['研究报告', '视察报告', '考察报告'],
  'pro.answer_rate': ['答复率'],
  // a 研讨班 (study seminar) or 读书班 for members is a training course by another name
  'mem.training_sessions': ['培训班', '培训', '研讨班', '学习班', '轮训', '读书班'],
  'mem.trainees': ['培训', '参加培训', '学员'],
  'sup.monitors': ['监督', '特邀监督员'],
  // 批办 (instructed for handling) and 圈阅 are kinds of a leader's 批示
  'res.instructions': ['领导批示', '批示', '批办', '肯定性批示'],
  'inf.instructed': ['领导批示', '批示', '批办', '签批', '肯定性批示'],
  // the sheet's base count: 社情民意信息N条 with no other verb is what was collected
  'inf.collected': ['收集社情民意', '征集社情民意', '社情民意信息'],
  // "上报全国政协/省政协" in the catalogue is one cue per office; the verb alone says it
  'inf.reported': ['上报', '报送', '呈报'],
  // "转有关部门办理", "转交相关部门": handed on to the departments concerned
  'inf.forwarded': ['转有关部门', '转相关部门', '转交有关部门', '转交相关部门', '转送', '交有关部门办理', '交由…部门', '转交…部门', '批转', '推送…热线', '推送…平台', '转…热线'],
  'inf.edited': ['编辑', '刊发', '刊登', '编发', '刊载'],
  // "以提案形式提出意见建议3008件": the proposals themselves, worded as suggestions
  'pro.submitted': ['提交', '收到', '收到…提案', '提交…提案', '提出…提案', '以提案形式', '以提案形式…建议', '受理…提案', '撰写…提案', '征集…提案', '审查提案'],
  // 委员提案 = individual and joint proposals of members
  'pro.by_member': ['个人提案', '委员个人提案', '联名提案', '委员联名提案'],
  // the proposals a government (department) takes on to handle are the filed ones: 承办提案N件
  'pro.accepted': ['立案的', '承办', '交办', '交由…办理', '交付…办理'],
  // A类 to D类 as reports word them
  'pro.resolved': ['已经解决', '已解决', '解决或采纳', '已采纳', '基本解决', '采纳落实', '吸收采纳', '已经落实', '解决采纳', '得到解决', '得到采纳', '得到落实'],
  // (正在办理 is a proposal not yet answered, no class of an answer)
  'pro.in_progress': ['正在落实', '正在逐步解决', '正在得到解决', '正在得到落实'],
  'pro.planned': ['列入计划', '计划解决', '列入规划', '逐步解决', '列入…计划', '纳入…计划', '纳入规划'],
  // D类: cannot be solved now, explained to the member
  'pro.reference': ['条件所限', '条件限制', '难以解决', '暂不具备', '解释说明', '作出解释', '无法解决', '不能解决', '暂缓解决', '作为参考', '工作参考'],
  // proposals not filed are passed on as members' letters or suggestions
  'pro.not_accepted': ['委员来信', '转为意见建议', '转为建议', '转为…建议', '转为…意见', '转为…意见建议', '作为…意见', '作为…来信', '未立案', '未予立案', '不立案', '不符合立案', '转作…来信', '转作…意见', '转作…建议',
    // 转 with no 为: "转意见和建议的21件", "转委员来信处理"
    '转意见', '转作意见', '转成意见', '转委员来信'],
  // merged with proposals on the same matter
  'pro.merged': ['合并处理', '合并办理'],
  // key proposals are the ones leaders take on to supervise
  'pro.key': ['领衔督办', '重点督办'],
  // a share of satisfied and basically satisfied answers is the satisfaction rate itself
  'pro.answered': ['已答复', '按期答复', '办理完毕', '办理答复', '全部答复', '均已答复'],
  'pro.satisfaction_rate': ['满意和基本满意', '满意或基本满意', '满意度'],
  // the 党派 row counts the 工商联's proposals too, whatever level names it (全国工商联, 市工商联)
  'pro.by_party': ['工商联提案', '民主党派提案'],
  // 重点提案督办协商会: consultations on how proposals are handled
  // 面商: the proposer and the handling unit consulting face to face on the proposal's handling
  'con.proposal': ['提案督办协商', '督办协商', '提案办理协商会', '提案面商', '面商'],
  // 协商议事 at the front line (一线协商, 协商议事活动, 议事会) is grassroots consultation
  'con.grassroots': ['一线协商', '议事协商', '基层…协商', '协商议事活动'],
  // 研学 (study) of the theory study group, in officialese
  'mtg.study_group': ['中心组学习会', '中心组专题研学', '中心组集中学习', '中心组学习'],
  // consultation over the network or by video with members far away is the remote consultation
  'con.remote': ['网络议政', '网络协商', '视频协商', '网上协商', '视频连线协商', '连线协商', '云协商', '线上协商', '在线协商'],
  // 同题协商: offices of two levels consulting on one topic together, the linked consultation
  'con.linked': ['同题协商', '上下联动协商', '联动议政'],
  'adm.party_lectures': ['上党课', '讲授党课'],
  // the 双周协商座谈会 is the national office's name for the same regular consultation forum; 双月座谈会 drops 协商
  // 双月恳谈会 (恳谈 = a frank talk, as 座谈) is the bimonthly forum under another name
  'con.bimonthly': ['双周协商', '双月座谈', '双月恳谈', '双月协商恳谈'],
  // 全委会 is the plenary of all members; 党组扩大会议 is a party-group meeting
  'mtg.plenary': ['全委会', '全体委员会议'],
  'mtg.party_group': ['党组扩大会', '党组（扩大）会'],
  'sup.special': ['专项监督'],
  'mem.lectures': ['委员大讲堂', '政协大讲堂', '委员讲坛', '政协讲坛'],
  // views the office puts forward after a supervision or an inspection are its suggestions too
  'res.suggestions': ['协商意见', '对策建议', '意见和建议', '监督意见', '视察意见'],
  // goods handed out count by their worth in money (the only row counted in 元): 物资, 慰问品, 礼包 given
  'svc.donations': ['捐款', '捐物', '捐赠', '捐资', '善款', '爱心款物', '慰问金', '慰问资金', '救助金', '捐献', '赠送', '慰问品', '物资', '礼包'],
  // 委员联络站: 联络 is 联系 — a station where members meet the public, as the 联系点 the form counts
  'mem.contact_points': ['联系点', '委员联络站'],
  // 好委员 (履职好委员) and 先进委员 are the catalogue's 优秀委员 under the awarding office's own name
  'mem.commended': ['优秀政协委员', '表扬…委员', '好委员', '先进委员', '优秀履职委员'],
  'mem.studios': ['工作室', '会客室', '会客厅', '委员工作站', '委员之家'],
  // media verbs of a piece published (被…刊用, 被…转载) name the row as the outcome of the pieces
  'pub.reports': ['报道', '稿件', '新闻报道', '宣传报道', '媒体刊发', '刊发', '发稿', '刊播', '刊登', '播发', '新闻', '刊用', '转载', '刊载', '播出'],
  // 户 is counted by one row only: visiting or helping households
  'svc.households': ['走访', '慰问', '帮扶', '困难群众', '困难家庭', '特困家庭', '困难户', '特困户', '包保', '结对'],
  'adm.rules': ['制度', '规定', '办法', '规程'],
  // 调研 joined with a visit (调研走访, 考察调研) is still research; 视察调研 is the inspection row's
  'res.research': ['调研活动', '调查研究', '调研走访', '走访调研', '考察调研', '调研考察'],
  // research projects (重点调研课题) as reports name them
  'res.topics': ['专题研究', '深度研究', '课题研究', '研究课题'],
  // 视察调研活动 is an inspection (the catalogue lists 视察调研 under it), not the 调研活动 it ends with; so is a list
  // of activities led by 视察 (视察、考察、调研活动)
  // 视察考察 (an inspection and a visit in one word pair) is led by 视察 as 视察调研 is
  'res.inspection': ['视察活动', '视察调研活动', '视察…调研活动', '视察考察', '考察视察', '察看'],
  'adm.documents': ['起草', '文稿'],
  // volumes of a named history series (编纂出版《某县文史》2辑): the verbs of compiling, and the series' name ending in 文史
  'his.volumes': ['编纂', '编印', '编纂出版', '文史》', '文史丛书', '文史专辑'],
};

/** Indicators of a sheet whose topic noun must appear in the sentence (a verb alone is ambiguous). */
export const TOPIC_GATES: ReadonlyArray<readonly [prefix: string, topic: RegExp]> = [
  // 报送信息, 编报信息: in a CPPCC report the bare 信息 sent up or edited is 社情民意信息
  ['inf.', /社情民意|民意信息|(?:报送|编报|上报|采用|收集|征集|反映)(?:的)?信息|[0-9０-９][篇条]信息|(?:报送|上报|呈报)[^，,；;。]{1,12}?政协信息(?!化)/],
  // 立案 (filed after review) is said of proposals only
  // 并案 (merged with a proposal on the same matter) too
  // 重点督办件 (the pieces leaders take on to supervise) are the key proposals by their handling name
  ['pro.', /提案|立案|并案|重点督办件/],
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
export const NOT_COUNTED_NOUNS =
  /^(?:问题|议程|界别|领域|方面|部门|单位|企业|学校|环节|板块|事项|条款|群众)(?![（(的])|^(?:乡镇|街道|村|社区|县区|县|区|专题)(?=[，,；;。、和及与]|$|开展|调研|视察|走访|考察|进行)/;
// (places and 专题 only when they stand alone: "12个区级委员工作室" counts studios)

/**
 * Whose work an indicator counts. The members' rows (培训, 讲堂…) count the members' own; the same words
 * about the office's cadres (机关干部培训班) are not. Tested on the words qualifying the nearest cue.
 * (信息员, 联络员, 通讯员: the office's information officers and liaisons, members only when named so: 委员信息员)
 */
export const OWN_SUBJECT: ReadonlyArray<{ codes: readonly string[]; cue: RegExp; notOf: RegExp; of: RegExp }> = [
  { codes: ['mem.training_sessions', 'mem.trainees'], cue: /培训|参训|研讨班|学习班|轮训|读书班/g, notOf: /干部|机关|职工|工作人员|党员|公务员|信息员|联络员|通讯员/, of: /委员/ },
];

/**
 * Where a leader's 批示 lands: 表1 counts those on research results, 表3 those on 社情民意. A 批示 on
 * proposals (提案摘报) has no row; one by the CPPCC's own leaders (政协领导) is not a 党政 leader's.
 */
export const INSTRUCTION_NOT: Readonly<Record<string, { by: RegExp; on: RegExp }>> = {
  // by: in the words around the number; on: anywhere in the sentence
  'res.instructions': { by: /政协[^，,；;。]{0,4}领导/, on: /提案/ },
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
export const SUBJECT_BREAKDOWN = /(?<!各)方面|领域|涉及|关于|关注/;

/** "提案100%办复", "98%表示满意或基本满意": a share right before the verb is that verb's rate. */
export const RATE_BEFORE_VERB: ReadonlyArray<readonly [after: RegExp, code: string]> = [
  [/^(?:的[^，,；;。]{0,4}提案)?(?:已|均已|全部|已全部)?(?:得到)?(?:按期|按时|如期)?(?:办复|办结|答复)/, 'pro.answer_rate'],
  [/^(?:的提案)?(?:表示)?(?:满意或基本满意|满意和基本满意)/, 'pro.satisfaction_rate'],
];

/** After these words in the phrase after the unit, the quantity's outcome follows ("N篇…被…采用", "N条建议得到…批示"). */
export const OUTCOME_MARKER = /得到|获得|被|受到|获(?!悉)|作出|(?:均|全部|都)?已(?:全部|经)?/;

/**
 * Whose figures a sentence reports, read at its start: one party, federation or people's organisation, or
 * another body of the state (人大, 纪委监委, a Party committee's department, the government's own meetings)
 * ("市工商联今年提交提案15件"), or one member by name ("李明委员提交提案8件", "委员王华撰写…"). Their own
 * figures are no tally of the office (the 党派 row counts proposals by all parties, named as a noun:
 * 民盟提案, 各民主党派提案).
 */
export const OTHER_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?![^，,；;。]{0,3}?[向对为给到赴帮])[^，,；;。、和及与各]{0,5}(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|妇联|总工会|团[省市县区]委|共青团|文联|科协|侨联|残联|人大|纪委|监委|统战部|宣传部|组织部|政法委|政府(?=召开|常务会|研究))(?:[^，,；;。]{0,4}会)?(?!提案|和|、|及|与)/;
// (an actor after 向/对/为/给/到/赴 is the object or the place: "向县纪委监委推荐特约监督员10名")
/** The commonest surnames: a name is one of them and one or two characters more. */
const SURNAME = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAME = `[${SURNAME}][\\u4e00-\\u9fff]{1,2}?`;
/** One member named (or 他/她 standing for one): a name before or after 委员, then what they did. */
export const ONE_MEMBER = new RegExp(`^(?:[^，,；;。]{0,4}政协)?(?:(?:他|她)(?!们)[^，,；;。]{0,10}?|${NAME}委员|委员${NAME})(?:个人)?(?:先后|今年|全年|共|累计|积极)?(?:提交|提出|撰写|反映|报送|领衔)`);
/** Words that make "X委员" a group rather than a name. */
export const MEMBER_GROUP = /政协|全|广大|各|会|界|党|级|市|县|区|省|部分|多|优秀|青年|妇女|民族|特邀|本|新|老|驻|基层|履职|个人|联名/;

/**
 * A government department or other body as the sentence's subject ("市教育局共承办提案46件", "区财政局开展调研
 * 3次"): its own figures. 市委 and 市政府 stand for the whole government (their 承办 total is the office's
 * 立案 count, their 批示 the office's result), and anything of the 政协 itself is the office's own.
 */
export const DEPARTMENT_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?[省市县区州](?![委政])(?:(?!政协)[^，,；;。、和及与]){1,6}?(?:局|厅|办公室|法院|检察院|医院|公司|集团)(?![^，,；;。]{0,3}领导)/;

/** "每户慰问金500元", "为他们各自送去…": a figure per recipient is no tally. */
export const PER_UNIT = /每[户人名位家个]|各自|人均|户均|平均每/;

/**
 * Documents broken down by the channel they came through ("通过委员履职平台提交提案2712件，纸质提案2929件"):
 * a part no row counts.
 */
export const CHANNEL_BREAKDOWN = /^[^，,；;。]{0,3}通过[^，,；;。]{2,14}(?:提交|报送|收到|反映)/;

/** Proposals a body sends to another office's session ("向全国政协…会议提交提案") are no tally of the office's. */
export const SUBMITTED_ELSEWHERE = /向[^，,；;。]{0,16}(?:政协|会议|大会)[^，,；;。]{0,12}(?:提交|报送|提出)(?:提案)?$/;

/** Documents heard or reviewed at a meeting ("听取了3个专题报告") are not written by the office. */
export const HEARD = /听取|审议|观看/;
export const HEARD_CODES: readonly string[] = ['res.reports', 'adm.documents'];

/** Disposals no row counts: joined to a counted one ("并案、撤案317件") they make the figure a sum of kinds. */
export const UNCOUNTED_KINDS = ['撤案', '撤回', '退回'];

/** The document nouns a sheet counts: right before the number ("提案5000余件") they name what is counted. */
export const COUNTED_NOUN_BEFORE: ReadonlyArray<readonly [prefix: string, noun: RegExp]> = [
  ['pro.', /提案$/],
  ['inf.', /社情民意信息$|民意信息$/],
];

/** A place named right before the number ("协商议事室286个") is what is counted: no event row counts it. */
export const PLACE_BEFORE = /(?:室|点|站|之家|驿站|中心|平台|基地|阵地|园地)$/;

/**
 * "全年刊发稿件860篇，其中中央级媒体36篇": a part introduced by 其中 that names no activity of its own counts
 * the same thing as the total before it (LABELS: a part gets the total's code) — unless it breaks the total
 * down by subject (其中民生类120件), which no row counts.
 */
export const PART_OF_TOTAL = /^其中[^，,；;。]{0,12}$/;
export const PART_BY_SUBJECT = /类|方面|领域|涉及|关于|关注|聚焦|围绕|主题/;

/** Organisations named right before the number ("承办单位共56个", "涉及部门23家"): no row counts them. */
export const ORGS_BEFORE = /(?:单位|部门|机构|企业|学校|医院)(?:共|共有|总计|合计|达)?$/;
/** …unless a verb of sending precedes them: they are the destination of the counted documents ("报送相关部门800多条"). */
export const SENT_TO_ORGS = /(?:报送|上报|呈报|送交|转交|转送|转|交由|交给|送)(?!办)(?:给|至|到)?[^，,；;。]{0,4}(?:单位|部门|机构)$/;

/**
 * The one row that counts people taking part: members at a training course ("培训班…共有120名委员参加",
 * "500余名政协委员参加了此次培训"). Participants of any other activity count no row.
 */
export const PARTICIPANTS_OF: ReadonlyArray<{ code: string; event: RegExp; verb: RegExp; relative?: RegExp }> = [
  {
    code: 'mem.trainees',
    event: /培训|研讨班|学习班|轮训|读书班/,
    verb: /^[^，,；;。]{0,6}委员[^，,；;。]{0,12}(?:参加|参训|听取|聆听|参与)/,
    // the same as a relative clause before the number: "参加此次学习班的委员共86名"
    relative: /(?:参加|参训|参与)[^，,；;。]{0,10}(?:培训|研讨班|学习班|轮训|读书班)[^，,；;。]{0,4}的[^，,；;。]{0,6}委员(?:共|共计|共有|有|达|计)?$/,
  },
];

/**
 * Other offices as the subject: the county offices under a city ("各县（市、区）政协", "县区政协"), or all levels
 * summed ("全市各级政协", "市县两级政协", "全市政协系统"). Their figures are theirs (the roll-up adds their own forms), not this
 * office's tally.
 */
export const OTHER_OFFICES =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:[^，,；;。]{0,6}?各级政协|[^，,；;。]{0,4}两级政协|全[省市州县区]政协系统|各县[（(]?[市区、）)]*政协|各[县区]政协|县区政协|基层政协)/;

// ── 表1 (履职工作): whose work a statement reports, and what its number counts ──

/** The 表1 rows: activities of the office itself. */
export const DUTY_CODE = /^(?:mtg|con|res|sup|mem|his|pub|adm|svc)\./;

/**
 * The Party committee or the government (or a town, a street) as the sentence's subject: their own meetings,
 * research or consultations ("县委召开常委会会议18次", "某镇开展协商议事活动46场"). A 批示 of 市委 leaders stays
 * the office's result; a body of the 政协 itself (政协工委, 专委会) is the office's.
 */
export const STATE_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:[省市县区州旗](?:委(?!员)|政府|人民政府)|(?:该|某)?[^各全深入到赴在走进下至为向对与和及城、，,；;。\s]{0,3}(?:镇|乡|街道)(?:党委|党工委|政府|人民政府|办事处)?(?=召开|开展|组织|举办|建成|建立|共|累计|先后|今年|全年|已))(?![^，,；;。]{0,6}领导)/;

/**
 * A department or committee of the government ("县发改委", "区卫健委", "市融媒体中心") as the subject, which
 * DEPARTMENT_ACTOR's 局/厅 do not name.
 */
export const BODY_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?[省市县区州](?![委政])(?:(?!政协)[^，,；;。、和及与]){1,8}?(?:委员会|委|中心)(?![员会])/;

/** Societies, firms and charities as the subject ("爱心企业捐款30万元", "市红十字会接受社会捐赠"). */
export const SOCIAL_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:(?!政协|委员)[^，,；;。深入走进访赴到在为向对帮助服联调视考组织邀请与和给及、]){0,6}?(?:红十字会|慈善总会|慈善会|基金会|(?<!协)商会|(?<!政)协会|学会|台联|青联|社科联|作协|关工委|老促会|企业(?!家|界)|公司|集团|爱心人士|社会各界|社会力量)/;

/**
 * One person as the subject, whatever they did: 他/她, or a member named before 个人 ("他先后参加视察调研活动20余次",
 * "委员李某个人捐款20万元"; 委员个人提案 is a class of proposals, not one member's).
 */
export const ONE_PERSON =
  /^(?:[^，,；;。]{0,8}[，,])?(?:[^，,；;。]{0,4}?(?<!其)(?:他|她)(?![们人])|[^，,；;。]{0,10}委员(?![们个])[^，,；;。、和及与]{1,4}个人(?!提案))/;
/** Words a name never holds, though they start with a surname's character ("委员向灾区捐款", "高校委员"). */
export const NOT_A_NAME = /[向于为对在到把将与和共都也还又们等给校业区镇乡村街系企界]/;

/**
 * Defining words a row needs besides its cue, in the sentence: a 稿件 is a 宣传报道 only when published (征集文史资料稿件
 * is not); a 工作室 or 联系点 is the members' only when the sentence says whose.
 */
export const DUTY_NEEDS: Readonly<Record<string, RegExp>> = {
  'pub.reports': /刊|发|登|播|报道|采用|推送|宣传|转载|见报|上稿|头条|媒体/,
  // 工作室, 联系点 of 劳模, 名师, 党建 are not the members'
  'mem.studios': /委员|政协|界别|履职/,
  'mem.contact_points': /委员|政协|界别|履职/,
};

/** Views received from others are no suggestions the office made ("收集群众意见建议80余条"). */
export const RECEIVED_VIEWS = /(?:收集|征集|征求|收到|听取|汇集|搜集|接收|受理|倾听)[^，,；;。]{0,10}$/;
/** The public as the subject: what residents raise or received is theirs ("群众反映意见建议80条"). */
export const PUBLIC_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?[^，,；;。]{0,4}?(?:群众|居民|村民|市民|网民|社会各界|企业|职工)们?(?:共|累计|先后|积极)?(?:反映|提出|提供|留言|反馈)/;
/** Suggestions counted by what became of them (采纳, 落实): a part by outcome, not what the office put forward. */
export const SUGGESTION_OUTCOME = /采纳|采用|吸收|吸纳|落实|转化|办理|答复|办结/;

/** Rows whose unit is a volume: pieces (篇) or issues (期) of their contents are not volumes. */
export const EXACT_UNIT: Readonly<Record<string, readonly string[]>> = {
  'his.volumes': ['辑', '册', '本'],
  // monitors posted are persons: 人次 counts turns of taking part
  'sup.monitors': ['名', '人', '位'],
};

/**
 * 选派特约监督员 counts members posted to watch other bodies: bare 监督 names such a post only with the body watched
 * or the posting ("25名委员参与区纪委监委作风监督"); members taking part in the office's own supervision are
 * participants.
 */
export const MONITOR_POST = /纪委|监委|检察|法院|公安|司法|部门|单位|行风|作风|政风|选派|推荐|推选|聘|担任/;
/** "邀请12名特约监督员参加座谈会": monitors attending a meeting are its participants. */
export const ATTENDING = /^[^，,；;。]{0,10}(?:参加|出席|列席|参与)[^，,；;。]{0,12}(?:会|活动)/;

/**
 * One member named, doing anything of their own ("陈红委员今年参加视察活动6次", "委员周强带头捐款5万元"), or one
 * person by name and post ("某公司董事长李建国捐款"): ONE_MEMBER names the 提案 verbs only. Leaders of the office
 * (主席, 秘书长) leading its work are the office.
 */
export const ONE_MEMBER_DEED = new RegExp(
  `^[^，,；;。]{0,12}?(?:(?<a>${NAME})委员|委员(?<b>${NAME})|(?:董事长|总经理|经理|局长|校长|院长|医生|教师|老师|律师|村支书|企业家|厂长|总裁|教授|专家)(?<c>${NAME}))` +
    '(?:个人|今年|全年|先后|共|累计|积极|多次|带头|主动|还|又)*(?:参加|参与|出席|捐|出资|资助|开展|组织|走访|撰写|提交|提出|报送|反映|领办|创办|帮扶|结对|牵头|发起|带领|举办)',
);

/** A sentence opening with its verb (or a time word, an adverb): it has no subject of its own. */
export const NO_SUBJECT =
  /^(?:(?:今年|全年|去年|年内|此外|同时|其中|另外|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:组织|开展|举办|召开|形成|提出|提交|撰写|反映|报送|捐|走访|深入|围绕|聚焦|积极|先后|共|全年|今年|累计|还|并|通过|针对|坚持|完成|建立|建成|成立|设立|参加|参与|带领|发动|动员|资助|帮扶|慰问|其中|此外|同时)/;

/**
 * The parties or people's organisations together as the subject of a 表1 activity ("各民主党派开展调研56次"): their
 * own work (the 党派 row of 表2 counts their proposals to the office, named as a noun).
 */
export const PARTIES_ACTOR =
  /^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:全[省市县区州]|全国)?各(?:民主)?党派|^(?:(?:今年|全年|去年|年内|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:全[省市县区州]|全国)?各人民团体/;

// ── 表2/表3 (提案, 社情民意): data the proposal and 社情民意 rules read (proposal-outcomes.ts) ──

/** A share ("占提案总数的54%", "占94.8%") at the end of the words before a percentage. */
export const SHARE_OF = /占(?:比|[^，,；;。0-9]{0,6}?总数的?)?$/;

/**
 * A share of the count it follows is no row's figure, except where the form's rate is that share: the filed
 * proposals' share of all received is the 立案率, the answered ones' share of the filed is the 办复率. `notOf`:
 * a base that names the count itself (占立案总数 after a 立案 count) is a share of something else.
 */
export const SHARE_IS_RATE: Readonly<Record<string, { rate: string; notOf: RegExp }>> = {
  'pro.accepted': { rate: 'pro.accept_rate', notOf: /立案|办复|办结/ },
  'pro.answered': { rate: 'pro.answer_rate', notOf: /办复|办结|答复/ },
};

/** "至少参加1次", "每年不少于2次": a minimum set as a norm or a target, not a tally of what was done. */
export const MINIMUM = /(?:至少|最少|不少于|不低于|不得少于|原则上)[^，,；;。]{0,6}$/;

/**
 * "分三组入户走访", "分成4个小组": how the work was split among groups of people, not what a row counts.
 * (分3期举办 counts sessions of a course, and stays.)
 */
export const SPLIT_INTO = /分(?:成|为)?$/;
export const GROUP_NOUN = /^(?:个)?(?:小组|工作组|调研组|视察组|组|队|路|拨)/;
export const GROUP_UNITS: readonly string[] = ['组', '批', '路', '队', '拨'];

/**
 * 民主评议 and 民主测评 are held on bodies: "对三个部门进行民主测评", "评议政府部门12个" count the departments
 * reviewed, one review each. The review word must govern the clause holding the number.
 */
export const REVIEWED_BODY = /^(?:[^，,；;。]{0,4}?(?:政府|职能|工作))?(?:部门|单位|局|委办局|窗口单位)/;
export const REVIEW_VERB = /民主评议|民主测评|述职评议|评议|测评/;

/**
 * "12篇稿件被《人民政协报》刊用", "调研报告被市委书记批示": between a 表1 outcome word and the row's cue, only who gave
 * the outcome (a newspaper, a station, a leader): the cue is still the predicate of the counted pieces.
 */
export const DUTY_OUTCOME_AGENT =
  /^[^，,；;。]{0,16}?(?:》|报|网|台|社|媒体|平台|领导|书记|省长|市长|县长|区长|政府)(?:等[^，,；;。]{0,4})?[^，,；;。]{0,2}$/;

/** A part of a 表1 total opened by 其中 that splits it by subject or theme (LABELS: a breakdown by topic is null). */
export const DUTY_PART_BY_SUBJECT = /^其中[^，,；;。]{0,16}(?:(?<!各)类(?!型)|方面|领域|涉及|关于|关注|聚焦|围绕|主题)/;

/** An event noun right after the unit ("6次委员恳谈会"): a name the passage may have given in full before. */
export const EVENT_NOUN_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:会议|会)(?![\u4e00-\u9fff])/;
/** The same before the number, after the verb that holds it ("召开提案协商会5次"). */
export const EVENT_NOUN_BEFORE = /(?:召开|举办|举行|组织|开展)了?([\u4e00-\u9fff]{2,8}?(?:会议|会))(?:共|共计|累计|先后)?$/;

/**
 * Another office's visit that the office hosts ("接待省政协调研组来县调研6次", "省政协领导来我市视察3次"): the visitors'
 * research or inspection, not the office's own. 来 (coming here) marks it; 到/赴 (going there) is the office's own trip.
 */
export const HOSTED_VISIT = /接待[^，,；;。]{0,16}来|莅临|(?:政协|领导|调研组|视察组|考察组|考察团)[^，,；;。]{0,6}来(?:我|本|[省市县区州镇乡](?:开展|调研|视察|考察|指导|检查))/;

/**
 * "表彰优秀委员工作室10个", "评选优秀调研报告8篇": the ones given an award are an award list, not what the row counts
 * (the members commended have a row of their own: mem.commended).
 */
export const AWARD_BEFORE = /(?:表彰|表扬|评选|评出|评为|选树|授予)[^，,；;。]{0,6}(?:优秀|先进|示范|星级|最佳|十佳|五星|好)/;

/**
 * "对优秀提案15件、优秀社情民意信息10篇予以表彰": documents named by their award right before the number are an award
 * list; no row of 表2/表3 counts documents commended (表1's 优秀委员 row counts members, not documents).
 */
export const AWARDED_DOCUMENTS = /(?:优秀|先进|精品|十佳|最佳|(?<![办做写用])好)(?:提案|社情民意信息|社情民意|民意信息|信息)(?:共|共计|计|有|达)?$/;

/** "组织委员参加省政协培训班3期": a course another office (or a Party school) held, that members attended. */
export const OTHERS_COURSE =
  /参加[^，,；;。]{0,10}(?:全国|中央|省|市|县|区|上级)[^，,；;。]{0,8}?(?:政协|党校|委)[^，,；;。]{0,8}(?:培训|研讨班|学习班|读书班|轮训)/;

/**
 * "新建委员工作室5个，总数达到23个": a running total right after a count in the same unit counts the same thing
 * (its time scope is the scope reader's business).
 */
export const RUNNING_TOTAL = /^(?:总数|总量|累计|共计|合计|总计|全县|全市|全区|全省)*(?:达到?|为|已达|增至|增加到|达到了)$/;

/**
 * "各镇共开展协商议事活动186场，县政协直接组织32场": a clause with only its subject and a bare verb of holding counts
 * the activity the clause before named, in the same unit (a part of it, which LABELS gives the total's code).
 */
export const BARE_HOLDING =
  /^(?:[^，,；;。]{0,8}?(?:政协|本会|我会))?(?:直接|自行|实际|另|还|又|共|累计|先后|已)*(?:组织|召开|开展|举办|举行)了?(?:共|累计)?$/;

/**
 * "建成委员工作室12个，本年度新增4个": a clause with only a verb of setting up counts the places the clause before named
 * (new ones among them, or more of them), in the same unit.
 */
export const BARE_SETUP = /^(?:其中|本年度|本年|今年|全年|年内|当年)?(?:另|还|又)?(?:新增|新建|建成|新设|设立|建立|挂牌)了?(?:共|累计)?$/;

/**
 * What may stand between a cue and its number while the cue still names it ("批示共计21件次", "调研的有5次"): a
 * relative marker or a word of summing, no other noun or verb.
 */
export const ADJACENT_FILLER = /^(?:的|的有|有)?(?:共|共计|计|合计|总计|累计)?$/;

/**
 * A plan or target ("将召开常委会5次", "计划开展调研10次", "力争建成委员工作室20个"): what the office means to do, not a
 * tally of what it did. A modal of intent in a clause of the sentence before the number, followed in that clause by a
 * verb of holding or building (将 as the object marker, "将12件提案转为…", is no plan; 列入计划 is a class of answers).
 */
export const PLANNED =
  /(?:^|[，,；;：:])[^，,；;：:]{0,12}?(?<![即必])(?:将(?![其此这该近]|要求)|拟(?!定)|计划(?!单列|内|外|解决|之)|力争|争取|预计|准备|确保(?!了)|打算)(?:在|于)?[^，,；;：:]{0,12}?(?:召开|开展|组织|举办|举行|建成|建设|新建|新设|建立|设立|完成|推出|实现|打造|达到|覆盖|开通|编辑出版|出版|编印|编纂|走访|慰问|培训|选派)/;

/** A clause of reported speech opening a sentence ("他指出，", "刘某某介绍："): the speaker reports, the figures follow. */
export const REPORTED_SPEECH = /^[^，,；;。：:]{0,12}?(?:指出|表示|介绍|说|强调|透露|谈到)[，,：:]/;

/**
 * The special committees as the subject of a 表1 activity ("各专委会全年开展专题调研42次", "市政协各专门委员会还召开座谈会"):
 * after the office's own figures in the same paragraph, one organ's own count, which the office's total (given apart)
 * already holds or leaves out (actor.ts: committeesOwn).
 */
export const COMMITTEES_ACTOR =
  /^(?:(?:今年|全年|去年|年内|此外|同时|另外|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:[省市县区州]?政协)?(?:各|有关|相关)?(?:专委会|专门委员会)(?:全年|今年|年内|共|还|也|分别|累计|先后)*(?:召开|开展|组织|举办|举行|形成|提出|撰写)/;

/**
 * A township liaison group as the subject ("各乡镇委员联络组开展…", "会前，联络组委员走访居民127户"): a subordinate
 * body's own figures, not the office's.
 */
export const LIAISON_GROUP_ACTOR =
  /^(?:(?:今年|全年|去年|年内|此外|同时|另外|会前|会后|活动前|[0-9]{4}年)[^，,；;。]{0,8}[，,])?[^，,；;。]{0,8}?(?:镇|乡|街道)?(?:政协)?(?:委员)?(?:联络组|联络小组|活动组)(?!长)/;

/**
 * A qualifier right before a research or inspection cue that makes the activity another row's ("监督性调研2次",
 * "监督性视察"): supervision held by way of research is the special supervision (the catalogue's 监督性议题). Kept apart
 * from the cue words, so 调研 keeps its own weight elsewhere.
 */
export const QUALIFIED_ACTIVITY: ReadonlyArray<{ from: readonly string[]; qualifier: RegExp; to: string }> = [
  { from: ['res.research', 'res.inspection'], qualifier: /监督性(?:的)?$/, to: 'sup.special' },
];

/**
 * "其中有14篇调研成果获领导批示，批示共计21件次": the reports instructed, beside the instructions counted in their own unit
 * later in the sentence; the row counts the instructions (件次/人次), so the documents' count is no tally of it.
 */
export const INSTRUCTIONS_COUNTED_LATER = /批示[^。；;]{0,12}?[0-9一二三四五六七八九十百]+(?:件次|人次)/;

/** "党组（扩大）会议", "秘书长(扩大)会议": the 扩大 (enlarged) form of a meeting, in brackets inside its name. */
export const EXPANDED_FORM = /[（(]扩大[）)](?=会)/;
export const EXPANDED_FORM_ALL = /[（(]扩大[）)](?=会)/g;

/**
 * An association of members or of others as the subject ("港区全国政协委员联谊会举办座谈会10场", "市政协委员企业家联合会"):
 * a society of its own, however much of the 政协 its name holds; its figures are its own, not the office's.
 */
export const ASSOCIATION_ACTOR =
  /^(?:(?:今年|全年|去年|年内|此外|同时|另外|[0-9]{4}年)[^，,；;。]{0,8}[，,])?(?:(?!组织|召开|举办|举行|开展|邀请|参加|出席|与|和|同|向|为|对|在)[^，,；;。]){0,14}?(?:联谊会|联合会|校友会|同乡会|促进会)(?![^，,；;。]{0,4}(?:成员|会员)?(?:委员))/;

/** A cheap guard for PLANNED: the sentence holds a character that starts one of its modals. */
export const MAY_PLAN = /[将拟计力争预准确打]/;

/**
 * A target word in the number's own clause ("明年计划收集社情民意信息不少于300条", "力争提案办复率达到100%").
 * (计划 as the plan a proposal was put in, "列入计划", is an outcome class, not the office's plan.)
 */
export const TARGET_WORD = /(?:力争|争取|预计|目标(?:是|为)?|(?<!列入|纳入|年度)计划(?:全年|年内|今年|明年|每年)?(?=收集|征集|报送|上报|编报|提交|提出|办理|办复|完成|实现|达到)|拟(?=收集|征集|报送|上报|编报|提交|办理|完成))/;
/** A sentence that opens on the time to come ("明年…", "下一步…", "2026年将…"). */
export const FUTURE_OPENING = /^(?:明年|来年|下一步|今后|新的一年|[0-9]{4}年(?:将|计划|力争))/;
