import type { Approx } from '../model';

// Approximation markers around a number: before it (超过1亿), between number and unit (1500余篇), after the unit (100人以上).

/** Markers that precede the number, longest first so 将近 wins over 近. */
// (bounds read as their side: 至少/不少于 a lower bound = over, 不超过/最多 an upper bound = under; 不超过 before 超过)
export const PREFIX_MARKERS: ReadonlyArray<readonly [string, Approx]> = [
  ['不少于', 'over'], ['不低于', 'over'], ['不超过', 'under'], ['不高于', 'under'], ['不多于', 'under'],
  ['将近', 'about'], ['大约', 'about'], ['约有', 'about'], ['约占', 'about'], ['约为', 'about'], ['接近', 'about'], ['超过', 'over'], ['突破', 'over'], ['不足', 'under'],
  ['不到', 'under'], ['多达', 'exact'], ['至少', 'over'], ['最少', 'over'], ['最多', 'under'], ['逾', 'over'], ['过', 'over'], ['超', 'over'], ['约', 'about'], ['近', 'about'],
];

/** Between the number (and 万/亿) and the unit. */
// (几 after a Chinese ten or hundred: 十几名, 二十几个, 一百几十 is no number)
// (来 likewise, and after a round Arabic number too: 二十来场, 百来条, 20来人 — "about")
export const INFIX_MARKERS: ReadonlyArray<readonly [string, Approx]> = [['余', 'over'], ['多', 'over'], ['几', 'over'], ['来', 'about']];

/** After the unit. 多 only follows ratio words (2倍多) — elsewhere it starts 多次/多家. */
export const SUFFIX_MARKERS: ReadonlyArray<readonly [string, Approx]> = [
  ['以上', 'over'], ['左右', 'about'], ['上下', 'about'], ['以下', 'under'], ['以内', 'under'], ['余', 'over'], ['多', 'over'],
];

/** Pick the marker that starts `text` at `pos` from a table. */
export function markerAt(text: string, pos: number, table: ReadonlyArray<readonly [string, Approx]>): readonly [string, Approx] | null {
  for (const m of table) if (text.startsWith(m[0], pos)) return m;
  return null;
}

/** The marker that ends right before `pos` (prefix markers). */
export function markerBefore(text: string, pos: number): readonly [string, Approx] | null {
  for (const m of PREFIX_MARKERS) {
    if (pos < m[0].length || !text.startsWith(m[0], pos - m[0].length)) continue;
    // 最近3次, 附近2个: 近 is "recent/nearby" there, not "nearly"
    if (m[0] === '近' && /[最附邻]/.test(text[pos - 2] ?? '')) return null;
    // 过百人, 过千名 (港澳 press): "over" only before a round 百/千/万, never the 过 of 通过/经过/超过
    if (m[0] === '过' && (!/^[百千万]/.test(text.slice(pos, pos + 1)) || /[通经超不度越路错]/.test(text[pos - 2] ?? ''))) return null;
    return m;
  }
  return null;
}

/** Combine markers: the first non-exact wins (a number carries one approximation). */
export function combine(...a: Array<Approx | null | undefined>): Approx {
  for (const x of a) if (x && x !== 'exact') return x;
  return 'exact';
}

// 至少参加1次, 最多安排3场: a bound a short verb away from the number still bounds it
const BOUND_BEFORE: ReadonlyArray<readonly [RegExp, Approx]> = [
  [/(?:至少|最少|不少于|不低于)[\u4e00-\u9fff]{1,3}$/, 'over'],
  [/(?:最多|不超过|不多于)[\u4e00-\u9fff]{1,3}$/, 'under'],
];

/** A bound (至少, 最多) that governs the number at `pos` across a verb of one to three chars ("至少参加 1 次"). */
export function boundBefore(text: string, pos: number): Approx | null {
  let p = pos;
  while (p > 0 && text[p - 1] === ' ') p--;
  const before = text.slice(Math.max(0, p - 6), p);
  for (const [re, a] of BOUND_BEFORE) if (re.test(before)) return a;
  return null;
}
