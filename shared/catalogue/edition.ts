import { z } from 'zod';
import { IndicatorSchema, type Indicator } from './schema';
import { STANDARD_CATALOGUE } from './indicators';
import { RuleSchema, SeveritySchema, STANDARD_RULES, ruleCodes, type Rule } from './rules';
import { nearest } from '../form/suggest';
import { findForbiddenKey } from '../form/form-errors';

// The catalogue and rules travel together, versioned by the form year they apply to. An office above
// adds local indicators (and rules over them) or changes a rule's severity with an overrides JSON — no code.

export interface CatalogueEdition {
  year: number;
  indicators: readonly Indicator[];
  rules: readonly Rule[];
}

export const STANDARD_EDITION: CatalogueEdition = { year: 2025, indicators: STANDARD_CATALOGUE, rules: STANDARD_RULES };

/** Editions by form year; add a new one when the standard changes, keep the old for old forms. */
export const EDITIONS: readonly CatalogueEdition[] = [STANDARD_EDITION];

/** The edition that applies to a reporting period ("2023", "2025年"): the newest one not newer than it, else the oldest. */
export function editionForPeriod(period: string | number, editions: readonly CatalogueEdition[] = EDITIONS): CatalogueEdition {
  const year = typeof period === 'number' ? period : Number(/\d{4}/.exec(period)?.[0] ?? NaN);
  const sorted = [...editions].sort((a, b) => a.year - b.year);
  const fit = sorted.filter((e) => e.year <= year).pop();
  return fit ?? sorted[0];
}

export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

export const LocalOverridesSchema = z.strictObject({
  /** Who made these overrides, shown in reports. */
  office: z.string().optional(),
  indicators: z.array(IndicatorSchema).default([]),
  severities: z.record(z.string(), SeveritySchema).default({}),
  rules: z.array(RuleSchema).default([]),
});
export type LocalOverrides = z.input<typeof LocalOverridesSchema>;

/** A new edition with the office's local indicators and rules added and severities changed; throws CatalogueError (Chinese). */
export function applyLocalOverrides(edition: CatalogueEdition, overrides: string | unknown): CatalogueEdition {
  let raw = overrides;
  if (typeof overrides === 'string') {
    try {
      raw = JSON.parse(overrides.replace(/^\uFEFF/, ''));
    } catch {
      throw new CatalogueError('本地扩展文件不是有效的 JSON，请检查逗号和引号');
    }
  }
  // A __proto__ key would vanish in parsing (or reach Object.prototype): name it instead of ignoring it.
  const forbidden = findForbiddenKey(raw, []);
  if (forbidden) throw new CatalogueError(`本地扩展 ${forbidden}：不允许使用此键名（__proto__、constructor、prototype），请删除或改为规则编号（如 R14）`);
  const res = LocalOverridesSchema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0];
    const where = issue.path.map(String).join('.') || '文件顶层';
    throw new CatalogueError(`本地扩展 ${where}：${/[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '内容不合要求，请对照说明填写'}`);
  }
  const o = res.data;
  const indicators = [...edition.indicators];
  const codes = new Set(indicators.map((i) => i.code));
  for (const ind of o.indicators) {
    if (codes.has(ind.code)) throw new CatalogueError(`本地指标 ${ind.code} 与已有指标重复，请换一个代码`);
    if (ind.parent && !codes.has(ind.parent)) throw new CatalogueError(`本地指标 ${ind.code} 的上级指标 ${ind.parent} 不存在`);
    indicators.push({ ...ind, local: true });
    codes.add(ind.code);
  }
  const ids = new Set(edition.rules.map((r) => r.id));
  for (const id of Object.keys(o.severities)) {
    if (!ids.has(id)) {
      const near = nearest(id, ids);
      throw new CatalogueError(`severities：未知规则 ${id}${near ? `（是否应为 ${near}？）` : ''}`);
    }
  }
  const rules = edition.rules.map((r) => (Object.hasOwn(o.severities, r.id) ? { ...r, severity: o.severities[r.id] } : r));
  for (const rule of o.rules) {
    if (ids.has(rule.id)) throw new CatalogueError(`本地规则 ${rule.id} 与已有规则编号重复，请换一个编号`);
    const missing = ruleCodes(rule).find((c) => !codes.has(c));
    if (missing) throw new CatalogueError(`本地规则 ${rule.id} 引用了未知指标 ${missing}`);
    rules.push(rule);
    ids.add(rule.id);
  }
  return { year: edition.year, indicators, rules };
}
