import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { normalizeText } from '../text/normalize';
import { cueIndexOf, termIndex } from './terms';
import { unitFamily } from './units';

const isEvent = (ind: Indicator | undefined): boolean => !!ind && ind.kind === 'count' && unitFamily(ind.unit) === 'events';

// Headlines name an activity; the measure word is implicit (one event).
const HEADLINE_MIN = 2;

/** The indicator a headline reports one instance of (a 远程协商会 headline → con.remote), or null. */
export function classifyTitle(title: string, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): string | null {
  const text = normalizeText(title).text.replace(/\s+/g, '');
  const { terms, byCode } = termIndex(catalogue);
  const scores = new Map<string, number>();
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || ind.kind !== 'count') continue;
    if (!isEvent(ind)) continue; // a headline is one event: meetings, consultations, visits
    let pos = 0;
    let ok = true;
    for (const part of t.parts) {
      const hits = part.map((a) => cueIndexOf(text, a, pos)).filter((i) => i >= 0);
      if (!hits.length) {
        ok = false;
        break;
      }
      pos = Math.min(...hits) + 1;
    }
    if (!ok) continue;
    // specificity among event indicators only (调研 is shared with 调研报告/调研课题, which are not events)
    const owners = t.owners.filter((o) => isEvent(byCode.get(o))).length;
    const weight = (t.weight * Math.max(1, t.owners.length)) / Math.max(1, owners);
    // earlier mention = the headline's main event ("在…座谈会上强调")
    const score = weight + 1 / (1 + pos);
    const prev = scores.get(t.code) ?? 0;
    if (score > prev) scores.set(t.code, score);
  }
  let best: { code: string; score: number } | null = null;
  let tie = false;
  for (const [code, score] of scores) {
    if (!best || score > best.score) {
      tie = !!best && best.score === score;
      best = { code, score };
    } else if (score === best.score) tie = true;
  }
  // two events scored alike: the headline does not say which one it reports
  if (tie) return null;
  return best && best.score >= HEADLINE_MIN ? best.code : null;
}
