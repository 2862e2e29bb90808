import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelDeps } from '@/entrypoints/sidepanel/deps';
import { openDrafts } from '@/shared/store/drafts';
import type { Runtime } from '@/shared/messages';

// The side panel's dependencies in unit tests: a real (fake-indexeddb) draft store and WXT's fake runtime.

export const runtime = fakeBrowser.runtime as unknown as Runtime;

export const panelDeps = (over: Partial<PanelDeps> = {}): PanelDeps => ({
  openStore: () => openDrafts(),
  runtime,
  requestOrigins: async () => true,
  fetchPage: async () => {
    throw new Error('not used');
  },
  extensionVersion: '0.1.0',
  copyText: async () => {},
  ...over,
});
