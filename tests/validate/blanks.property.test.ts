import { describe, it } from 'vitest';
import fc from 'fast-check';
import { validateForm } from '../../shared/validate/engine';
import { form } from './helpers';

// "Blanks are not zeros": a rule evaluated on a form with blank cells may only report what no way of
// filling those blanks could repair. So any finding on the partial form is still there once the blanks
// are filled with any counts at all.
const CODES = [
  'pro.accepted', 'pro.collective', 'pro.by_member', 'pro.by_party', 'pro.by_group', 'pro.by_sector', 'pro.by_committee',
  'pro.answered', 'pro.satisfied', 'pro.basically_satisfied', 'pro.unsatisfied', 'pro.resolved', 'pro.in_progress', 'pro.planned', 'pro.reference',
];
const ARITHMETIC = new Set(['R03', 'R04', 'R05', 'R08', 'R10']);

const partial = fc.record(Object.fromEntries(CODES.map((c) => [c, fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined })])));
const fills = fc.record(Object.fromEntries(CODES.map((c) => [c, fc.integer({ min: 0, max: 300 })])));

function present(v: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Record<string, number>;
}

describe('findings on blanks are never repairable by filling them', () => {
  it('holds for the order and sum rules of 表2', () => {
    fc.assert(
      fc.property(partial, fills, (p, fill) => {
        const written = present(p);
        const before = validateForm(form(written)).filter((f) => ARITHMETIC.has(f.rule)).map((f) => f.rule);
        const after = new Set(validateForm(form({ ...fill, ...written })).map((f) => f.rule));
        return before.every((rule) => after.has(rule));
      }),
      { numRuns: 500 },
    );
  });
});
