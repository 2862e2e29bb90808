import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, facets, pageOf, publishedDate, queryCaptures } from '@/shared/store/capture-query';
import { manyCaptures } from './many-captures';

// 300 pages in a draft: search by title or words, filter by kind, indicator and publication year, sort by date, page.

const all = manyCaptures('ZX-01|城中区政协|2025');
const q = (over: Partial<typeof EMPTY_QUERY>) => queryCaptures(all, { ...EMPTY_QUERY, ...over });

describe('queryCaptures over 300 pages', () => {
  it('sorts by publication date, newest first, undated pages last', () => {
    const dates = q({}).map(publishedDate);
    const dated = dates.filter(Boolean) as string[];
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    const asc = q({ sort: 'date-asc' }).map(publishedDate).filter(Boolean) as string[];
    expect(asc).toEqual([...asc].sort());
  });

  it('filters by year of publication, kind and indicator, and they combine', () => {
    const y2025 = q({ year: '2025' });
    expect(y2025.length).toBeGreaterThan(50);
    expect(y2025.every((c) => publishedDate(c)?.startsWith('2025'))).toBe(true);
    expect(q({ year: '-' }).every((c) => publishedDate(c) === null)).toBe(true);
    const lists = q({ kind: 'list' });
    expect(lists).toHaveLength(30);
    const chair = q({ indicator: 'mtg.chair' });
    expect(chair.length).toBe(all.filter((c) => c.capture.facts.some((f) => f.indicator === 'mtg.chair')).length);
    const both = q({ indicator: 'mtg.chair', year: '2024' });
    expect(both.every((c) => c.capture.facts.some((f) => f.indicator === 'mtg.chair') && publishedDate(c)?.startsWith('2024'))).toBe(true);
    expect(both.length).toBeLessThan(chair.length);
  });

  it('searches titles and page words, each word must match, pinyin glosses ignored', () => {
    expect(q({ text: '第42号' }).map((c) => c.capture.title)).toEqual([all[42].capture.title]);
    expect(q({ text: '政协委员履职' }).map((c) => c.capture.title)).toEqual([all[7].capture.title]);
    const words = q({ text: '培训 2025年' });
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((c) => c.capture.title.includes('2025年') || c.capture.text.includes('2025年'))).toBe(true);
    expect(q({ text: '没有这个词的页面' })).toEqual([]);
  });

  it('pages the list by 20 and clamps the page number', () => {
    const list = q({});
    expect(pageOf(list, 1).items).toHaveLength(20);
    expect(pageOf(list, 99)).toMatchObject({ page: 15, pages: 15 });
    expect(pageOf(list, 15).items).toHaveLength(20);
    expect(pageOf([], 3)).toEqual({ items: [], page: 1, pages: 1 });
  });

  it('offers the years, kinds and indicators present, with counts', () => {
    const f = facets(all);
    expect([...f.years.keys()].sort()).toEqual(['-', '2024', '2025', '2026']);
    expect([...f.years.values()].reduce((a, b) => a + b, 0)).toBe(300);
    expect(f.kinds.get('article')).toBe(270);
    expect(f.indicators.get('mtg.chair')).toBe(q({ indicator: 'mtg.chair' }).length);
  });
});
