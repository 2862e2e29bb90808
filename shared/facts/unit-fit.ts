import type { Indicator } from '../catalogue/schema';
import { toSimplified } from '../text/simplify';
import { unitFamily } from './units';
import { EXACT_UNIT } from './cues';

const PLACE_LABEL = /室|点|站|之家|驿站/;

/** How well a fact's unit fits an indicator's unit: 1 same family, <1 a usual crossing, 0 never. */
export function unitFit(factUnit: string, ind: Indicator, hinted: Set<string> | undefined): number {
  // (and the units a row's own measure goes by: 册, 本 for the volumes of 文史资料)
  if (factUnit === ind.unit || hinted?.has(factUnit) || EXACT_UNIT[ind.code]?.includes(factUnit)) return 1;
  const f = unitFamily(factUnit);
  const i = unitFamily(ind.unit);
  if (f === 'rate' || i === 'rate' || f === 'money' || i === 'money') return 0;
  if (f === 'other' || f === 'orgs' || f === 'places' || f === 'things') return 0;
  if (f === i) return 1;
  if (f === 'items') return i === 'people' ? 0 : 0.6; // 个/项 count anything but people
  // a place set up once (委员工作室, 联系点) is where events happen, never counted by them ("联系点开展活动18次")
  if (f === 'events' && i === 'items' && PLACE_LABEL.test(ind.label)) return 0;
  if ((f === 'documents' && i === 'items') || (f === 'events' && i === 'items')) return 0.6;
  // 期 counts issues of a bulletin or sessions of a course, never the pieces (篇) in them
  if (factUnit === '期' && i === 'documents') return 0;
  if ((f === 'documents' && i === 'events') || (f === 'events' && i === 'documents')) return 0.3;
  return 0;
}

// units an indicator's wording explicitly allows ("…人次/件次/篇")
const hintCache = new WeakMap<Indicator, Set<string>>();
export function unitHints(ind: Indicator): Set<string> {
  let s = hintCache.get(ind);
  if (!s) {
    s = new Set();
    for (const w of ind.wording) for (const m of w.matchAll(/([人件]次|[篇件条名人个项次场期])(?=\/|$)/g)) if (w.includes('/')) s.add(toSimplified(m[1]));
    hintCache.set(ind, s);
  }
  return s;
}
