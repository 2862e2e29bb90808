import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftStore, DraftSummary, MoveResult } from '@/shared/store/drafts';
import type { Draft, Review, Settings, StoredCapture } from '@/shared/store/schema';
import { tallyDraft, type DraftTally } from '@/shared/store/draft-tally';

// Panel state: the active draft and its captures, read from IndexedDB; every edit is written at once (autosave).
// Every draft stays reachable (the switcher lists them with their page counts); review edits can be undone.

export interface UndoStep {
  key: string;
  before: Review;
  /** What the step did, for the undo button ("排除：主席会议13次"). */
  what: string;
}

export interface DraftsState {
  ready: boolean;
  settings: Settings | null;
  draft: Draft | null;
  drafts: DraftSummary[];
  captures: StoredCapture[];
  tally: DraftTally | null;
  tallyError: string | null;
  undo: UndoStep | null;
  reload: () => Promise<void>;
  /** Make unit × period the active draft; with `move`, the given captures go along. */
  switchDraft: (s: Settings, move?: readonly string[]) => Promise<MoveResult | null>;
  moveCaptures: (keys: readonly string[], to: Draft) => Promise<MoveResult | null>;
  setReview: (key: string, r: Review, what?: string) => Promise<void>;
  undoLast: () => Promise<UndoStep | null>;
  remove: (key: string) => Promise<void>;
}

export function useDrafts(store: DraftStore | null): DraftsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [captures, setCaptures] = useState<StoredCapture[]>([]);
  const [history, setHistory] = useState<UndoStep[]>([]);

  const reload = useCallback(async () => {
    if (!store) return;
    const s = await store.getSettings();
    const d = await store.ensureDraft(s.unit, s.period);
    const list = await store.listCaptures(d.id);
    const all = await store.draftSummaries();
    setSettings(s);
    setDraft(d);
    setCaptures(list);
    setDrafts(all);
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const switchDraft = useCallback(
    async (s: Settings, move?: readonly string[]) => {
      if (!store) return null;
      const moved = move?.length ? await store.moveCaptures(move, s.unit, s.period) : null;
      await store.setSettings(s);
      setHistory([]);
      await reload();
      return moved;
    },
    [store, reload],
  );

  const moveCaptures = useCallback(
    async (keys: readonly string[], to: Draft) => {
      if (!store) return null;
      const out = await store.moveCaptures(keys, to.unit, to.period);
      setHistory((h) => h.filter((u) => !keys.includes(u.key)));
      await reload();
      return out;
    },
    [store, reload],
  );

  const setReview = useCallback(
    async (key: string, r: Review, what = '修改') => {
      if (!store) return;
      const before = captures.find((c) => c.key === key)?.review;
      if (before) setHistory((h) => [...h.slice(-49), { key, before, what }]);
      setCaptures((list) => list.map((c) => (c.key === key ? { ...c, review: r } : c)));
      await store.setReview(key, r);
    },
    [store, captures],
  );

  const undoLast = useCallback(async () => {
    const step = history[history.length - 1];
    if (!store || !step) return null;
    setHistory((h) => h.slice(0, -1));
    setCaptures((list) => list.map((c) => (c.key === step.key ? { ...c, review: step.before } : c)));
    await store.setReview(step.key, step.before);
    return step;
  }, [store, history]);

  const remove = useCallback(
    async (key: string) => {
      if (!store) return;
      await store.deleteCapture(key);
      setHistory((h) => h.filter((u) => u.key !== key));
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

  return {
    ready: !!settings, settings, draft, drafts, captures, tally, tallyError, undo: history[history.length - 1] ?? null,
    reload, switchDraft, moveCaptures, setReview, undoLast, remove,
  };
}
