import { describe, expect, it } from 'vitest';
import { fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { locateWorkbook } from '../../shared/form/locate';
import { SUMMARY, talliedYear } from './tallied-year';

// The 来源 sheet: every value of a tallied form traced to its page, how it was obtained, and the conflicts left.

describe('the 来源 sheet of a filled workbook', () => {
  it('lists each value with how it was obtained, its page title, date, address and quote', async () => {
    const form = talliedYear();
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
