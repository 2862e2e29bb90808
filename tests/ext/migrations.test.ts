import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDrafts } from '@/shared/store/drafts';
import { LATEST_VERSION, MIGRATIONS } from '@/shared/store/migrations';
import { articleCapture } from './fixtures';

// One test per schema step: a database left at version n - 1 with real rows opens at the latest version intact.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const NAME = 'migration-test';

describe('drafts database migrations', () => {
  it('has a migration for every version', () => {
    expect(MIGRATIONS).toHaveLength(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(2);
  });

  it('v0 → latest: a fresh database has every store and index', async () => {
    const store = await openDrafts({ name: NAME });
    expect([...store.db.objectStoreNames].sort()).toEqual(['captures', 'drafts', 'meta']);
    const tx = store.db.transaction('captures');
    expect([...tx.store.indexNames].sort()).toEqual(['draftId', 'url']);
    store.close();
  });

  it('v1 → latest: v1 rows get an empty review and log and are found by URL', async () => {
    const v1 = await openDrafts({ name: NAME, version: 1 });
    await v1.db.put('meta', { unit: '城中区政协', period: '2025' }, 'settings');
    await v1.db.put('drafts', { id: 'ZX-01|城中区政协|2025', form: 'ZX-01', unit: '城中区政协', period: '2025', createdAt: 't', updatedAt: 't' });
    // The v1 row shape: no review, no log, no firstCapturedAt.
    await v1.db.put('captures', {
      key: 'ZX-01|城中区政协|2025\nhttp://127.0.0.1/a.html', draftId: 'ZX-01|城中区政协|2025', url: 'http://127.0.0.1/a.html',
      rawUrl: 'http://127.0.0.1/a.html?utm_source=x', capturedAt: '2026-03-02T08:00:00.000Z', capture: articleCapture(),
    });
    v1.close();

    const latest = await openDrafts({ name: NAME });
    expect(latest.db.version).toBe(LATEST_VERSION);
    const [row] = await latest.listCaptures('ZX-01|城中区政协|2025');
    expect(row.review).toEqual({ facts: {}, records: {} });
    expect(row.log).toEqual([]);
    expect(row.firstCapturedAt).toBe('2026-03-02T08:00:00.000Z');
    expect(row.capture.facts).toHaveLength(4);
    expect((await latest.findByUrl('http://127.0.0.1/a.html')).map((c) => c.key)).toEqual([row.key]);
    expect(await latest.getSettings()).toEqual({ unit: '城中区政协', period: '2025' });
    latest.close();
  });

  it('an older panel does not block the upgrade: the old connection closes itself', async () => {
    const old = await openDrafts({ name: NAME, version: 1 });
    const upgraded = await openDrafts({ name: NAME });
    expect(upgraded.db.version).toBe(LATEST_VERSION);
    upgraded.close();
    old.close();
  });
});
