import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDrafts } from '@/shared/store/drafts';
import { factKey } from '@/shared/store/review';
import { articleCapture, listCapture } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const T1 = new Date('2026-03-02T08:00:00Z');
const T2 = new Date('2026-03-05T09:30:00Z');

describe('DraftStore', () => {
  it('defaults 报告期 to the year before today and keeps what the clerk sets', async () => {
    const store = await openDrafts();
    expect(await store.getSettings(new Date('2026-01-15T00:00:00Z'))).toEqual({ unit: '', period: '2025' });
    await store.setSettings({ unit: '城中区政协', period: '2024' });
    expect(await store.getSettings()).toEqual({ unit: '城中区政协', period: '2024' });
    await expect(store.setSettings({ unit: 'x', period: '24' })).rejects.toThrow();
    // A span is a period; it is stored in its canonical text only, so one span typed two ways is one draft.
    await store.setSettings({ unit: '城中区政协', period: '十一届（2007—2011）' });
    expect(await store.getSettings()).toEqual({ unit: '城中区政协', period: '十一届（2007—2011）' });
    await expect(store.setSettings({ unit: 'x', period: '2021-2025' })).rejects.toThrow(/报告期应为年份/);
    store.close();
  });

  it('capturing the same page again updates it, keeps the review, and reports the earlier date', async () => {
    const store = await openDrafts();
    const draft = await store.ensureDraft('城中区政协', '2025', T1);
    const first = await store.saveCapture(draft.id, 'http://127.0.0.1/a.html?utm_source=x', articleCapture(), ['log'], T1);
    expect(first.previousCapturedAt).toBeNull();
    const c = articleCapture();
    await store.setReview(first.stored.key, { facts: { [factKey(c.facts[0])]: { status: 'rejected' } }, records: {} });
    const second = await store.saveCapture(draft.id, 'http://127.0.0.1/a.html#top', c, ['log 2'], T2);
    expect(second.stored.key).toBe(first.stored.key);
    expect(second.previousCapturedAt).toBe(T1.toISOString());
    const list = await store.listCaptures(draft.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ firstCapturedAt: T1.toISOString(), capturedAt: T2.toISOString(), log: ['log 2'] });
    expect(list[0].review.facts[factKey(c.facts[0])]).toEqual({ status: 'rejected' });
    store.close();
  });

  it('keeps drafts of different forms apart and finds a page across drafts by URL', async () => {
    const store = await openDrafts();
    const a = await store.ensureDraft('城中区政协', '2025');
    const b = await store.ensureDraft('城中区政协', '2024');
    await store.saveCapture(a.id, 'http://127.0.0.1/list.html', listCapture(), [], T1);
    await store.saveCapture(b.id, 'http://127.0.0.1/list.html', listCapture(), [], T2);
    await store.saveCapture(a.id, 'http://127.0.0.1/a.html', articleCapture(), [], T2);
    expect((await store.listCaptures(a.id)).map((c) => c.url)).toEqual(['http://127.0.0.1/list.html', 'http://127.0.0.1/a.html']);
    expect([...(await store.capturedUrls(b.id))]).toEqual(['http://127.0.0.1/list.html']);
    expect((await store.findByUrl('http://127.0.0.1/list.html#x')).map((c) => c.draftId)).toEqual([b.id, a.id]);
    store.close();
  });

  it('survives the panel closing: a second connection sees every saved edit', async () => {
    const one = await openDrafts();
    const d = await one.activeDraft(T1);
    const { stored } = await one.saveCapture(d.id, 'http://127.0.0.1/a.html', articleCapture(), [], T1);
    await one.setReview(stored.key, { facts: {}, records: { x: false } });
    one.close();
    const two = await openDrafts();
    expect((await two.getCapture(stored.key))?.review.records).toEqual({ x: false });
    two.close();
  });

  it('says what to do when a review is saved for a capture that was deleted', async () => {
    const store = await openDrafts();
    await expect(store.setReview('nope', { facts: {}, records: {} })).rejects.toThrow('请刷新侧边栏');
    store.close();
  });
});
