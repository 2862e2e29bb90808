import { describe, expect, it } from 'vitest';
import { rollupForms } from '../../shared/tally/rollup';
import { parseFormFile, serializeFormFile, type FormFile } from '../../shared/form/form-file';
import { validateForm } from '../../shared/validate/engine';

// Two subordinate units with real proposal figures: 办复 5044 of 立案 5052 (99.84%) split over two offices.
const east: FormFile = {
  form: 'ZX-01', unit: '城东区政协', period: '2023',
  values: { 'pro.submitted': 3000, 'pro.accepted': 2800, 'pro.answered': 2796, 'pro.answer_rate': 99.86, 'mtg.chair': 13 },
  prior: { 'pro.accepted': 2700 },
  notes: { 'mtg.chair': '含临时主席会议' },
  approx: ['mtg.chair'],
};
const west: FormFile = {
  form: 'ZX-01', unit: '城西区政协', period: '2023',
  values: { 'pro.submitted': 2641, 'pro.accepted': 2252, 'pro.answered': 2248, 'pro.answer_rate': 99.82, 'pro.accept_rate': 80 },
  prior: { 'pro.accepted': 2300 },
};

describe('roll-up of subordinate forms', () => {
  const { form, perUnit } = rollupForms([east, west], { unit: '西宁市政协' });

  it('adds counts and leaves blanks blank', () => {
    expect(form.values).toMatchObject({ 'pro.submitted': 5641, 'pro.accepted': 5052, 'pro.answered': 5044, 'mtg.chair': 13 });
    expect(form.values['mtg.plenary']).toBeUndefined();
    expect(form).toMatchObject({ form: 'ZX-01', unit: '西宁市政协', period: '2023', prior: { 'pro.accepted': 5000 } });
  });

  it('recomputes rates from the added counts instead of adding rates', () => {
    expect(form.values['pro.answer_rate']).toBe(99.84);
    expect(form.values['pro.accept_rate']).toBe(89.56); // 5052 / 5641
  });

  it('carries the parts, unit notes and approximate codes', () => {
    expect(form.parts).toEqual([
      { unit: '城东区政协', period: '2023', values: east.values },
      { unit: '城西区政协', period: '2023', values: west.values },
    ]);
    expect(form.notes).toEqual({ 'mtg.chair': '城东区政协：含临时主席会议' });
    expect(form.approx).toEqual(['mtg.chair']);
  });

  it("keeps each unit's findings apart", () => {
    expect(perUnit.map((u) => [u.unit, u.findings.map((f) => f.rule)])).toEqual([
      ['城东区政协', ['R18']],
      ['城西区政协', ['R06']], // 80 is not 2252 / 2641 = 85.27
    ]);
  });

  it('passes R21 as built, through the file format, and fails it when a total is edited', () => {
    const back = parseFormFile(serializeFormFile(form));
    expect(validateForm(back).filter((f) => f.rule === 'R21')).toEqual([]);
    const edited = { ...back, values: { ...back.values, 'pro.accepted': 5053 } };
    expect(validateForm(edited).filter((f) => f.rule === 'R21')).toMatchObject([{ codes: ['pro.accepted'], imbalance: 1 }]);
  });

  it('leaves the period blank when the parts differ, so R20 asks for it', () => {
    const mixed = rollupForms([east, { ...west, period: '2024' }]).form;
    expect(mixed.period).toBe('');
    expect(validateForm(mixed).map((f) => f.rule)).toContain('R20');
  });

  it('rolls up 500 unit forms without losing a unit', () => {
    const forms = Array.from({ length: 500 }, (_, i) => ({ ...east, unit: `第${i + 1}区政协` }));
    const r = rollupForms(forms);
    expect(r.form.values['pro.accepted']).toBe(500 * 2800);
    expect(r.perUnit).toHaveLength(500);
    expect(validateForm(r.form).filter((f) => f.rule === 'R21')).toEqual([]);
  });
});
