// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagingLinks } from '@/shared/store/paging';
import { collectListPages, splitByPeriod, type ListPage } from '@/shared/store/batch';
import { fetchPage } from '@/entrypoints/sidepanel/fetch-page';

// Batch capture follows a paged list within the site, up to the clerk's limit, and stops when asked.

const PORTAL = join(import.meta.dirname, '../fixtures/portal');
const fakeFetch = (body: Uint8Array): typeof fetch =>
  (async () => new Response(body.slice().buffer as ArrayBuffer, { status: 200, headers: { 'Content-Type': 'text/html' } })) as typeof fetch;

describe('pagingLinks', () => {
  it('finds the sample list’s next page (下一页) and not its other links', async () => {
    const url = 'http://127.0.0.1:8123/list.html';
    const { links, snapshot } = await fetchPage(url, fakeFetch(new Uint8Array(readFileSync(join(PORTAL, 'list.html')))));
    expect(pagingLinks(links, snapshot.url)).toEqual(['http://127.0.0.1:8123/list_2.html']);
  });

  it.each([
    ['下一页 and numbered pages, in that order, each once, never the page itself', [['下一页', '/l?p=2'], ['1', '/l?p=1'], ['2', '/l?p=2'], ['3', '/l?p=3'], ['[4]', '/l?p=4']], ['/l?p=2', '/l?p=3', '/l?p=4']],
    ['other sites and javascript links are never followed', [['下一页', 'http://other.example/l2'], ['2', 'javascript:go(2)'], ['3', '/l?p=3']], ['/l?p=3']],
    ['the page itself, 上一页 and article links are not continuations', [['上一页', '/l?p=0'], ['首页', '/l'], ['第一次全体会议召开', '/a/1.html'], ['1', '/l?p=1#x']], []],
    ['> and 下页 count as next', [['>', '/l?p=2'], ['下页', '/l?p=3']], ['/l?p=2', '/l?p=3']],
  ])('%s', (_what, links, want) => {
    const base = 'http://gov.example/l?p=1';
    const got = pagingLinks(links.map(([text, href]) => ({ text, href: new URL(href, base).href })), base);
    expect(got).toEqual(want.map((u) => new URL(u, base).href));
  });
});

const site = (n: number): Record<string, ListPage> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const url = `http://gov.example/list_${i + 1}.html`;
      const next = i + 1 < n ? [`http://gov.example/list_${i + 2}.html`] : [];
      return [url, { url, items: [{ url: `http://gov.example/a/${i + 1}.html`, title: `第${i + 1}页文章`, date: '2025-01-01' }], next }];
    }),
  );

describe('collectListPages', () => {
  it('reads the pages up to the limit and says more were linked', async () => {
    const pages = site(5);
    const fetched: string[] = [];
    const got = await collectListPages(pages['http://gov.example/list_1.html'], {
      limit: 3,
      fetchPage: async (u) => (fetched.push(u), pages[u]),
    });
    expect(got.pages.map((p) => p.url)).toEqual(Object.keys(pages).slice(0, 3));
    expect(fetched).toHaveLength(2);
    expect(got.more).toBe(true);
  });

  it('reports a page that fails and goes on; stops when asked, keeping what it read', async () => {
    const pages = site(4);
    const failing = await collectListPages(pages['http://gov.example/list_1.html'], {
      limit: 10,
      fetchPage: async (u) => {
        if (u.endsWith('list_2.html')) throw new Error('页面不存在（404）');
        return pages[u];
      },
    });
    expect(failing.pages).toHaveLength(1);
    expect(failing.failed).toEqual([{ url: 'http://gov.example/list_2.html', title: '列表第 2 页', message: '页面不存在（404）' }]);

    const ctl = new AbortController();
    const stopped = await collectListPages(pages['http://gov.example/list_1.html'], {
      limit: 10,
      signal: ctl.signal,
      fetchPage: async (u) => {
        if (u.endsWith('list_2.html')) ctl.abort();
        return pages[u];
      },
    });
    expect(stopped.pages.map((p) => p.url)).toEqual(['http://gov.example/list_1.html', 'http://gov.example/list_2.html']);
    expect(stopped.more).toBe(true);
  });
});

describe('splitByPeriod', () => {
  it('keeps the period’s and undated headlines, and counts the others', () => {
    const items = [{ date: '2025-03-01' }, { date: '2024-12-31' }, { date: null }, { date: '2025年5月' }, { date: '2026-01-02' }];
    const s = splitByPeriod(items, '2025');
    expect(s.inPeriod).toEqual([items[0], items[2], items[3]]);
    expect(s.outside).toEqual([items[1], items[4]]);
    expect(s.undated).toBe(1);
  });

  it('keeps every year of a span period (2021—2025) and only those', () => {
    const items = [{ date: '2021-01-05' }, { date: '2020-12-30' }, { date: '2023-06-01' }, { date: '2025-12-31' }, { date: '2026-01-02' }, { date: null }];
    const s = splitByPeriod(items, '十一届（2021—2025）');
    expect(s.inPeriod).toEqual([items[0], items[2], items[3], items[5]]);
    expect(s.outside).toEqual([items[1], items[4]]);
  });
});
