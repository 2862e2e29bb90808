import type { PageRecord } from '@/shared/model';
import { recordKey } from '@/shared/store/review';
import { canonicalUrl } from '@/shared/store/keys';
import { indicatorByCode } from '@/shared/catalogue/indicators';
import { inPeriod } from '@/shared/tally/period';
import { withoutGlosses } from '@/shared/store/display';

/**
 * The records of a page with checkboxes; unchecked records do not count, nor do records dated outside the
 * form's period (the tally leaves them out too), and the count says so. Titles show without pinyin glosses.
 */
export function RecordList(props: {
  records: PageRecord[];
  checked: Record<string, boolean>;
  onToggle: (key: string, on: boolean) => void;
  captured?: Set<string>;
  period?: string;
}) {
  const isOn = (r: PageRecord) => props.checked[recordKey(r)] !== false;
  const outside = props.records.filter((r) => !inPeriod(r.date, props.period));
  const on = props.records.filter((r) => isOn(r) && inPeriod(r.date, props.period)).length;
  const off = props.records.filter((r) => !isOn(r) && inPeriod(r.date, props.period)).length;
  return (
    <div>
      <h2>
        记录 <span data-testid="record-count">{on}</span> / {props.records.length} 条计入
      </h2>
      {(outside.length > 0 || off > 0) && (
        <p class="muted" data-testid="record-note">
          {outside.length > 0 && `${outside.length} 条不是 ${props.period} 年发布的，不计入本期报表`}
          {outside.length > 0 && off > 0 && '；'}
          {off > 0 && `${off} 条已取消勾选`}。
        </p>
      )}
      <div class="records">
        {props.records.map((r) => {
          const k = recordKey(r);
          const title = withoutGlosses(r.title);
          const counted = inPeriod(r.date, props.period);
          return (
            <label key={k} class={counted ? '' : 'outside'}>
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
                {!counted && <span class="muted"> 非本期</span>}
                {r.url && props.captured?.has(canonicalUrl(r.url)) && <span class="done"> 已采集</span>}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
