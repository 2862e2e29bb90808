import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, parseNumber } from '../../shared/text/numerals';

describe('parseNumber', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百五十', 150],
    ['五千一百五十八', 5158],
    ['二百零一', 201],
    ['一千零八', 1008],
    ['三万五千', 35000],
    ['一亿', 1e8],
    ['百分之九十八', 98],
    ['百分之5', 5],
    ['1.5万', 15000],
    ['93.35万', 933500],
    ['23.05万', 230500],
    ['3亿', 3e8],
    ['１２', 12],
    ['1,500', 1500],
    ['二〇二五', 2025],
    ['廿四', 24],
    ['廿', 20],
    ['卅五', 35],
    ['三点五', 3.5],
    ['九十八点六', 98.6],
    ['一点二万', 12000],
    ['百分之九十七点五', 97.5],
  ])('%s → %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each(['', '若干', 'abc', '第一', '点五', '三点', '一万点五'])('%s is not a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });

  it('reads 千/百 after Arabic digits', () => {
    expect(parseArabic('3', '千万')).toBe(30000000);
    expect(parseArabic('1.2', '千')).toBe(1200);
  });

  it('rejects chars outside the numeral set', () => {
    expect(parseChineseNumeral('十五五x')).toBeNull();
  });
});
