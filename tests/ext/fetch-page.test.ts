// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSnapshot } from '@/entrypoints/sidepanel/fetch-page';

// Batch pages are fetched from the panel: bytes in the page's own charset, decoded by the shared decoder.

const PORTAL = join(import.meta.dirname, '../fixtures/portal');
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(PORTAL, file)));
const fakeFetch = (body: Uint8Array, status = 200): typeof fetch =>
  (async () => new Response(body.slice().buffer as ArrayBuffer, { status, headers: { 'Content-Type': 'text/html' } })) as typeof fetch;

describe('fetchSnapshot', () => {
  it.each([['article-000-gbk.html'], ['article-001-big5.html'], ['article-003-bom.html']])('decodes %s like its UTF-8 twin', async (file) => {
    const twin = file.replace(/-(gbk|big5|bom)\.html$/, '.html');
    const url = `http://127.0.0.1:8123/${file}`;
    const a = await fetchSnapshot(url, fakeFetch(bytesOf(file)));
    const b = await fetchSnapshot(url, fakeFetch(bytesOf(twin)));
    expect(a.url).toBe(url);
    expect(a.title).toBe(b.title);
    expect(a.blocks.map((x) => x.text)).toEqual(b.blocks.map((x) => x.text));
  });

  it('resolves the page’s relative links against the page, not the panel', async () => {
    const s = await fetchSnapshot('http://127.0.0.1:8123/sub/list.html', fakeFetch(bytesOf('list.html')));
    const hrefs = s.blocks.map((b) => b.href).filter(Boolean);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(h).toMatch(/^http:\/\/127\.0\.0\.1:8123\//);
  });

  it('says what to do on an HTTP error and on a network failure', async () => {
    await expect(fetchSnapshot('http://127.0.0.1/x.html', fakeFetch(new Uint8Array([1]), 404))).rejects.toThrow('页面不存在（404）');
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchSnapshot('http://127.0.0.1/x.html', down)).rejects.toThrow('请检查网络后重试');
  });

  // The same decode path as the CLI: a stray byte no longer turns a UTF-8 page into GB18030 mojibake, and a page
  // that is mojibake in every charset fails the batch item with a reason instead of being saved with 0 facts.
  const body = '2024年，市政协召开主席会议13次，收到提案256件，立案238件。';
  const enc = (s: string) => new TextEncoder().encode(s);
  const withStray = (inner: Uint8Array) =>
    new Uint8Array([...enc(`<html><head><meta charset="utf-8"><title>年度工作</title></head><body><div class="content"><p>`), ...inner, ...enc('</p></div><p>版权所有 '), 0xa9, ...enc(' 2024 '), 0xa9, ...enc('</p></body></html>')]);

  it('reads a UTF-8 page with stray bytes as UTF-8', async () => {
    const s = await fetchSnapshot('http://127.0.0.1:8123/a.html', fakeFetch(withStray(enc(body))));
    expect(s.meta.charset).toBe('utf-8');
    expect(s.blocks.map((b) => b.text).join('\n')).toContain(body);
  });

  it('rejects a page that is mojibake in every charset, with the reason', async () => {
    const garbled = new Uint8Array([...body.repeat(4)].flatMap((c, i) => [...enc(c), ...(i % 4 === 3 ? [0xa9] : [])]));
    await expect(fetchSnapshot('http://127.0.0.1:8123/b.html', fakeFetch(withStray(garbled)))).rejects.toThrow(/无法识别文字编码：.*多为乱码/);
  });
});
