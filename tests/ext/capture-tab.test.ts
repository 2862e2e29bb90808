// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { captureTab, explain } from '@/entrypoints/background/capture-tab';
import { openDrafts } from '@/shared/store/drafts';
import { snapshotFromDocument } from '@/shared/page/snapshot';

// The button's capture with the browser faked: the capture script's result is a real snapshot of a
// sample portal page, taken by the same snapshot code the injected script runs.

const PORTAL = join(import.meta.dirname, '../fixtures/portal');
const snapshotOf = (file: string, url: string) => {
  const doc = new DOMParser().parseFromString(readFileSync(join(PORTAL, file), 'utf8'), 'text/html');
  return snapshotFromDocument(doc, { url });
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  globalThis.indexedDB = new IDBFactory();
});

const T1 = new Date('2026-03-02T08:00:00Z');
const T2 = new Date('2026-03-05T08:00:00Z');

describe('captureTab', () => {
  it('injects into every frame, runs the core and saves into the active draft', async () => {
    const url = 'http://127.0.0.1:8123/article-000.html';
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { files?: string[] }) =>
      inj.files ? [{ frameId: 0, result: snapshotOf('article-000.html', url) }, { frameId: 4, result: { not: 'a snapshot' } }] : []) as never,
    );
    const store = await openDrafts();
    await store.setSettings({ unit: '城中区政协', period: '2025' });
    store.close();

    const out = await captureTab(12, {}, { openStore: () => openDrafts(), now: () => T1 });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.kind).toBe('article');
    expect(out.title).toBe('高效能保障服务履职实践 新起点聚力赋能创新发展');
    expect(out.facts.length).toBeGreaterThan(5);
    expect(out.draftId).toBe('ZX-01|城中区政协|2025');
    expect(out.previousCapturedAt).toBeNull();
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 12, allFrames: true }, injectImmediately: true, files: ['/capture.js'] });

    const again = await captureTab(12, {}, { openStore: () => openDrafts(), now: () => T2 });
    expect(again.ok && again.previousCapturedAt).toBe(T1.toISOString());

    const s2 = await openDrafts();
    const [saved] = await s2.listCaptures('ZX-01|城中区政协|2025');
    expect(saved.url).toBe(url);
    expect(saved.log.join('\n')).toContain('框架 4 返回的内容无法识别');
    expect(saved.log.join('\n')).toContain('类型 article');
    s2.close();
  });

  it('falls back to the main frame when a frame refuses injection', async () => {
    const url = 'http://127.0.0.1:8123/list.html';
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { target: { allFrames?: boolean }; files?: string[] }) => {
      if (inj.target.allFrames) throw new Error('Cannot access contents of url "https://ads.example.com/". Extension manifest must request permission');
      return inj.files ? [{ frameId: 0, result: snapshotOf('list.html', url) }] : [];
    }) as never);
    const out = await captureTab(3, {}, { openStore: () => openDrafts(), now: () => T1 });
    expect(out.ok && out.kind).toBe('list');
    expect(out.ok && out.records.length).toBeGreaterThan(5);
  });

  it('never saves a page the server answered with 404, even when it looks like an article', async () => {
    const url = 'http://127.0.0.1:8123/article-000.html';
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { files?: string[]; func?: unknown }) =>
      inj.files ? [{ frameId: 0, result: snapshotOf('article-000.html', url) }] : inj.func && !('args' in inj) ? [{ frameId: 0, result: 404 }] : []) as never);
    const out = await captureTab(5, {}, { openStore: () => openDrafts(), now: () => T1 });
    expect(out).toEqual({ ok: false, message: expect.stringContaining('页面不存在（404）') });
    const store = await openDrafts();
    expect(await store.listCaptures((await store.activeDraft()).id)).toEqual([]);
    store.close();
  });

  it('tells the clerk what to do when the page cannot be read', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const out = await captureTab(3, {}, { openStore: () => openDrafts(), now: () => T1 });
    expect(out).toEqual({ ok: false, message: explain(new Error('Cannot access a chrome:// URL')) });
    expect(out.ok === false && out.message).toContain('点击工具栏');
  });

  it('captures a tab that is still loading right away, and says so', async () => {
    const url = 'http://127.0.0.1:8123/article-000.html';
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, status: 'loading' } as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (inj: { files?: string[] }) =>
      inj.files ? [{ frameId: 0, result: snapshotOf('article-000.html', url) }] : []) as never);
    const out = await captureTab(5, {}, { openStore: () => openDrafts(), now: () => T1 });
    expect(out.ok && out.facts.length).toBeGreaterThan(5);
    expect(out.ok && out.notice).toMatch(/页面尚未加载完成，已采集当前显示的内容/);
    const s2 = await openDrafts();
    const [saved] = await s2.listCaptures(out.ok ? out.draftId : '');
    expect(saved.log.join('\n')).toContain('页面仍在加载');
    s2.close();
  });

  it('gives up on a page that does not answer within the time limit, with a message', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((() => new Promise(() => {})) as never);
    const out = await captureTab(6, {}, { openStore: () => openDrafts(), now: () => T1, timeoutMs: 50 });
    expect(out.ok).toBe(false);
    expect(out.ok === false && out.message).toMatch(/^采集超时：.*请按 Esc 停止加载或刷新页面后重试/);
  });
});
