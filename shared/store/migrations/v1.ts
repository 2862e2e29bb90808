import type { IDBPDatabase, IDBPTransaction } from 'idb';

// v1: drafts (one per form), captures keyed by draft + canonical URL, and a meta store for settings.
export function migrateToV1(db: IDBPDatabase<unknown>, _tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  db.createObjectStore('drafts', { keyPath: 'id' });
  const captures = db.createObjectStore('captures', { keyPath: 'key' });
  captures.createIndex('draftId', 'draftId');
  db.createObjectStore('meta');
}
