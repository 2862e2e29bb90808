import type { PageRecord } from '@/shared/model';
import { recordKey } from '@/shared/store/review';
import { canonicalUrl } from '@/shared/store/keys';
import { indicatorByCode } from '@/shared/catalogue/indicators';

/** The records of a page with checkboxes; unchecked records do not count. */
export function RecordList(props: {
  records: PageRecord[];
  checked: Record<string, boolean>;
  onToggle: (key: string, on: boolean) => void;
  captured?: Set<string>;
}) {
  const on = props.records.filter((r) => props.checked[recordKey(r)] !== false).length;
  return (
    <div>
      <h2>
        记录 <span data-testid="record-count">{on}</span> / {props.records.length} 条计入
      </h2>
      <div class="records">
        {props.records.map((r) => {
          const k = recordKey(r);
          return (
            <label key={k}>
              <input
                type="checkbox"
                checked={props.checked[k] !== false}
                onChange={(e) => props.onToggle(k, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                {r.date && <span class="date">{r.date} </span>}
                {r.title}
                {r.indicator && <span class="muted">（{indicatorByCode(r.indicator)?.label ?? r.indicator}）</span>}
                {r.url && props.captured?.has(canonicalUrl(r.url)) && <span class="done"> 已采集</span>}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
