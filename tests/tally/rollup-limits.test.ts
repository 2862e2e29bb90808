import { describe, expect, it } from 'vitest';
import { rollupForms } from '../../shared/tally/rollup';
import { parseFormFile, serializeFormFile, type FormFile, type Source } from '../../shared/form/form-file';

// Roll-up at the edges: sums past the largest double, and inputs far larger than any real office's.

const unit = (name: string, values: Record<string, number>, extra: Partial<FormFile> = {}): FormFile => ({ form: 'ZX-01', unit: name, period: '2024', values, ...extra });

describe('roll-up: a sum that is not a finite number', () => {
  const { form, findings } = rollupForms([
    unit('城东区政协', { 'mtg.chair': 1e308, 'pro.submitted': 12 }, { prior: { 'mtg.chair': 1.5e308 } }),
    unit('城西区政协', { 'mtg.chair': 1e308, 'pro.submitted': 30 }, { prior: { 'mtg.chair': 1.5e308 } }),
  ]);

  it('is left blank, never written as null, and the rest still adds up', () => {
    expect(form.values).not.toHaveProperty('mtg.chair');
    expect(form.prior).not.toHaveProperty('mtg.chair');
    expect(form.values['pro.submitted']).toBe(42);
    const text = serializeFormFile(form);
    expect(text).not.toContain('null');
    expect(() => parseFormFile(text)).not.toThrow();
  });

  it('is reported as an R21 finding naming the code, this year and prior year', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.codes])).toEqual([
      ['R21', 'error', ['mtg.chair']],
      ['R21', 'error', ['mtg.chair']],
    ]);
    expect(findings[0].detail).toMatch(/合计超出可计算的范围/);
    expect(findings[1].detail).toMatch(/上年数合计超出可计算的范围/);
    expect(findings[0].values).toEqual({ 'mtg.chair': null, 'mtg.chair@城东区政协': 1e308, 'mtg.chair@城西区政协': 1e308 });
  });

  it('a single huge but finite value survives rounding to fen', () => {
    const r = rollupForms([unit('城东区政协', { 'mtg.chair': 1e308 }), unit('城西区政协', { 'mtg.chair': 1 })]);
    expect(r.form.values['mtg.chair']).toBe(1e308);
    expect(r.findings).toEqual([]);
  });
});

describe('roll-up: long lists are merged without spreading them into a call', () => {
  it('merges 2 × 200,000 sources (a spread of 150,000 already overflows) for one code', () => {
    const sources = (u: string): Source[] => Array.from({ length: 200_000 }, (_, i) => ({ url: `http://127.0.0.1/${u}/${i}.html`, quote: '主席会议13次', capturedAt: '2024-12-01' }));
    const { form } = rollupForms([
      unit('城东区政协', { 'mtg.chair': 6 }, { sources: { 'mtg.chair': sources('e') } }),
      unit('城西区政协', { 'mtg.chair': 7 }, { sources: { 'mtg.chair': sources('w') } }),
    ]);
    expect(form.values['mtg.chair']).toBe(13);
    expect(form.sources!['mtg.chair']).toHaveLength(400_000);
    expect(form.sources!['mtg.chair'][200_000].url).toBe('http://127.0.0.1/w/0.html');
  });
});
