import type { Indicator } from '../catalogue/schema';

// Which count the rows of a proposal list belong to. A proposal's 案由 says what it is about, not which count it is
// part of; the page title says that, and a 提案号/案号 column means the proposals were 立案 (numbers are given on 立案).
const BY_TITLE: Array<[RegExp, string]> = [
  [/重点(?:督办)?提案/, 'pro.key'],
  [/不予立案|转为?(?:意见|来信)/, 'pro.not_accepted'],
  [/并案/, 'pro.merged'],
  [/已?办复|答复|办结|办理结果/, 'pro.answered'],
  [/立案/, 'pro.accepted'],
  [/收到|提交|征集/, 'pro.submitted'],
];

export function proposalTableIndicator(title: string, header: readonly string[], catalogue?: readonly Indicator[]): string | null {
  const known = (code: string) => !catalogue || catalogue.some((i) => i.code === code);
  const byTitle = BY_TITLE.find(([re]) => re.test(title));
  const code = byTitle ? byTitle[1] : header.some((h) => /^(?:提案号|案号|提案编号)$/.test(h)) ? 'pro.accepted' : null;
  return code && known(code) ? code : null;
}
