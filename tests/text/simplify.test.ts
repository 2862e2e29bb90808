import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { toSimplified } from '../../shared/text/simplify';

describe('toSimplified', () => {
  it.each([
    ['全國政協召開遠程協商會', '全国政协召开远程协商会'],
    ['委員讀書室35間', '委员读书室35间'],
    ['為群眾辦實事1400多件', '为群众办实事1400多件'],
    ['獲得市黨政領導批示70多人次', '获得市党政领导批示70多人次'],
    ['提案辦覆率100%，函覆委員', '提案办复率100%，函复委员'],
    ['批覆3件，覆蓋全市', '批复3件，覆盖全市'],
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

// toSimplified runs opencc's tries itself (flat first-char tables, no work when nothing matches); it must
// convert exactly as opencc's own converter over the same dictionaries.
describe('toSimplified agrees with opencc', () => {
  const opencc = ConverterFactory([...fromTw, ...fromHk] as never, toCn as never);
  it.each([
    '乾隆年間的著名學者著書立說',
    '這裡有個裏面的麵包和一隻貓',
    '香港特區政府於週一發佈公告，市民須於限期前登記',
    '委員對辦理結果滿意和基本滿意的佔99.2%',
    '⿰木木是異體字的描述序列',
    '𠀀與𡘙裏面的擴展字符',
    '发展着的简体中文不应改变',
    'ASCII only, 123 and 「引號」',
  ])('%s', (t) => {
    const want = opencc(t);
    // where opencc changes the length, toSimplified keeps it char by char instead
    if (want.length === t.length) expect(toSimplified(t)).toBe(want);
    else expect(toSimplified(t)).toHaveLength(t.length);
  });

  it('on random CJK text', () => {
    const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(
      fc.property(cjk, (s) => {
        const want = opencc(s);
        return want.length !== s.length || toSimplified(s) === want;
      }),
      { numRuns: 300 },
    );
  });
});
