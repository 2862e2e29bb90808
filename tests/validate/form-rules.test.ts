import { describe, expect, it } from 'vitest';
import { findingsOf, form } from './helpers';
import { hasBlockingError, validateForm } from '../../shared/validate/engine';
import type { FormPart } from '../../shared/form/form-file';

describe('R01 domain', () => {
  it.each([
    [{ 'pro.accepted': 97 }, []],
    [{ 'pro.accepted': 97.5 }, ['pro.accepted']],
    [{ 'pro.accepted': -1 }, ['pro.accepted']],
    [{ 'pro.answer_rate': 100 }, []],
    [{ 'pro.answer_rate': 100.2 }, ['pro.answer_rate']],
    [{ 'pro.answer_rate': 99.84 }, []],
    [{ 'svc.donations': 933500.5 }, []], // amounts may have fen
    [{ 'svc.donations': -10 }, ['svc.donations']],
  ])('%j → failing codes %j', (values, codes) => {
    expect(findingsOf('R01', form(values)).map((f) => f.codes[0])).toEqual(codes);
  });
});

describe('R17 change against last year', () => {
  it.each([
    [{ 'pro.accepted': 97 }, { 'pro.accepted': 90 }, []],
    [{ 'pro.accepted': 136 }, { 'pro.accepted': 90 }, [46]], // +51%
    [{ 'pro.accepted': 135 }, { 'pro.accepted': 90 }, []], // exactly +50%: not over
    [{ 'pro.accepted': 44 }, { 'pro.accepted': 90 }, [-46]],
    [{ 'mtg.plenary': 4 }, { 'mtg.plenary': 1 }, []], // last year < 10: not evaluated
    [{ 'mtg.chair': 13 }, { 'mtg.chair': 10 }, []],
    [{ 'mtg.chair': 16 }, { 'mtg.chair': 10 }, [6]],
    [{}, { 'mtg.chair': 10 }, []], // this year blank
  ])('%j against %j → imbalances %j', (values, prior, imbalances) => {
    expect(findingsOf('R17', form(values, { prior })).map((f) => f.imbalance)).toEqual(imbalances);
  });

  it('passes with a note, and the note travels with the finding', () => {
    const f = form({ 'inf.collected': 4069 }, { prior: { 'inf.collected': 2000 }, notes: { 'inf.collected': '本年新增网上征集渠道' } });
    const findings = validateForm(f);
    expect(findings).toMatchObject([{ rule: 'R17', severity: 'warning', explained: true, note: '本年新增网上征集渠道' }]);
    expect(hasBlockingError(findings)).toBe(false);
  });
});

describe('R18 approximate statements', () => {
  it.each([
    [{ 'inf.edited': 1500 }, ['inf.edited'], ['inf.edited']],
    [{ 'inf.edited': 1565 }, [], []],
    [{}, ['inf.edited'], []], // blank cell: nothing to confirm
  ])('%j with approx %j → %j', (values, approx, codes) => {
    expect(findingsOf('R18', form(values, { approx })).flatMap((f) => f.codes)).toEqual(codes);
  });

  it('takes approximate codes from the options too', () => {
    expect(findingsOf('R18', form({ 'inf.edited': 1500 }), { approx: ['inf.edited'] })).toHaveLength(1);
  });

  it.each([
    [1565, { 'inf.edited': 1565 }, []], // typed over 1500余 and marked 已核实: the warning goes
    [1565, { 'inf.edited': 1500 }, ['inf.edited']], // confirmed 1500, then changed: asked again
    [1565, { 'inf.forwarded': 1565 }, ['inf.edited']], // another code's confirmation does not count
  ])('value %s with verified %j → %j', (value, verified, codes) => {
    const f = form({ 'inf.edited': value }, { approx: ['inf.edited'], verified });
    expect(findingsOf('R18', f).flatMap((x) => x.codes)).toEqual(codes);
  });
});

describe('R19 records are evidence', () => {
  it.each([
    [{ 'con.remote': 3 }, { 'con.remote': 2 }, []],
    [{ 'con.remote': 3 }, { 'con.remote': 3 }, []],
    [{ 'con.remote': 1 }, { 'con.remote': 3 }, [2]],
    [{}, { 'con.remote': 3 }, []], // blank count is not zero: not evaluated
  ])('%j with records %j → %j', (values, records, imbalances) => {
    expect(findingsOf('R19', form(values), { records }).map((f) => f.imbalance)).toEqual(imbalances);
    expect(findingsOf('R19', form(values, { records })).map((f) => f.imbalance)).toEqual(imbalances);
  });
});

describe('R20 header', () => {
  it.each([
    [{}, null],
    [{ unit: '' }, '缺：填报单位'],
    [{ unit: ' ', period: '' }, '缺：填报单位、报告期'],
    [{ form: '' }, '缺：表号'],
  ])('%j → %s', (header, detail) => {
    const found = findingsOf('R20', form({ 'pro.accepted': 97 }, header));
    expect(found.map((f) => f.detail)).toEqual(detail ? [detail] : []);
    if (detail) expect(hasBlockingError(found)).toBe(true);
  });
});

describe('R21 consolidated against its parts', () => {
  const parts: FormPart[] = [
    { unit: '城中区政协', values: { 'pro.accepted': 97, 'mtg.chair': 13 } },
    { unit: '城东区政协', values: { 'pro.accepted': 120 } },
  ];
  it.each([
    [{ 'pro.accepted': 217, 'mtg.chair': 13 }, []],
    [{ 'pro.accepted': 216, 'mtg.chair': 13 }, [['pro.accepted', -1]]],
    [{ 'pro.accepted': 217 }, [['mtg.chair', null]]], // parts have it, consolidated blank
    [{ 'pro.accepted': 217, 'mtg.chair': 13, 'mtg.plenary': 1 }, [['mtg.plenary', 1]]], // from nowhere
  ])('%j → %j', (values, expected) => {
    const found = findingsOf('R21', form(values, { parts }));
    expect(found.map((f) => [f.codes[0], f.imbalance])).toEqual(expected);
  });

  it('is not evaluated on a form with no parts', () => {
    expect(findingsOf('R21', form({ 'pro.accepted': 216 }))).toEqual([]);
  });

  it('names each unit in the values seen', () => {
    const [f] = findingsOf('R21', form({ 'pro.accepted': 216, 'mtg.chair': 13 }, { parts }));
    expect(f.values).toEqual({ 'pro.accepted': 216, 'pro.accepted@城中区政协': 97, 'pro.accepted@城东区政协': 120 });
  });
});

describe('blocking', () => {
  it.each([
    [{ 'pro.accepted': 5641, 'pro.submitted': 5254 }, {}, true], // R02 error
    [{ 'inf.instructed': 230, 'inf.instructions': 200 }, {}, false], // R14 warning only
    [{ 'inf.instructed': 230, 'inf.instructions': 200 }, { notes: { 'inf.instructions': '部分批示为一件多篇' } }, false],
    [{ 'pro.accepted': 5641, 'pro.submitted': 5254 }, { notes: { 'pro.accepted': '说明' } }, true], // a note cannot excuse an error
  ])('%j %j → blocks: %s', (values, extra, blocks) => {
    const findings = validateForm(form(values, extra));
    expect(findings.length).toBeGreaterThan(0);
    expect(hasBlockingError(findings)).toBe(blocks);
  });

  it('an error is never marked explained', () => {
    const [f] = validateForm(form({ 'pro.accepted': 5641, 'pro.submitted': 5254 }, { notes: { 'pro.accepted': '说明' } }));
    expect(f).toMatchObject({ rule: 'R02', explained: false });
  });

  it('a clean real form has no findings at all', () => {
    const values = { 'pro.submitted': 5641, 'pro.accepted': 5254, 'pro.merged': 70, 'pro.not_accepted': 317, 'pro.accept_rate': 93.14 };
    expect(validateForm(form(values, { prior: { 'pro.submitted': 5200 } }))).toEqual([]);
  });
});
