import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimalsWritten, rateMatches } from '../../shared/validate/rate';

describe('decimals as written', () => {
  it.each([
    [93.3, 1],
    [100, 0],
    [99.84, 2],
    [87.2, 1],
    [0, 0],
    [1e-7, 7],
    [1.5e-7, 8],
  ])('%s has %i decimals', (n, d) => expect(decimalsWritten(n)).toBe(d));
});

describe('a written rate matches a computed one within half its last decimal (standard README)', () => {
  it.each([
    [97, 96.6, true],
    [93.6, 93.58, true],
    [100, 99.2, false],
    [100, 99.5, true],
    [99.84, (100 * 5044) / 5052, true],
    [87.2, (100 * 349) / 400, true], // 87.25, the edge
    [93.3, (100 * 236) / 254, false],
    [23.91, (100 * 22) / 92, true],
    [2.17, (100 * 2) / 92, true],
  ])('%s vs %s → %s', (written, computed, ok) => expect(rateMatches(written, computed)).toBe(ok));

  it('accepts any count ratio rounded to 0, 1 or 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 2 }), (a, b, d) => {
        const n = Math.min(a, b);
        const computed = (100 * n) / b;
        const written = Number(computed.toFixed(d));
        return rateMatches(written, computed);
      }),
    );
  });

  it('rejects a rate one unit of its last decimal beyond the rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (a, b) => {
        const computed = (100 * Math.min(a, b)) / b;
        const written = Number((Math.round(computed * 10) / 10 + 0.2).toFixed(1));
        fc.pre(!Number.isInteger(written)); // 50.0 is written 50: d = 0, a wider interval
        return !rateMatches(written, computed);
      }),
    );
  });
});
