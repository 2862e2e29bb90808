import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeFully, normalizeText, normalizedText } from '../../shared/text/normalize';

// normalizeText returns text it knows no pass would change as it is (headlines, table cells): the
// shortcut must give exactly what the passes give, on every char it lets through and every one next
// to them that a pass acts on.

/** Chars around every edge of the shortcut: brackets, commas, %, spaces, full-width forms, quotes, traditional. */
const EDGE = [
  '政', '协', '會', '議', '(', ')', '（', '）', ',', '，', '、', '。', '；', ';', ':', '：', '%', '％', ' ', '\u3000', '\n', '\r', '\t',
  'a', 'x', 'i', 'é', 'A', '1', '２', '．', '.', '！', '？', '【', '】', '“', '”', '—', '…', '·', '\u00a0', '\u200b', '\u2028', '〇', '\uff5f', '\uff01',
];
const text = fc.array(fc.oneof(fc.constantFrom(...EDGE), fc.constantFrom('ti', 'li', 'xié', '案', '政协委员')), { maxLength: 24 }).map((a) => a.join(''));

describe('normalizeText shortcut', () => {
  it('agrees with the full passes on text made of the edge chars', () => {
    fc.assert(
      fc.property(text, (s) => {
        const fast = normalizeText(s);
        const full = normalizeFully(s);
        expect(fast.text).toBe(full.text);
        expect(normalizedText(s)).toBe(full.text);
        expect([...fast.map]).toEqual([...full.map]);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on every BMP char alone and after an ideograph', () => {
    const differ: string[] = [];
    for (let c = 0x20; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      for (const s of [String.fromCharCode(c), '协' + String.fromCharCode(c) + 'ti)案']) {
        const fast = normalizeText(s);
        const full = normalizeFully(s);
        if (fast.text !== full.text || normalizedText(s) !== full.text || fast.map.join() !== full.map.join()) differ.push(s);
      }
    }
    expect(differ).toEqual([]);
  });

  it('takes real headlines as they are', () => {
    for (const h of ['市政协召开专题协商会议推进民生实事', '关于加强第12项民生工作的建议', '“委员工作室”揭牌（2024年）']) {
      expect(normalizeText(h).text).toBe(h);
    }
  });
});
