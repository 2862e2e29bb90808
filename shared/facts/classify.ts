import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { toSimplified } from '../text/simplify';
import { normalizeText } from '../text/normalize';
import { termIndex, type Term } from './terms';
import { unitFamily, type UnitFamily } from './units';
import { AWARD_QUALIFIERS, TOPIC_GATES } from './cues';

/** The words around one number, in normalised simplified text. */
export interface FactContext {
  /** from the previous fact (or clause start) up to the number */
  before: string;
  /** from the unit up to the next fact (or clause end) */
  after: string;
  /** the whole sentence, for topic words and distant cues */
  sentence: string;
  unit: string;
  value: number;
  /** the number was the word 一 */
  indefiniteOne?: boolean;
}

/** How well a fact's unit fits an indicator's unit: 1 same family, <1 a usual crossing, 0 never. */
function unitFit(factUnit: string, ind: Indicator, hinted: Set<string> | undefined): number {
  if (factUnit === ind.unit || hinted?.has(factUnit)) return 1;
  const f = unitFamily(factUnit);
  const i = unitFamily(ind.unit);
  if (f === 'rate' || i === 'rate' || f === 'money' || i === 'money') return 0;
  if (f === 'other' || f === 'orgs' || f === 'places' || f === 'things') return 0;
  if (f === i) return 1;
  if (f === 'items') return i === 'people' ? 0 : 0.6; // 个/项 count anything but people
  if ((f === 'documents' && i === 'items') || (f === 'events' && i === 'items')) return 0.6;
  if ((f === 'documents' && i === 'events') || (f === 'events' && i === 'documents')) return 0.3;
  return 0;
}

// units an indicator's wording explicitly allows ("…人次/件次/篇")
const hintCache = new WeakMap<Indicator, Set<string>>();
function unitHints(ind: Indicator): Set<string> {
  let s = hintCache.get(ind);
  if (!s) {
    s = new Set();
    for (const w of ind.wording) for (const m of w.matchAll(/([人件]次|[篇件条名人个项次场期])(?=\/|$)/g)) if (w.includes('/')) s.add(toSimplified(m[1]));
    hintCache.set(ind, s);
  }
  return s;
}

/** Best position-weighted match of a term: 1.3 right after the unit, 1.2 right before the number, decaying with distance. */
interface Match {
  score: number;
  local: boolean;
  /** span of the match in before + '\u0000' + after (local matches only) */
  at: number;
  len: number;
}

function termScore(t: Term, ctx: FactContext, beforeText: string, fit: number): Match {
  let best = 0;
  let local = false;
  let at = -1;
  let len = 0;
  const local2 = beforeText + '\u0000' + ctx.after;
  const sep = beforeText.length;
  for (const alt of t.parts[t.parts.length - 1]) {
    // last part decides the position; earlier parts must precede it in the same window
    const other = t.parts.slice(0, -1);
    let from = 0;
    for (;;) {
      const i = local2.indexOf(alt, from);
      if (i < 0) break;
      from = i + 1;
      const prefix = local2.slice(0, i);
      if (!other.every((p) => p.some((a) => prefix.includes(a)) || p.some((a) => ctx.sentence.includes(a)))) continue;
      let s: number;
      if (i > sep) {
        const d = i - sep - 1;
        s = d === 0 ? 1.3 : Math.max(0.5, 1 - 0.03 * d);
      } else {
        const d = sep - (i + alt.length);
        if (d < 0) continue;
        // "调研报告协商讨论会4次": a meeting noun between the cue and the number is what is counted
        if (fit < 1 && local2.slice(i + alt.length, sep).includes('会')) continue;
        s = d === 0 ? 1.2 : Math.max(0.5, 1 - 0.03 * d);
      }
      if (s > best) {
        best = s;
        local = true;
        at = i;
        len = alt.length;
      }
    }
    if (!local && ctx.sentence.includes(alt) && other.every((p) => p.some((a) => ctx.sentence.includes(a)))) best = Math.max(best, 0.3);
  }
  return { score: best * t.weight, local, at, len };
}

const LOCAL_MIN = 1.5;
const SENTENCE_MIN = 10;

/** The indicator a quantity counts, from the words around it; null when none fits or two fit equally. */
export function classifyFactContext(ctx: FactContext, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): string | null {
  return rankIndicators(ctx, catalogue).code;
}

export interface Ranking {
  code: string | null;
  ranked: Array<[string, Match & { term: Term }]>;
}

/** Scores of every indicator for a context (the classifier's reasoning, for tests and debugging). */
export function rankIndicators(ctx: FactContext, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): Ranking {
  const none = (ranked: Ranking['ranked'] = []): Ranking => ({ code: null, ranked });
  if (ctx.indefiniteOne) return none(); // 提一条建议, 撰写一篇: a per-person norm, not a tally
  if (ctx.value === 1 && /每[年月季周天日人]|每季度|每半年/.test(ctx.before)) return none();
  const cut = ctx.before.lastIndexOf('等');
  // "A、B等N项制度": what precedes 等 are examples; the counted thing comes after 等. Fall back to the
  // examples when nothing else names it ("起草讲话、报告等132篇").
  if (cut >= 0) {
    const r = rankWith(ctx, ctx.before.slice(cut + 1), catalogue);
    if (r.code) return r;
  }
  return rankWith(ctx, ctx.before, catalogue);
}

function rankWith(ctx: FactContext, before: string, catalogue: readonly Indicator[]): Ranking {
  const none = (ranked: Ranking['ranked'] = []): Ranking => ({ code: null, ranked });
  const { terms, byCode } = termIndex(catalogue);
  const scores = new Map<string, Match & { term: Term }>();
  const award = AWARD_QUALIFIERS.exec(ctx.after);
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind) continue;
    const fit = unitFit(ctx.unit, ind, unitHints(ind));
    if (fit === 0) continue;
    const gate = TOPIC_GATES.find(([p]) => t.code.startsWith(p));
    if (gate && !gate[1].test(ctx.sentence)) continue;
    const m = termScore(t, ctx, before, fit);
    if (m.score === 0) continue;
    if (award && !t.parts.flat().some((w) => w.includes(award[0]))) continue;
    // a topic word in the sentence confirms the gated sheet (社情民意 → 表3 rather than 表1)
    const s = m.score * fit * (gate ? 1.25 : 1);
    const prev = scores.get(t.code);
    if (!prev || s > prev.score) scores.set(t.code, { ...m, score: s, term: t });
  }
  const all = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  // words next to the number outrank words elsewhere in the sentence, whatever their length
  const local = all.filter(([, v]) => v.local);
  const ranked = local.length ? local : all;
  if (ranked.length === 0) return none(all);
  const [code, top] = ranked[0];
  if (top.score < (top.local ? LOCAL_MIN : SENTENCE_MIN)) return none(all);
  const text = (t: Term) => t.parts.flat().join('|');
  const second = ranked.find(
    ([c, v]) => c !== code && byCode.get(c)?.parent !== code && byCode.get(code)?.parent !== c && !text(top.term).includes(text(v.term)),
  );
  if (second && second[1].local) {
    // two activities named side by side (专题协商和视察调研活动) → the number counts both: no single indicator
    if (second[1].score >= 0.8 * top.score) return none(all);
    const local2 = before + '\u0000' + ctx.after;
    const [a, b] = top.at < second[1].at ? [top, second[1]] : [second[1], top];
    if (/^[和及与、]$/.test(local2.slice(a.at + a.len, b.at))) return none(all);
  }
  return { code, ranked: all };
}

// Headlines name an activity; the measure word is implicit (one event).
const HEADLINE_MIN = 3;

/** The indicator a headline reports one instance of (a 远程协商会 headline → con.remote), or null. */
export function classifyTitle(title: string, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): string | null {
  const text = normalizeText(title).text.replace(/\s+/g, '');
  const { terms, byCode } = termIndex(catalogue);
  let best: { code: string; score: number } | null = null;
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || ind.kind !== 'count') continue;
    const fam: UnitFamily = unitFamily(ind.unit);
    if (fam !== 'events') continue; // a headline is one event: meetings, consultations, visits
    let pos = 0;
    let ok = true;
    for (const part of t.parts) {
      const hits = part.map((a) => text.indexOf(a, pos)).filter((i) => i >= 0);
      if (!hits.length) {
        ok = false;
        break;
      }
      pos = Math.min(...hits) + 1;
    }
    if (!ok) continue;
    // earlier mention = the headline's main event ("在…座谈会上强调")
    const score = t.weight + 1 / (1 + pos);
    if (!best || score > best.score) best = { code: t.code, score };
  }
  return best && best.score >= HEADLINE_MIN ? best.code : null;
}
