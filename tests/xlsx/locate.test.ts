import { describe, expect, it } from 'vitest';
import { labelKey, locateSheet, locateWorkbook } from '../../shared/form/locate';
import { percentChange, planFill, readBack } from '../../shared/form/fill-plan';
import { standardLayout } from '../../shared/form/layout';

describe('percentChange', () => {
  it.each([
    [7.8, 97, 90],
    [-50, 5, 10],
    [0, 3, 3],
    [33.3, 4, 3],
    [null, 5, 0],
    [null, 5, undefined],
    [null, undefined, 5],
  ])('%s for 本年 %s and 上年 %s', (expected, cur, prior) => {
    expect(percentChange(cur, prior)).toBe(expected);
  });
});

describe('locateSheet', () => {
  it('finds the header by words and rows by code, whatever the column order', () => {
    const loc = locateSheet({
      name: 'x',
      values: [
        ['填报单位：城中区政协', null, '报告期：', 2024],
        ['上年', '代码', '本 年', '指标名称', '备注'],
        [5, 'mtg.chair', 7, '主席会议', ''],
      ],
    })!;
    expect(loc.columns).toEqual({ prior: 0, code: 1, current: 2, label: 3, note: 4 });
    expect(loc.rows).toEqual({ 'mtg.chair': 2 });
    expect(loc.unitCell).toEqual({ sheet: 'x', row: 0, col: 0, inline: '填报单位：' });
    expect(loc.periodCell).toEqual({ sheet: 'x', row: 0, col: 3 });
  });

  it('falls back to the 指标名称 when there is no 代码 column, ignoring numbering and 其中', () => {
    const loc = locateSheet({
      name: 'y',
      values: [
        ['序号', '指标名称', '计量单位', '本年数', '上年数'],
        [1, '1. 经审查立案', '件', 3, 2],
        [2, '其中：委员提案', '件', 2, 1],
        [3, '本地自增指标', '件', 1, 1],
      ],
    })!;
    expect(loc.rows).toEqual({ 'pro.accepted': 1, 'pro.by_member': 2 });
    expect(loc.id).toBe('表2');
  });

  it('takes year headers as 本年 (the later) and 上年 (the earlier)', () => {
    const loc = locateSheet({ name: 'z', values: [['指标名称', '代码', '2023年', '2024年']] })!;
    expect(loc.columns).toMatchObject({ current: 3, prior: 2 });
  });

  it('is not fooled by a sheet without a form table', () => {
    expect(locateSheet({ name: '说明', values: [['本表说明'], ['本年度数据以统计局为准']] })).toBeNull();
  });

  it('strips numbering from labels', () => {
    expect(labelKey('（一）全体会议')).toBe('全体会议');
    expect(labelKey('其中：专题议政性常委会会议')).toBe('专题议政性常委会会议');
  });
});

describe('planFill and readBack over the standard layout', () => {
  it('writes what the form says and reads the same form back', () => {
    const sheets = standardLayout().map((l) => ({ name: l.name, values: l.values.map((r) => [...r]) as unknown[][] }));
    const loc = locateWorkbook(sheets);
    expect(loc.sheets.map((s) => s.id)).toEqual(['表1', '表2', '表3']);
    const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'res.reports': 12 }, prior: { 'res.reports': 8 }, notes: { 'res.reports': '新增课题' } };
    const plan = planFill(loc, form);
    for (const w of plan.writes) sheets.find((s) => s.name === w.sheet)!.values[w.row][w.col] = w.value;
    const back = readBack(loc, sheets).form;
    expect(back).toMatchObject({ unit: '城中区政协', period: '2024', values: { 'res.reports': 12 }, prior: { 'res.reports': 8 }, notes: { 'res.reports': '新增课题' } });
    const row = loc.cells['res.reports'].row;
    expect(sheets[0].values[row][6]).toBe(50);
  });

  it('reports a missing 上年 column instead of dropping 上年 silently', () => {
    const sheets = standardLayout().map((l) => ({ name: l.name, values: l.values.map((r) => r.filter((_, c) => c !== 5)) as unknown[][] }));
    const plan = planFill(locateWorkbook(sheets), { form: 'ZX-01', unit: '', period: '', values: { 'res.reports': 1 }, prior: { 'res.reports': 1 } });
    expect(plan.missingColumns).toEqual(['prior']);
  });
});
