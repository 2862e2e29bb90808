import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { termIndex, type Term } from './terms';
import { candidateCues, cueTables, unitTable } from './cue-tables';
import { AWARD_QUALIFIERS, TOPIC_GATES } from './cues';
import { unitFamily } from './units';

/** The words around one number, in normalised simplified text. */
export interface FactContext {
  /** from the previous fact (or clause start) up to the number */
  before: string;
  /** from the unit up to the next fact (or clause end) */
  after: string;
  /** "A和B参训": the words after the last of a run of parallel quantities, used when A's own words name nothing */
  tail?: string;
  /** the whole sentence, for distant cues */
  sentence: string;
  /** the sentence after the unit ("围绕40多个议题…开展微协商活动") */
  rest?: string;
  /** the sentence and what precedes it in the paragraph, for topic words (提案, 社情民意); defaults to sentence */
  topic?: string;
  unit: string;
  value: number;
  /** the number was the word 一 */
  indefiniteOne?: boolean;
}

interface Match {
  score: number;
  local: boolean;
  /** span of the match in before + '\u0000' + after (local matches only) */
  at: number;
  len: number;
}

/**
 * Best position-weighted match of a term: 1.3 right after the unit, 1.2 right before the number, decaying with distance.
 * `local2` is before + '\u0000' + after and `sep` the length of before.
 */
function termScore(t: Term, ctx: FactContext, local2: string, sep: number, fit: number): Match {
  let best = 0;
  let local = false;
  let at = -1;
  let len = 0;
  const last = t.parts.length - 1;
  for (const alt of t.parts[last]) {
    // last part decides the position; earlier parts must precede it in the same window
    let from = 0;
    for (;;) {
      const i = local2.indexOf(alt, from);
      if (i < 0) break;
      from = i + 1;
      if (last > 0 && !earlierParts(t, local2, i)) continue;
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
    if (!local && ctx.sentence.includes(alt) && t.parts.every((p, j) => j === last || p.some((a) => ctx.sentence.includes(a)))) best = Math.max(best, 0.3);
  }
  return { score: best * t.weight, local, at, len };
}

/** Every part but the last occurs wholly before position `end` of `text`. */
function earlierParts(t: Term, text: string, end: number): boolean {
  for (let j = 0; j < t.parts.length - 1; j++) {
    if (!t.parts[j].some((a) => {
      const k = text.indexOf(a);
      return k >= 0 && k + a.length <= end;
    })) return false;
  }
  return true;
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
    if (r.code) return topicsOfActivity(ctx, r, catalogue);
  }
  let r = rankWith(ctx, ctx.before, catalogue);
  if (!r.code && ctx.tail) r = rankWith({ ...ctx, after: ctx.after + ctx.tail }, ctx.before, catalogue);
  return topicsOfActivity(ctx, r, catalogue);
}

/**
 * "围绕9个议题开展专项民主监督", "等40多个议题…开展微协商活动": topics are counted as the activity held on
 * them, when the sentence goes on to name an event indicator.
 */
function topicsOfActivity(ctx: FactContext, r: Ranking, catalogue: readonly Indicator[]): Ranking {
  if (!/^(?:议题|主题)/.test(ctx.after) || !ctx.rest) return r;
  const { terms, byCode } = termIndex(catalogue);
  let best: { code: string; weight: number; at: number } | null = null;
  for (const t of terms) {
    const ind = byCode.get(t.code);
    if (!ind || t.parts.length !== 1 || t.length < 3 || unitFamily(ind.unit) !== 'events') continue;
    for (const alt of t.parts[0]) {
      const at = ctx.rest.indexOf(alt);
      if (at >= 0 && (!best || at < best.at || (at === best.at && t.weight > best.weight))) best = { code: t.code, weight: t.weight, at };
    }
  }
  return best ? { ...r, code: best.code } : r;
}

function rankWith(ctx: FactContext, before: string, catalogue: readonly Indicator[]): Ranking {
  const none = (ranked: Ranking['ranked'] = []): Ranking => ({ code: null, ranked });
  const tables = cueTables(catalogue);
  const { terms, byCode } = tables;
  const scores = new Map<string, Match & { term: Term }>();
  const award = AWARD_QUALIFIERS.exec(ctx.after);
  // only cues whose last part can start somewhere around the number are scored
  const candidates = candidateCues(tables, ctx.sentence, [before, ctx.after]);
  const unit = unitTable(tables, ctx.unit);
  const local2 = before + '\u0000' + ctx.after;
  // topic gates, tested once per fact: [passes, confirmed by the sentence itself]
  const gates: Array<[boolean, boolean] | undefined> = [];
  for (let k = 0; k < terms.length; k++) {
    if (candidates[k] === 0) continue;
    const fit = unit.fit[k];
    if (fit === 0) continue;
    const t = terms[k];
    const g = tables.gate[k];
    let confirmed = false;
    if (g >= 0) {
      const re = TOPIC_GATES[g][1];
      const st = (gates[g] ??= [re.test(ctx.topic ?? ctx.sentence), re.test(ctx.sentence)]);
      if (!st[0]) continue;
      confirmed = st[1];
    }
    const m = termScore(t, ctx, local2, before.length, fit);
    if (m.score === 0) continue;
    // specificity among the indicators this unit can count: 监督 is generic, but only one people-indicator owns it
    m.score *= unit.spec[k];
    if (award && !t.parts.flat().some((w) => w.includes(award[0]))) continue;
    // a topic word in the sentence itself confirms the gated sheet (社情民意 → 表3 rather than 表1)
    const s = m.score * fit * (confirmed ? 1.25 : 1);
    const prev = scores.get(t.code);
    // a match next to the number beats any match elsewhere in the sentence
    if (!prev || (m.local && !prev.local) || (m.local === prev.local && s > prev.score)) scores.set(t.code, { ...m, score: s, term: t });
  }
  const all = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  // words next to the number outrank words elsewhere in the sentence, whatever their length
  const local = all.filter(([, v]) => v.local);
  const ranked = local.length ? local : all;
  if (ranked.length === 0) return none(all);
  const [code, top] = ranked[0];
  if (top.score < (top.local ? LOCAL_MIN : SENTENCE_MIN)) return none(all);
  const text = (t: Term) => tables.text.get(t) ?? '';
  const second = ranked.find(
    ([c, v]) => c !== code && byCode.get(c)?.parent !== code && byCode.get(code)?.parent !== c && !text(top.term).includes(text(v.term)),
  );
  if (second && second[1].local) {
    // two activities named side by side (专题协商和视察调研活动) → the number counts both: no single indicator
    if (second[1].score >= 0.8 * top.score) return none(all);
    const [a, b] = top.at < second[1].at ? [top, second[1]] : [second[1], top];
    if (/^[和及与、]$/.test(local2.slice(a.at + a.len, b.at))) return none(all);
  }
  return { code, ranked: all };
}

export { classifyTitle } from './title';
