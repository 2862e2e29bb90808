import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDrafts } from '@/shared/store/drafts';
import { draftId } from '@/shared/store/keys';
import { articleCapture, listCapture } from './fixtures';

// Pages never get lost between drafts: every draft is listed with its pages, and pages move between drafts.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const T = (d: number) => new Date(Date.UTC(2026, 2, d, 8));

describe('drafts: summaries and moving pages', () => {
  it('lists every draft with its page count, and moves pages with their review', async () => {
    const store = await openDrafts();
    const a = await store.ensureDraft('', '2025', T(1));
    const s1 = await store.saveCapture(a.id, 'http://127.0.0.1/a.html', articleCapture(), ['log a'], T(1));
    await store.saveCapture(a.id, 'http://127.0.0.1/list.html', listCapture(), [], T(2));
    await store.setReview(s1.stored.key, { facts: { x: { status: 'rejected' } }, records: {} });
    await store.ensureDraft('城中区政协', '2025', T(3));

    expect((await store.draftSummaries()).map((d) => [d.draft.id, d.pages])).toEqual([
      [draftId('城中区政协', '2025'), 0],
      [draftId('', '2025'), 2],
    ]);

    const out = await store.moveCaptures([s1.stored.key, 'no such key'], '城中区政协', '2025', T(4));
    expect(out).toEqual({ moved: 1, merged: 0 });
    const there = await store.listCaptures(draftId('城中区政协', '2025'));
    expect(there.map((c) => [c.rawUrl, c.review.facts.x?.status, c.log])).toEqual([['http://127.0.0.1/a.html', 'rejected', ['log a']]]);
    expect(await store.getCapture(s1.stored.key)).toBeNull();
    expect((await store.listCaptures(a.id)).map((c) => c.rawUrl)).toEqual(['http://127.0.0.1/list.html']);
    store.close();
  });

  it('when the target has the same page, keeps the more recent capture and counts the merge', async () => {
    const store = await openDrafts();
    const from = await store.ensureDraft('', '2025', T(1));
    const to = await store.ensureDraft('城中区政协', '2025', T(1));
    const older = await store.saveCapture(to.id, 'http://127.0.0.1/a.html', { ...articleCapture(), title: '旧' }, [], T(1));
    const newer = await store.saveCapture(from.id, 'http://127.0.0.1/a.html#top', { ...articleCapture(), title: '新' }, [], T(5));
    const out = await store.moveCaptures([newer.stored.key], '城中区政协', '2025', T(6));
    expect(out).toEqual({ moved: 1, merged: 1 });
    const kept = await store.listCaptures(to.id);
    expect(kept.map((c) => [c.capture.title, c.firstCapturedAt])).toEqual([['新', older.stored.firstCapturedAt]]);
    expect(await store.listCaptures(from.id)).toEqual([]);
    store.close();
  });
});
