import { useState } from 'preact/hooks';
import { indicatorByCode } from '@/shared/catalogue/indicators';
import type { Conflict, LeftOut } from '@/shared/tally/tally';
import type { Review, StoredCapture } from '@/shared/store/schema';
import { settleByReview } from '@/shared/store/settle-review';

/**
 * What the tally leaves to the clerk: figures the pages disagree on (choosing one is one click: the other
 * statements are rejected on their pages, and 撤销 brings them back), and what it did not count toward the period.
 */
export function TallyDecisions(props: {
  conflicts: Conflict[];
  leftOut: LeftOut[];
  captures: StoredCapture[];
  setReview: (key: string, r: Review, what?: string) => Promise<void>;
}) {
  const [showLeftOut, setShowLeftOut] = useState(false);
  // A few conflicts are shown open; many (a long draft) wait behind one button so the panel stays short.
  const [openConflicts, setOpenConflicts] = useState<boolean | null>(null);
  const conflictsOpen = openConflicts ?? props.conflicts.length <= 2;
  // Of a conflict with many candidates (one figure per page), the first few show; the rest on request.
  const [allCandidates, setAllCandidates] = useState<string | null>(null);
  const FEW = 4;
  const label = (code: string) => indicatorByCode(code)?.label ?? code;
  const choose = async (c: Conflict, i: number) => {
    for (const e of settleByReview(props.captures, c, i)) await props.setReview(e.key, e.review, `${label(c.code)}选定 ${c.candidates[i].value}`);
  };
  if (props.conflicts.length === 0 && props.leftOut.length === 0) return null;
  return (
    <section data-testid="tally-decisions">
      {props.conflicts.length > 0 && (
        <div data-testid="conflict-chooser">
          <h2 style="margin-top:8px">待选定：页面之间数字不一致，请选定应填报的一个</h2>
          {props.conflicts.length > 2 && (
            <button onClick={() => setOpenConflicts(!conflictsOpen)} aria-expanded={conflictsOpen}>
              {props.conflicts.length} 项待选定 {conflictsOpen ? '▲' : '▼'}
            </button>
          )}
          {conflictsOpen && props.conflicts.map((c) => (
            <div key={c.code} class="confirm" data-code={c.code}>
              <p>
                <strong>{label(c.code)}</strong>（未填写）
              </p>
              {(allCandidates === c.code ? c.candidates : c.candidates.slice(0, FEW)).map((k, i) => (
                <div key={i} class="row" style="margin:2px 0; align-items:flex-start; flex-wrap:nowrap">
                  <button class="primary" style="flex:none" onClick={() => void choose(c, i)} title="采用这一页的数字，其余页面上的该数字标为不采用（可撤销）">
                    采用 {k.value}
                    {k.approx ? '（概数）' : ''}
                  </button>
                  <span>
                    「{k.quote}」
                    <span class="muted">
                      {[k.title, k.date].filter(Boolean).join(' · ') || k.url || '未知页面'}
                    </span>
                  </span>
                </div>
              ))}
              {c.candidates.length > FEW && allCandidates !== c.code && (
                <button onClick={() => setAllCandidates(c.code)}>其余 {c.candidates.length - FEW} 个候选 ▼</button>
              )}
            </div>
          ))}
        </div>
      )}
      {props.leftOut.length > 0 && (
        <div data-testid="left-out" style="margin-top:8px">
          <button onClick={() => setShowLeftOut(!showLeftOut)} aria-expanded={showLeftOut}>
            未计入本期 {props.leftOut.length} 项（其他年份、多年累计、无日期）{showLeftOut ? '▲' : '▼'}
          </button>
          {showLeftOut && (
            <ul class="why">
              {props.leftOut.map((l, n) => (
                <li key={n}>
                  {label(l.code)}：{l.kind === 'record' ? `记录「${l.title}」` : `「${l.quote}」（${l.title}）`}
                  {l.date ? ` ${l.date}` : ''} — <span class="muted">{l.why}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
