import { STANDARD_CATALOGUE } from '@/shared/catalogue/indicators';
import type { FormFile } from '@/shared/form/form-file';
import type { Finding } from '@/shared/validate/engine';
import type { Conflict } from '@/shared/tally/tally';
import { indicatorByCode } from '@/shared/catalogue/indicators';
import { findingValues, severityWord } from '@/shared/store/finding-text';
import { periodName } from '@/shared/tally/period';

/**
 * The running tally of the draft form and the validation findings. Each finding names its indicators and
 * values; pressing it (mouse or keyboard) opens the page its value came from.
 */
export function TallyView(props: {
  conflicts: Conflict[];
  form: FormFile;
  findings: Finding[];
  recordCounts: Record<string, number>;
  approx: string[];
  onFinding?: (f: Finding) => void;
}) {
  const rows = STANDARD_CATALOGUE.filter((i) => props.form.values[i.code] !== undefined || props.recordCounts[i.code] !== undefined);
  const errors = props.findings.filter((f) => f.severity === 'error');
  const warnings = props.findings.filter((f) => f.severity !== 'error');
  return (
    <section data-testid="tally">
      <h2>
        草稿汇总（{props.form.unit || '未填单位'} {periodName(props.form.period)}）
      </h2>
      {rows.length === 0 ? (
        <p class="muted">还没有计入任何指标。</p>
      ) : (
        <table class="tally">
          <thead>
            <tr>
              <th>指标</th>
              <th>数值</th>
              <th>记录数</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr key={i.code} data-code={i.code}>
                <td>{i.label}</td>
                <td class="num">
                  {props.form.values[i.code] ?? '—'}
                  {props.form.values[i.code] !== undefined && i.unit}
                  {props.approx.includes(i.code) && <span title="来自约数（余、约、近…），请核实"> ≈</span>}
                </td>
                <td class="num">{props.recordCounts[i.code] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.conflicts.length > 0 && (
        <div data-testid="conflicts">
          <h2 style="margin-top:8px">页面之间数字不一致（未计入，请排除其中不对的一条）</h2>
          <ul>
            {props.conflicts.map((c) => (
              <li key={c.code} class="finding warning">
                {indicatorByCode(c.code)?.label ?? c.code}：{c.candidates.map((k) => `${k.value}（「${k.quote}」）`).join(' 与 ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2 style="margin-top:8px">
        审核：<span data-testid="error-count">{errors.length}</span> 个错误，{warnings.length} 个警告
      </h2>
      {props.findings.length === 0 && <p class="muted">没有发现问题。</p>}
      <ul class="findings" data-testid="findings">
        {props.findings.map((f, n) => {
          const text = `${f.rule} ${severityWord(f)}：${f.message}`;
          const values = findingValues(f);
          const source = f.codes.some((c) => props.form.sources?.[c]?.length);
          return (
            <li key={`${f.rule}-${n}`} class={`finding ${f.severity}`}>
              <button
                class="finding-button"
                title={source ? '查看来源页面' : '查看说明'}
                onClick={() => props.onFinding?.(f)}
              >
                <b>{text}</b>
                <span class="finding-values">{values}</span>
                {f.detail && <span class="muted">（{f.detail}）</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
