import type { LoadedExtension, CaptureResult } from '../../tests/e2e/harness';
import { captureTab, tabIdOf } from '../../tests/e2e/harness';
import { DemoError, firstLine, withTimeout } from './errors';
import type { SamplePage } from './samples';

// Every sample page through the real extension: open it in a tab, find the tab from the service worker,
// and run the toolbar button's capture (globalThis.zxCapture in the WXT_E2E=1 build).

export interface PageCapture {
  page: SamplePage;
  url: string;
  capturedAt: string;
  result: CaptureResult;
  ms: number;
}

const PAGE_TIMEOUT = 30_000;

export async function captureOne(ext: LoadedExtension, portalUrl: string, page: SamplePage): Promise<PageCapture> {
  const url = new URL(page.path, portalUrl).href;
  const t0 = Date.now();
  const tab = await ext.context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    const tabId = await tabIdOf(ext, tab.url());
    const capturedAt = new Date().toISOString();
    const result = await withTimeout(
      captureTab(ext, tabId),
      PAGE_TIMEOUT,
      `采集 ${page.path} 超过 ${PAGE_TIMEOUT / 1000} 秒没有结果。请检查扩展后台（entrypoints/background/）是否报错`,
    );
    return { page, url, capturedAt, result, ms: Date.now() - t0 };
  } catch (err) {
    if (err instanceof DemoError) throw err;
    throw new DemoError(`扩展采集 ${page.path} 失败：${firstLine(err)}。请运行 npm test 查看浏览器端到端测试的结果`);
  } finally {
    await tab.close().catch(() => {});
  }
}
