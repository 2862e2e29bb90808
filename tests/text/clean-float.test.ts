import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanFloat } from '../../shared/text/numerals';

// cleanFloat returns whole numbers below 10^12 as they are, without the toPrecision round trip: the
// same value the round trip gives, for them and for everything else.

const roundTrip = (x: number) => (Number.isFinite(x) ? Number.parseFloat(x.toPrecision(12)) : x);

describe('cleanFloat', () => {
  it('gives what rounding to 12 significant digits gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e6, max: 1e13 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 1e12, 1e12 - 1, 1e12 + 1, 2 ** 53, 93.35 * 10000)), (x) => {
        expect(Object.is(cleanFloat(x), roundTrip(x))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('still rounds away binary noise', () => {
    expect(cleanFloat(93.35 * 10000)).toBe(933500);
    expect(cleanFloat(1234567890123)).toBe(1234567890120);
  });
});
