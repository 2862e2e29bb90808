// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { App } from '@/entrypoints/sidepanel/App';
import { openDrafts } from '@/shared/store/drafts';
import { broadcast } from '@/shared/messages';
import { factKey } from '@/shared/store/review';
import { articleCapture } from './fixtures';
import { panelDeps, runtime } from './panel-deps';

// The whole panel over a real (fake-indexeddb) draft store: review edits reach the tally and the database.

const deps = panelDeps;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
const tallyCell = (root: HTMLElement, code: string) => root.querySelector(`[data-testid=tally] tr[data-code="${code}"] td.num`)?.textContent ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  document.body.innerHTML = '';
});

async function seed(): Promise<string> {
  const store = await openDrafts();
  await store.setSettings({ unit: '城中区政协', period: '2025' });
  const d = await store.activeDraft();
  const { stored } = await store.saveCapture(d.id, 'http://127.0.0.1/article-000.html', articleCapture(), ['log']);
  store.close();
  return stored.key;
}

describe('side panel', () => {
  it('shows the draft’s pages and tally, and a rejected fact leaves the tally and is saved', async () => {
    const key = await seed();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App deps={deps()} />, root));
    await until(() => root.querySelector('[data-testid=page-count]')?.textContent === '1', 'the captured page');
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('城中区政协');
    expect(root.querySelector('[data-testid=kind]')!.textContent).toBe('文章');
    await until(() => tallyCell(root, 'mtg.chair') !== null, 'the tally');
    expect(tallyCell(root, 'mtg.chair')).toBe('13次');

    const chairFact = [...root.querySelectorAll('[data-testid=fact]')].find((f) => f.textContent?.includes('主席会议13次')) as HTMLElement;
    act(() => button(chairFact, '排除').click());
    await until(() => tallyCell(root, 'mtg.chair') === null, 'the tally without the rejected fact');

    const store = await openDrafts();
    const saved = await store.getCapture(key);
    expect(saved?.review.facts[factKey(articleCapture().facts[3])]).toEqual({ status: 'rejected' });
    store.close();
  });

  it('follows a capture made by the toolbar button while the panel is open', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App deps={deps()} />, root));
    await until(() => !!root.textContent?.includes('还没有采集'), 'the empty draft');
    await act(() => broadcast(runtime, 'capture-event', { phase: 'started', tabId: 1 }));
    expect(root.querySelector('[role=status]')!.textContent).toContain('正在采集');
    // The default draft (no unit yet, last year's period) receives the capture.
    const store = await openDrafts();
    const d = await store.activeDraft();
    const { stored } = await store.saveCapture(d.id, 'http://127.0.0.1/a.html', articleCapture(), []);
    store.close();
    await act(() => broadcast(runtime, 'capture-event', { phase: 'saved', tabId: 1, key: stored.key }));
    await until(() => root.querySelector('[data-testid=page-count]')?.textContent === '1', 'the new capture');
    expect(root.querySelector('[role=status]')!.textContent).toContain('已采集并保存');
  });

  it('copies a problem report with the URL and the extraction log', async () => {
    await seed();
    const copyText = vi.fn(async (_s: string) => {});
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App deps={deps({ copyText })} />, root));
    await until(() => !!root.querySelector('[data-testid=capture-view]'), 'the capture view');
    await act(async () => button(root, '报告问题').click());
    await until(() => copyText.mock.calls.length === 1, 'the copy');
    const text = copyText.mock.calls[0][0];
    expect(text).toContain('网址：http://127.0.0.1/article-000.html');
    expect(text).toContain('识别类型：文章（article）');
    expect(text).toContain('  - log');
  });
});
