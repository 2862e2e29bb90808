import { describe, expect, it } from 'vitest';
import { withoutGlosses } from '@/shared/store/display';

// Titles are shown without pinyin glosses; bracketed words that are not readings stay.

describe('withoutGlosses', () => {
  it.each([
    ['政協(xié)委员', '政協委员'],
    ['提(ti)案办理协商会', '提案办理协商会'],
    ['黨組理論學(xué)習(xí)中心組', '黨組理論學習中心組'],
    ['召開遠(yuǎn)程協(xié)商會 廣西設(shè)分會場', '召開遠程協商會 廣西設分會場'],
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

describe('withoutGlosses on the sample portal', () => {
  it('leaves no pinyin gloss in any headline of the sample list pages', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const titles = ['list.html', 'list_2.html'].flatMap((f) =>
      [...readFileSync(join(import.meta.dirname, '../fixtures/portal', f), 'utf8').matchAll(/title="([^"]+)"/g)].map((m) => m[1]),
    );
    const glossed = titles.filter((t) => /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/.test(t));
    expect(glossed.length).toBeGreaterThan(3);
    for (const t of glossed) expect([t, withoutGlosses(t)]).toEqual([t, expect.not.stringMatching(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/)]);
  });
});
