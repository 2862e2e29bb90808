import type { PageRecord } from '@/shared/model';
import { recordKey } from '@/shared/store/review';
import { canonicalUrl } from '@/shared/store/keys';
import { indicatorByCode } from '@/shared/catalogue/indicators';
import { placeRecord } from '@/shared/store/record-period';
import { withoutGlosses } from '@/shared/store/display';
import { periodName } from '@/shared/tally/period';

/**
 * The records of a page with checkboxes; unchecked records do not count, nor do records the tally leaves out
 * of the form's period (another year, no date), and the count says so. Titles show without pinyin glosses.
 */
export function RecordList(props: {
  records: PageRecord[];
  checked: Record<string, boolean>;
  onToggle: (key: string, on: boolean) => void;
  captured?: Set<string>;
  period?: string;
  /** The page the records are on (its URL and publication date date its own record). */
  page?: { url?: string | null; date: string | null };
}) {
  const isOn = (r: PageRecord) => props.checked[recordKey(r)] !== false;
  const placed = props.records.map((r) => (props.period ? placeRecord(r, props.page ?? { date: null }, props.period) : { counts: true, why: null, reason: null }));
  const outside = placed.filter((p) => p.reason === 'other-year').length;
  const undated = placed.filter((p) => p.reason === 'undated').length;
  const on = props.records.filter((r, i) => isOn(r) && placed[i].counts).length;
  const off = props.records.filter((r, i) => !isOn(r) && placed[i].counts).length;
  const notes = [
    outside > 0 ? `${outside} 条不是 ${periodName(props.period ?? '')}的，不计入本期报表` : '',
    undated > 0 ? `${undated} 条没有日期，无法判断年份，不计入（如属本期，请在报表中手工填写）` : '',
    off > 0 ? `${off} 条已取消勾选` : '',
  ].filter(Boolean);
  return (
    <div>
      <h2>
        记录 <span data-testid="record-count">{on}</span> / {props.records.length} 条计入
      </h2>
      {notes.length > 0 && (
        <p class="muted" data-testid="record-note">
          {notes.join('；')}。
        </p>
      )}
      <div class="records">
        {props.records.map((r, i) => {
          const k = recordKey(r);
          const title = withoutGlosses(r.title);
          const p = placed[i];
          return (
            <label key={k} class={p.counts ? '' : 'outside'}>
              <input
                type="checkbox"
                aria-label={`计入：${title}`}
                checked={isOn(r)}
                onChange={(e) => props.onToggle(k, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span title={title !== r.title ? `网页原文：${r.title}` : undefined}>
                {r.date && <span class="date">{r.date} </span>}
                {title}
                {r.indicator && <span class="muted">（{indicatorByCode(r.indicator)?.label ?? r.indicator}）</span>}
                {!p.counts && <span class="muted" title={p.why ?? undefined}> {p.reason === 'undated' ? '无日期' : '非本期'}</span>}
                {r.url && props.captured?.has(canonicalUrl(r.url)) && <span class="done"> 已采集</span>}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
