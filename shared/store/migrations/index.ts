import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateToV1 } from './v1';
import { migrateToV2 } from './v2';

export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/** MIGRATIONS[n - 1] upgrades a database from version n - 1 to n. Append only; never edit a released step. */
export const MIGRATIONS: readonly Migration[] = [migrateToV1, migrateToV2];
export const LATEST_VERSION = MIGRATIONS.length;
