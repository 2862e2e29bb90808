// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { writeFileSync } from 'node:fs';
import { TallyDecisions } from '@/entrypoints/sidepanel/components/TallyDecisions';
import { tallyDraft } from '@/shared/store/draft-tally';
import { emptyReview, factKey } from '@/shared/store/review';
import type { StoredCapture } from '@/shared/store/schema';
import { fact, page } from '../tally/helpers';

function stored(key: string, url: string, title: string, date: string, facts: ReturnType<typeof fact>[]): StoredCapture {
  return { key, draftId: 'd', url, rawUrl: url, capturedAt: '2026-01-20T08:00:00Z', firstCapturedAt: '2026-01-20T08:00:00Z', capture: page(url, facts, [], { title, date }), review: emptyReview(), log: [] };
}

describe('TallyDecisions', () => {
  const a = stored('a', 'https://zx.example.gov.cn/a.html', '区政协2025年工作总结', '2025-12-26', [fact('收到提案186件', 186, '件', 'pro.submitted')]);
  const b = stored('b', 'https://zx.example.gov.cn/b.html', '提案工作情况的报告', '2025-12-28', [fact('提交提案188件', 188, '件', 'pro.submitted')]);
  const old = stored('c', 'https://zx.example.gov.cn/c.html', '区政协2024年工作总结', '2024-12-27', [fact('召开主席会议11次', 11, '次', 'mtg.chair')]);

  it('shows each candidate with page title, date and quote; one click settles it through the review', async () => {
    const t = tallyDraft([a, b, old], '城中区政协', '2025');
    const setReview = vi.fn(async () => {});
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<TallyDecisions conflicts={t.conflicts} leftOut={t.leftOut} captures={[a, b, old]} setReview={setReview} />, root));
    const chooser = root.querySelector('[data-testid="conflict-chooser"]')!;
    expect(chooser.textContent).toContain('提交提案');
    expect(chooser.textContent).toContain('「收到提案186件」');
    expect(chooser.textContent).toContain('区政协2025年工作总结 · 2025-12-26');
    const buttons = [...chooser.querySelectorAll('button')];
    expect(buttons.map((x) => x.textContent)).toEqual(['采用 186', '采用 188']);
    await act(async () => buttons[1].click());
    expect(setReview).toHaveBeenCalledTimes(1);
    const [key, review] = setReview.mock.calls[0] as unknown as [string, StoredCapture['review']];
    expect(key).toBe('a');
    expect(review.facts[factKey(a.capture.facts[0])]).toEqual({ status: 'rejected' });
    // Left out: last year's summary, listed on demand with its reason.
    const toggle = root.querySelector('[data-testid="left-out"] button') as HTMLButtonElement;
    expect(toggle.textContent).toContain('未计入本期 1 项');
    act(() => toggle.click());
    expect(root.querySelector('[data-testid="left-out"] li')!.textContent).toContain('属于2024年');
    if (process.env.ZX_SCREENSHOTS) writeFileSync('/tmp/tally-decisions.html', root.innerHTML);
  });

  it('shows nothing when there is nothing to decide', () => {
    const root = document.createElement('div');
    act(() => render(<TallyDecisions conflicts={[]} leftOut={[]} captures={[]} setReview={async () => {}} />, root));
    expect(root.innerHTML).toBe('');
  });
});

describe('TallyDecisions with many conflicts', () => {
  it('keeps them behind one button so a long draft leaves the panel short', () => {
    const conflict = (code: string) => ({ code, candidates: [{ value: 1, quote: 'a1' }, { value: 2, quote: 'b2' }] });
    const root = document.createElement('div');
    act(() => render(<TallyDecisions conflicts={['mtg.chair', 'mtg.standing', 'pro.submitted'].map(conflict)} leftOut={[]} captures={[]} setReview={async () => {}} />, root));
    expect(root.querySelectorAll('.confirm')).toHaveLength(0);
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('3 项待选定'))!;
    act(() => open.click());
    expect(root.querySelectorAll('.confirm')).toHaveLength(3);
  });
});

describe('TallyDecisions with many candidates', () => {
  it('shows the first four and the rest on request', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({ value: i + 1, quote: `召开主席会议${i + 1}次` }));
    const root = document.createElement('div');
    act(() => render(<TallyDecisions conflicts={[{ code: 'mtg.chair', candidates }]} leftOut={[]} captures={[]} setReview={async () => {}} />, root));
    expect(root.querySelectorAll('button.primary')).toHaveLength(4);
    act(() => ([...root.querySelectorAll('button')].find((b) => b.textContent?.includes('其余 26 个候选')) as HTMLButtonElement).click());
    expect(root.querySelectorAll('button.primary')).toHaveLength(30);
  });
});
