import { openDB, type IDBPDatabase } from 'idb';
import type { Capture } from '../model';
import { captureKey, canonicalUrl, draftId as makeDraftId } from './keys';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { carryReview, emptyReview } from './review';
import {
  DraftSchema, ReviewSchema, SettingsSchema, StoredCaptureSchema, defaultPeriod,
  type Draft, type Review, type Settings, type StoredCapture,
} from './schema';

// Drafts in IndexedDB (the extension's origin), through idb. One draft per form (unit + period);
// captures keyed by draft + canonical URL. Every write is one transaction, so nothing is half-saved
// when the panel or the tab closes.

export const DB_NAME = 'zxtally-drafts';

export interface SaveResult {
  stored: StoredCapture;
  /** When the same page had been captured before into this draft. */
  previousCapturedAt: string | null;
}

export interface DraftSummary {
  draft: Draft;
  /** Captured pages in this draft. */
  pages: number;
}

export interface MoveResult {
  moved: number;
  /** Pages the target draft already had: the newer capture of the two is kept. */
  merged: number;
}

export class DraftStore {
  constructor(readonly db: IDBPDatabase<unknown>) {}

  close(): void {
    this.db.close();
  }

  async getSettings(now: Date = new Date()): Promise<Settings> {
    const raw = await this.db.get('meta', 'settings');
    const parsed = SettingsSchema.safeParse(raw);
    return parsed.success ? parsed.data : { unit: '', period: defaultPeriod(now) };
  }

  async setSettings(s: Settings): Promise<Settings> {
    const v = SettingsSchema.parse(s);
    await this.db.put('meta', v, 'settings');
    return v;
  }

  async ensureDraft(unit: string, period: string, now: Date = new Date()): Promise<Draft> {
    const id = makeDraftId(unit, period);
    const tx = this.db.transaction('drafts', 'readwrite');
    const old = await tx.store.get(id);
    const draft = old
      ? DraftSchema.parse(old)
      : DraftSchema.parse({ id, form: 'ZX-01', unit: unit.trim(), period: period.trim(), createdAt: now.toISOString(), updatedAt: now.toISOString() });
    if (!old) await tx.store.put(draft);
    await tx.done;
    return draft;
  }

  /** The draft of the form the clerk has selected (created on first use). */
  async activeDraft(now: Date = new Date()): Promise<Draft> {
    const s = await this.getSettings(now);
    return this.ensureDraft(s.unit, s.period, now);
  }

  async listDrafts(): Promise<Draft[]> {
    return (await this.db.getAll('drafts')).map((d) => DraftSchema.parse(d));
  }

  /** Every draft with its number of pages, newest first. */
  async draftSummaries(): Promise<DraftSummary[]> {
    const drafts = await this.listDrafts();
    const tx = this.db.transaction('captures');
    const index = tx.store.index('draftId');
    const out = await Promise.all(drafts.map(async (draft) => ({ draft, pages: await index.count(draft.id) })));
    await tx.done;
    return out.sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt) || a.draft.id.localeCompare(b.draft.id));
  }

  /**
   * Move captures to another draft (created when missing), review and log with them, in one transaction.
   * When the target already has the same page, the more recent capture stays and the other goes.
   */
  async moveCaptures(keys: readonly string[], unit: string, period: string, now: Date = new Date()): Promise<MoveResult> {
    const target = await this.ensureDraft(unit, period, now);
    const tx = this.db.transaction(['captures', 'drafts'], 'readwrite');
    const captures = tx.objectStore('captures');
    let moved = 0;
    let merged = 0;
    for (const key of keys) {
      const raw = await captures.get(key);
      if (!raw) continue;
      const c = StoredCaptureSchema.parse(raw);
      if (c.draftId === target.id) continue;
      const nextKey = captureKey(target.id, c.rawUrl);
      const there = await captures.get(nextKey);
      const keep = there ? StoredCaptureSchema.parse(there) : null;
      if (keep) merged++;
      if (!keep || keep.capturedAt < c.capturedAt)
        await captures.put(StoredCaptureSchema.parse({ ...c, key: nextKey, draftId: target.id, firstCapturedAt: keep && keep.firstCapturedAt < c.firstCapturedAt ? keep.firstCapturedAt : c.firstCapturedAt }));
      await captures.delete(key);
      moved++;
    }
    const d = await tx.objectStore('drafts').get(target.id);
    if (d && moved) await tx.objectStore('drafts').put({ ...d, updatedAt: now.toISOString() });
    await tx.done;
    return { moved, merged };
  }

  async saveCapture(draft: string, rawUrl: string, capture: Capture, log: string[], now: Date = new Date()): Promise<SaveResult> {
    const key = captureKey(draft, rawUrl);
    const tx = this.db.transaction(['captures', 'drafts'], 'readwrite');
    const captures = tx.objectStore('captures');
    const oldRaw = await captures.get(key);
    const old = oldRaw ? StoredCaptureSchema.parse(oldRaw) : null;
    const at = now.toISOString();
    const stored = StoredCaptureSchema.parse({
      key, draftId: draft, url: canonicalUrl(rawUrl), rawUrl, capturedAt: at,
      firstCapturedAt: old?.firstCapturedAt ?? at,
      capture: { ...capture, url: capture.url ?? rawUrl },
      review: old ? carryReview(old.review, capture) : emptyReview(),
      log,
    });
    await captures.put(stored);
    const d = await tx.objectStore('drafts').get(draft);
    if (d) await tx.objectStore('drafts').put({ ...d, updatedAt: at });
    await tx.done;
    return { stored, previousCapturedAt: old?.capturedAt ?? null };
  }

  async getCapture(key: string): Promise<StoredCapture | null> {
    const raw = await this.db.get('captures', key);
    return raw ? StoredCaptureSchema.parse(raw) : null;
  }

  async listCaptures(draft: string): Promise<StoredCapture[]> {
    const rows = await this.db.getAllFromIndex('captures', 'draftId', draft);
    return rows.map((r) => StoredCaptureSchema.parse(r)).sort((a, b) => a.firstCapturedAt.localeCompare(b.firstCapturedAt));
  }

  /** Captures of this page in any draft, newest first. */
  async findByUrl(url: string): Promise<StoredCapture[]> {
    const rows = await this.db.getAllFromIndex('captures', 'url', canonicalUrl(url));
    return rows.map((r) => StoredCaptureSchema.parse(r)).sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  }

  /** Canonical URLs already captured into a draft (the batch skips them). */
  async capturedUrls(draft: string): Promise<Set<string>> {
    const keys = await this.db.getAllKeysFromIndex('captures', 'draftId', draft);
    return new Set(keys.map((k) => String(k).slice(draft.length + 1)));
  }

  async setReview(key: string, review: Review): Promise<void> {
    const tx = this.db.transaction('captures', 'readwrite');
    const raw = await tx.store.get(key);
    if (!raw) throw new Error('找不到这条采集记录，请刷新侧边栏后重试');
    await tx.store.put({ ...StoredCaptureSchema.parse(raw), review: ReviewSchema.parse(review) });
    await tx.done;
  }

  async deleteCapture(key: string): Promise<void> {
    await this.db.delete('captures', key);
  }
}

/** Opens (and migrates) the drafts database. `version` below the latest is for migration tests only. */
export async function openDrafts(opts: { name?: string; version?: number } = {}): Promise<DraftStore> {
  const version = opts.version ?? LATEST_VERSION;
  const db = await openDB(opts.name ?? DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v](db, tx);
    },
    blocking() {
      // A newer version opened elsewhere (the panel after an update): let it migrate.
      db.close();
    },
  });
  return new DraftStore(db);
}
