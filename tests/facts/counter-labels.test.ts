import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';

// A label's colon before a counted number (阅读量：2,041次) is no clock time; 09:30 is.
describe('a label and its colon before a count', () => {
  it.each([
    // [text, value, unit, quote]
    ['閱讀量：2,041次', 2041, '次', '2,041次'],
    ['阅读量：2041次', 2041, '次', '2041次'],
    ['参会人数：120人', 120, '人', '120人'],
    ['收到提案:286件', 286, '件', '286件'],
    ['访问量1234次', 1234, '次', '1234次'],
  ] as const)('%s → %d %s', (text, value, unit, quote) => {
    const f = extractFacts(text);
    expect(f).toHaveLength(1);
    expect(f[0].value).toBe(value);
    expect(f[0].unit).toBe(unit);
    expect(f[0].quote).toBe(quote);
    expect(text.slice(f[0].start, f[0].end)).toBe(quote);
  });

  it.each([
    ['浏览次数：2318'], // a counter with no measure word
    ['会议于09:30次日召开'], // a time: digits on both sides of the colon
    ['发布时间：2024-05-06 10:30人'],
  ])('%s → no fact', (text) => {
    expect(extractFacts(text)).toHaveLength(0);
  });
});
