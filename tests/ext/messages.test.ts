import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcast, onMessage, sendMessage, type Runtime } from '@/shared/messages';

const runtime = fakeBrowser.runtime as unknown as Runtime;

beforeEach(() => fakeBrowser.reset());

describe('typed messages', () => {
  it('delivers a request and its validated response', async () => {
    onMessage(runtime, 'capture-tab', async (req) => {
      expect(req).toEqual({ tabId: 7, selectionOnly: true });
      return { ok: false, message: '无法读取此页面' };
    });
    await expect(sendMessage(runtime, 'capture-tab', { tabId: 7, selectionOnly: true })).resolves.toEqual({ ok: false, message: '无法读取此页面' });
  });

  it('rejects a response that does not match the protocol', async () => {
    onMessage(runtime, 'capture-tab', async () => ({ ok: true }) as never);
    await expect(sendMessage(runtime, 'capture-tab', {})).rejects.toThrow();
  });

  it('refuses to send a malformed request', async () => {
    await expect(sendMessage(runtime, 'capture-tab', { tabId: 'x' } as never)).rejects.toThrow();
  });

  it('a listener ignores other messages, and unsubscribes', async () => {
    const got: string[] = [];
    const off = onMessage(runtime, 'capture-event', (e) => void got.push(e.phase));
    onMessage(runtime, 'capture-tab', () => ({ ok: false, message: 'x' }));
    await broadcast(runtime, 'capture-tab', { tabId: 2 });
    await broadcast(runtime, 'capture-event', { phase: 'saved', tabId: 1, key: 'k' });
    off();
    await broadcast(runtime, 'capture-event', { phase: 'failed', tabId: 1 });
    expect(got).toEqual(['saved']);
  });

  it('broadcast does not throw when no panel is listening', async () => {
    await expect(broadcast(runtime, 'capture-event', { phase: 'started', tabId: null })).resolves.toBeUndefined();
  });
});
