import type { IDBPDatabase, IDBPTransaction } from 'idb';

// v2: the clerk's review (accept/reject, indicator, approx, record checkboxes) is stored with each capture,
// and captures are findable by URL across drafts (for "已采集" on any form).
// v1 rows had no review and no extraction log: give them empty ones.
export async function migrateToV2(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  const store = tx.objectStore('captures');
  store.createIndex('url', 'url');
  let cursor = await store.openCursor();
  while (cursor) {
    const row = cursor.value as Record<string, unknown>;
    await cursor.update({
      ...row,
      review: row.review ?? { facts: {}, records: {} },
      log: row.log ?? [],
      firstCapturedAt: row.firstCapturedAt ?? row.capturedAt,
    });
    cursor = await cursor.continue();
  }
}
