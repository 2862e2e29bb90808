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
              {(allCandidates === c.code ? candidateGroups(c) : candidateGroups(c).slice(0, FEW)).map((g) => {
                const k = c.candidates[g.first];
                return (
                  <div key={g.first} class="row" style="margin:2px 0; align-items:flex-start; flex-wrap:nowrap">
                    <button
                      class="primary"
                      style="flex:none"
                      onClick={() => void choose(c, g.first)}
                      aria-label={`${label(c.code)}采用 ${k.value}${g.pages > 1 ? `（${g.pages} 个页面）` : ''}`}
                      title="采用这个数字，给出其他数字的页面上的该数字标为不采用（可撤销）"
                    >
                      采用 {k.value}
                      {k.approx ? '（概数）' : ''}
                    </button>
                    <span>
                      「{k.quote}」
                      <span class="muted">
                        {[k.title, k.date].filter(Boolean).join(' · ') || k.url || '未知页面'}
                        {g.pages > 1 ? ` 等 ${g.pages} 个页面` : ''}
                      </span>
                    </span>
                  </div>
                );
              })}
              {candidateGroups(c).length > FEW && allCandidates !== c.code && (
                <button onClick={() => setAllCandidates(c.code)}>其余 {candidateGroups(c).length - FEW} 个候选 ▼</button>
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

/** Candidates giving the same figure are one choice: many pages stating 13 are one line, not thirteen. */
function candidateGroups(c: Conflict): Array<{ first: number; pages: number }> {
  const groups = new Map<string, { first: number; pages: number }>();
  c.candidates.forEach((k, i) => {
    const key = `${k.value}|${k.approx ? 1 : 0}`;
    const g = groups.get(key);
    if (g) g.pages++;
    else groups.set(key, { first: i, pages: 1 });
  });
  return [...groups.values()];
}
