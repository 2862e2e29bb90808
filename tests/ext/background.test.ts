// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import background from '@/entrypoints/background';
import { sendMessage, type Runtime } from '@/shared/messages';
import { snapshotFromDocument } from '@/shared/page/snapshot';

// The wiring of the toolbar button, the shortcut and the context menu. fakeBrowser lacks action,
// commands, contextMenus and sidePanel, so their listeners are captured here and fired by hand.

type Listener = (...args: never[]) => unknown;
const fired: Record<string, Listener> = {};
const event = (name: string) => ({ addListener: (cb: Listener) => void (fired[name] = cb) });
const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
const sidePanelOpen = vi.fn(async (_o: object) => {});
const setBadgeText = vi.fn(async (_o: object) => {});
const setTitle = vi.fn(async (_o: object) => {});
const menus = vi.fn();

const url = 'http://127.0.0.1:8123/article-000.html';
const html = readFileSync(join(import.meta.dirname, '../fixtures/portal/article-000.html'), 'utf8');
const snapshot = snapshotFromDocument(new DOMParser().parseFromString(html, 'text/html'), { url });
const exec = vi.fn(async (inj: { files?: string[] }) => (inj.files ? [{ frameId: 0, result: snapshot }] : [{ frameId: 0 }]));

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  for (const f of [sidePanelOpen, setBadgeText, setTitle, menus, exec]) f.mockClear();
  Object.assign(fb.action, { onClicked: event('action'), setBadgeText, setBadgeBackgroundColor: async () => {}, setTitle });
  Object.assign(fb.commands, { onCommand: event('command') });
  Object.assign(fb.contextMenus, { create: menus, onClicked: event('menu') });
  Object.assign(fb.scripting, { executeScript: exec });
  fb.sidePanel = { open: sidePanelOpen };
  background.main();
});

async function settled(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('background', () => {
  it('adds the two context menu items on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menus.mock.calls.map(([m]) => [m.id, m.contexts])).toEqual([
      ['zx-capture-page', ['page', 'frame']],
      ['zx-capture-selection', ['selection']],
    ]);
  });

  it('toolbar button: opens the panel at once (user gesture), captures the tab and marks the badge', async () => {
    fired.action({ id: 5, windowId: 1 } as never);
    expect(sidePanelOpen).toHaveBeenCalledWith({ windowId: 1 });
    await settled(() => setBadgeText.mock.calls.length > 0);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '✓' });
    expect(setTitle.mock.calls[0][0]).toMatchObject({ tabId: 5, title: expect.stringMatching(/^已采集 \d{4}-\d{2}-\d{2}$/) });
  });

  it('shortcut captures; other commands do nothing', async () => {
    fired.command('something-else' as never, { id: 8 } as never);
    expect(exec).not.toHaveBeenCalled();
    fired.command('capture-page' as never, { id: 8 } as never);
    await settled(() => setBadgeText.mock.calls.length > 0);
    expect(exec.mock.calls.some(([inj]) => (inj as { target: { tabId: number } }).target.tabId === 8)).toBe(true);
  });

  it('the selection menu item captures the selection only', async () => {
    fired.menu({ menuItemId: 'zx-capture-selection' } as never, { id: 6 } as never);
    await settled(() => exec.mock.calls.length >= 2);
    expect(exec.mock.calls[0][0]).toMatchObject({ target: { tabId: 6, allFrames: true }, args: [{ selectionOnly: true }] });
  });

  it('answers the panel’s capture request, and the store build exposes no zxCapture', async () => {
    const out = await sendMessage(fakeBrowser.runtime as unknown as Runtime, 'capture-tab', { tabId: 9 });
    expect(out).toMatchObject({ ok: true, kind: 'article', url });
    expect((globalThis as Record<string, unknown>).zxCapture).toBeUndefined();
  });
});
