import { captureSnapshot } from '../page/capture-snapshot';
import type { Snapshot } from '../page/snapshot-schema';
import type { CaptureOutcome } from '../messages';
import type { DraftStore } from './drafts';
import { errorPageMessage, errorPageReason, httpErrorMessage } from './http-errors';

// Snapshot → core → the active draft. Shared by the background (tab capture) and the panel (batch pages).
// An error page (HTTP status ≥ 400, or a portal's "页面不存在" page) is refused, never saved.

export async function saveSnapshot(
  store: DraftStore,
  snapshot: Snapshot,
  opts: { selectionOnly?: boolean; log?: string[]; now?: Date; httpStatus?: number | null } = {},
): Promise<CaptureOutcome> {
  if (opts.httpStatus && opts.httpStatus >= 400) return { ok: false, message: httpErrorMessage(opts.httpStatus) };
  const errorPage = opts.selectionOnly ? null : errorPageReason(snapshot);
  if (errorPage) return { ok: false, message: errorPageMessage(errorPage) };
  const log = opts.log ?? [];
  const now = opts.now ?? new Date();
  const capture = captureSnapshot(snapshot);
  log.push(`类型 ${capture.kind}：${(capture.why ?? []).join('；')}`);
  log.push(`数据 ${capture.facts.length} 条，记录 ${capture.records.length} 条`);
  const draft = await store.activeDraft(now);
  const { stored, previousCapturedAt } = await store.saveCapture(draft.id, snapshot.url, capture, log, now);
  return {
    ok: true, kind: capture.kind, title: capture.title, facts: capture.facts, records: capture.records,
    draftId: draft.id, key: stored.key, url: stored.url, previousCapturedAt,
  };
}
