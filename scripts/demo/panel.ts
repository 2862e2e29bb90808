import type { Page } from 'playwright-core';
import { DB_NAME } from '../../shared/store/drafts';
import { StoredCaptureSchema, type StoredCapture } from '../../shared/store/schema';
import { DemoError } from './errors';

// The side panel page (chrome-extension://ID/sidepanel.html in a tab): choose the form there, as a clerk would,
// and read the draft the extension saved back out of its IndexedDB.

type Settings = { unit: string; period: string };

/** Reads one store of the extension's drafts database from inside the extension's origin. */
async function readStore(panel: Page, store: 'meta' | 'captures', key?: string): Promise<unknown> {
  return panel.evaluate(
    async ([name, storeName, k]) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      try {
        if (!db.objectStoreNames.contains(storeName)) return null;
        const os = db.transaction(storeName, 'readonly').objectStore(storeName);
        const req = k === null ? os.getAll() : os.get(k);
        return await new Promise((ok, fail) => {
          req.onsuccess = () => ok(req.result ?? null);
          req.onerror = () => fail(req.error);
        });
      } finally {
        db.close();
      }
    },
    [DB_NAME, store, key ?? null] as const,
  );
}

export async function readSettings(panel: Page): Promise<Settings | null> {
  return (await readStore(panel, 'meta', 'settings')) as Settings | null;
}

async function waitForSettings(panel: Page, want: (s: Settings | null) => boolean, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (want(await readSettings(panel))) return true;
    await panel.waitForTimeout(100);
  }
  return false;
}

/** Types 填报单位 and 报告期 into the panel's header (each field commits on blur and switches the draft). */
export async function chooseForm(panel: Page, unit: string, period: string): Promise<void> {
  const fill = async (label: string, value: string, want: (s: Settings | null) => boolean) => {
    const input = panel.getByLabel(label);
    await input.fill(value);
    await input.press('Tab');
    if (!(await waitForSettings(panel, want))) {
      throw new DemoError(`侧边栏没有保存“${label}”（${value}）。请检查侧边栏的填报单位/报告期输入框（entrypoints/sidepanel/components/DraftHeader.tsx）`);
    }
    await panel.getByRole('heading', { name: '政协统计助手' }).waitFor();
  };
  await fill('填报单位', unit, (s) => s?.unit === unit);
  await fill('报告期', period, (s) => s?.unit === unit && s?.period === period);
}

/** The captures the extension saved into one draft, parsed with the store's own schema. */
export async function readDraftCaptures(panel: Page, draftId: string): Promise<StoredCapture[]> {
  const rows = ((await readStore(panel, 'captures')) as unknown[] | null) ?? [];
  const out: StoredCapture[] = [];
  for (const row of rows) {
    const parsed = StoredCaptureSchema.safeParse(row);
    if (parsed.success && parsed.data.draftId === draftId) out.push(parsed.data);
  }
  return out.sort((a, b) => a.firstCapturedAt.localeCompare(b.firstCapturedAt));
}
