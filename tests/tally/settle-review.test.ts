import { describe, expect, it } from 'vitest';
import { tallyDraft } from '../../shared/store/draft-tally';
import { settleByReview } from '../../shared/store/settle-review';
import { emptyReview } from '../../shared/store/review';
import type { StoredCapture } from '../../shared/store/schema';
import { fact, page } from './helpers';

// Settling a conflict in the side panel: one action rejects the other candidates' statements; the next tally fills
// the cell from the chosen page and has no conflict left.
function stored(key: string, url: string, facts: ReturnType<typeof fact>[], date: string): StoredCapture {
  const c = page(url, facts, [], { date });
  return { key, draftId: 'd1', url, rawUrl: url, capturedAt: '2026-01-20T08:00:00Z', firstCapturedAt: '2026-01-20T08:00:00Z', capture: c, review: emptyReview(), log: [] };
}

describe('settleByReview', () => {
  it('leaves the chosen figure as the only one, and the tally fills the cell from it', () => {
    const a = stored('a', 'https://zx.example.gov.cn/a.html', [fact('收到提案186件', 186, '件', 'pro.submitted'), fact('召开主席会议12次', 12, '次', 'mtg.chair')], '2025-12-26');
    const b = stored('b', 'https://zx.example.gov.cn/b.html', [fact('提交提案188件', 188, '件', 'pro.submitted')], '2025-12-28');
    const before = tallyDraft([a, b], '城中区政协', '2025');
    expect(before.conflicts.map((c) => c.code)).toEqual(['pro.submitted']);
    const chosen = before.conflicts[0].candidates.findIndex((c) => c.value === 188);
    const edits = settleByReview([a, b], before.conflicts[0], chosen);
    expect(edits.map((e) => e.key)).toEqual(['a']);
    const after = tallyDraft([a, b].map((c) => ({ ...c, review: edits.find((e) => e.key === c.key)?.review ?? c.review })), '城中区政协', '2025');
    expect(after.conflicts).toEqual([]);
    expect(after.form.values).toMatchObject({ 'pro.submitted': 188, 'mtg.chair': 12 });
    expect(after.form.sources!['pro.submitted']).toMatchObject([{ url: 'https://zx.example.gov.cn/b.html', quote: '提交提案188件' }]);
  });
});
