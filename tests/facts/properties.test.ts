import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFacts } from '../../shared/facts/extract';
import { normalizeText } from '../../shared/text/normalize';
import { FactSchema } from '../../shared/model';

// Pieces real portal text is made of, so random strings hit the interesting paths (numbers next to units, markers, quotes).
const piece = fc.constantFrom(
  '1', '23', '1500', '93.35', '１２', '两', '十二', '一百五十', '百分之', '万', '亿', '余', '多', '约', '近', '超过', '不足', '以上',
  '左右', '个', '次', '场次', '人(次)', '人（次）', '篇', '名', '%', '%%', '元', '第', '届', '每', '一', '“', '”', '"', '《', '》',
  '、', '，', ',', ',,', '。', '\n', '\n\n', ' ', '\u3000', '\u200b', '至', '-', '～', '協(xié)', '會議', '委员', '提案', '社情民意',
  '立案', '收集', '等', '和', '培训班', '联系点', '批示', '(', ')', '：', ':', '·', '上', '千', '两三', '议题', '\ud800', '😀',
);
const portalish = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), portalish);

describe('extractFacts properties', () => {
  it('never throws and always returns valid, quotable spans', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const facts = extractFacts(raw);
        for (const f of facts) {
          expect(FactSchema.safeParse(f).success).toBe(true);
          expect(0 <= f.start && f.start < f.end && f.end <= raw.length).toBe(true);
          expect(raw.slice(f.start, f.end)).toBe(f.quote);
          expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('spans do not overlap and come in text order', () => {
    fc.assert(
      fc.property(portalish, (raw) => {
        const facts = extractFacts(raw);
        for (let i = 1; i < facts.length; i++) expect(facts[i].start).toBeGreaterThanOrEqual(facts[i - 1].end);
      }),
      { numRuns: 800 },
    );
  });
});

describe('normalizeText properties', () => {
  it('map is non-decreasing, in range, and ends at raw.length', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { text, map } = normalizeText(raw);
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(raw.length);
        for (let i = 0; i < text.length; i++) {
          expect(map[i] >= 0 && map[i] < raw.length).toBe(true);
          if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
