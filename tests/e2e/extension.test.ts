import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXT_DIR, ROOT, hasChromium, launchWithExtension, openAndCapture, openSidePanel, type LoadedExtension } from './harness';
import { startPortal } from '../portal-server';

// The clerk's path in a real browser: capture an article, the GBK page and the list page, then find
// them in the side panel, also after reloading it.

type Entry = { path: string; kind: string; seed: number | null; charset: string; title: string };
const index: Entry[] = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/portal/index.json'), 'utf8'));
const entry = (pred: (e: Entry) => boolean) => index.find(pred)!;

if (!hasChromium()) console.warn('跳过浏览器端到端测试：未找到 /usr/bin/chromium（CI 中由 .ci/run 安装）');

describe.skipIf(!hasChromium())('extension in Chromium', () => {
  let ext: LoadedExtension;
  let portal: { url: string; close: () => Promise<void> | void };

  beforeAll(async () => {
    portal = await startPortal();
    ext = await launchWithExtension(E2E_EXT_DIR);
  });
  afterAll(async () => {
    await ext?.close();
    await portal?.close();
  });

  const at = (path: string) => new URL(path, portal.url.endsWith('/') ? portal.url : `${portal.url}/`).href;

  it('captures an article: kind, title and facts with quotes', async () => {
    const e = entry((x) => x.kind === 'article' && x.charset === 'utf-8');
    const { result, page } = await openAndCapture(ext, at(e.path));
    expect(result.kind).toBe('article');
    expect(result.title).toBe(e.title);
    expect(result.facts.length).toBeGreaterThan(3);
    expect(result.facts.some((f) => f.indicator !== null)).toBe(true);
    expect(result.draftId).toMatch(/^ZX-01\|/);
    await page.close();
  });

  it('captures the GBK page with the same title and facts as its UTF-8 twin', async () => {
    const gbk = entry((x) => x.charset === 'gbk');
    const twin = entry((x) => x.seed === gbk.seed && x.charset === 'utf-8');
    const a = await openAndCapture(ext, at(gbk.path));
    const b = await openAndCapture(ext, at(twin.path));
    expect(a.result.title).toBe(gbk.title);
    expect(a.result.facts.map((f) => [f.quote, f.value])).toEqual(b.result.facts.map((f) => [f.quote, f.value]));
    await a.page.close();
    await b.page.close();
  });

  it('captures the list page: one record per headline with date and URL', async () => {
    const e = entry((x) => x.kind === 'list' && x.seed !== null);
    const { result, page } = await openAndCapture(ext, at(e.path));
    expect(result.kind).toBe('list');
    expect(result.records.length).toBeGreaterThanOrEqual(5);
    for (const r of result.records) {
      expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1/);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    await page.close();
  });

  it('shows the drafts in the side panel, also after a reload', async () => {
    const panel = await openSidePanel(ext);
    // article + GBK + its UTF-8 twin (same page as the first: updated, not added) + list
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('3');
    await panel.reload();
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('3');
    await expect.poll(() => panel.getByTestId('kind').textContent()).toBe('列表');
    await expect.poll(async () => Number(await panel.getByTestId('record-count').textContent())).toBeGreaterThanOrEqual(5);
    expect(await panel.getByTestId('paging').textContent()).toContain('共 12 条');
    await panel.screenshot({ path: join(ROOT, 'docs/sidepanel-list.png'), fullPage: true });

    await panel.getByText(entry((x) => x.charset === 'gbk').title).first().click();
    await expect.poll(() => panel.getByTestId('kind').textContent()).toBe('文章');
    expect(await panel.getByTestId('fact').count()).toBeGreaterThan(3);
    await panel.screenshot({ path: join(ROOT, 'docs/sidepanel-article.png'), fullPage: true });
    await panel.close();
  });
});
