import type { Indicator } from '../catalogue/schema';
import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { normalizedText } from '../text/normalize';
import { cueIndexOf } from './terms';
import { cueTables, cuesIn } from './cue-tables';
import { unitFamily } from './units';
import { unqualified } from './cues';
import { JOINED, OPENED_AFTER, WITHIN, OPENING, isOtherBodys, ofOtherBody, rewriteHeadline, sessionHeadline } from './title-rules';

const isEvent = (ind: Indicator | undefined): boolean => !!ind && ind.kind === 'count' && unitFamily(ind.unit) === 'events';
// things set up once and then counted (委员工作室 个): a headline opening one is one record of it
const isOpened = (ind: Indicator | undefined): boolean =>
  !!ind && ind.kind === 'count' && (unitFamily(ind.unit) === 'items' || unitFamily(ind.unit) === 'places');

// Headlines name an activity; the measure word is implicit (one event).
const HEADLINE_MIN = 2;
const PLENARY = 'mtg.plenary';

/** Per cue of a catalogue: event (1) or opened thing (2) or neither (0), and its weight among event cues. */
interface TitleCues {
  kind: Uint8Array;
  weight: Float64Array;
}
const titleCache = new WeakMap<object, TitleCues>();

function titleCues(tables: ReturnType<typeof cueTables>): TitleCues {
  const hit = titleCache.get(tables);
  if (hit) return hit;
  const { terms, byCode } = tables;
  const kind = new Uint8Array(terms.length);
  const weight = new Float64Array(terms.length);
  terms.forEach((t, k) => {
    const ind = byCode.get(t.code);
    kind[k] = isEvent(ind) ? 1 : isOpened(ind) ? 2 : 0;
    // specificity among event indicators only (调研 is shared with 调研报告/调研课题, which are not events)
    const owners = t.owners.filter((o) => o === t.code || isEvent(byCode.get(o))).length;
    weight[k] = (t.weight * Math.max(1, t.owners.length)) / Math.max(1, owners);
  });
  const cues = { kind, weight };
  titleCache.set(tables, cues);
  return cues;
}

interface Hit {
  score: number;
  start: number;
  end: number;
  /** the cue stands inside quotation marks: the name of a campaign or theme (“有事好商量”协商议事月), not the event held */
  quoted: boolean;
}

/** Whether position `at` lies inside “…” / 「…」 / "…" quotation marks. */
function quotedAt(text: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '“' || c === '「' || c === '『') open = true;
    else if (c === '”' || c === '」' || c === '』') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** The indicator a headline reports one instance of (a 远程协商会 headline → con.remote), or null. */
export function classifyTitle(title: string, catalogue: readonly Indicator[] = STANDARD_CATALOGUE): string | null {
  const text = rewriteHeadline(normalizedText(title).replace(/\s+/g, ''));
  if (isOtherBodys(text)) return null;
  const tables = cueTables(catalogue);
  const { terms, byCode } = tables;
  // only cues whose words can occur in the headline are tried (most headlines hold a few of hundreds)
  const candidates = cuesIn(tables, text);
  const session = sessionHeadline(text);
  if (session === 'plenary' && byCode.has(PLENARY)) return PLENARY;
  const { kind, weight } = titleCues(tables);
  const opening = OPENING.test(text);
  const scores = new Map<string, Hit>();
  for (const k of candidates) {
    const t = terms[k];
    // a headline is one event (meetings, consultations, visits) or one thing opened
    if (kind[k] !== 1 && !(opening && kind[k] === 2)) continue;
    if (session === 'part' && t.code === PLENARY) continue;
    if (unqualified(t.parts, text)) continue;
    let pos = 0;
    let start = -1;
    let end = -1;
    let ok = true;
    for (const part of t.parts) {
      let at = -1;
      let len = 0;
      for (const a of part) {
        let i = cueIndexOf(text, a, pos);
        while (i >= 0 && ofOtherBody(text, i)) i = cueIndexOf(text, a, i + 1);
        if (i >= 0 && (at < 0 || i < at)) [at, len] = [i, a.length];
      }
      if (at < 0) {
        ok = false;
        break;
      }
      if (start < 0) start = at;
      end = at + len;
      pos = at + 1;
    }
    if (!ok) continue;
    if (kind[k] !== 1 && !OPENED_AFTER.test(text.slice(end))) continue;
    // earlier mention = the headline's main event ("在…座谈会上强调")
    const score = weight[k] + 1 / (1 + pos);
    const quoted = quotedAt(text, start);
    const prev = scores.get(t.code);
    if (!prev || (prev.quoted && !quoted) || (prev.quoted === quoted && score > prev.score)) scores.set(t.code, { score, start, end, quoted });
  }
  // the event held is named outside the quotation marks when it is named there at all
  if ([...scores.values()].some((h) => !h.quoted && h.score >= HEADLINE_MIN)) for (const [code, h] of scores) if (h.quoted) scores.delete(code);
  let best: { code: string; hit: Hit } | null = null;
  let tie = false;
  for (const [code, hit] of scores) {
    if (!best || hit.score > best.hit.score) {
      tie = !!best && best.hit.score === hit.score;
      best = { code, hit };
    } else if (hit.score === best.hit.score) tie = true;
  }
  // two events scored alike: the headline does not say which one it reports
  if (tie || !best || best.hit.score < HEADLINE_MIN) return null;
  let code = best.code;
  for (const [other, hit] of scores) {
    if (other === best.code || hit.score < HEADLINE_MIN) continue;
    const [a, b] = hit.start < best.hit.start ? [hit, best.hit] : [best.hit, hit];
    const between = text.slice(a.end, b.start);
    // two events named side by side (主席会议和秘书长会议): the headline reports both
    if (JOINED.test(between)) return null;
    // 调研并召开座谈会: the meeting is part of the earlier activity
    if (WITHIN.test(between) && a === hit) code = other;
  }
  return code;
}
