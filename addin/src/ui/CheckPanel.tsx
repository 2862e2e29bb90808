import { useState } from 'preact/hooks';
import { serializeFormFile } from '../../../shared/form/form-file';
import { hasBlockingError } from '../../../shared/validate/engine';
import { errorMessage, indicatorName, nameList } from '../messages';
import { saveDraft, saveSubmission } from '../store';
import { markAndSave } from './marks';
import * as workflow from '../workflow';
import type { PaneState } from './App';
import { useBusy } from './use-busy';
import { FindingList } from './FindingList';
import { download } from './download';

export function CheckPanel(s: PaneState) {
  const { busy, run } = useBusy(s.say);
  // Excel for Mac and some desktop builds ignore downloads from the pane; the text is shown to copy by hand.
  const [exported, setExported] = useState<{ name: string; text: string } | null>(null);

  const recheck = async () => {
    const base = s.form ?? {};
    const result = await workflow.check(base, s.parts.length ? { parts: s.parts } : {});
    await markAndSave(result, s);
    s.setCheck(result);
    s.setForm(result.form);
    return result;
  };


  const validate = () =>
    run(async () => {
      const r = await recheck();
      const all = [...r.unreadable, ...r.findings];
      const errors = all.filter((f) => f.severity === 'error').length;
      const warnings = all.filter((f) => f.severity === 'warning' && !f.explained).length;
      const recomputed = r.recomputed ? `已按本年、上年重算 ${r.recomputed} 个“增减%”。` : '';
      s.say(
        errors + warnings === 0
          ? { tone: 'ok', text: `${recomputed}审核通过，可以导出上报文件。` }
          : { tone: errors ? 'error' : 'warn', text: `${recomputed}发现 ${errors} 项错误、${warnings} 项待说明的提示。点击一项（或按 Tab 选中后回车）可定位到单元格；问题单元格已标红。` },
      );
    });

  const exportFile = () =>
    run(async () => {
      const r = await recheck();
      const all = [...r.unreadable, ...r.findings];
      if (hasBlockingError(all)) {
        const n = all.filter((f) => f.severity === 'error').length;
        s.say({ tone: 'error', text: `还有 ${n} 项错误未改正，不能导出上报文件。请改正标红的单元格后再导出。` });
        return;
      }
      const unexplained = all.filter((f) => f.severity === 'warning' && !f.explained);
      if (unexplained.length) {
        const names = nameList(unexplained.map((f) => `${f.codes.map(indicatorName).join('、') || '表头'}（${f.rule}）`));
        s.say({ tone: 'error', text: `还有 ${unexplained.length} 项提示没有说明，不能导出上报文件：${names}。请在“审核结果”中为每项填写说明（概数可核实后点“已核实”），再导出。` });
        return;
      }
      if (!r.form.unit || !r.form.period) {
        s.say({ tone: 'error', text: '请先在表头填写“填报单位”和“报告期”，再导出。' });
        return;
      }
      const name = `ZX-01_${r.form.unit}_${r.form.period}.json`;
      const text = serializeFormFile(r.form);
      download(name, text);
      setExported({ name, text });
      await saveSubmission(r.form);
      s.say({ tone: 'ok', text: `已导出上报文件“${name}”，并保存为 ${r.form.period} 年的上报记录（明年将据此填写上年数）。` });
    });

  const note = (f: workflow.SheetFinding, text: string) =>
    run(async () => {
      if (!s.check) return;
      const form = await workflow.writeNote(s.check.form, s.check.loc, f.codes.slice(0, 1), text);
      s.setForm(form);
      await recheck();
      s.say({ tone: 'ok', text: '说明已写入“说明”栏并保存。' });
    });

  const verify = (f: workflow.SheetFinding) =>
    run(async () => {
      if (!s.check) return;
      const form = workflow.verify(s.check.form, f.codes);
      s.setForm(form);
      await saveDraft(form);
      const r = await workflow.check(form, s.parts.length ? { parts: s.parts } : {});
      await markAndSave(r, s);
      s.setCheck(r);
      s.setForm(r.form);
      s.say({ tone: 'ok', text: `已将“${f.codes.map(indicatorName).join('、')}”标记为已核实（${f.codes.map((c) => form.values[c]).join('、')}），该提示不再出现；数值再改动时会重新提示。` });
    });

  const findings = s.check ? [...s.check.unreadable, ...s.check.findings] : [];
  return (
    <>
      <section>
        <h2>审核当前表格</h2>
        <p class="muted">按表格中现有的数据审核（包括手工修改）。错误必须改正；提示可填写说明后上报。</p>
        <button class="primary" disabled={busy} onClick={validate}>审核</button>
        <button class="plain" disabled={busy} onClick={exportFile}>导出上报文件</button>
      </section>
      {exported && (
        <section>
          <h2>上报文件</h2>
          <details>
            <summary>如未自动下载，请展开，全选复制后另存为“{exported.name}”</summary>
            <textarea readOnly value={exported.text} data-testid="exported-text" onFocus={(e) => e.currentTarget.select()} />
          </details>
        </section>
      )}
      {s.check && (
        <section>
          <h2>审核结果</h2>
          <FindingList
            findings={findings}
            onSelect={(f) => void workflow.selectCells(f.cells).catch((e) => s.say(errorMessage(e)))}
            onNote={note}
            onVerify={verify}
          />
        </section>
      )}
    </>
  );
}
