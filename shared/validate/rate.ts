// A written rate is a rounded number, so it stands for an interval (the XBRL Calc 1.1 idea): with d decimals
// as written, it matches a computed rate when |computed − written| <= 0.5 × 10^−d.

/** Decimals as written: JSON numbers keep no trailing zeros, so 93.3 → 1, 100 → 0, 99.84 → 2. */
export function decimalsWritten(n: number): number {
  const s = String(n);
  const exp = /e-(\d+)$/.exec(s);
  if (exp) {
    const mantissa = s.slice(0, s.indexOf('e'));
    return Number(exp[1]) + (mantissa.split('.')[1]?.length ?? 0);
  }
  return s.split('.')[1]?.length ?? 0;
}

/** Whether a written rate is the computed one rounded to the written decimals. */
export function rateMatches(written: number, computed: number): boolean {
  const half = 0.5 * 10 ** -decimalsWritten(written);
  // 1e-9 absorbs binary float noise at the exact half-way point (93.35 vs 93.3 ± 0.05).
  return Math.abs(computed - written) <= half + 1e-9;
}
