import type { Conflict } from '../form/form-file';
import { emptyReview, factKey, reviewedFacts } from './review';
import type { Review, StoredCapture } from './schema';

// Settling a conflict in the extension is one review action: the statements behind every other candidate are
// rejected on their pages (undo brings them back), so the next tally has one figure left and fills the cell
// from the chosen page. The captures themselves are not changed.

export function settleByReview(captures: readonly StoredCapture[], conflict: Conflict, chosen: number): Array<{ key: string; review: Review }> {
  const keep = conflict.candidates[chosen];
  if (!keep) return [];
  const out = new Map<string, Review>();
  conflict.candidates.forEach((cand, i) => {
    // pages that give the chosen figure agree with it: their statements stay as further sources
    if (i === chosen || (cand.value === keep.value && !!cand.approx === !!keep.approx)) return;
    const quotes = new Set(cand.quote.split(' + '));
    for (const c of captures) {
      if ((c.rawUrl || undefined) !== cand.url && c.capture.url !== cand.url) continue;
      const base = out.get(c.key) ?? c.review ?? emptyReview();
      const facts = { ...base.facts };
      for (const f of reviewedFacts(c.capture, base)) {
        if (f.indicator !== conflict.code || !quotes.has(f.quote)) continue;
        // The same page may also hold the chosen figure: keep that statement.
        if (cand.url === keep.url && keep.quote.split(' + ').includes(f.quote)) continue;
        facts[factKey(f)] = { ...(facts[factKey(f)] ?? {}), status: 'rejected' };
      }
      out.set(c.key, { ...base, facts });
    }
  });
  return [...out.entries()].map(([key, review]) => ({ key, review }));
}
