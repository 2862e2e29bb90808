import { useState } from 'preact/hooks';
import { parseFormFile, type FormFile } from '../../../shared/form/form-file';
import { readFormFileText } from '../read-file';
import { COLUMN_NAMES } from '../messages';
import { getForm, previousPeriod, saveDraft, withPriorFromSubmission } from '../store';
import * as workflow from '../workflow';
import type { PaneState } from './App';
import { useBusy } from './use-busy';
import { ConflictPicker } from './ConflictPicker';
import { staleQuestion } from './stale-question';

export function FillPanel(s: PaneState) {
  const [unit, setUnit] = useState(s.form?.unit ?? '');
  const [period, setPeriod] = useState(s.form?.period ?? String(new Date().getFullYear() - 1));
  const [paste, setPaste] = useState('');
  const { busy, run } = useBusy(s.say);


  const take = async (text: string, from: string) => {
    const parsed = parseFormFile(text);
    const { form, from: priorFrom } = await withPriorFromSubmission(parsed);
    s.setForm(form);
    setUnit(form.unit);
    setPeriod(form.period);
    const prior = priorFrom ? `；上年数据取自 ${priorFrom} 年已上报的报表` : '';
    s.say({ tone: 'ok', text: `已读取${from}：${form.unit || '未填单位'} ${form.period}，共 ${Object.keys(form.values).length} 项${prior}。请点击“填入表格”。` });
  };

  const onFile = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) void run(async () => take(await readFormFileText(file), `文件“${file.name}”`));
  };

  const newForm = () =>
    run(async () => {
      const r = await workflow.newForm({ unit: unit.trim() || undefined, period: period.trim() || undefined });
      s.say(r === 'inserted'
        ? { tone: 'ok', text: '已插入 ZX-01 报表（表1、表2、表3）。' }
        : { tone: 'info', text: '工作簿中已有 ZX-01 报表，未重复插入。' });
    });

  const fill = (form: FormFile) =>
    run(async () => {
      const prepared = await workflow.prepareFill(form);
      let clearStale = false;
      if (prepared.stale.length) {
        const choice = await s.ask(staleQuestion(prepared, form));
        if (choice === 'cancel') {
          s.say({ tone: 'info', text: '已取消，表格未改动。' });
          return;
        }
        clearStale = choice === 'clear';
      }
      const r = await workflow.applyFill(prepared, { clearStale });
      await saveDraft(form);
      const warn = [
        r.missing.length ? `报表中找不到以下指标，未填入：${r.missing.join('、')}` : '',
        r.missingColumns.length ? `报表中没有“${r.missingColumns.map((c) => COLUMN_NAMES[c] ?? c).join('”“')}”栏，相应数据未填入` : '',
        prepared.stale.length && !clearStale ? `保留了 ${prepared.stale.length} 个本次未写入的单元格，请核对` : '',
      ].filter(Boolean);
      const cleared = r.cleared ? `清除 ${r.cleared} 个旧数据单元格，` : '';
      s.say({ tone: warn.length ? 'warn' : 'ok', text: `已填入 ${r.cells} 个单元格，${cleared}草稿已保存。${warn.join('；')}${warn.length ? '。' : '请到“审核与导出”检查。'}` });
    });

  const priorFromSubmission = () =>
    run(async () => {
      const prev = previousPeriod(period);
      if (!prev || !unit.trim()) {
        s.say({ tone: 'error', text: '请先填写填报单位和报告期（如 2024），再取上年数。' });
        return;
      }
      const last = await getForm(unit.trim(), prev, 'submitted');
      if (!last) {
        s.say({ tone: 'warn', text: `没有找到“${unit.trim()}”${prev} 年的上报记录。上年数请从报表数据文件读取，或在表格中手工填写。` });
        return;
      }
      const r = await workflow.fillPrior(last.form.values);
      s.say({ tone: 'ok', text: `已按 ${prev} 年上报记录填入上年数并重算增减%，共 ${r.cells} 个单元格。` });
    });

  return (
    <>
      <section>
        <h2>一、准备报表</h2>
        <label>填报单位<input type="text" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} placeholder="如：城中区政协" /></label>
        <label>报告期<input type="text" value={period} onInput={(e) => setPeriod(e.currentTarget.value)} placeholder="如：2024" /></label>
        <button class="plain" disabled={busy} onClick={newForm}>新建报表</button>
        <p class="muted">工作簿中没有 ZX-01 报表时，插入表1、表2、表3；已有时不改动。</p>
      </section>
      <section>
        <h2>二、读取报表数据文件</h2>
        <label class="file">
          <span class="plain-button">选择文件…</span>
          <input type="file" accept=".json,application/json" data-testid="form-file" onChange={onFile} />
          <span class="muted">报表数据文件（.json），由浏览器扩展导出或下级单位报送</span>
        </label>
        <label>或粘贴文件内容<textarea value={paste} onInput={(e) => setPaste(e.currentTarget.value)} placeholder='{ "form": "ZX-01", "unit": …, "values": { … } }' /></label>
        <button class="plain" disabled={busy || !paste.trim()} onClick={() => run(() => take(paste, '粘贴的内容'))}>读取粘贴内容</button>
      </section>
      <ConflictPicker form={s.form} setForm={s.setForm} say={s.say} />
      <section>
        <h2>三、填入表格</h2>
        <p class="muted">填入本年、上年（上年数据取自文件，或取自去年已上报的报表）、增减%（自动计算，保留1位小数）与说明。</p>
        <button class="primary" disabled={busy || !s.form} onClick={() => s.form && fill(s.form)}>填入表格</button>
        <button class="plain" disabled={busy} onClick={priorFromSubmission}>上年数取自去年上报记录</button>
      </section>
    </>
  );
}
