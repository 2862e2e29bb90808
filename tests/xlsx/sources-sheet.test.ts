import { describe, expect, it } from 'vitest';
import { fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { locateWorkbook } from '../../shared/form/locate';
import { tallyCaptures } from '../../shared/tally/tally';
import { eventPage, fact, page } from '../tally/helpers';

// The 来源 sheet: every value of a tallied form traced to its page, how it was obtained, and the conflicts left.
const SUMMARY = 'https://zx.example.gov.cn/zxyw/202512/t20251226_1.html';

describe('the 来源 sheet of a filled workbook', () => {
  it('lists each value with how it was obtained, its page title, date, address and quote', async () => {
    const t = tallyCaptures([
      page(SUMMARY, [fact('召开主席会议12次', 12, '次', 'mtg.chair'), fact('收集社情民意信息1500余条', 1500, '条', 'inf.collected', 'over')], [], { title: '区政协2025年工作总结' }),
      eventPage('https://zx.example.gov.cn/a/202503/t20250320_2.html', '区政协召开十届十二次常委会议', '2025-03-20', 'mtg.standing'),
      eventPage('https://zx.example.gov.cn/a/202509/t20250910_3.html', '区政协召开十届十三次常委会议', '2025-09-10', 'mtg.standing'),
      eventPage('https://zx.example.gov.cn/a/202504/t20250425_4.html', '区政协举办委员培训班', '2025-04-25', 'mem.training_sessions', [fact('80名委员参加培训', 80, '名', 'mem.trainees')]),
      page('https://zx.example.gov.cn/b.html', [fact('收到提案186件', 186, '件', 'pro.submitted')], [], { title: '提案工作情况', date: '2025-12-20' }),
      page('https://zx.example.gov.cn/c.html', [fact('提交提案188件', 188, '件', 'pro.submitted')], [], { title: '区政协2025年工作总结', date: '2025-12-28' }),
    ], { unit: '城中区政协', period: '2025' });
    const form = { ...t.form, values: { ...t.form.values, 'adm.rules': 8 } }; // typed by the clerk
    const sheets = await readWorkbookValues((await fillWorkbook(form)).bytes);
    const rows = sheets.find((s) => s.name === '来源')!.values;
    expect(rows[0]).toEqual(['代码', '指标', '数值', '取得方式', '页面标题', '发布日期', '网址', '原文']);
    const byCode = (code: string) => rows.filter((r) => r[0] === code);
    expect(byCode('mtg.chair')).toEqual([['mtg.chair', '主席会议', 12, '统计数字', '区政协2025年工作总结', '2025-12-26', SUMMARY, '召开主席会议12次']]);
    expect(byCode('inf.collected')[0][3]).toBe('统计数字（概数）');
    expect(byCode('mtg.standing').map((r) => [r[3], r[4], r[5]])).toEqual([
      ['据2条记录计数', '区政协召开十届十二次常委会议', '2025-03-20'],
      ['据2条记录计数', '区政协召开十届十三次常委会议', '2025-09-10'],
    ]);
    expect(byCode('mem.trainees').map((r) => [r[2], r[3], r[7]])).toEqual([[80, '1次活动合计', '80名委员参加培训']]);
    expect(byCode('adm.rules')).toEqual([['adm.rules', '制定修订制度', 8, '手工填写', '', '', '', '']]);
    expect(byCode('pro.submitted').map((r) => [r[2], r[3], r[4]])).toEqual([
      [186, '待定（未填写）：候选1/2', '提案工作情况'],
      [188, '待定（未填写）：候选2/2', '区政协2025年工作总结'],
    ]);
    // The form's sheets are still found, and the 来源 sheet is not taken for one of them; no 说明 cell was written.
    const loc = locateWorkbook(sheets);
    expect(loc.sheets.map((s) => s.name)).not.toContain('来源');
    const t1 = sheets.find((s) => s.name.startsWith('表1'))!;
    const cells = Object.values(loc.cells).filter((c) => c.sheet === t1.name);
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.map((c) => t1.values[c.row][c.columns.note!]).filter((v) => v != null && v !== '')).toEqual([]);
  });
});
