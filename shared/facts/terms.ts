import type { Indicator } from '../catalogue/schema';
import { EXTRA_CUES } from './cues';
import { toSimplified } from '../text/simplify';

/** A cue: one or more parts that must occur in order (起草…讲话); a part may list alternatives (讲话、报告). */
export interface Term {
  code: string;
  parts: string[][];
  /** total characters of the shortest alternative of every part */
  length: number;
  weight: number;
  /** indicators owning a cue that contains this one */
  owners: string[];
}

export interface TermIndex {
  terms: Term[];
  /** code → indicator */
  byCode: Map<string, Indicator>;
}

// Wording examples may carry notes ("(as an event held)") and unit hints ("…人次/件次/篇"); keep only words.
function parseWording(w: string): string[][] | null {
  const clean = toSimplified(w.replace(/\s*[(（][^)）]*[)）]\s*/g, '')).trim();
  const parts: string[][] = [];
  for (const raw of clean.split(/…+|\.\.\./)) {
    const p = raw.trim();
    if (!p) continue;
    if (/^[名人次件篇条个项期场户元万%\/]+$/.test(p) || p.includes('/')) continue; // unit hints
    const alts = p.split('、').map((s) => s.replace(/^[名人次件篇条个项期场户]/, '').trim()).filter((s) => s.length >= 2);
    if (alts.length) parts.push(alts);
  }
  return parts.length ? parts : null;
}

function labelTerms(label: string): string[] {
  return label
    .replace(/^.*?中：/, '')
    .split(/[、（）()]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
}

const GENERIC_TAIL = /(?:会议|会|学习|活动|工作)$/;

const cache = new WeakMap<readonly Indicator[], TermIndex>();

/**
 * Cues of every indicator, weighted by specificity: longer is better, and a cue that is (part of) several
 * indicators' cues counts less — so 议题/调研/建议 lose to 监督性议题/调研报告/意见建议.
 */
export function termIndex(catalogue: readonly Indicator[]): TermIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const terms: Term[] = [];
  const seen = new Set<string>();
  const add = (code: string, parts: string[][]) => {
    const key = code + '|' + parts.map((p) => p.join('、')).join('…');
    if (seen.has(key)) return;
    seen.add(key);
    const length = parts.reduce((n, p) => n + Math.min(...p.map((a) => a.length)), 0);
    terms.push({ code, parts, length, weight: 0, owners: [] });
  };
  for (const ind of catalogue) {
    for (const l of labelTerms(toSimplified(ind.label))) add(ind.code, [[l]]);
    for (const w of ind.wording) {
      const parts = parseWording(w);
      if (parts) add(ind.code, parts);
    }
    for (const c of EXTRA_CUES[ind.code] ?? []) {
      const parts = parseWording(c);
      if (parts) add(ind.code, parts);
    }
  }
  // the core of a long name without its generic tail: 理论学习中心组学习会 → 理论学习中心组 (matches
  // "理论学习中心组2024年第9次专题学习")
  for (const t of [...terms]) {
    if (t.parts.length !== 1 || t.parts[0].length !== 1) continue;
    let core = t.parts[0][0];
    while (GENERIC_TAIL.test(core) && core.replace(GENERIC_TAIL, '').length >= 5) core = core.replace(GENERIC_TAIL, '');
    if (core !== t.parts[0][0]) add(t.code, [[core]]);
  }
  // specificity: how many indicators own a cue containing this cue's text
  const flat = terms.map((t) => ({ code: t.code, words: t.parts.flat() }));
  for (const t of terms) {
    const head = t.parts.map((p) => p[0]).join('');
    const owners = new Set<string>();
    for (const f of flat) if (f.words.some((w) => w.includes(head))) owners.add(f.code);
    t.owners = [...owners];
    // a cue in several parts (收到…提案) needs all of them: more specific than its length says
    const span = t.length + (t.parts.length > 1 ? 1 : 0);
    t.weight = (span * span) / Math.max(1, owners.size);
  }
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const index = { terms, byCode };
  cache.set(catalogue, index);
  return index;
}

// 会见 (meets), 会同 (jointly with), 会商, 会签: a cue ending in 会 (主席会) does not name a meeting there
const NOT_AFTER_HUI = '见同商签';
const MEMBERS = /^议?成员/;

/**
 * Index of the first occurrence of cue word `alt` in `text` at or after `from` that names the thing itself:
 * not the start of another word (主席会见), nor a body's members (主席会议成员赴县调研).
 */
export function cueIndexOf(text: string, alt: string, from = 0): number {
  for (let i = text.indexOf(alt, from); i >= 0; i = text.indexOf(alt, i + 1)) {
    const next = text[i + alt.length] ?? '\u0000';
    if (alt.endsWith('会') && NOT_AFTER_HUI.includes(next)) continue;
    if ((alt.endsWith('会') || alt.endsWith('会议')) && MEMBERS.test(text.slice(i + alt.length, i + alt.length + 3))) continue;
    return i;
  }
  return -1;
}
