// Verbs that open a list of counted outputs and govern each item of it: "编发《社情民意》专刊36期、信息120条"
// (编发 counts the 信息 too). Vocabulary: the doing-words of the 社情民意 sheet; not 收到/提交, which name the
// proposals of a list that goes on with other things (收到提案286件、社情民意信息1200条).
export const LIST_VERBS: readonly string[] = [
  '编发', '编报', '采编', '编辑', '刊发', '刊登', '刊载', '报送', '上报', '呈报', '收集', '征集', '录用', '采用',
];

/** Words of time and tally a clause may open with before its verb (今年以来, 全年共, 累计). */
const LEAD = /^(?:(?:今年|本年度?|全年度?|年内|去年|一年)(?:以来|来)?|共计|共|累计|先后|还|又)*/;

/** The verb the words before a list's first item open with ("编发《社情民意》专刊" → 编发), or ''. */
export function listVerb(before: string): string {
  const rest = before.slice(LEAD.exec(before)![0].length);
  return LIST_VERBS.find((v) => rest.startsWith(v)) ?? '';
}
