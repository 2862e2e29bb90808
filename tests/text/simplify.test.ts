import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toSimplified } from '../../shared/text/simplify';

describe('toSimplified', () => {
  it.each([
    ['全國政協召開遠程協商會', '全国政协召开远程协商会'],
    ['委員讀書室35間', '委员读书室35间'],
    ['為群眾辦實事1400多件', '为群众办实事1400多件'],
    ['獲得市黨政領導批示70多人次', '获得市党政领导批示70多人次'],
    ['已是简体', '已是简体'],
    ['ASCII only 123', 'ASCII only 123'],
  ])('%s → %s', (t, s) => {
    expect(toSimplified(t)).toBe(s);
  });

  it('keeps the length of any string (offsets stay valid)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => toSimplified(s).length === s.length),
      { numRuns: 300 },
    );
  });
});
