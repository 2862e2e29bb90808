import { describe, expect, it } from 'vitest';
import { runBatch, type BatchProgress } from '@/shared/store/batch';

const items = Array.from({ length: 10 }, (_, i) => ({ url: `http://127.0.0.1/news/${i}.html`, title: `第${i}篇` }));

describe('runBatch', () => {
  it('never runs more than 4 fetches at once, skips captured pages and lists failures', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: string[] = [];
    const progress: BatchProgress[] = [];
    const result = await runBatch([...items, items[0]], {
      concurrency: 8,
      isCaptured: (u) => u.endsWith('/1.html') || u.endsWith('/2.html'),
      capture: async (item) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        seen.push(item.url);
        if (item.url.endsWith('/7.html')) throw new Error('网站返回错误 500');
      },
      onProgress: (p) => progress.push(p),
    });
    expect(peak).toBe(4);
    expect(result).toMatchObject({ total: 10, done: 10, saved: 7, skipped: 2, running: false });
    expect(result.failed).toEqual([{ url: 'http://127.0.0.1/news/7.html', title: '第7篇', message: '网站返回错误 500' }]);
    expect(seen).toHaveLength(8);
    expect(progress.at(-1)?.running).toBe(false);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
  });

  it('retrying the failures runs only them', async () => {
    const got: string[] = [];
    const r = await runBatch([items[7]], { isCaptured: () => false, capture: async (i) => void got.push(i.url) });
    expect(got).toEqual([items[7].url]);
    expect(r.failed).toEqual([]);
  });
});
