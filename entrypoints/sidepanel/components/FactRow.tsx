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

/** One fact: its quote, value, the indicator it counts for, the approximate flag, accept or reject. */
export function FactRow(props: { fact: Fact; text?: string; review?: FactReview; onChange: (r: FactReview) => void }) {
  const { fact } = props;
  const r: FactReview = props.review ?? { status: 'pending' };
  const indicator = r.indicator !== undefined ? r.indicator : fact.indicator;
  const approx = r.approx ?? fact.approx;
  const [before, quote, after] = factContext(props.text ?? '', fact);
  const set = (patch: Partial<FactReview>) => props.onChange({ ...r, ...patch });
  return (
    <div class={`fact ${r.status}`} data-testid="fact">
      <div>
        <span class="value">
          {fact.value}
          {fact.unit}
        </span>
        <span class="context">
          {before}
          <mark class="quote">{quote}</mark>
          {after}
        </span>
      </div>
      <div class="pick">
        <IndicatorPicker value={indicator} onChange={(code) => set({ indicator: code, status: r.status === 'rejected' ? 'rejected' : 'accepted' })} />
      </div>
      <div class="row">
        <select aria-label="约数" value={approx} onChange={(e) => set({ approx: (e.currentTarget as HTMLSelectElement).value as Fact['approx'] })}>
          {Object.entries(APPROX_LABEL).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <button class={r.status === 'accepted' ? 'on' : ''} aria-pressed={r.status === 'accepted'} onClick={() => set({ status: 'accepted' })}>
          采纳
        </button>
        <button class={r.status === 'rejected' ? 'off' : ''} aria-pressed={r.status === 'rejected'} onClick={() => set({ status: 'rejected' })}>
          排除
        </button>
      </div>
    </div>
  );
}
