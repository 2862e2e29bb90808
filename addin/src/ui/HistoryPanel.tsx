import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../messages';
import { listForms, type StoredForm } from '../store';
import type { PaneState } from './App';

/** Drafts and submitted forms kept in the add-in's IndexedDB, per unit and period. */
export function HistoryPanel(s: PaneState) {
  const [forms, setForms] = useState<StoredForm[] | null>(null);
  useEffect(() => {
    listForms().then(setForms, (err) => s.say(errorMessage(err)));
  }, []);
  if (!forms) return <p class="muted">正在读取……</p>;
  if (!forms.length) return <p class="muted">还没有草稿或上报记录。填入或审核后会自动保存草稿；导出上报文件后会保存上报记录。</p>;
  return (
    <section>
      <h2>草稿与上报记录</h2>
      <table class="units">
        <thead><tr><th>单位</th><th>报告期</th><th>状态</th><th>保存时间</th><th></th></tr></thead>
        <tbody>
          {forms.map((f) => (
            <tr key={f.key}>
              <td>{f.unit || '（未填）'}</td>
              <td>{f.period || '（未填）'}</td>
              <td class="nowrap">{f.status === 'draft' ? '草稿' : '已上报'}</td>
              <td>{new Date(f.savedAt).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })}</td>
              <td>
                <button class="plain" onClick={() => (s.setForm(f.form), s.go('fill'), s.say({ tone: 'ok', text: `已载入${f.status === 'draft' ? '草稿' : '上报记录'}：${f.unit} ${f.period}。请点击“填入表格”。` }))}>
                  载入
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
