import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, E2E_EXT_DIR, ROOT, badgeOf, screenshotPath, captureTab, hasChromium, launchWithExtension, openAndCapture, nameUnit, openSidePanel, type LoadedExtension } from './harness';
import { startPortal } from '../portal-server';
import { parseFormFile } from '../../shared/form/form-file';

// The clerk's path in a real browser: capture an article, the GBK page and the list page, then find
// them in the side panel, also after reloading it.

type Entry = { path: string; kind: string; seed: number | null; charset: string; title: string };
const index: Entry[] = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/portal/index.json'), 'utf8'));
const entry = (pred: (e: Entry) => boolean) => index.find(pred)!;

if (!hasChromium()) console.warn(`跳过浏览器端到端测试：未找到 ${CHROMIUM}（CI 中由 .ci/run 安装）`);

describe.skipIf(!hasChromium())('extension in Chromium', () => {
  let ext: LoadedExtension;
  let portal: { url: string; close: () => Promise<void> | void };

  beforeAll(async () => {
    portal = await startPortal();
    ext = await launchWithExtension(E2E_EXT_DIR);
    // The clerk names the reporting unit first; the background files every capture under that form.
    await nameUnit(ext, '城中区政协');
  });
  afterAll(async () => {
    await ext?.close();
    await portal?.close();
  });

  const at = (path: string) => new URL(path, portal.url.endsWith('/') ? portal.url : `${portal.url}/`).href;

  it('captures an article: kind, title and facts with quotes', async () => {
    const e = entry((x) => x.kind === 'article' && x.charset === 'utf-8');
    const { result, page, tabId } = await openAndCapture(ext, at(e.path));
    expect(result.kind).toBe('article');
    expect(result.title).toBe(e.title);
    expect(result.facts.length).toBeGreaterThan(3);
    expect(result.facts.some((f) => f.indicator !== null)).toBe(true);
    expect(result.draftId).toBe(`ZX-01|城中区政协|${new Date().getFullYear() - 1}`);
    const badge = await badgeOf(ext, tabId);
    expect(badge.text).toBe('✓');
    expect(badge.title).toMatch(/^已采集 \d{4}-\d{2}-\d{2}$/);
    await captureTab(ext, tabId);
    expect((await badgeOf(ext, tabId)).title).toMatch(/^已采集 .*（更新了 \d{4}-\d{2}-\d{2} 的采集）$/);
    // Leaving the page clears the badge; coming back to it (a portal we may read) shows "已采集" again.
    await page.goto(at(entry((x) => x.kind === 'table').path));
    await expect.poll(() => badgeOf(ext, tabId)).toEqual({ text: '', title: '采集本页' });
    await page.goto(at(e.path));
    await expect.poll(async () => (await badgeOf(ext, tabId)).title).toMatch(/^已采集 \d{4}-\d{2}-\d{2}$/);
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
    // Every headline is listed; only those published in the form's period count, and the panel says so.
    const heading = panel.locator('h2', { hasText: /^记录 \d+ \/ \d+ 条计入$/ });
    await expect.poll(async () => Number(/\/ (\d+)/.exec((await heading.textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(5);
    const [, on, all] = /记录 (\d+) \/ (\d+)/.exec((await heading.textContent())!)!.map(Number);
    expect(on).toBeLessThan(all);
    expect(await panel.getByTestId('record-note').textContent()).toContain(`${all - on} 条不是 ${new Date().getFullYear() - 1} 年的，不计入本期报表`);
    expect(await panel.getByTestId('paging').textContent()).toContain('共 12 条');
    await panel.screenshot({ path: screenshotPath('sidepanel-list.png'), fullPage: true });

    await panel.locator('ul.pages li .title', { hasText: entry((x) => x.charset === 'gbk').path }).click();
    await expect.poll(() => panel.getByTestId('kind').textContent()).toBe('文章');
    expect(await panel.getByTestId('fact').count()).toBeGreaterThan(3);
    await panel.screenshot({ path: screenshotPath('sidepanel-article.png') });
    await panel.close();
  });

  it('batch-captures the listed articles: skips captured ones, lists failures, adds the rest', async () => {
    const panel = await openSidePanel(ext);
    await panel.locator('ul.pages li .title', { hasText: '要闻报道' }).click();
    await expect.poll(() => panel.getByTestId('kind').textContent()).toBe('列表');
    const list = await openAndCapture(ext, at(entry((x) => x.kind === 'list' && x.seed !== null).path));
    await list.page.close();
    const urls = [...new Set(list.result.records.map((r) => r.url!))];
    const missing = urls.filter((u) => !existsSync(join(ROOT, 'tests/fixtures/portal', new URL(u).pathname)));
    // Captured earlier in this run: the UTF-8 article (the GBK twin has its own URL and is not listed).
    const captured = urls.filter((u) => u === at(entry((x) => x.kind === 'article' && x.charset === 'utf-8').path));

    // This page's headlines only, whatever their year (paging and the period filter have their own test in workflow.test.ts).
    await panel.getByLabel('最多读取的列表页数').fill('1');
    await panel.getByLabel(/^只采集 \d{4} 年发布的文章/).uncheck();
    await panel.getByRole('button', { name: /批量采集列表中的文章/ }).click();
    await panel.getByText(/^完成：/).waitFor({ timeout: 60_000 });
    const summary = await panel.getByText(/^完成：/).textContent();
    expect(summary).toContain(`完成：${urls.length}/${urls.length}`);
    expect(summary).toContain(`已采集跳过 ${captured.length}`);
    expect(summary).toContain(`失败 ${missing.length}`);
    if (missing.length) await panel.getByRole('button', { name: `重试失败的 ${missing.length} 篇` }).waitFor();
    const added = urls.length - captured.length - missing.length;
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe(String(3 + added));
    await panel.getByTestId('batch').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-batch.png') });
    await panel.close();
  });

  it('exports the form data file and, loading exceljs only then, the filled .xlsx', async () => {
    const panel = await ext.context.newPage();
    const requested: string[] = [];
    panel.on('request', (r) => requested.push(r.url()));
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByTestId('tally').waitFor();
    expect(requested.filter((u) => /exceljs/.test(u))).toEqual([]);

    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '报表数据 (.json)' }).click()]);
    const form = parseFormFile(readFileSync((await json.path())!, 'utf8'));
    expect(form.form).toBe('ZX-01');
    expect(form.values['mtg.chair']).toBe(13);

    const [xlsx] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'ZX-01 报表 (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^ZX-01_.*_\d{4}\.xlsx$/);
    const bytes = readFileSync((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(requested.some((u) => /exceljs/.test(u))).toBe(true);
    await panel.close();
  });

  it('captures only the selection when asked from the selection menu', async () => {
    const { page, tabId } = await openAndCapture(ext, at(entry((x) => x.charset === 'big5').path));
    const picked = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => /\d/.test(el.textContent ?? ''))!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    const result = await captureTab(ext, tabId, { selectionOnly: true });
    expect(result.kind).toBe('selection');
    for (const f of result.facts) expect(picked.replace(/\s+/g, '')).toContain(f.quote.replace(/\s+/g, ''));
    await page.close();
  });

  it('detects every sample page as the kind the portal index says', async () => {
    for (const e of index) {
      const { result, page } = await openAndCapture(ext, at(e.path));
      expect([e.path, result.kind]).toEqual([e.path, e.kind]);
      await page.close();
    }
  });
});
