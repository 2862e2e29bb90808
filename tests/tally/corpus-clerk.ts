// What a clerk would enter on ZX-01 from each corpus passage alone (tests/fixtures/corpus), read from the passage and
// its labels: one value per indicator — a figure repeated counts once, exact beats approximate, parts beside their
// total give the total, different parts of one count add up, multi-year figures (五年来, 本届以来, 累计) are not a
// year's value, and an article about one activity (or a headline) is one activity of its kind where no figure is stated.
// Judgement calls:
//  - c05 pro.reference 145 + 29 = 174: both groups are labelled 留作参考 (D类); the clerk adds them.
//  - c10 pro.not_accepted 21 + 17 = 38: 转意见和建议 and 不予立案 are one row of the form.
//  - c11 pro.accepted 72: 立案78件、并案6件 … 实际立案72件 — the clerk enters the actual figure, not 78 + 72.
//  - c15 pro.by_member 52 + 116 = 168: 委员联名提案 and 委员个人提案 are both 委员提案.
//  - d09 inf.adopted 36 + 28 = 64: adopted by the provincial and by the city CPPCC.
//  - b05 sup.review 3: 对三个部门 is three reviews, not the one article.
export const CORPUS_CLERK: Record<string, Record<string, number>> = {
  a01: { 'mtg.plenary': 1, 'con.sector': 2, 'con.topical': 4 },
  a02: { 'con.grassroots': 269 },
  a03: { 'mtg.briefing': 1, 'con.grassroots': 14, 'res.suggestions': 106 },
  a04: { 'mtg.standing': 1, 'pro.accepted': 147, 'pro.answer_rate': 100, 'pro.satisfaction_rate': 100, 'pro.key': 10 },
  a06: {},
  a07: { 'con.micro': 150 },
  a08: { 'mtg.chair': 1, 'con.bimonthly': 6 },
  a09: { 'mtg.briefing': 1 },
  a10: { 'mtg.standing': 1 },
  a11: { 'con.proposal': 1, 'pro.submitted': 299, 'pro.accepted': 186, 'pro.not_accepted': 113, 'pro.key': 8 },
  a12: {},
  a16: {},
  b02: {},
  b04: { 'sup.monitors': 50 },
  b05: { 'sup.review': 3 },
  b06: { 'mem.studios': 8 },
  b07: { 'mem.contact_points': 4 },
  b08: { 'mem.commended': 46, 'pro.accepted': 244 },
  b09: { 'mem.training_sessions': 1, 'mem.trainees': 90 },
  b10: { 'mtg.study_group': 4, 'mem.training_sessions': 5, 'mem.trainees': 400, 'mem.lectures': 5 },
  b12: { 'his.volumes': 1 },
  b13: {},
  b15: { 'svc.households': 231, 'svc.donations': 32500 },
  b16: { 'svc.donations': 23000 },
  c02: { 'pro.submitted': 5641, 'pro.accepted': 5254, 'pro.not_accepted': 70, 'pro.by_member': 4884, 'pro.by_party': 352, 'pro.by_group': 6, 'pro.by_sector': 12 },
  c04: {},
  c05: { 'pro.answered': 760, 'pro.submitted': 780, 'pro.accepted': 760, 'pro.by_member': 680, 'pro.by_party': 66, 'pro.resolved': 242, 'pro.reference': 174 },
  c07: {},
  c09: { 'pro.submitted': 311, 'pro.accepted': 286, 'pro.key': 11 },
  c10: { 'pro.submitted': 118, 'pro.accepted': 64, 'pro.accept_rate': 54, 'pro.merged': 16, 'pro.not_accepted': 38 },
  c11: { 'pro.submitted': 110, 'pro.accepted': 72, 'pro.merged': 6, 'pro.accept_rate': 70.9, 'pro.not_accepted': 32, 'pro.by_member': 60, 'pro.collective': 12 },
  c12: { 'pro.submitted': 145, 'pro.accepted': 140, 'pro.accept_rate': 96.6, 'pro.not_accepted': 5, 'pro.by_member': 133 },
  c13: { 'pro.submitted': 274, 'pro.accepted': 224, 'pro.accept_rate': 81.7 },
  c14: { 'pro.submitted': 184, 'pro.not_accepted': 15, 'pro.accepted': 169, 'pro.merged': 11, 'pro.accept_rate': 92 },
  c15: { 'pro.submitted': 223, 'pro.accepted': 205, 'pro.merged': 6, 'pro.not_accepted': 12, 'pro.collective': 37, 'pro.by_member': 168 },
  c16: { 'pro.submitted': 145, 'pro.satisfaction_rate': 100, 'pro.accepted': 145, 'pro.resolved': 132, 'pro.planned': 13 },
  d01: { 'pro.submitted': 318, 'pro.accepted': 307, 'pro.satisfaction_rate': 94.8, 'inf.collected': 63, 'inf.instructions': 36 },
  d02: { 'mtg.chair': 1, 'inf.collected': 2035, 'inf.instructions': 32 },
  d04: { 'inf.collected': 50, 'inf.instructed': 8 },
  d07: {},
  d09: { 'inf.collected': 298, 'inf.reported': 177, 'inf.adopted': 64, 'inf.instructions': 9 },
  d10: { 'res.research': 2, 'mtg.briefing': 1, 'mtg.party_group': 2 },
  d11: { 'res.inspection': 1, 'con.topical': 1 },
  d13: { 'mtg.plenary': 1, 'inf.reported': 10000 },
  d15: {},
  d16: { 'mem.training_sessions': 1, 'res.inspection': 1, 'res.research': 1 },
};
