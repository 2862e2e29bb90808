import { describe, expect, it } from 'vitest';
import { withoutGlosses } from '@/shared/store/display';

// Titles are shown without pinyin glosses; bracketed words that are not readings stay.

describe('withoutGlosses', () => {
  it.each([
    ['政協(xié)委员', '政協委员'],
    ['提(ti)案办理协商会', '提案办理协商会'],
    ['政协（zhèng xié）工作', '政协工作'],
    ['召开协(xie2)商会', '召开协商会'],
    ['全国政协(CPPCC)代表团', '全国政协(CPPCC)代表团'],
    ['关于(2025)第3号提案', '关于(2025)第3号提案'],
    ['政协(试行)办法', '政协(试行)办法'],
    ['委员(app)使用培训', '委员(app)使用培训'],
    ['no gloss (xié) after latin', 'no gloss (xié) after latin'],
  ])('%s → %s', (raw, shown) => {
    expect(withoutGlosses(raw)).toBe(shown);
  });
});
