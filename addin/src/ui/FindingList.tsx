import { useState } from 'preact/hooks';
import { indicatorByCode } from '../../../shared/catalogue/indicators';
import type { SheetFinding } from '../workflow';

const labelOf = (code: string) => indicatorByCode(code)?.label.replace(/^其中：/, '') ?? code;

export function findingText(f: SheetFinding): string {
  return f.codes.map(labelOf).join('、');
}

/** The findings; clicking one selects its cells, and a warning takes a 说明. */
export function FindingList(props: {
  findings: SheetFinding[];
  onSelect: (f: SheetFinding) => void;
  onNote?: (f: SheetFinding, note: string) => void;
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  if (!props.findings.length) return <p class="msg ok" data-testid="no-findings">未发现问题。</p>;
  return (
    <ul class="findings" data-testid="findings">
      {props.findings.map((f, i) => {
        const cls = [f.explained ? 'explained' : f.severity, selected === i ? 'selected' : ''].join(' ');
        const tag = f.explained ? '已说明' : f.severity === 'error' ? '错误' : '提示';
        return (
          <li key={`${f.rule}-${f.codes.join()}`} class={cls} data-rule={f.rule} onClick={() => (setSelected(i), props.onSelect(f))}>
            <span class="tag">{tag}</span>
            <b>{f.rule}</b> {f.message}
            <div class="muted">
              {findingText(f)}
              {f.detail ? `（${f.detail}）` : f.imbalance !== null && f.imbalance !== 0 ? `（相差 ${f.imbalance}）` : ''}
              {f.cells.length === 0 ? '（表格中找不到相应单元格）' : ''}
            </div>
            {f.explained && <div class="muted">说明：{f.note}</div>}
            {f.severity === 'warning' && props.onNote && (
              <div onClick={(e) => e.stopPropagation()}>
                <input
                  type="text"
                  placeholder="填写说明（写入“说明”栏）"
                  value={drafts[i] ?? f.note ?? ''}
                  onInput={(e) => setDrafts({ ...drafts, [i]: e.currentTarget.value })}
                />
                <button class="plain" disabled={!(drafts[i] ?? '').trim()} onClick={() => props.onNote!(f, drafts[i].trim())}>
                  保存说明
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
