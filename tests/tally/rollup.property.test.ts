import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rollupForms } from '../../shared/tally/rollup';
import { parseFormFile, serializeFormFile, type FormFile } from '../../shared/form/form-file';
import { validateForm } from '../../shared/validate/engine';

// Properties over arbitrary unit forms: what roll-up builds, R21 accepts, through the file format too;
// and changing any one consolidated count by any amount makes R21 name exactly that code.
const CODES = ['pro.submitted', 'pro.accepted', 'mtg.chair', 'inf.collected', 'svc.households', 'mem.trainees'] as const;

const unitForm = fc.record(
  Object.fromEntries(CODES.map((c) => [c, fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined })])) as Record<string, fc.Arbitrary<number | undefined>>,
).map((vals): Record<string, number> => Object.fromEntries(Object.entries(vals).filter(([, v]) => v !== undefined)) as Record<string, number>);

const forms = fc.array(unitForm, { minLength: 1, maxLength: 8 }).map((list) =>
  list.map((values, i): FormFile => ({ form: 'ZX-01', unit: `第${i + 1}单位`, period: '2024', values })),
);

describe('roll-up and R21', () => {
  it('a consolidated form as built passes R21, after a trip through the file format', () => {
    fc.assert(
      fc.property(forms, (list) => {
        const { form } = rollupForms(list, { unit: '汇总' });
        const back = parseFormFile(serializeFormFile(form));
        return validateForm(back).filter((f) => f.rule === 'R21').length === 0;
      }),
    );
  });

  it('an edited consolidated count fails R21 on that code only, with the edit as imbalance', () => {
    fc.assert(
      fc.property(forms, fc.constantFrom(...CODES), fc.integer({ min: 1, max: 100 }), (list, code, delta) => {
        const { form } = rollupForms(list, { unit: '汇总' });
        fc.pre(Object.hasOwn(form.values, code));
        const edited = { ...form, values: { ...form.values, [code]: form.values[code] + delta } };
        const r21 = validateForm(edited).filter((f) => f.rule === 'R21');
        expect(r21.map((f) => [f.codes, f.imbalance])).toEqual([[[code], delta]]);
      }),
    );
  });

  it('a cell blank in every unit stays blank', () => {
    fc.assert(
      fc.property(forms, (list) => {
        const { form } = rollupForms(list);
        return CODES.every((c) => Object.hasOwn(form.values, c) === list.some((f) => Object.hasOwn(f.values, c)));
      }),
    );
  });
});
