import { browser } from 'wxt/browser';
import { openDrafts, type DraftStore } from '@/shared/store/drafts';
import type { Runtime } from '@/shared/messages';
import { fetchPage, type FetchedPage } from './fetch-page';

/** Everything the panel needs from the browser, injectable for component tests. */
export interface PanelDeps {
  openStore: () => Promise<DraftStore>;
  runtime: Runtime;
  /** Ask for host access to these origins; must be called inside the click handler. */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  /** Fetch a page from the panel (batch capture): its snapshot and links; HTTP failures throw in Chinese. */
  fetchPage: (url: string) => Promise<FetchedPage>;
  extensionVersion: string;
  copyText: (s: string) => Promise<void>;
}

export function browserDeps(): PanelDeps {
  return {
    openStore: () => openDrafts(),
    runtime: browser.runtime as unknown as Runtime,
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    fetchPage: (url) => fetchPage(url),
    extensionVersion: browser.runtime.getManifest().version,
    copyText: (s) => navigator.clipboard.writeText(s),
  };
}
