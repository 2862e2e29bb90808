import type { Indicator } from '../catalogue/schema';
import type { Term } from './terms';
import { TOPIC_GATES } from './cues';
import { unitFamily } from './units';

// Tie-breaks among the cues found right next to a number, applied before the best one is taken.
// Each names a general way report sentences are built, not any one sentence.

export interface Ranked {
  score: number;
  local: boolean;
  /** span of the match in before + '\u0000' + after */
  at: number;
  len: number;
  term: Term;
}

type Entry = [string, Ranked];

const gateOf = (code: string): number => TOPIC_GATES.findIndex(([p]) => code.startsWith(p));
const overlaps = (a: Ranked, b: Ranked): boolean => a.at < b.at + b.len && b.at < a.at + a.len;

/**
 * @param ranked  local entries, best first (reordered and pruned in place)
 * @param confirmed  topic gates whose noun the sentence itself names
 * @param sep  where the number stands in before + '\u0000' + after
 */
export function preferWithinTopic(ranked: Entry[], confirmed: readonly boolean[], sep: number, unit: string, byCode: ReadonlyMap<string, Indicator>): void {
  if (ranked.length < 2 || !ranked[0][1].local) return;
  // "社情民意信息获得领导批示13篇": in a sentence about 社情民意 (or 提案) the sheet's own indicator owns a
  // cue that a 表1 indicator shares
  for (let g = 0; g < confirmed.length; g++) {
    if (!confirmed[g]) continue;
    const gated = ranked.filter(([c, v]) => v.local && gateOf(c) === g);
    if (!gated.length) continue;
    for (let i = ranked.length - 1; i >= 0; i--) {
      const [c, v] = ranked[i];
      if (v.local && gateOf(c) < 0 && gated.some(([, w]) => overlaps(v, w))) ranked.splice(i, 1);
    }
  }
  // "反映社情民意信息获得领导批示58篇", "编发社情民意信息200篇": a cue that holds the topic noun names the
  // subject; another cue of the same sheet next to the number names what is counted
  const [topCode, top] = ranked[0];
  const g = gateOf(topCode);
  if (g >= 0 && top.at < sep && TOPIC_GATES[g][1].test(top.term.parts.flat().join('|'))) {
    let nearer = -1;
    for (let i = 1; i < ranked.length; i++) {
      const [c, v] = ranked[i];
      // another cue standing nearer the number than the subject does, or a verb cue right before the
      // subject ("报送社情民意信息70多条")
      const noun = TOPIC_GATES[g][1].test(v.term.parts.flat().join('|'));
      const verbBefore = !noun && v.at < top.at && top.at - (v.at + v.len) <= 8;
      if (v.local && gateOf(c) === g && !overlaps(v, top) && (v.at > top.at || verbBefore)) {
        nearer = i; // the best scored of them
        break;
      }
    }
    if (nearer > 0) {
      const [e] = ranked.splice(nearer, 1);
      ranked.splice(0, 1, e);
    }
  }
  // "批示58篇、86件次": of two indicators found by the same words and counted in units of one family
  // (篇 and 件次), the one counted in the fact's own unit
  const [c0, t0] = ranked[0];
  const u0 = byCode.get(c0)?.unit;
  if (!u0 || u0 === unit || unitFamily(u0) !== unitFamily(unit)) return;
  const exact = ranked.findIndex(([c, v]) => v.local && c !== c0 && byCode.get(c)?.unit === unit && overlaps(v, t0));
  if (exact > 0) {
    const [e] = ranked.splice(exact, 1);
    ranked.splice(0, 1, e);
  }
}
