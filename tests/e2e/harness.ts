import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// Drives the built extension in Debian Chromium. Used by the E2E tests and by `npm run demo`.
// The capture goes through globalThis.zxCapture, which only the WXT_E2E=1 build has (serviceWorker.evaluate
// is not a user gesture, so activeTab would not be granted).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);
export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_EXT_DIR = join(ROOT, '.output/chrome-mv3-e2e');
export const STORE_EXT_DIR = join(ROOT, '.output/chrome-mv3');

/** Where a screenshot goes: docs/ when ZX_SCREENSHOTS=1 (to refresh the committed figures), else a temp dir. */
export function screenshotPath(name: string): string {
  return process.env.ZX_SCREENSHOTS === '1' ? join(ROOT, 'docs', name) : join(tmpdir(), `zxtally-${name}`);
}

export const FIREFOX_EXT_DIR = join(ROOT, '.output/firefox-mv2');

/** `wxt build` (store), `WXT_E2E=1 wxt build` (automation) or `wxt build -b firefox`; returns the output directory. */
export function buildExtension(kind: 'store' | 'e2e' | 'firefox'): string {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', ...(kind === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    env: { ...process.env, WXT_E2E: kind === 'e2e' ? '1' : '' },
    stdio: 'pipe',
  });
  return { store: STORE_EXT_DIR, e2e: E2E_EXT_DIR, firefox: FIREFOX_EXT_DIR }[kind];
}

export interface LoadedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/** headless: false runs a headed browser on `display` (e.g. an Xvfb server), for real keyboard shortcuts. */
export async function launchWithExtension(extDir: string, opts: { headless?: boolean; display?: string } = {}): Promise<LoadedExtension> {
  if (!hasChromium()) throw new Error(`找不到 Chromium（${CHROMIUM}）：请先 apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'zxtally-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 420, height: 900 },
    ...(opts.display ? { env: { ...process.env, DISPLAY: opts.display } } : {}),
    args: [
      ...(opts.headless === false ? [] : ['--headless=new']),
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--lang=zh-CN',
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context, serviceWorker, extensionId,
    close: async () => {
      // The profile goes even when the browser is already gone (Ctrl+C closes it before us).
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/** The side panel cannot be opened programmatically: open its page in a tab instead. */
export async function openSidePanel(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await page.getByRole('heading', { name: '政协统计助手' }).waitFor();
  return page;
}

/** Names the reporting unit in a fresh side panel, as a clerk does first, so the background files captures under it. */
export async function nameUnit(ext: LoadedExtension, unit: string): Promise<void> {
  const panel = await openSidePanel(ext);
  await panel.getByLabel('填报单位').fill(unit);
  await panel.getByLabel('填报单位').press('Enter');
  await panel.getByLabel('报告期').focus();
  await panel.locator('[data-testid=draft-switcher] option', { hasText: unit }).waitFor({ state: 'attached' });
  await panel.close();
}

export interface CaptureResult {
  kind: string;
  title: string;
  facts: Array<{ quote: string; value: number; unit: string; approx: string; indicator: string | null }>;
  records: Array<{ title: string; date: string | null; url: string | null; indicator: string | null }>;
  draftId: string;
  /** Set when the capture is saved but the clerk should know something (the page had not finished loading). */
  notice?: string;
}

/** The tab id of an open page (needs the E2E build's host permission to see its URL). */
export async function tabIdOf(ext: LoadedExtension, url: string): Promise<number> {
  const id = await ext.serviceWorker.evaluate(async (u) => {
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`找不到打开 ${url} 的标签页`);
  return id;
}

/** Capture an open tab exactly as the toolbar button (or, with selectionOnly, the selection menu item) does. */
export async function captureTab(ext: LoadedExtension, tabId: number, opts: { selectionOnly?: boolean } = {}): Promise<CaptureResult> {
  const result = await ext.serviceWorker.evaluate(
    ([id, o]) => (globalThis as unknown as { zxCapture: (id: number, o: object) => Promise<unknown> }).zxCapture(id, o),
    [tabId, opts] as const,
  );
  return result as CaptureResult;
}

/** Open `url` in a new tab and capture it exactly as the toolbar button does. */
export async function openAndCapture(ext: LoadedExtension, url: string): Promise<{ page: Page; tabId: number; result: CaptureResult }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page.url());
  return { page, tabId, result: await captureTab(ext, tabId) };
}

/** The toolbar badge text and title of a tab ("✓" and "已采集 …" after a capture). */
export async function badgeOf(ext: LoadedExtension, tabId: number): Promise<{ text: string; title: string }> {
  return ext.serviceWorker.evaluate(async (id) => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome.action;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}
