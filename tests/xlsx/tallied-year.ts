import type { FormFile } from '../../shared/form/form-file';
import { tallyCaptures } from '../../shared/tally/tally';
import { eventPage, fact, page } from '../tally/helpers';

// One tallied year for the 来源 sheet tests (the CLI's .xlsx and the add-in's fill): a summary's statements,
// activities counted from records, a training's own figure, a conflict, and a value typed by the clerk.

export const SUMMARY = 'https://zx.example.gov.cn/zxyw/202512/t20251226_1.html';

export function talliedYear(): FormFile {
  const t = tallyCaptures([
    page(SUMMARY, [fact('召开主席会议12次', 12, '次', 'mtg.chair'), fact('收集社情民意信息1500余条', 1500, '条', 'inf.collected', 'over')], [], { title: '区政协2025年工作总结' }),
    eventPage('https://zx.example.gov.cn/a/202503/t20250320_2.html', '区政协召开十届十二次常委会议', '2025-03-20', 'mtg.standing'),
    eventPage('https://zx.example.gov.cn/a/202509/t20250910_3.html', '区政协召开十届十三次常委会议', '2025-09-10', 'mtg.standing'),
    eventPage('https://zx.example.gov.cn/a/202504/t20250425_4.html', '区政协举办委员培训班', '2025-04-25', 'mem.training_sessions', [fact('80名委员参加培训', 80, '名', 'mem.trainees')]),
    page('https://zx.example.gov.cn/b.html', [fact('收到提案186件', 186, '件', 'pro.submitted')], [], { title: '提案工作情况', date: '2025-12-20' }),
    page('https://zx.example.gov.cn/c.html', [fact('提交提案188件', 188, '件', 'pro.submitted')], [], { title: '区政协2025年工作总结', date: '2025-12-28' }),
  ], { unit: '城中区政协', period: '2025' });
  return { ...t.form, values: { ...t.form.values, 'adm.rules': 8 } }; // 制定修订制度 typed by the clerk
}
