import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftStore } from '@/shared/store/drafts';
import type { Draft, Review, Settings, StoredCapture } from '@/shared/store/schema';
import { tallyDraft, type DraftTally } from '@/shared/store/draft-tally';

// Panel state: the active draft and its captures, read from IndexedDB; every edit is written at once (autosave).

export interface DraftsState {
  ready: boolean;
  settings: Settings | null;
  draft: Draft | null;
  captures: StoredCapture[];
  tally: DraftTally | null;
  tallyError: string | null;
  reload: () => Promise<void>;
  changeSettings: (s: Settings) => Promise<void>;
  setReview: (key: string, r: Review) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

export function useDrafts(store: DraftStore | null): DraftsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [captures, setCaptures] = useState<StoredCapture[]>([]);

  const reload = useCallback(async () => {
    if (!store) return;
    const s = await store.getSettings();
    const d = await store.ensureDraft(s.unit, s.period);
    const list = await store.listCaptures(d.id);
    setSettings(s);
    setDraft(d);
    setCaptures(list);
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const changeSettings = useCallback(
    async (s: Settings) => {
      if (!store) return;
      await store.setSettings(s);
      await reload();
    },
    [store, reload],
  );

  const setReview = useCallback(
    async (key: string, r: Review) => {
      if (!store) return;
      setCaptures((list) => list.map((c) => (c.key === key ? { ...c, review: r } : c)));
      await store.setReview(key, r);
    },
    [store],
  );

  const remove = useCallback(
    async (key: string) => {
      if (!store) return;
      await store.deleteCapture(key);
      await reload();
    },
    [store, reload],
  );

  const [tally, tallyError] = useMemo((): [DraftTally | null, string | null] => {
    if (!settings) return [null, null];
    try {
      return [tallyDraft(captures, settings.unit, settings.period), null];
    } catch (err) {
      return [null, `汇总失败：${(err as Error).message}。请用“报告问题”告诉维护人员`];
    }
  }, [captures, settings]);

  return { ready: !!settings, settings, draft, captures, tally, tallyError, reload, changeSettings, setReview, remove };
}
