import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, E2E_EXT_DIR, captureTab, hasChromium, launchWithExtension, openAndCapture, openSidePanel, screenshotPath, tabIdOf, type LoadedExtension } from './harness';
import { startPortal } from '../portal-server';
import { MISSING, PAGES, PER_PAGE, YEAR, startPagedSite } from '../paged-site';
import { manyCaptures } from '../ext/many-captures';

// The clerk's workflow end to end in real Chromium with real IndexedDB: captures never disappear when the
// form changes, drafts switch, a batch over a paged list stops on request, a 404 is never saved, and
// 300 pages stay usable (search, filters, details next to the row, pages of 20).

if (!hasChromium()) console.warn(`跳过浏览器端到端测试：未找到 ${CHROMIUM}`);

describe.skipIf(!hasChromium())('side panel workflow in Chromium', () => {
  let ext: LoadedExtension;
  let portal: { url: string; close: () => Promise<void> | void };
  let site: Awaited<ReturnType<typeof startPagedSite>>;

  beforeAll(async () => {
    portal = await startPortal();
    site = await startPagedSite({ delayMs: 600 });
    ext = await launchWithExtension(E2E_EXT_DIR);
  });
  afterAll(async () => {
    await ext?.close();
    await portal?.close();
    await site?.close();
  });

  it('capture → set 填报单位 → the captures are still listed; the drafts switch', async () => {
    const panel = await openSidePanel(ext);
    await panel.getByLabel('报告期').fill(String(YEAR));
    await panel.getByLabel('报告期').press('Enter');
    const { page } = await openAndCapture(ext, new URL('article-000.html', portal.url).href);
    await page.close();
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('1');

    await panel.getByLabel('填报单位').fill('城中区政协');
    await panel.getByLabel('填报单位').press('Enter');
    await panel.getByTestId('draft-confirm').waitFor();
    expect(await panel.getByTestId('draft-confirm').textContent()).toContain(`当前草稿“未填单位 ${YEAR} 年”有 1 个已采集页面`);
    await panel.getByRole('button', { name: `把 1 个页面移到“城中区政协 ${YEAR} 年”` }).click();
    await expect.poll(() => panel.getByTestId('draft-note').textContent()).toContain('移了过来');
    expect(await panel.getByTestId('page-count').textContent()).toBe('1');
    await panel.reload();
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('1');

    // Another unit, leaving the pages where they are: the switcher brings them back.
    await panel.getByLabel('填报单位').fill('西区政协');
    await panel.getByLabel('填报单位').press('Enter');
    await panel.getByTestId('draft-confirm').waitFor();
    await panel.screenshot({ path: screenshotPath('sidepanel-drafts.png') });
    await panel.getByRole('button', { name: /^只切换/ }).click();
    await panel.getByText('还没有采集').waitFor();
    const switcher = panel.getByLabel('切换草稿');
    expect(await switcher.locator('option').allTextContents()).toEqual(expect.arrayContaining([`城中区政协 ${YEAR} 年（1 页）`, `西区政协 ${YEAR} 年（0 页）`]));
    await switcher.selectOption({ label: `城中区政协 ${YEAR} 年（1 页）` });
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('1');
    expect(await panel.getByLabel('填报单位').inputValue()).toBe('城中区政协');
    await panel.close();
  });

  it('a 404 page is never saved, captured in the tab or listed in a batch', async () => {
    const panel = await openSidePanel(ext);
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('1');
    const tab = await ext.context.newPage();
    await tab.goto(`${site.url}${MISSING}`);
    const tabId = await tabIdOf(ext, tab.url());
    await expect(captureTab(ext, tabId)).rejects.toThrow(/页面不存在（404）|页面不存在.*没有保存/);
    await tab.close();
    await expect.poll(() => panel.getByTestId('capture-status').textContent()).toMatch(/页面不存在/);
    expect(await panel.getByTestId('page-count').textContent()).toBe('1');
    await panel.close();
  });

  it('batch over a 3-page list follows the pages, stops on request, and reports the 404 without saving it', async () => {
    const { page } = await openAndCapture(ext, `${site.url}/list_1.html`);
    await page.close();
    const panel = await openSidePanel(ext);
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('2');
    await panel.getByRole('button', { name: /^查看：要闻报道/ }).click();
    await expect.poll(() => panel.getByTestId('batch').textContent()).toContain(`本列表共 ${PAGES} 页`);
    await panel.getByLabel('最多读取的列表页数').fill(String(PAGES));
    const before = site.requests.filter((p) => p.startsWith('/a/')).length;

    await panel.getByRole('button', { name: /批量采集列表中的文章/ }).click();
    await panel.getByText(/^正在采集：/).waitFor({ timeout: 60_000 });
    expect(site.requests).toEqual(expect.arrayContaining(['/list_2.html', '/list_3.html']));
    await panel.getByRole('button', { name: '停止' }).click();
    await panel.getByText(/^已停止：/).waitFor({ timeout: 60_000 });
    await panel.getByTestId('batch').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-batch-stopped.png') });
    const text = (await panel.getByTestId('batch-progress').textContent())!;
    const [, done, total] = /：(\d+)\/(\d+)/.exec(text)!.map(Number);
    const inYear = 2 * PER_PAGE - 3; // page 1 and half of page 2 are the form's year, page 3 is not
    expect(total).toBe(inYear);
    expect(done).toBeLessThan(total);
    expect(await panel.getByTestId('batch-plan').textContent()).toContain(`读了 ${PAGES} 页列表`);
    // Nothing started after the stop: the site saw only the articles begun before it.
    await new Promise((r) => setTimeout(r, 1500));
    expect(site.requests.filter((p) => p.startsWith('/a/')).length - before).toBe(done);

    // Go on to the end: the 404 headline fails with what happened, and is not saved.
    await panel.getByRole('button', { name: /批量采集列表中的文章/ }).click();
    await panel.getByText(/^完成：/).waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('batch').textContent()).toContain('页面不存在（404）');
    const titles = await panel.locator('ul.pages li button.title').allTextContents();
    expect(titles.some((t) => t.includes('missing.html'))).toBe(false);
    await panel.close();
  });

  it('300 pages: paged list by publication date, search and filters, details next to the row, keyboard', async () => {
    const panel = await openSidePanel(ext);
    const draft = `ZX-01|城中区政协|${YEAR}`;
    const rows = manyCaptures(draft);
    // The pages already in that draft (when the tests above ran first).
    const before = await panel.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('zxtally-drafts');
        r.onsuccess = () => ok(r.result);
      });
      const n = await new Promise<number>((ok) => {
        const r = db.transaction('captures').objectStore('captures').index('draftId').count(id);
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return n;
    }, draft);
    await panel.evaluate(async (list) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('zxtally-drafts');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['captures', 'meta'], 'readwrite');
        for (const c of list) tx.objectStore('captures').put(c);
        const [, unit, period] = list[0].draftId.split('|');
        tx.objectStore('meta').put({ unit, period }, 'settings');
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      const n = await new Promise<number>((ok) => {
        const r = db.transaction('captures').objectStore('captures').index('draftId').count(list[0].draftId);
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return n;
    }, rows).then((n) => expect(n).toBeGreaterThanOrEqual(rows.length));
    await panel.reload();
    await expect.poll(() => panel.getByTestId('page-count').textContent(), { timeout: 20_000 }).toBe(String(before + rows.length));
    expect(await panel.locator('ul.pages > li:not(.details)').count()).toBe(20);
    expect(await panel.getByTestId('list-page').textContent()).toMatch(/第 \d+ \/ \d+ 页/);
    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);

    await panel.getByLabel('按发布年份筛选').selectOption(String(YEAR - 1));
    const dates = await panel.locator('ul.pages li .date').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith(String(YEAR - 1)))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    await panel.getByRole('button', { name: '清除筛选' }).click();

    await panel.getByLabel('搜索页面标题或文字').fill('第7号 政协委员履职');
    await expect.poll(() => panel.locator('ul.pages li button.title').count()).toBe(1);
    await panel.getByLabel('搜索页面标题或文字').fill('');
    await panel.getByLabel('按类型筛选').selectOption({ index: 0 });

    // Keyboard: tab to a row, open it with Enter; its details open right under it.
    const row = panel.locator('ul.pages li button.title').nth(3);
    await row.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
    const rowBox = (await row.boundingBox())!;
    const viewBox = (await panel.getByTestId('capture-view').boundingBox())!;
    expect(viewBox.y - (rowBox.y + rowBox.height)).toBeLessThan(40);
    const accept = panel.getByRole('button', { name: /^采纳：/ }).first();
    await accept.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => accept.getAttribute('aria-pressed')).toBe('true');
    await panel.screenshot({ path: screenshotPath('sidepanel-300.png') });
    await panel.close();
  });

  it('a span 报告期 typed the way a clerk might is one canonical draft; a reversed span is refused in Chinese', async () => {
    const panel = await openSidePanel(ext);
    await panel.getByRole('textbox', { name: '报告期' }).fill('十四届(2021-2025)');
    await panel.getByRole('textbox', { name: '报告期' }).press('Enter');
    expect(await panel.getByRole('textbox', { name: '报告期' }).inputValue()).toBe('十四届（2021—2025）');
    // With pages in the current draft (the tests above) the panel asks first: leave them there.
    if (await panel.getByTestId('draft-confirm').isVisible()) await panel.getByRole('button', { name: /^只切换/ }).click();
    await panel.getByText('还没有采集').waitFor();
    const { page } = await openAndCapture(ext, new URL('article-000.html', portal.url).href);
    await page.close();
    await expect.poll(() => panel.getByTestId('page-count').textContent()).toBe('1');
    expect(await panel.getByLabel('切换草稿').locator('option').allTextContents()).toContain('城中区政协 十四届（2021—2025）（1 页）');
    await panel.getByText('草稿汇总（城中区政协 十四届（2021—2025））').waitFor();
    // The article's figures are of one year: listed as not counted toward a span, with the reason.
    await panel.getByText('未计入本期：2025年单年数字，报告期为多年').first().waitFor();
    await panel.screenshot({ path: screenshotPath('sidepanel-span-period.png') });
    await panel.getByRole('textbox', { name: '报告期' }).fill('2025—2021');
    await panel.getByRole('textbox', { name: '报告期' }).press('Enter');
    await panel.getByText('报告期“2025—2021”的起始年份晚于结束年份，请改为 2021—2025').waitFor();
    await panel.close();
  });
});
