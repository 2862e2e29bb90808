import { useState } from 'preact/hooks';
import { indicatorName } from '../messages';
import type { SheetFinding } from '../workflow';

export function findingText(f: SheetFinding): string {
  return f.codes.map(indicatorName).join('、');
}

/** What a finding is about, for screen readers: severity, rule, indicators, message. */
function findingName(f: SheetFinding, tag: string): string {
  const where = f.cells.length ? '，按回车定位到单元格' : '，表格中找不到相应单元格';
  return `${tag} ${f.rule}：${findingText(f) || '表头'}——${f.message}${where}`;
}

/**
 * The findings. Each is a focusable button (Enter or a click selects its cells); a warning takes a 说明, and an
 * approximate value (R18) can be marked 已核实. Every control's accessible name says which indicator it is for.
 */
export function FindingList(props: {
  findings: SheetFinding[];
  onSelect: (f: SheetFinding) => void;
  onNote?: (f: SheetFinding, note: string) => void;
  onVerify?: (f: SheetFinding) => void;
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  if (!props.findings.length) return <p class="msg ok" data-testid="no-findings">未发现问题。</p>;
  const select = (f: SheetFinding, i: number) => (setSelected(i), props.onSelect(f));
  return (
    <ul class="findings" data-testid="findings" aria-label="审核结果">
      {props.findings.map((f, i) => {
        const cls = [f.explained ? 'explained' : f.severity, selected === i ? 'selected' : ''].join(' ');
        const tag = f.explained ? '已说明' : f.severity === 'error' ? '错误' : '提示';
        const names = findingText(f) || '表头';
        return (
          <li key={`${f.rule}-${f.codes.join()}`} class={cls} data-rule={f.rule} onClick={() => select(f, i)}>
            <button
              type="button"
              class="jump"
              aria-label={findingName(f, tag)}
              aria-current={selected === i ? 'true' : undefined}
              onClick={(e) => (e.stopPropagation(), select(f, i))}
            >
              <span class="tag">{tag}</span>
              <b>{f.rule}</b> {f.message}
              <span class="muted block">
                {names}
                {f.detail ? `（${f.detail}）` : f.imbalance !== null && f.imbalance !== 0 ? `（相差 ${f.imbalance}）` : ''}
                {f.cells.length === 0 ? '（表格中找不到相应单元格）' : ''}
              </span>
            </button>
            {f.explained && <div class="muted">说明：{f.note}</div>}
            {f.severity === 'warning' && !f.explained && f.rule === 'R18' && props.onVerify && (
              <div onClick={(e) => e.stopPropagation()}>
                <button class="plain" aria-label={`“${names}”已核实为准确数`} onClick={() => props.onVerify!(f)}>
                  已核实
                </button>
                <span class="muted">核实后确认为准确数，或在下面填写说明</span>
              </div>
            )}
            {f.severity === 'warning' && props.onNote && (
              <div onClick={(e) => e.stopPropagation()}>
                <input
                  type="text"
                  aria-label={`“${names}”的说明`}
                  placeholder="填写说明（写入“说明”栏）"
                  value={drafts[i] ?? f.note ?? ''}
                  onInput={(e) => setDrafts({ ...drafts, [i]: e.currentTarget.value })}
                  onKeyDown={(e) => e.key === 'Enter' && (drafts[i] ?? '').trim() && props.onNote!(f, drafts[i].trim())}
                />
                <button
                  class="plain"
                  aria-label={`保存“${names}”的说明`}
                  disabled={!(drafts[i] ?? '').trim()}
                  onClick={() => props.onNote!(f, drafts[i].trim())}
                >
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
