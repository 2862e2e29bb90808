// How headlines word an activity of the catalogue beyond its own wording (indicators-data.ts `wording`). Headline
// classification only (facts keep the catalogue's words): each entry brings a headline's phrase to the catalogue's.
// Grounds for each entry are the indicator's meaning, not any one page.

export const HEADLINE_WORDING: ReadonlyArray<readonly [phrase: RegExp, catalogueWords: string]> = [
  // con.proposal 提案办理协商会: a meeting handing key proposals to their handlers for consultation on handling them
  [/(?:重点)?提案(?:集中)?交办(?:协商)?(?:会议?|座谈会)/g, '提案办理协商会'],
  // sup.review 民主评议: a 民主测评 of government departments is the same appraisal by the CPPCC
  [/民主测评/g, '民主评议'],
];
