import { describe, expect, it } from 'vitest';
import { fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import { locateWorkbook } from '../../shared/form/locate';
import { readBack } from '../../shared/form/fill-plan';
import { longTemplate } from './long-template';

// Long and sparse templates fill like the standard one, and keep what they had (speed is in `npm run bench`).

const form = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97, 'inf.collected': 320 }, prior: { 'pro.accepted': 90 } };

describe('fillWorkbook on long templates', () => {
  it('fills a template with one cell at row 200,000 and keeps that cell', async () => {
    const { bytes, sheets, missing } = await fillWorkbook(form, await longTemplate(0, 200_000));
    expect(sheets).toHaveLength(3);
    expect(missing).toEqual([]);
    const values = await readWorkbookValues(bytes);
    expect(values.map((s) => s.name).at(-1)).toBe('来源'); // the sources sheet comes after the template's own
    for (const s of values.slice(0, -1)) expect(s.values[199_999]?.[1]).toBe('附注：本表数据截至年底');
    const back = readBack(locateWorkbook(values), values).form;
    expect({ ...back.values }).toEqual(form.values);
    expect({ ...back.prior }).toEqual(form.prior);
  });

  it('fills a template with 2,000 rows of detail under each table and leaves the detail as it was', async () => {
    const template = await longTemplate(2000);
    const before = await readWorkbookValues(template);
    const { bytes } = await fillWorkbook(form, template);
    const after = await readWorkbookValues(bytes);
    const loc = locateWorkbook(after);
    expect({ ...readBack(loc, after).form.values }).toEqual(form.values);
    expect(after.map((s) => s.name)).toEqual([...before.map((s) => s.name), '来源']);
    after.slice(0, -1).forEach((s, i) => {
      expect(s.values.length).toBe(before[i].values.length);
      // Every row below the header block other than the located rows is unchanged.
      const filled = new Set(Object.values(loc.cells).filter((c) => c.sheet === s.name).map((c) => c.row));
      s.values.forEach((row, r) => {
        if (r > loc.sheets[i].headerRow && !filled.has(r)) expect(row).toEqual(before[i].values[r]);
      });
    });
  });
});
