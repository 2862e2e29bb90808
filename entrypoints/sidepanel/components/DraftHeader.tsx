import { useEffect, useState } from 'preact/hooks';
import type { Draft, Settings } from '@/shared/store/schema';
import type { DraftSummary } from '@/shared/store/drafts';
import { draftId } from '@/shared/store/keys';
import { periodName, readPeriodEntry } from '@/shared/tally/period';

export const draftName = (d: Pick<Draft, 'unit' | 'period'>): string => `${d.unit || '未填单位'} ${periodName(d.period)}`;

/**
 * 填报单位 and 报告期 choose the draft (one draft per form). 报告期 is a year or a span of years (2021—2025,
 * 十一届（2007—2011）), read by the core's period parser and kept in its canonical text, so one span typed two
 * ways is one draft. Every draft with pages stays in the switcher.
 * Changing them while the current draft has pages asks first: move the pages along, or leave them where they are.
 */
export function DraftHeader(props: {
  settings: Settings;
  drafts: DraftSummary[];
  /** Pages in the current draft. */
  pages: number;
  onSwitch: (s: Settings, movePages: boolean) => void;
}) {
  const [unit, setUnit] = useState(props.settings.unit);
  const [period, setPeriod] = useState(props.settings.period);
  const [err, setErr] = useState('');
  const [pending, setPending] = useState<Settings | null>(null);
  useEffect(() => {
    setUnit(props.settings.unit);
    setPeriod(props.settings.period);
    setPending(null);
  }, [props.settings.unit, props.settings.period]);

  const currentId = draftId(props.settings.unit, props.settings.period);
  const commit = (u: string, p: string) => {
    const read = readPeriodEntry(p);
    if (!read.ok) return setErr(read.message);
    setErr('');
    setPeriod(read.period);
    const next = { unit: u.trim(), period: read.period };
    if (draftId(next.unit, next.period) === currentId) return setPending(null);
    if (props.pages > 0) return setPending(next);
    props.onSwitch(next, false);
  };
  const cancel = () => {
    setPending(null);
    setUnit(props.settings.unit);
    setPeriod(props.settings.period);
  };
  const target = pending ? props.drafts.find((d) => d.draft.id === draftId(pending.unit, pending.period)) : undefined;
  const shown = props.drafts.filter((d) => d.pages > 0 || d.draft.id === currentId);
  return (
    <section data-testid="draft-header">
      <div class="row">
        <label>
          草稿
          <select
            aria-label="切换草稿"
            data-testid="draft-switcher"
            value={currentId}
            onChange={(e) => {
              const d = props.drafts.find((x) => x.draft.id === (e.currentTarget as HTMLSelectElement).value);
              if (d) props.onSwitch({ unit: d.draft.unit, period: d.draft.period }, false);
            }}
          >
            {shown.map((d) => (
              <option key={d.draft.id} value={d.draft.id}>
                {draftName(d.draft)}（{d.pages} 页）
              </option>
            ))}
          </select>
        </label>
        {shown.length > 1 && <span class="muted">共 {shown.length} 份草稿，切换不会丢失页面</span>}
      </div>
      <div class="row">
        <label>
          填报单位
          <input type="text" value={unit} placeholder="如 城中区政协" onInput={(e) => setUnit(e.currentTarget.value)} onChange={(e) => commit(e.currentTarget.value, period)} />
        </label>
        <label>
          报告期
          <input
            type="text"
            class="period report-period"
            value={period}
            placeholder="如 2025 或 2021—2025"
            title="年份（如 2025），或起止年份（如 2021—2025、十一届（2007—2011））"
            onInput={(e) => setPeriod(e.currentTarget.value)}
            onChange={(e) => commit(unit, e.currentTarget.value)}
          />
        </label>
      </div>
      {err && <div class="status error">{err}</div>}
      {pending && (
        <div class="confirm" role="alertdialog" aria-label="更改填报单位或报告期" data-testid="draft-confirm">
          <p>
            当前草稿“{draftName(props.settings)}”有 <b>{props.pages}</b> 个已采集页面。改为“{draftName(pending)}”
            {target && target.pages > 0 ? `（已有 ${target.pages} 页）` : '（新草稿）'}后，这些页面怎么办？
          </p>
          <div class="row">
            <button class="primary" onClick={() => props.onSwitch(pending, true)}>
              把 {props.pages} 个页面移到“{draftName(pending)}”
            </button>
            <button onClick={() => props.onSwitch(pending, false)}>只切换（页面留在“{draftName(props.settings)}”，可随时切回）</button>
            <button onClick={cancel}>取消</button>
          </div>
        </div>
      )}
    </section>
  );
}
