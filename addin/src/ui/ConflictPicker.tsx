import type { FormFile } from '../../../shared/form/form-file';
import { settleConflict } from '../../../shared/form/settle';
import { STANDARD_CATALOGUE } from '../../../shared/catalogue/indicators';

/**
 * Cells the tally left blank because pages disagree (the form data file's `conflicts`): each candidate with its page
 * title, date and quote; 采用 fills the form with it (then 填入表格 writes it), the others are dropped.
 */
export function ConflictPicker(props: { form: FormFile | null; setForm: (f: FormFile) => void; say: (m: { tone: 'ok' | 'error'; text: string }) => void }) {
  const conflicts = props.form?.conflicts ?? [];
  if (!props.form || conflicts.length === 0) return null;
  const label = (code: string) => STANDARD_CATALOGUE.find((i) => i.code === code)?.label ?? code;
  const choose = (code: string, i: number) => {
    try {
      const next = settleConflict(props.form!, code, i);
      props.setForm(next);
      props.say({ tone: 'ok', text: `${label(code)}已选定 ${next.values[code]}。${next.conflicts?.length ? `还有 ${next.conflicts.length} 项待选定。` : '请点击“填入表格”。'}` });
    } catch (err) {
      props.say({ tone: 'error', text: (err as Error).message });
    }
  };
  return (
    <section data-testid="conflict-picker">
      <h2>待选定（{conflicts.length} 项）</h2>
      <p class="muted">以下指标各页面数字不一致，未填写。请选定应填报的一个；不选则留空。</p>
      {conflicts.map((c) => (
        <div key={c.code} data-code={c.code} style="margin:6px 0">
          <strong>{label(c.code)}</strong>
          {c.candidates.map((k, i) => (
            <div key={i} style="margin:2px 0 2px 8px">
              <button class="plain" onClick={() => choose(c.code, i)}>
                采用 {k.value}
                {k.approx ? '（概数）' : ''}
              </button>
              「{k.quote}」<span class="muted">{[k.title, k.date].filter(Boolean).join(' · ') || k.url || ''}</span>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
