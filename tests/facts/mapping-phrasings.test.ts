import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import type { Fact } from '../../shared/model';

// The mapping from a statement to its form row, by general sentence patterns rather than by the seeds'
// sentences. Each group is one pattern; the rows are phrasings written the way county-to-national portals
// word their reports (none is a corpus sentence). Each row: text, the quote of one fact, its indicator.

type Row = readonly [text: string, quote: string, indicator: string | null];

function indicatorOf(text: string, quote: string): string | null {
  const facts = extractFacts(text);
  const hits = facts.filter((f: Fact) => f.quote === quote);
  expect(hits, `facts: ${facts.map((f) => f.quote).join(' | ')}`).toHaveLength(1);
  return hits[0].indicator;
}

const check = (text: string, quote: string, indicator: string | null) => expect(indicatorOf(text, quote)).toBe(indicator);

// a 提案 paragraph opening, so that the sentences after it are read as about proposals
const PRO = '本次会议以来共立案提案320件。';

describe('the count before the verb, or in a relative clause', () => {
  it.each<Row>([
    ['截至11月底，386件提案已全部办复。', '386件', 'pro.answered'],
    ['各承办单位高度重视，承办的412件提案均已按期答复。', '412件', 'pro.answered'],
    ['截至目前，提案100%办复。', '100%', 'pro.answer_rate'],
    [PRO + '99%的提案已办结。', '99%', 'pro.answer_rate'],
    ['市政府各部门共承办提案298件。', '298件', 'pro.accepted'],
    ['共受理提案350件，立案320件。', '350件', 'pro.submitted'],
    // "以提案形式提出意见建议": the proposals themselves, not 表1's suggestions
    ['五年来，各参加单位和广大委员以提案形式提出意见建议2100件。', '2100件', 'pro.submitted'],
  ])('%s | %s', check);
});

describe('passive outcomes: what happened to the counted things names the row', () => {
  it.each<Row>([
    ['全年有56篇社情民意信息被省政协采用。', '56篇', 'inf.adopted'],
    ['报送的信息中，23篇被全国政协采用。', '23篇', 'inf.adopted'],
    ['12篇信息获得市委主要领导批示。', '12篇', 'inf.instructed'],
    ['省委书记对3篇社情民意信息作出批示。', '3篇', 'inf.instructed'],
    ['形成的31条协商建议得到市委、市政府领导批示。', '31条', 'res.instructions'],
    // 批办 is a 批示 by another name, and 获 ties it to the report before it
    ['调研报告获市委、市政府领导批办18件次。', '18件次', 'res.instructions'],
  ])('%s | %s', check);
});

describe('outcome classes named by what happened, whatever the page letters them', () => {
  it.each<Row>([
    [PRO + '所提问题已经解决或采纳的（A类）168件。', '168件', 'pro.resolved'],
    [PRO + '其中，B类（已列入计划逐步解决）45件。', '45件', 'pro.planned'],
    [PRO + 'C类（正在解决）38件。', '38件', 'pro.in_progress'],
    [PRO + '其中A类（列入计划逐步解决）35件。', '35件', 'pro.planned'],
    [PRO + '按办理结果分，A类（已解决）180件，B类（正在解决）90件，D类（留作参考）15件。', '90件', 'pro.in_progress'],
    [PRO + '采纳落实的有156件。', '156件', 'pro.resolved'],
    [PRO + '问题已经解决的有120件。', '120件', 'pro.resolved'],
    [PRO + '因客观条件暂不具备、作出解释说明的9件。', '9件', 'pro.reference'],
    [PRO + '受政策所限暂时难以解决、已向提案者解释说明的14件。', '14件', 'pro.reference'],
    [PRO + '答复为“留作参考”的12件。', '12件', 'pro.reference'],
    // the class in a relative clause right before the number
    [PRO + '委员对办理结果表示满意的276件，基本满意的25件，不满意的1件。', '276件', 'pro.satisfied'],
    [PRO + '委员对办理结果表示满意的276件，基本满意的25件，不满意的1件。', '25件', 'pro.basically_satisfied'],
    // two classes counted together fill neither row
    [PRO + '提案者表示满意或基本满意的301件。', '301件', null],
    [PRO + '提案者表示满意或基本满意的301件。', '301件', null],
    // not filed: turned into letters or suggestions, whatever the wording
    ['经审查，立案286件，转为委员意见建议24件。', '24件', 'pro.not_accepted'],
    ['经审查，立案286件，未予立案作为意见处理的9件。', '9件', 'pro.not_accepted'],
    ['经审查，立案286件，合并处理17件。', '17件', 'pro.merged'],
  ])('%s | %s', check);
});

describe('activities named by synonyms of the catalogue labels', () => {
  it.each<Row>([
    ['举办委员履职能力提升研讨班3期。', '3期', 'mem.training_sessions'],
    ['获市领导批办12件次。', '12件次', 'res.instructions'],
    ['全年召开机关党组中心组学习会9次。', '9次', 'mtg.study_group'],
    ['各镇街共开展协商议事活动86场次。', '86场次', 'con.grassroots'],
    ['深入村居开展一线协商42次。', '42次', 'con.grassroots'],
    ['通过协商形成协商意见130条。', '130条', 'res.suggestions'],
    ['民主党派和县工商联提案28件。', '28件', 'pro.by_party'],
    ['结对帮扶特困家庭85户。', '85户', 'svc.households'],
    ['送去慰问金4.6万元。', '4.6万元', 'svc.donations'],
    ['全年召开主席办公会议14次。', '14次', 'mtg.chair'],
    ['报送的信息中被全国政协录用6篇。', '6篇', 'inf.adopted'],
    ['全年刊用社情民意信息150篇。', '150篇', 'inf.adopted'],
    ['春节前走访看望委员96人次。', '96人次', 'mem.visits'],
    ['全年开展专题监督4次。', '4次', 'sup.topical'],
    // a short generic cue right against the number, in the row's own unit
    ['各专门委员会共开展调研36次。', '36次', 'res.research'],
    ['委员撰写提案386件，立案352件。', '386件', 'pro.submitted'],
    // letters of the public are no proposals turned into letters
    ['本届以来征集到提案线索260条，受理群众来信来访150件。', '150件', null],
    // a room where consultations are held is no consultation
    ['全市建成“有事好商量”协商议事室286个。', '286个', null],
    ['全区建成协商议事室120个。', '120个', null],
  ])('%s | %s', check);
});

describe("someone else's work is no tally of the office", () => {
  it.each<Row>([
    ['李明委员先后提交提案8件。', '8件', null],
    ['委员王华撰写社情民意信息12篇。', '12篇', null],
    ['市工商联今年提交提案15件。', '15件', null],
    ['民盟市委会向大会提交集体提案6件。', '6件', null],
    ['市教育局共承办提案46件。', '46件', null],
    ['区财政局开展专题调研3次。', '3次', null],
    ['今年以来，县妇联组织调研12次。', '12次', null],
    ['他作为委员共提交提案32件，其中5件被列为重点提案。', '32件', null],
    ['市政协委员张某某今年撰写的3篇社情民意信息被采用。', '3篇', null],
    // a sentence without a subject continues the paragraph's
    ['民进市委会高度重视参政议政工作。全年提交提案30件，其中集体提案11件、个人提案19件。', '11件', null],
    // a place is where events happen, not what they count
    ['今年以来，该联系点开展活动18次。', '18次', null],
    // reports heard at a meeting are not written by the office
    ['会议听取了3个专题报告。', '3个', null],
    // another body of the state
    ['市人大常委会组织代表视察6次。', '6次', null],
    ['区委宣传部刊发宣传报道300余篇。', '300余篇', null],
    ['市政府召开常务会议24次，研究议题136项。', '136项', null],
    ['市人大代表提出建议320件，政协委员提出提案286件。', '320件', null],
    ['市人大代表提出建议320件，政协委员提出提案286件。', '286件', 'pro.submitted'],
    // other offices, or all levels summed
    ['各县（市、区）政协共开展协商议事活动860场次。', '860场次', null],
    ['全市各级政协组织视察调研320次。', '320次', null],
    ['市县两级政协联动开展民主监督12次。', '12次', null],
    // counted members: what they submitted is their own share
    ['386名委员提交提案520件。', '520件', null],
    // cadres of the office are no members
    ['举办机关干部培训班2期，培训160人次。', '2期', null],
    ['举办机关干部培训班2期，培训160人次。', '160人次', null],
    // the office's own, for contrast
    ['委员共提交提案520件。', '520件', 'pro.submitted'],
    ['举办委员培训班2期，培训委员160人次。', '2期', 'mem.training_sessions'],
    ['各民主党派提案56件。', '56件', 'pro.by_party'],
    ['市政协办公室起草文稿120篇。', '120篇', 'adm.documents'],
  ])('%s | %s', check);
});

describe('participants count only at a training course', () => {
  it.each<Row>([
    ['本次培训班为期3天，共有120名委员参加。', '120名', 'mem.trainees'],
    ['全市500余名政协委员参加了此次培训。', '500余名', 'mem.trainees'],
    ['开展“委员走基层”活动，参与委员300余人次。', '300余人次', null],
    ['举办机关干部培训班，共有60名干部参加。', '60名', null],
    // the topics of a course are not courses
    ['培训班共设置8个专题。', '8个', null],
  ])('%s | %s', check);
});

describe('a part of a total', () => {
  it.each<Row>([
    // a part that names nothing of its own counts what its total counts
    ['全年在各级媒体发表政协新闻稿件860篇，其中中央级媒体36篇。', '36篇', 'pub.reports'],
    ['全年召开座谈会24次，其中专委会12次。', '12次', 'mtg.briefing'],
    // a part by subject is a breakdown no row counts
    ['共收到提案356件，其中民生类120件。', '120件', null],
    ['全年收集社情民意信息520条，其中涉及教育的86条。', '86条', null],
  ])('%s | %s', check);
});

describe('shares, breakdowns, things no row counts', () => {
  it.each<Row>([
    ['聚焦民生领域提出提案120件。', '120件', null],
    ['收到关于教育医疗方面的提案86件。', '86件', null],
    // a document's title is no subject breakdown
    ['主席会议确定《关于加快城乡融合发展的建议》等9件提案为重点提案。', '9件', 'pro.key'],
    [PRO + '已采纳或解决的198件，占总数的61%。', '61%', null],
    ['协商活动议定的57项问题均已办结。', '57项', null],
    ['会议有五项议程。', '五项', null],
    ['调研组走访了4个乡镇、8家企业。', '4个', null],
    ['市政协调研组赴3个县区调研。', '3个', null],
    // a place word that only qualifies the counted noun
    ['全市建成12个乡镇委员工作室。', '12个', 'mem.studios'],
    ['提案承办单位共56个。', '56个', null],
    ['重点提案办理工作中，市领导领衔督办12件。', '12件', 'pro.key'],
    // a share of satisfied answers is the satisfaction rate; a share of any other class is no row
    [PRO + '提案者表示满意或基本满意的301件，占96.2%。', '96.2%', 'pro.satisfaction_rate'],
    [PRO + '已经解决的180件，占56%。', '56%', null],
    // per recipient, by channel, sent to another session, summed with a kind no row counts
    ['为每户困难群众送去慰问金800元。', '800元', null],
    ['为结对户各自送去大米一袋、慰问金600元。', '600元', null],
    ['收到的提案中，通过网上提案系统提交提案1620件。', '1620件', null],
    ['界别委员向全国政协十四届三次会议提交提案35件。', '35件', null],
    ['经审查，并案、撤回提案64件。', '64件', null],
    // the document noun before the number is what is counted, whatever cue follows it
    ['全年办理提案486件报送信息120篇。', '486件', null],
    // several kinds summed
    ['全年举办专题协商会、对口协商会、界别协商会等40余场。', '40余场', null],
    // one kind named by examples
    ['起草讲话、报告等各类文稿90余篇。', '90余篇', 'adm.documents'],
    ['界别、小组等提案18件。', '18件', 'pro.by_sector'],
  ])('%s | %s', check);
});

describe('a shared 批示 belongs to the sheet the passage is about', () => {
  it.each<Row>([
    ['全年收到社情民意信息420条，编报《社情民意》40期。其中，获得省领导批示9件次。', '9件次', 'inf.instructions'],
    ['市委、市政府领导26人次对社情民意信息作出批示。', '26人次', 'inf.instructions'],
    ['领导就社情民意信息批示18次。', '18次', 'inf.instructions'],
    // a 批示 on proposal digests has no row; a research report's keeps 表1's
    ['编印《提案工作摘报》20期，获市领导批示15件次。', '15件次', null],
    ['形成调研报告12篇，获市领导批示15件次。', '15件次', 'res.instructions'],
    // a 批示 of the CPPCC's own leaders is not a 党政 leader's
    ['有3篇报道得到全国政协领导批示。', '3篇', null],
  ])('%s | %s', check);
});
