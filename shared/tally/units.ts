import type { Indicator } from '../catalogue/schema';
import { FORM_UNITS } from '../catalogue/schema';
import { unitFamily } from '../facts/units';

// A fact feeds an indicator only when its measure word counts the same kind of thing: 名/人/位 feed 人次,
// 场/期 feed 次, 条/件 feed 篇 (the facts' unit families). A few crossings are how portals word it:
// activities counted by topic ("围绕9个议题开展专项民主监督" is 9 次), projects by 项 for a 件 row
// ("引进项目300多项"). The catalogue's wording may also list units itself: "获得…领导批示…人次/件次/篇".

const CROSSING: Record<string, readonly string[]> = { 次: ['个', '项'], 场次: ['个'], 件: ['项'], 件次: ['次'] };

/** Units an indicator's wording lists after its last "…", e.g. "…篇/条". */
function wordedUnits(indicator: Indicator): string[] {
  const known = new Set<string>(FORM_UNITS);
  return indicator.wording.flatMap((w) => {
    const tail = w.split('…').pop() ?? '';
    const units = tail.split('/');
    return w.includes('…') && units.every((u) => known.has(u)) ? units : [];
  });
}

/** The fact's value in the indicator's unit, or null when the units do not fit. */
export function valueInIndicatorUnit(fact: { value: number; unit: string }, indicator: Indicator): number | null {
  if (!Number.isFinite(fact.value) || fact.value < 0) return null;
  if (indicator.kind === 'rate') return fact.unit === '%' ? fact.value : fact.unit === '成' ? fact.value * 10 : null;
  if (indicator.kind === 'amount') {
    // Facts fold 万/亿 into the value already (93.35万元 → 933500 元); a bare 万元 unit is folded here.
    const scale: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
    return scale[fact.unit] !== undefined ? Math.round(fact.value * scale[fact.unit] * 100) / 100 : null;
  }
  if (unitFamily(fact.unit) === unitFamily(indicator.unit) && unitFamily(fact.unit) !== 'other') return fact.value;
  if (CROSSING[indicator.unit]?.includes(fact.unit) || wordedUnits(indicator).includes(fact.unit)) return fact.value;
  return null;
}
