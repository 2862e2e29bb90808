import { browser } from 'wxt/browser';

// The toolbar badge tells the clerk, per tab, that this page is in the draft ("已采集" and the date).

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export function localDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export async function showCaptured(tabId: number, capturedAt: string, previousCapturedAt: string | null): Promise<void> {
  const a = action();
  const title = previousCapturedAt
    ? `已采集 ${localDate(capturedAt)}（更新了 ${localDate(previousCapturedAt)} 的采集）`
    : `已采集 ${localDate(capturedAt)}`;
  await Promise.all([
    a.setBadgeText({ tabId, text: '✓' }),
    a.setBadgeBackgroundColor({ tabId, color: '#1a7f37' }),
    a.setTitle({ tabId, title }),
  ]);
}

export async function showFailed(tabId: number, message: string): Promise<void> {
  const a = action();
  await Promise.all([
    a.setBadgeText({ tabId, text: '!' }),
    a.setBadgeBackgroundColor({ tabId, color: '#cf222e' }),
    a.setTitle({ tabId, title: `采集失败：${message}` }),
  ]);
}

/** A tab-specific badge outlives navigation: clear it when the tab loads another page. */
export async function clearBadge(tabId: number): Promise<void> {
  const a = action();
  const m = browser.runtime.getManifest() as { name: string; action?: { default_title?: string }; browser_action?: { default_title?: string } };
  const title = (m.action ?? m.browser_action)?.default_title ?? m.name;
  await Promise.all([a.setBadgeText({ tabId, text: '' }), a.setTitle({ tabId, title })]);
}
