import { useState } from 'preact/hooks';
import { parseFormFile, type FormFile } from '../../../shared/form/form-file';
import { rollupForms } from '../../../shared/tally/rollup';
import type { Finding } from '../../../shared/validate/engine';
import { errorMessage } from '../messages';
import { saveDraft } from '../store';
import * as workflow from '../workflow';
import type { PaneState } from './App';
import { markAndSave } from './marks';

interface UnitRow {
  unit: string;
  findings: Finding[];
}

/** Imports several subordinate form files, fills the consolidated form, checks R21, lists each unit's findings. */
export function ConsolidatePanel(s: PaneState) {
  const [rows, setRows] = useState<UnitRow[]>([]);
  const [unit, setUnit] = useState(s.form?.unit ?? '');
  const [busy, setBusy] = useState(false);

  const onFiles = async (e: Event) => {
    const files = [...((e.currentTarget as HTMLInputElement).files ?? [])];
    if (!files.length) return;
    setBusy(true);
    try {
      const forms: FormFile[] = [];
      for (const f of files) {
        try {
          forms.push(parseFormFile(await f.text()));
        } catch (err) {
          throw new Error(`文件“${f.name}”无法读取（${(err as Error).message}）`);
        }
      }
      const r = rollupForms(forms);
      const form: FormFile = { ...r.form, unit: unit.trim() || r.form.unit };
      setRows(r.perUnit);
      s.setParts(forms);
      s.setForm(form);
      const filled = await workflow.fill(form, { clearOthers: true });
      await saveDraft(form);
      const result = await workflow.check(form, { parts: forms });
      await markAndSave(result, s);
      s.setCheck(result);
      const r21 = result.findings.filter((f) => f.rule === 'R21').length;
      const withErrors = r.perUnit.filter((u) => u.findings.some((f) => f.severity === 'error')).length;
      s.say({
        tone: r21 || withErrors ? 'warn' : 'ok',
        text: `已汇总 ${forms.length} 个单位，填入 ${filled.cells} 个单元格。${r21 ? `汇总数与下级合计不符 ${r21} 项（R21），请到“审核与导出”查看。` : '汇总数与下级合计相符。'}${withErrors ? `${withErrors} 个单位的报表有错误，见下表。` : ''}`,
      });
    } catch (err) {
      s.say(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section>
        <h2>汇总下级单位报表</h2>
        <label>汇总单位<input type="text" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} placeholder="如：某市政协" /></label>
        <label class="file">
          <span class="plain-button">选择下级单位的报表数据文件…</span>
          <input type="file" multiple accept=".json,application/json" disabled={busy} data-testid="part-files" onChange={onFiles} />
          <span class="muted">可一次选择多个文件</span>
        </label>
        <p class="muted">汇总后填入当前工作簿，并按 R21 核对每项合计。</p>
      </section>
      {rows.length > 0 && (
        <section>
          <h2>各单位审核情况</h2>
          <table class="units" data-testid="units">
            <thead><tr><th>单位</th><th>错误</th><th>提示</th><th>问题</th></tr></thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.unit}>
                  <td>{u.unit}</td>
                  <td>{u.findings.filter((f) => f.severity === 'error').length}</td>
                  <td>{u.findings.filter((f) => f.severity === 'warning' && !f.explained).length}</td>
                  <td>{u.findings.map((f) => `${f.rule} ${f.message}`).join('；') || '无'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
