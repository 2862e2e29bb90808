import { useEffect, useRef, useState } from 'preact/hooks';
import { listForms } from '../store';
import type { FormFile } from '../../../shared/form/form-file';
import type { CellRef } from '../../../shared/form/locate';
import type { Message } from '../messages';
import { FillPanel } from './FillPanel';
import { CheckPanel } from './CheckPanel';
import { ConsolidatePanel } from './ConsolidatePanel';
import { HistoryPanel } from './HistoryPanel';
import type { CheckResult } from '../workflow';
import { Confirm, type Question } from './Confirm';

// State routing (office.js nulls history.pushState, so no URL router): one tab at a time.
export type Tab = 'fill' | 'check' | 'consolidate' | 'history';

const TABS: Array<[Tab, string]> = [
  ['fill', '填报'],
  ['check', '审核与导出'],
  ['consolidate', '汇总'],
  ['history', '草稿与记录'],
];

export interface PaneState {
  /** The form being worked on: from a file, a paste, a draft, or read back from the sheet. */
  form: FormFile | null;
  setForm: (f: FormFile | null) => void;
  check: CheckResult | null;
  setCheck: (c: CheckResult | null) => void;
  marked: CellRef[];
  setMarked: (m: CellRef[]) => void;
  say: (m: Message | null) => void;
  go: (t: Tab) => void;
  /** Consolidated forms carry their subordinate forms for R21. */
  parts: FormFile[];
  setParts: (p: FormFile[]) => void;
  /** Asks the clerk in the pane and resolves to the id of the choice made. */
  ask: (q: Question) => Promise<string>;
}

export function App() {
  const [tab, go] = useState<Tab>('fill');
  const [form, setForm] = useState<FormFile | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [marked, setMarked] = useState<CellRef[]>([]);
  const [parts, setParts] = useState<FormFile[]>([]);
  const [msg, setMsg] = useState<Message | null>(null);
  const say = setMsg;
  const [question, setQuestion] = useState<Question | null>(null);
  const answer = useRef<((id: string) => void) | null>(null);
  const ask = (q: Question) =>
    new Promise<string>((resolve) => {
      answer.current = resolve;
      setMsg(null); // an old message must not sit beside the question
      setQuestion(q);
    });
  const onAnswer = (id: string) => {
    setQuestion(null);
    answer.current?.(id);
    answer.current = null;
  };
  useEffect(() => {
    // A clerk who closed Excel mid-way finds the draft again.
    listForms()
      .then((all) => {
        const draft = all.find((f) => f.status === 'draft');
        if (draft) setMsg({ tone: 'info', text: `发现未完成的草稿：${draft.unit || '未填单位'} ${draft.period}（${new Date(draft.savedAt).toLocaleString('zh-CN')}）。可在“草稿与记录”中载入。` });
      })
      .catch(() => undefined);
  }, []);
  const state: PaneState = { form, setForm, check, setCheck, marked, setMarked, say, go, parts, setParts, ask };
  return (
    <div class="pane">
      <h1>政协统计助手 · ZX-01</h1>
      <div class="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} role="tab" class={tab === id ? 'on' : ''} aria-selected={tab === id} onClick={() => (go(id), say(null))}>
            {label}
          </button>
        ))}
      </div>
      {question && <Confirm question={question} onAnswer={onAnswer} />}
      {msg && (
        <div class={`msg ${msg.tone}`} role="status" data-testid="message">
          {msg.text}
        </div>
      )}
      {form && (
        <p class="muted" data-testid="current-form">
          当前报表：{form.unit || '（未填单位）'} · {form.period || '（未填报告期）'} · {Object.keys(form.values).length} 项数据
        </p>
      )}
      {tab === 'fill' && <FillPanel {...state} />}
      {tab === 'check' && <CheckPanel {...state} />}
      {tab === 'consolidate' && <ConsolidatePanel {...state} />}
      {tab === 'history' && <HistoryPanel {...state} />}
    </div>
  );
}
