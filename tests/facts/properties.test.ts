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

// Quantities packed against each other (the markers of one touching the next: "100万元以上万名", "3万余人次上千名"),
// with portal words between some of them.
const marker = fc.constantFrom('', '', '约', '近', '超过', '不足', '逾', '将近', '上');
const number = fc.constantFrom('1', '23', '100', '1500', '93.35', '3', '两', '十二', '一百五十', '千', '万', '百', '两三');
const big = fc.constantFrom('', '', '万', '亿', '余万', '多万');
const unit = fc.constantFrom('个', '次', '人次', '名', '件', '元', '篇', '场', '%', '期', '条', '人(次)');
const suffix = fc.constantFrom('', '', '余', '多', '以上', '以下', '左右', '上');
const quantity = fc.tuple(marker, number, big, unit, suffix).map((t) => t.join(''));
const filler = fc.constantFrom('', '', '', '，', '、', '。', '\n', '共', '收到提案', '委员', '以上', '上', '万', '千', '余', '年', '五年来', '2024年', '協(xié)', '提(ti)');
const packed = fc.array(fc.tuple(quantity, filler).map((t) => t.join('')), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

describe('facts never overlap', () => {
  it('on quantities packed against each other', () => {
    fc.assert(
      fc.property(packed, (raw) => {
        const facts = extractFacts(raw);
        for (let i = 1; i < facts.length; i++) expect(facts[i].start).toBeGreaterThanOrEqual(facts[i - 1].end);
        for (const f of facts) expect(raw.slice(f.start, f.end)).toBe(f.quote);
      }),
      { numRuns: 1000 },
    );
  });

  it('100万元以上万名: the shared 上 stays with the first fact', () => {
    const facts = extractFacts('资助100万元以上万名学生，共3万余人次上千名委员参加');
    expect(facts.map((f) => [f.quote, f.approx])).toEqual([['100万元以上', 'over'], ['3万余人次', 'over'], ['上千名', 'over']]);
  });
});

describe('scope and year properties', () => {
  it('every fact has a scope, and a span has no year', () => {
    fc.assert(
      fc.property(fc.oneof(packed, portalish), fc.constantFrom(null, '2025-01-08', '2024-11-30'), (raw, pageDate) => {
        for (const f of extractFacts(raw, { pageDate })) {
          expect(['year', 'span']).toContain(f.scope);
          if (f.scope === 'span') expect(f.year).toBeNull();
          if (f.year !== null) expect(f.year >= 1900 && f.year <= 2100).toBe(true);
        }
      }),
      { numRuns: 500 },
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
