import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../shared/facts/classify';

// Headlines of 要闻 / 工作动态 list pages as CPPCC portals word them. Each headline is one record; the
// expected code is the ZX-01 row a clerk would tally it under, or null when it is no countable activity
// of the CPPCC (a meeting of the Party committee, a visit received, a notice, a study slogan).
//
// Decisions behind some rows:
// - 委员工作室揭牌: mem.studios counts studios (个), not events; opening one studio is one studio, and a
//   clerk counts each studio once — its opening headline is the one record of it, so mem.studios.
// - Plenary sessions (mtg.plenary): one session yields many headlines (开幕, 分组讨论, 闭幕, 选举…).
//   Its opening (开幕) and closing (闭幕) headlines announce the session itself, so both are mtg.plenary; the
//   tally groups plenary records naming one session in one year as one event (tests/tally/events-session.test.ts).
//   The other headlines of a named session (分组讨论, 开幕会上, 选举) are parts of it → null.
// - 市委书记…调研 is the Party committee's activity, not the CPPCC's: a headline whose actor is a
//   市委/县委/区委 leader is null, even when it names 调研 or 座谈会.
// - 慰问困难群众: svc.households counts households (户); a headline is not a household count → null.
type Row = readonly [headline: string, code: string | null];

const ROWS: Row[] = [
  // 一、会议
  ['市政协召开十四届十二次常委会会议', 'mtg.standing'],
  ['县政协十届常委会第八次会议召开', 'mtg.standing'],
  ['市政协召开主席会议', 'mtg.chair'],
  ['市政协主席会议审议2025年度协商计划', 'mtg.chair'],
  ['区政协召开十届二十三次主席会议', 'mtg.chair'],
  ['市政协召开秘书长会议', 'mtg.secretary'],
  ['市政协召开秘书长办公会', 'mtg.secretary'],
  ['市政协党组召开会议传达学习全国两会精神', 'mtg.party_group'],
  ['市政协党组（扩大）会议召开', 'mtg.party_group'],
  ['县政协召开党组扩大会议', 'mtg.party_group'],
  ['市政协党组理论学习中心组专题学习', 'mtg.study_group'],
  ['区政协党组理论学习中心组举行2025年第3次集体学习', 'mtg.study_group'],
  ['市政协召开情况通报会', 'mtg.briefing'],
  ['市政协召开党外委员座谈会', 'mtg.briefing'],
  ['市政协召开专委会工作经验交流会', 'mtg.briefing'],
  ['市政協召開情況通報會', 'mtg.briefing'],
  // 二、协商议政
  ['市政协召开专题协商会', 'con.topical'],
  ['市政协就优化营商环境开展专题协商', 'con.topical'],
  ['市政协与市教育局开展对口协商', 'con.counterpart'],
  ['市政协召开经济界别协商会', 'con.sector'],
  ['市政协召开重点提案办理协商会', 'con.proposal'],
  ['市政协开展提案办理协商', 'con.proposal'],
  ['市政协召开双月协商座谈会', 'con.bimonthly'],
  ['市政协举行第三次双月协商座谈会', 'con.bimonthly'],
  ['全国政协召开网络议政远程协商会', 'con.remote'],
  ['市县两级政协开展联动协商', 'con.linked'],
  ['社区“微协商”解决停车难题', 'con.micro'],
  ['“有事好商量”协商议事活动走进某社区', 'con.grassroots'],
  ['某镇政协工作联络组开展“有事好商量”协商议事', 'con.grassroots'],
  // 三、调研视察
  ['市政协主席率队赴某县开展专题调研', 'res.research'],
  ['市政协调研组到某区调研乡村振兴工作', 'res.research'],
  ['市政协组织委员视察重点项目建设', 'res.inspection'],
  ['市政协开展视察调研活动', 'res.inspection'],
  ['区政协开展重点民生实事视察', 'res.inspection'],
  ['市政協組織委員視察全市重點項目', 'res.inspection'],
  // 四、民主监督
  ['市政协开展专项民主监督', 'sup.special'],
  ['市政协启动生态环境保护专题民主监督', 'sup.topical'],
  ['市政协对市住建局开展民主评议', 'sup.review'],
  // 五、委员服务
  ['市政协举办委员培训班', 'mem.training_sessions'],
  ['市政协举办2025年委员履职能力提升培训班', 'mem.training_sessions'],
  ['市政协委员讲堂开讲', 'mem.lectures'],
  ['第十二期“政协讲堂”举行', 'mem.lectures'],
  ['市政协委员工作室揭牌', 'mem.studios'],
  ['某镇委员联系点揭牌成立', 'mem.contact_points'],
  ['市政协委员联络站揭牌', 'mem.contact_points'],
  ['市政协召开委员工作室建设推进会', null],
  ['市政协为首批委员工作室授牌', 'mem.studios'],
  // 成立 of a working group is no opened studio or contact point
  ['市政协成立提案工作制度修订小组', null],
  ['市政协成立专题调研组', 'res.research'],
  // plenary sessions: only the closing headline stands for the session
  ['政协某市第十四届委员会第三次会议胜利闭幕', 'mtg.plenary'],
  ['市政协十四届三次会议闭幕', 'mtg.plenary'],
  ['中国人民政治协商会议第十四届广西壮族自治区委员会第三次会议胜利闭幕', 'mtg.plenary'],
  ['政协某市第十四届委员会常务委员会第五次会议闭幕', 'mtg.standing'],
  ['市政协十四届三次会议开幕', 'mtg.plenary'],
  ['市政协十四届三次会议举行分组讨论', null],
  ['市政协十四届三次会议举行第二次全体会议', null],
  ['十四届十二次常委会会议闭幕', 'mtg.standing'],
  // 七、机关建设
  ['市政协党组书记讲专题党课', 'adm.party_lectures'],
  ['市政协机关举办专题党课', 'adm.party_lectures'],
  // clear nulls
  ['市政协开展走访慰问困难群众活动', null],
  ['市政协主席会见某国驻华大使', null],
  ['市委书记到某县调研', null],
  ['市委书记主持召开座谈会', null],
  ['市委书记出席市政协专题协商会', 'con.topical'],
  // another body's meeting attended by CPPCC leaders is that body's
  ['市政协领导参加市委理论学习中心组学习', null],
  ['市政协列席市委常委会会议', null],
  ['市政协主席出席市人大常委会会议', null],
  ['市政協黨組召開會議', 'mtg.party_group'],
  ['市政协关于人事任免的通知', null],
  ['通知公告', null],
  ['市政协学习贯彻党的二十届四中全会精神', null],
  ['市政协召开会议', null],
  ['市政协召开会议部署下半年工作', null],
  // two event types named alike: the headline does not say which one it is
  ['市政协召开主席会议和秘书长会议', null],
  ['市政协召开党组会议暨理论学习中心组学习会', null],
  // a meeting held within another activity is part of it
  ['市政协主席率队调研并召开座谈会', 'res.research'],
  ['市政协组织委员视察并召开座谈会', 'res.inspection'],
  // a session announced ahead of its opening, and its opening meeting (a part of the session)
  ['县政协九届四次会议明天开幕 会期三天', 'mtg.plenary'],
  ['日程预告|全省政协十二届二次会议上午9时开幕', 'mtg.plenary'],
  ['州政协十五届一次会议开幕会举行', null],
  ['市委书记在十四届市纪委三次全会上强调', null],
  ['市政协主席出席市纪委二次全会', null],
  ['县政协九届四次会议举行第二次全体会议', null],
  // headline wording of the catalogue's activities (shared/catalogue/headline-wording.ts)
  ['县政协召开2024年重点提案交办协商会议', 'con.proposal'],
  ['区政协举行重点提案集中交办会', 'con.proposal'],
  ['县政协组织委员民主测评县直部门工作', 'sup.review'],
  // a cue inside quotation marks names the campaign; the event held is named outside them
  ['县政协召开“协商议事进社区”活动总结交流会', 'mtg.briefing'],
  ['区政协举行“委员议事厅”专题协商会', 'con.topical'],
  ['县政协开展“有事好商量”协商议事活动', 'con.grassroots'],
  // a training course is an event in a year-numbered series
  ['县政协2024年度第一期委员履职培训班开班', 'mem.training_sessions'],
];

describe('headlines of list pages → record indicator', () => {
  it.each(ROWS)('%s → %s', (headline, code) => {
    expect(classifyTitle(headline)).toBe(code);
  });
});
