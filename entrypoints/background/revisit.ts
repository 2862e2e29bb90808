import { browser } from 'wxt/browser';
import { openDrafts } from '@/shared/store/drafts';
import { clearBadge, showCaptured } from './badge';

// When the clerk comes back to a page that is already in the draft, the badge says so ("已采集" and the date).
// Without host permission the browser hides tab URLs from us, so this works only on portals the clerk
// granted access to (the batch capture asks for it); elsewhere the badge appears after a capture.

export async function markIfCaptured(tabId: number, url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  const store = await openDrafts();
  try {
    const draft = await store.activeDraft();
    const hit = (await store.findByUrl(url)).find((c) => c.draftId === draft.id);
    if (!hit) return false;
    await showCaptured(tabId, hit.capturedAt, null);
    return true;
  } finally {
    store.close();
  }
}

export function watchRevisits(): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading') void clearBadge(tabId).catch(() => {});
    if (info.status === 'complete') void markIfCaptured(tabId, tab.url).catch(() => {});
  });
}
