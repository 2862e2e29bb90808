import { browser, type Browser } from 'wxt/browser';
import { broadcast, onMessage, type CaptureOutcome, type Runtime } from '@/shared/messages';
import { captureTab } from './capture-tab';
import { showCaptured, showFailed } from './badge';
import { watchRevisits } from './revisit';

// Wires browser events to captureTab. Capture runs here, so closing the panel mid-capture loses nothing.

const runtime = browser.runtime as unknown as Runtime;
const MENU_PAGE = 'zx-capture-page';
const MENU_SELECTION = 'zx-capture-selection';

/** Open the panel. Must be called synchronously inside the click/command handler (user gesture). */
function openPanel(tab?: Browser.tabs.Tab): void {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  // The window's panel (not a tab's) stays open while the clerk moves from page to page.
  const target = tab?.windowId != null ? { windowId: tab.windowId } : tab?.id != null ? { tabId: tab.id } : null;
  const p = sidePanel && target ? sidePanel.open(target) : sidebar?.open();
  p?.catch(() => {});
}

export async function runCapture(tabId: number, selectionOnly = false): Promise<CaptureOutcome> {
  await broadcast(runtime, 'capture-event', { phase: 'started', tabId });
  const out = await captureTab(tabId, { selectionOnly });
  if (out.ok) {
    await showCaptured(tabId, new Date().toISOString(), out.previousCapturedAt).catch(() => {});
    await broadcast(runtime, 'capture-event', { phase: 'saved', tabId, key: out.key, previousCapturedAt: out.previousCapturedAt, ...(out.notice ? { message: out.notice } : {}) });
  } else {
    await showFailed(tabId, out.message).catch(() => {});
    await broadcast(runtime, 'capture-event', { phase: 'failed', tabId, message: out.message });
  }
  return out;
}

export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_PAGE, title: '采集本页到统计草稿', contexts: ['page', 'frame'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: '只采集选中的文字', contexts: ['selection'] });
  });

  action.onClicked.addListener((tab) => {
    openPanel(tab);
    if (tab.id != null) void runCapture(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-page' || tab?.id == null) return;
    openPanel(tab);
    void runCapture(tab.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id == null) return;
    openPanel(tab);
    void runCapture(tab.id, info.menuItemId === MENU_SELECTION);
  });

  watchRevisits();

  onMessage(runtime, 'capture-tab', async ({ tabId, selectionOnly }) => {
    const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id == null) return { ok: false, message: '没有找到当前网页：请先切换到要采集的网页' };
    return runCapture(id, !!selectionOnly);
  });

  // Automation build only (WXT_E2E=1): the same capture as the button, callable from the test driver.
  if (import.meta.env.WXT_E2E === '1') {
    (globalThis as Record<string, unknown>).zxCapture = async (tabId: number, opts: { selectionOnly?: boolean } = {}) => {
      const out = await runCapture(tabId, !!opts.selectionOnly);
      if (!out.ok) throw new Error(out.message);
      return { kind: out.kind, title: out.title, facts: out.facts, records: out.records, draftId: out.draftId, ...(out.notice ? { notice: out.notice } : {}) };
    };
  }
});
