import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import { classifyTitle } from '../../shared/facts/classify';
import type { Fact } from '../../shared/model';

// Sentences worded the way portal reports (政协工作报告, 提案工作情况报告, 社情民意信息工作总结, news) word
// their figures — phrasings the five seeds barely cover. Each row: the text, the quote of one fact in it,
// and what a clerk filling ZX-01 would read from it.

type Row = readonly [text: string, quote: string, value: number, unit: string, approx: Fact['approx'], indicator: string | null];

/** The one fact quoted exactly `quote` in `text`. */
function factAt(text: string, quote: string): Fact {
  const facts = extractFacts(text);
  const hits = facts.filter((f) => f.quote === quote);
  expect(hits, `facts: ${facts.map((f) => f.quote).join(' | ')}`).toHaveLength(1);
  expect(text.slice(hits[0].start, hits[0].end)).toBe(quote);
  return hits[0];
}

const check = (text: string, quote: string, value: number, unit: string, approx: Fact['approx'], indicator: string | null) => {
  const f = factAt(text, quote);
  expect({ value: f.value, unit: f.unit, approx: f.approx, indicator: f.indicator }).toEqual({ value, unit, approx, indicator });
};

// A 提案工作情况报告 paragraph: the topic noun 提案 is in the paragraph, not always in each sentence.
const PROPOSALS = '十四届一次会议以来，共收到提案五千一百五十八件。经审查立案4800件，立案率93.3%；其中委员提案4500件、集体提案300件。';

describe('提案工作情况报告', () => {
  it.each<Row>([
    [PROPOSALS, '五千一百五十八件', 5158, '件', 'exact', 'pro.submitted'],
    [PROPOSALS, '4800件', 4800, '件', 'exact', 'pro.accepted'],
    [PROPOSALS, '93.3%', 93.3, '%', 'exact', 'pro.accept_rate'],
    [PROPOSALS, '4500件', 4500, '件', 'exact', 'pro.by_member'],
    [PROPOSALS, '300件', 300, '件', 'exact', 'pro.collective'],
    ['集体提案中，民主党派和工商联提案120件，人民团体提案45件。', '120件', 120, '件', 'exact', 'pro.by_party'],
    ['集体提案中，民主党派和工商联提案120件，人民团体提案45件。', '45件', 45, '件', 'exact', 'pro.by_group'],
    ['界别提案60件，专门委员会提案75件。', '60件', 60, '件', 'exact', 'pro.by_sector'],
    ['界别提案60件，专门委员会提案75件。', '75件', 75, '件', 'exact', 'pro.by_committee'],
    ['对内容相近的提案并案处理70件。', '70件', 70, '件', 'exact', 'pro.merged'],
    ['本次会议共收到提案612件，经审查，不予立案转为意见建议317件。', '317件', 317, '件', 'exact', 'pro.not_accepted'],
    ['主席会议确定重点提案20件，由市领导领衔督办。', '20件', 20, '件', 'exact', 'pro.key'],
    ['截至目前，提案已办复5044件，办复率99.84%。', '5044件', 5044, '件', 'exact', 'pro.answered'],
    ['截至目前，提案已办复5044件，办复率99.84%。', '99.84%', 99.84, '%', 'exact', 'pro.answer_rate'],
    // the share repeats the count as a percentage of all proposals: no row of the form asks for it
    ['在已办复的提案中，所提问题已经解决或基本解决的1234件，占24.5%。', '1234件', 1234, '件', 'exact', 'pro.resolved'],
    ['在已办复的提案中，所提问题已经解决或基本解决的1234件，占24.5%。', '24.5%', 24.5, '%', 'exact', null],
    ['在已办复的提案中，正在解决的2100件，占41.7%。', '2100件', 2100, '件', 'exact', 'pro.in_progress'],
    ['在已办复的提案中，列入计划逐步解决的1500件。', '1500件', 1500, '件', 'exact', 'pro.planned'],
    ['在已办复的提案中，因条件限制或其他原因留作参考的210件。', '210件', 210, '件', 'exact', 'pro.reference'],
    ['提案者对办理结果满意的4600件、基本满意的400件、不满意的2件。', '4600件', 4600, '件', 'exact', 'pro.satisfied'],
    ['提案者对办理结果满意的4600件、基本满意的400件、不满意的2件。', '400件', 400, '件', 'exact', 'pro.basically_satisfied'],
    ['提案者对办理结果满意的4600件、基本满意的400件、不满意的2件。', '2件', 2, '件', 'exact', 'pro.unsatisfied'],
    ['委员对提案办理工作的满意率和基本满意率达99.9%。', '99.9%', 99.9, '%', 'exact', 'pro.satisfaction_rate'],
    ['会议期间共收到提案二百零一件。', '二百零一件', 201, '件', 'exact', 'pro.submitted'],
    ['本届以来，收到委员、各参加单位和各专门委员会提交的提案612件，经审查，立案498件。', '612件', 612, '件', 'exact', 'pro.submitted'],
    ['本届以来，收到委员、各参加单位和各专门委员会提交的提案612件，经审查，立案498件。', '498件', 498, '件', 'exact', 'pro.accepted'],
    // 委员提案 counts individual and joint proposals of members alike
    ['其中，委员个人提案402件，委员联名提案38件。', '38件', 38, '件', 'exact', 'pro.by_member'],
    ['全年共立案提案351件，其中重点提案15件，已全部办结，办结率100%。', '351件', 351, '件', 'exact', 'pro.accepted'],
    ['全年共立案提案351件，其中重点提案15件，已全部办结，办结率100%。', '100%', 100, '%', 'exact', 'pro.answer_rate'],
    ['提案办理满意率达98.5%。属于A类的208件。', '208件', 208, '件', 'exact', 'pro.resolved'],
    ['市政協十四屆二次會議以來，共收到提案612件，經審查立案498件。', '498件', 498, '件', 'exact', 'pro.accepted'],
    ['委员对提案办理结果满意和基本满意的占99.2%。', '99.2%', 99.2, '%', 'exact', 'pro.satisfaction_rate'],
    ['共提交提案408件；经审查，立案381件，转为委员来信27件。', '27件', 27, '件', 'exact', 'pro.not_accepted'],
    ['提案辦復率達到100%，其中A類提案215件，B類158件，C類42件，D類9件。', '215件', 215, '件', 'exact', 'pro.resolved'],
    ['提案辦復率達到100%，其中A類提案215件，B類158件，C類42件，D類9件。', '158件', 158, '件', 'exact', 'pro.in_progress'],
    ['提案辦復率達到100%，其中A類提案215件，B類158件，C類42件，D類9件。', '42件', 42, '件', 'exact', 'pro.planned'],
    ['提案辦復率達到100%，其中A類提案215件，B類158件，C類42件，D類9件。', '9件', 9, '件', 'exact', 'pro.reference'],
    // traditional portals double their punctuation (",," "%%")
    ['全年共收到提案五百一十二件,,經審查立案四百八十六件,,立案率94.9%%。', '四百八十六件', 486, '件', 'exact', 'pro.accepted'],
    ['全年共收到提案五百一十二件,,經審查立案四百八十六件,,立案率94.9%%。', '94.9%%', 94.9, '%', 'exact', 'pro.accept_rate'],
    ['263件提案已全部办复，其中所提问题已经解决或采纳的158件，占60.1%。', '263件', 263, '件', 'exact', 'pro.answered'],
    ['263件提案已全部办复，其中所提问题已经解决或采纳的158件，占60.1%。', '158件', 158, '件', 'exact', 'pro.resolved'],
    // B类 and C类 counted together: two rows of the form, neither alone
    ['正在解决或列入计划解决的87件，占33.1%。', '87件', 87, '件', 'exact', null],
    // 分别: the i-th number counts the i-th item listed before it
    ['提案办复率、满意率分别达100%和98.6%。', '100%', 100, '%', 'exact', 'pro.answer_rate'],
    ['提案办复率、满意率分别达100%和98.6%。', '98.6%', 98.6, '%', 'exact', 'pro.satisfaction_rate'],
    ['其中委员提案和集体提案分别为450件、30件。', '30件', 30, '件', 'exact', 'pro.collective'],
    // a difference between two years' tallies is no tally
    ['共收到提案612件，比上年增加15件。', '15件', 15, '件', 'exact', null],
    ['立案提案数较上届同期减少20件。', '20件', 20, '件', 'exact', null],
    // a breakdown by subject: no row of the form counts proposals by subject
    ['共收到提案612件，涉及经济建设196件、社会建设213件。', '196件', 196, '件', 'exact', null],
  ])('%s | %s', check);
});

// A 社情民意信息工作总结 paragraph: 收到/采用/报送 are 社情民意 verbs here, not 提案 ones.
const INFO = '全年共收到社情民意信息1856条，编报《社情民意》56期，采用信息412篇，其中被全国政协采用23篇。';

describe('社情民意信息工作', () => {
  it.each<Row>([
    [INFO, '1856条', 1856, '条', 'exact', 'inf.collected'],
    // issues of the bulletin, not pieces of information (表3 counts 篇): a fact the form does not ask
    [INFO, '56期', 56, '期', 'exact', null],
    [INFO, '412篇', 412, '篇', 'exact', 'inf.adopted'],
    [INFO, '23篇', 23, '篇', 'exact', 'inf.adopted'],
    ['全年报送社情民意信息260篇，其中报送全国政协、省政协216篇。', '216篇', 216, '篇', 'exact', 'inf.reported'],
    ['反映社情民意信息获得省领导批示58篇、86件次。', '58篇', 58, '篇', 'exact', 'inf.instructed'],
    ['反映社情民意信息获得省领导批示58篇、86件次。', '86件次', 86, '件次', 'exact', 'inf.instructions'],
    ['对群众反映强烈的社情民意信息，转有关部门办理120篇。', '120篇', 120, '篇', 'exact', 'inf.forwarded'],
    // PDF extraction spaces characters out
    ['收 到 社 情 民 意 信 息 3 5 6 篇', '3 5 6 篇', 356, '篇', 'exact', 'inf.collected'],
    // 社情民意 sentences: 上报 is 报送, 领导批示 is 表3's, and 编报…期 counts issues, not pieces
    ['全年共收集社情民意信息528条，编报286期，上报省政协172篇，获得省部级以上领导批示13篇。', '528条', 528, '条', 'exact', 'inf.collected'],
    ['全年共收集社情民意信息528条，编报286期，上报省政协172篇，获得省部级以上领导批示13篇。', '286期', 286, '期', 'exact', null],
    ['全年共收集社情民意信息528条，编报286期，上报省政协172篇，获得省部级以上领导批示13篇。', '172篇', 172, '篇', 'exact', 'inf.reported'],
    ['全年共收集社情民意信息528条，编报286期，上报省政协172篇，获得省部级以上领导批示13篇。', '13篇', 13, '篇', 'exact', 'inf.instructed'],
    ['共收到委员提交的社情民意信息326篇，编发《社情民意》专刊48期，被省政协采用35篇。', '326篇', 326, '篇', 'exact', 'inf.collected'],
    ['共收到委员提交的社情民意信息326篇，编发《社情民意》专刊48期，被省政协采用35篇。', '35篇', 35, '篇', 'exact', 'inf.adopted'],
    ['全年收集社情民意信息一百二十余条。', '一百二十余条', 120, '条', 'over', 'inf.collected'],
    // the bare topic noun counts what was collected; a verb next to the number says otherwise
    ['全年收到提案286件、社情民意信息1200条。', '1200条', 1200, '条', 'exact', 'inf.collected'],
    ['全年编发社情民意信息200篇。', '200篇', 200, '篇', 'exact', 'inf.edited'],
    // in a 社情民意 sentence publishing is 表3's 采编刊发, not 表1's 宣传报道
    ['全年编发社情民意信息200篇，刊登45篇。', '45篇', 45, '篇', 'exact', 'inf.edited'],
    ['被采用的社情民意信息23篇。', '23篇', 23, '篇', 'exact', 'inf.adopted'],
    // a meeting about the work is no piece of information
    ['召开社情民意信息工作会议3次。', '3次', 3, '次', 'exact', null],
    // words beyond another quantity are that quantity's: 涉及…领域 counts no indicator
    ['全年收集社情民意信息528条，涉及经济、民生等12个领域。', '12个', 12, '个', 'exact', null],
  ])('%s | %s', check);
});

describe('会议、协商、调研与其他履职活动', () => {
  it.each<Row>([
    ['全年召开常委会会议4次，其中专题议政性常委会会议2次。', '4次', 4, '次', 'exact', 'mtg.standing'],
    ['全年召开常委会会议4次，其中专题议政性常委会会议2次。', '2次', 2, '次', 'exact', 'mtg.standing_topical'],
    ['召开主席会议12次、秘书长会议10次。', '12次', 12, '次', 'exact', 'mtg.chair'],
    ['召开主席会议12次、秘书长会议10次。', '10次', 10, '次', 'exact', 'mtg.secretary'],
    ['召开全体会议1次。', '1次', 1, '次', 'exact', 'mtg.plenary'],
    ['围绕中心工作举办双月协商座谈会6场。', '6场', 6, '场', 'exact', 'con.bimonthly'],
    ['与有关部门开展对口协商5次、界别协商3次。', '5次', 5, '次', 'exact', 'con.counterpart'],
    ['与有关部门开展对口协商5次、界别协商3次。', '3次', 3, '次', 'exact', 'con.sector'],
    ['召开重点提案办理协商会8场。', '8场', 8, '场', 'exact', 'con.proposal'],
    ['联合县区政协召开远程协商会2次。', '2次', 2, '次', 'exact', 'con.remote'],
    ['全年组织视察12次，开展专题调研26次，形成调研报告30篇。', '12次', 12, '次', 'exact', 'res.inspection'],
    ['全年组织视察12次，开展专题调研26次，形成调研报告30篇。', '26次', 26, '次', 'exact', 'res.research'],
    ['全年组织视察12次，开展专题调研26次，形成调研报告30篇。', '30篇', 30, '篇', 'exact', 'res.reports'],
    ['对市直部门开展民主评议2次。', '2次', 2, '次', 'exact', 'sup.review'],
    ['编纂文史资料3辑。', '3辑', 3, '辑', 'exact', 'his.volumes'],
    ['在各级媒体刊发宣传报道520篇。', '520篇', 520, '篇', 'exact', 'pub.reports'],
    ['在《人民政协报》等中央、省级媒体发稿86篇。', '86篇', 86, '篇', 'exact', 'pub.reports'],
    ['在主流媒体刊播政协新闻320余条。', '320余条', 320, '条', 'over', 'pub.reports'],
    ['召开新闻发布会3场。', '3场', 3, '场', 'exact', null],
    ['春节前走访慰问困难群众320户。', '320户', 320, '户', 'exact', 'svc.households'],
    ['组织委员捐款捐物折合资金120.5万元。', '120.5万元', 1205000, '元', 'exact', 'svc.donations'],
    ['制定修订制度12项。', '12项', 12, '项', 'exact', 'adm.rules'],
    ['召开主席会议１２次。', '１２次', 12, '次', 'exact', 'mtg.chair'],
    ['全年召开常委会议、主席会议分别为4次和12次。', '4次', 4, '次', 'exact', 'mtg.standing'],
    ['全年召开常委会议、主席会议分别为4次和12次。', '12次', 12, '次', 'exact', 'mtg.chair'],
    ['全年召开主席会议12次，较上年多3次。', '3次', 3, '次', 'exact', null],
    // 主席会见 is the chairman meeting guests, not a 主席会议
    ['市政协主席会见台商代表3次。', '3次', 3, '次', 'exact', null],
    ['市政协主席会议成员带队视察12次。', '12次', 12, '次', 'exact', 'res.inspection'],
    ['全年共召开党组会议15次，开展党组理论学习中心组学习12次。', '15次', 15, '次', 'exact', 'mtg.party_group'],
    ['全年共召开党组会议15次，开展党组理论学习中心组学习12次。', '12次', 12, '次', 'exact', 'mtg.study_group'],
    ['召开常委会议5次、主席会议11次、秘书长办公会议8次。', '8次', 8, '次', 'exact', 'mtg.secretary'],
    ['举办委员培训班3期，培训委员420人次。', '3期', 3, '期', 'exact', 'mem.training_sessions'],
    ['举办委员培训班3期，培训委员420人次。', '420人次', 420, '人次', 'exact', 'mem.trainees'],
    ['建成委员工作室28个，设立委员联系点45个。', '28个', 28, '个', 'exact', 'mem.studios'],
    ['建成委员工作室28个，设立委员联系点45个。', '45个', 45, '个', 'exact', 'mem.contact_points'],
    ['开展“有事好商量”协商议事活动136场次。', '136场次', 136, '场次', 'exact', 'con.grassroots'],
    ['提出意见建议150余条，选派特约监督员32名。', '150余条', 150, '条', 'over', 'res.suggestions'],
    ['提出意见建议150余条，选派特约监督员32名。', '32名', 32, '名', 'exact', 'sup.monitors'],
    ['起草各类文稿160余篇，讲专题党课4次。', '160余篇', 160, '篇', 'over', 'adm.documents'],
    ['起草各类文稿160余篇，讲专题党课4次。', '4次', 4, '次', 'exact', 'adm.party_lectures'],
    ['为群众办实事86件，引进项目12个。', '86件', 86, '件', 'exact', 'svc.projects'],
    ['通报表扬优秀政协委员50名。', '50名', 50, '名', 'exact', 'mem.commended'],
    // 户 is counted by one row only
    ['组织委员走访联系群众3200余户。', '3200余户', 3200, '户', 'over', 'svc.households'],
    ['全年刊发政协宣传稿件1200余篇，其中省级以上媒体刊发180篇。', '180篇', 180, '篇', 'exact', 'pub.reports'],
    // in a 社情民意 sentence 刊发 is 表3's 采编刊发, not 表1's 宣传报道
    ['全年编发社情民意信息200篇，刊发45篇。', '45篇', 45, '篇', 'exact', 'inf.edited'],
    ['过去一年，市政协组织开展视察考察20余次、专题调研36项，获市委、市政府领导批示28件次。', '28件次', 28, '件次', 'exact', 'res.instructions'],
    ['委员讲堂举办8期，听众1200余人次。', '8期', 8, '期', 'exact', 'mem.lectures'],
    // participants of an activity are not the activity, nor a form row
    ['组织委员视察12次，参加委员300余人次。', '300余人次', 300, '人次', 'over', null],
    ['提案办理协商会8场，邀请承办单位32家。', '32家', 32, '家', 'exact', null],
    ['编纂文史资料3辑，计60万字。', '60万字', 600000, '字', 'exact', null],
    // a per-period norm, not a tally
    ['每季度召开1次主席会议。', '1次', 1, '次', 'exact', null],
  ])('%s | %s', check);
});

describe('numbers and approximations', () => {
  it.each<Row>([
    ['委员履职平台使用率近9成。', '近9成', 9, '成', 'about', null],
    ['提案数量是上届同期的2倍多。', '2倍多', 2, '倍', 'over', null],
    // a range is one fact: its lower bound, about
    ['每年确定重点调研课题30至35个。', '30至35个', 30, '个', 'about', 'res.topics'],
    ['每个专门委员会联系6-8个界别。', '6-8个', 6, '个', 'about', null],
    ['活动吸引上千人次群众参与。', '上千人次', 1000, '人次', 'over', null],
    ['不满意率不足10%。', '不足10%', 10, '%', 'under', null],
    ['线上线下参与群众约3000人次。', '约3000人次', 3000, '人次', 'about', null],
    ['群众满意度达到百分之九十八。', '百分之九十八', 98, '%', 'exact', null],
    ['累计服务群众1.2万人次。', '1.2万人次', 12000, '人次', 'exact', null],
    ['带动社会投资超过2亿元。', '超过2亿元', 200000000, '元', 'over', null],
    ['全年开展协商活动十余次。', '十余次', 10, '次', 'over', null],
    ['组织委员百余名参加。', '百余名', 100, '名', 'over', null],
    ['组织各类活动近百场。', '近百场', 100, '场', 'about', null],
    ['参与委员千余人次。', '千余人次', 1000, '人次', 'over', null],
    ['全市政协委员两千余人。', '两千余人', 2000, '人', 'over', null],
    // 万/亿 after 余/多 scales the number as well
    ['委员积极参与抗洪救灾，捐款捐物价值580余万元。', '580余万元', 5800000, '元', 'over', 'svc.donations'],
    ['带动社会投资三千多万元。', '三千多万元', 30000000, '元', 'over', null],
  ])('%s | %s', check);
});

describe('numbers that are not facts', () => {
  it.each([
    ['政协第十四届全国委员会第三次会议在京开幕。', '第三次'],
    ['市政协十四届二次会议胜利闭幕。', '二次'],
    ['市政协2023年度工作总结。', '2023'],
    ['群众可拨打12345热线反映问题。', '12345'],
    ['联系电话：0951-1234567。', '1234567'],
    ['（三）加强委员队伍建设', '三'],
    ['印发《关于2个问题的通知》。', '2个'],
    ['服务“一带一路”建设。', '一带'],
    ['聚焦三农问题开展调研。', '三农'],
    ['助力“十四五”规划实施。', '十四五'],
    ['全国两会召开期间。', '两会'],
    ['压实一把手责任。', '一把'],
    ['推出一批履职成果。', '一批'],
    ['上午9时30分会议开幕。', '30分'],
    ['3月5日召开会议。', '3月'],
    ['第38辑文史资料出版发行。', '38辑'],
    ['第一批委员工作室挂牌。', '一批'],
    ['一室四委建设有序推进。', '一室'],
    ['一季度召开会议。', '一季'],
    ['理论学习中心组2024年第9次专题学习。', '9次'],
  ])('%s: no fact at %s', (text, words) => {
    const at = text.indexOf(words);
    const overlapping = extractFacts(text).filter((f) => f.start < at + words.length && f.end > at);
    expect(overlapping).toEqual([]);
  });
});

// Headlines of list pages: each is one record of the event it names.
describe('headlines', () => {
  it.each([
    ['市政协召开十四届常委会第五次会议', 'mtg.standing'],
    ['市政协召开2024年第3次主席会议', 'mtg.chair'],
    ['县政协召开秘书长办公会议', 'mtg.secretary'],
    ['市政协召开专题议政性常委会会议', 'mtg.standing_topical'],
    ['全国政协召开网络议政远程协商会', 'con.remote'],
    ['市政协召开提案办理协商会', 'con.proposal'],
    ['市政协举办第四期委员讲堂', 'mem.lectures'],
    ['市政协主席会见客人', null],
    // the chair meeting's members doing research: the event is the research
    ['市政协主席会议成员赴县区调研', 'res.research'],
    ['市政协召开重点提案督办协商会', 'con.proposal'],
    ['市政協召開十四屆主席會議第十二次會議', 'mtg.chair'],
    ['关于征集2025年度提案的通知', null],
  ])('%s → %s', (title, code) => {
    expect(classifyTitle(title)).toBe(code);
  });
});
