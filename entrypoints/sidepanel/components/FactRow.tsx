import { useState } from 'preact/hooks';
import type { Fact } from '@/shared/model';
import type { FactReview } from '@/shared/store/schema';
import { IndicatorPicker } from './IndicatorPicker';

export const APPROX_LABEL = { exact: '精确', over: '以上（余、多、超过）', about: '约数（约、近、左右）', under: '不足（不到、以下）' } as const;

/** The words around a fact in the captured text, so the clerk can judge it without the page. */
export function factContext(text: string, f: Pick<Fact, 'start' | 'end' | 'quote'>, span = 14): [string, string, string] {
  if (text.slice(f.start, f.end) !== f.quote) return ['', f.quote, ''];
  const before = text.slice(Math.max(0, f.start - span), f.start).replace(/\s+/g, ' ');
  const after = text.slice(f.end, f.end + span).replace(/\s+/g, ' ');
  return [(f.start > span ? '…' : '') + before, f.quote, after + (f.end + span < text.length ? '…' : '')];
}

/**
 * One fact: its quote, value (editable, the edit undoable), the indicator it counts for, the approximate flag,
 * accept or reject. Every control is named after the fact ("采纳：主席会议13次") for keyboard and screen-reader use.
 */
export function FactRow(props: {
  fact: Fact;
  text?: string;
  review?: FactReview;
  onChange: (r: FactReview, what?: string) => void;
  /** Why the tally did not count it toward the period (属于2024年…), when it did not. */
  leftOut?: string;
}) {
  const { fact } = props;
  const r: FactReview = props.review ?? { status: 'pending' };
  const indicator = r.indicator !== undefined ? r.indicator : fact.indicator;
  const approx = r.approx ?? fact.approx;
  const value = r.value ?? fact.value;
  const [before, quote, after] = factContext(props.text ?? '', fact);
  const [refusal, setRefusal] = useState('');
  const [draftValue, setDraftValue] = useState<string | null>(null);
  const [valueErr, setValueErr] = useState('');
  const set = (patch: Partial<FactReview>, what: string) => (setRefusal(''), props.onChange({ ...r, ...patch }, `${what}：${fact.quote}`));
  const commitValue = (typed: string) => {
    const v = Number(typed.trim());
    setDraftValue(null);
    if (!typed.trim() || !Number.isFinite(v) || v < 0) return setValueErr('数值应为不小于 0 的数字，已保留原来的数值');
    setValueErr('');
    if (v === value) return;
    const { value: _old, ...rest } = r;
    props.onChange(v === fact.value ? rest : { ...r, value: v, status: r.status === 'rejected' ? 'rejected' : 'accepted' }, `改数值：${fact.quote}`);
  };
  return (
    <div class={`fact ${r.status}`} data-testid="fact" role="group" aria-label={`数据：${fact.quote}`}>
      <div>
        <span class="value">
          <input
            type="text"
            inputMode="decimal"
            class="num"
            aria-label={`数值：${fact.quote}`}
            value={draftValue ?? String(value)}
            onInput={(e) => setDraftValue(e.currentTarget.value)}
            onChange={(e) => commitValue(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setDraftValue(null)}
          />
          {fact.unit}
        </span>
        {r.value !== undefined && (
          <span class="edited">
            （原文 {fact.value}
            {fact.unit}）
            <button aria-label={`恢复原值：${fact.quote}`} onClick={() => props.onChange((({ value: _v, ...rest }) => rest)(r), `恢复原值：${fact.quote}`)}>
              恢复原值
            </button>
          </span>
        )}
        <span class="context">
          {before}
          <mark class="quote">{quote}</mark>
          {after}
        </span>
      </div>
      {props.leftOut && r.status !== 'rejected' && (
        <div class="finding warning" data-testid="fact-left-out">
          未计入本期：{props.leftOut}
        </div>
      )}
      {valueErr && (
        <div class="status error" role="alert">
          {valueErr}
        </div>
      )}
      <div class="pick">
        <IndicatorPicker
          label={`指标：${fact.quote}`}
          value={indicator}
          fact={fact}
          onRefuse={setRefusal}
          onChange={(code) => set({ indicator: code, status: r.status === 'rejected' ? 'rejected' : 'accepted' }, '改指标')}
        />
      </div>
      {refusal && (
        <div class="status error" role="alert" data-testid="unit-refusal">
          {refusal}
        </div>
      )}
      <div class="row">
        <select aria-label={`约数：${fact.quote}`} value={approx} onChange={(e) => set({ approx: (e.currentTarget as HTMLSelectElement).value as Fact['approx'] }, '改约数')}>
          {Object.entries(APPROX_LABEL).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <button class={r.status === 'accepted' ? 'on' : ''} aria-pressed={r.status === 'accepted'} aria-label={`采纳：${fact.quote}`} onClick={() => set({ status: 'accepted' }, '采纳')}>
          采纳
        </button>
        <button class={r.status === 'rejected' ? 'off' : ''} aria-pressed={r.status === 'rejected'} aria-label={`排除：${fact.quote}`} onClick={() => set({ status: 'rejected' }, '排除')}>
          排除
        </button>
      </div>
    </div>
  );
}
