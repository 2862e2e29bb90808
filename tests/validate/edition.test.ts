import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyLocalOverrides, CatalogueError, editionForPeriod, STANDARD_EDITION } from '../../shared/catalogue/edition';
import { ruleCodes, STANDARD_RULES } from '../../shared/catalogue/rules';
import { STANDARD_CATALOGUE } from '../../shared/catalogue/indicators';
import { validateForm } from '../../shared/validate/engine';
import { form } from './helpers';

const localShare = (code: string, label: string) => ({ code, sheet: '表2', section: '提案', label, unit: '%', kind: 'rate' });
const shareRule = (id: string, rate: string, part: string) => ({
  id, severity: 'warning', kind: 'ratio', check: `${rate} = 100 * ${part} / pro.accepted`, rate, numerator: [part], denominator: ['pro.accepted'], message: '分类占比与件数不符',
});

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RULES_TSV = path.join(projectRoot, 'tests/fixtures/standard/rules.tsv');

describe('the standard edition', () => {
  it.each(readFileSync(RULES_TSV, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')))(
    '%s is the rules.tsv row: %s %s',
    (id, severity, kind, check, message) => {
      const rule = STANDARD_RULES.find((r) => r.id === id)!;
      expect({ severity: rule.severity, kind: rule.kind, check: rule.check, message: rule.message }).toEqual({ severity, kind, check, message });
    },
  );

  it('holds R01–R21 and every indicator of the standard', () => {
    expect(STANDARD_RULES.map((r) => r.id)).toEqual(Array.from({ length: 21 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
    expect(STANDARD_CATALOGUE).toHaveLength(72);
  });

  it.each(STANDARD_RULES.map((r) => [r.id, r] as const))('%s names exactly the codes its check does', (_id, rule) => {
    const inCheck = new Set(rule.check.match(/[a-z]+\.[a-z_]+/g) ?? []);
    expect(new Set(ruleCodes(rule))).toEqual(inCheck);
    // and on the same sides, so imbalance (left − right) means what the check says
    const [lhs] = rule.check.split(/<=|=/);
    const leftCodes = lhs.match(/[a-z]+\.[a-z_]+/g) ?? [];
    if (rule.kind === 'order') expect(leftCodes).toEqual(rule.left);
    if (rule.kind === 'sum') expect(leftCodes).toEqual(rule.totalSide === 'left' ? [rule.total] : rule.parts);
    if (rule.kind === 'ratio') expect(leftCodes).toEqual([rule.rate]);
  });

  it('names only catalogue codes in its rules', () => {
    const codes = new Set(STANDARD_CATALOGUE.map((i) => i.code));
    const named = STANDARD_RULES.flatMap((r) => ('left' in r ? [...r.left, ...r.right] : 'total' in r ? [r.total, ...r.parts] : 'rate' in r ? [r.rate, ...r.numerator, ...r.denominator] : []));
    expect(named.filter((c) => !codes.has(c))).toEqual([]);
  });

  it.each([['2025', 2025], ['2023', 2025], ['2030年', 2025], ['', 2025]])('period %j uses edition %i', (period, year) => {
    expect(editionForPeriod(period).year).toBe(year);
  });

  it.each([[2024, 2024], [2025, 2024], [2026, 2026], [2023, 2024]])('with a newer edition, year %i uses %i', (year, expected) => {
    const editions = [{ ...STANDARD_EDITION, year: 2024 }, { ...STANDARD_EDITION, year: 2026 }];
    expect(editionForPeriod(year, editions).year).toBe(expected);
  });
});

describe('local overrides of an office above', () => {
  it('changes a severity without code: R14 made an error blocks', () => {
    const edition = applyLocalOverrides(STANDARD_EDITION, '{"severities":{"R14":"error"}}');
    const f = form({ 'inf.instructed': 230, 'inf.instructions': 200 });
    expect(validateForm(f).map((x) => x.severity)).toEqual(['warning']);
    expect(validateForm(f, { rules: edition.rules }).map((x) => x.severity)).toEqual(['error']);
    expect(STANDARD_EDITION.rules.find((r) => r.id === 'R14')!.severity).toBe('warning'); // the standard is untouched
  });

  it('adds a local rule: 收到 5641 = 立案 5254 + 并案 70 + 转为意见 317', () => {
    const rule = { id: 'L01', severity: 'warning', kind: 'sum', check: 'pro.submitted = pro.accepted + pro.merged + pro.not_accepted', total: 'pro.submitted', parts: ['pro.accepted', 'pro.merged', 'pro.not_accepted'], totalSide: 'left', message: '收到提案数应等于立案、并案与转为意见建议之和' };
    const { rules } = applyLocalOverrides(STANDARD_EDITION, { rules: [rule] });
    const values = { 'pro.submitted': 5641, 'pro.accepted': 5254, 'pro.merged': 70, 'pro.not_accepted': 317 };
    expect(validateForm(form(values), { rules })).toEqual([]);
    expect(validateForm(form({ ...values, 'pro.merged': 60 }), { rules })).toMatchObject([{ rule: 'L01', imbalance: 10 }]);
  });

  it('adds local indicators: A/B/C shares 23.91 + 73.91 + 2.17 = 99.99 each match 22, 68, 2 of 92', () => {
    const edition = applyLocalOverrides(STANDARD_EDITION, {
      indicators: [localShare('loc.share_a', 'A类占比'), localShare('loc.share_b', 'B类占比'), localShare('loc.share_c', 'C类占比')],
      rules: [shareRule('L02', 'loc.share_a', 'pro.resolved'), shareRule('L03', 'loc.share_b', 'pro.in_progress'), shareRule('L04', 'loc.share_c', 'pro.planned')],
    });
    expect(edition.indicators.filter((i) => i.local).map((i) => i.code)).toEqual(['loc.share_a', 'loc.share_b', 'loc.share_c']);
    const values = { 'pro.accepted': 92, 'pro.resolved': 22, 'pro.in_progress': 68, 'pro.planned': 2, 'loc.share_a': 23.91, 'loc.share_b': 73.91, 'loc.share_c': 2.17 };
    const opts = { catalogue: edition.indicators, rules: edition.rules };
    expect(validateForm(form(values), opts)).toEqual([]);
    // Forcing the shares to add to 100 breaks one of them: that is what the interval check is for.
    expect(validateForm(form({ ...values, 'loc.share_c': 2.18 }), opts)).toMatchObject([{ rule: 'L04' }]);
  });

  it.each([
    ['not JSON', '{"severities":', '本地扩展文件不是有效的 JSON，请检查逗号和引号'],
    ['unknown rule', { severities: { R022: 'error' } }, 'severities：未知规则 R022（是否应为 R02？）'],
    ['bad severity', { severities: { R14: 'fatal' } }, '本地扩展 severities.R14：内容不合要求，请对照说明填写'],
    ['clashing indicator', { indicators: [{ code: 'mtg.chair', sheet: '表1', section: '一、会议', label: '主席会议', unit: '次', kind: 'count' }] }, '本地指标 mtg.chair 与已有指标重复，请换一个代码'],
    ['bad code', { indicators: [{ code: '主席', sheet: '表1', section: 'x', label: 'x', unit: '次', kind: 'count' }] }, '本地扩展 indicators.0.code：指标代码格式应为 “分类.名称”，如 mtg.chair'],
    ['missing parent', { indicators: [{ code: 'loc.x', sheet: '表1', section: 'x', label: 'x', unit: '次', kind: 'count', parent: 'loc.y' }] }, '本地指标 loc.x 的上级指标 loc.y 不存在'],
    ['rule on unknown code', { rules: [shareRule('L09', 'loc.nope', 'pro.resolved')] }, '本地规则 L09 引用了未知指标 loc.nope'],
    ['rule id clash', { rules: [{ ...shareRule('R06', 'pro.accept_rate', 'pro.accepted') }] }, '本地规则 R06 与已有规则编号重复，请换一个编号'],
  ])('refuses %s', (_name, overrides, message) => {
    expect(() => applyLocalOverrides(STANDARD_EDITION, overrides)).toThrow(new CatalogueError(message));
  });
});
