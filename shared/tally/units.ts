import type { Indicator } from '../catalogue/schema';
import { unitFamily } from '../facts/units';

// A fact feeds an indicator only when its measure word counts the same kind of thing: 名/人/位 feed 人次,
// 场/期 feed 次, 条/件 feed 篇. Events are also counted by topic ("围绕9个议题开展专项民主监督" is 9 次).

/** The fact's value in the indicator's unit, or null when the units do not fit. */
export function valueInIndicatorUnit(fact: { value: number; unit: string }, indicator: Indicator): number | null {
  if (!Number.isFinite(fact.value) || fact.value < 0) return null;
  if (indicator.kind === 'rate') return fact.unit === '%' ? fact.value : fact.unit === '成' ? fact.value * 10 : null;
  if (indicator.kind === 'amount') {
    // Facts fold 万/亿 into the value already (93.35万元 → 933500 元); a bare 万元 unit is folded here.
    const scale: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
    return scale[fact.unit] !== undefined ? Math.round(fact.value * scale[fact.unit] * 100) / 100 : null;
  }
  const want = unitFamily(indicator.unit);
  const have = unitFamily(fact.unit);
  if (have === want || (want === 'events' && have === 'items')) return fact.value;
  return null;
}
