import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftStore } from '@/shared/store/drafts';
import { onMessage, sendMessage } from '@/shared/messages';
import { capturesToCsv } from '@/shared/store/export-csv';
import { buildReport } from '@/shared/store/report';
import { canonicalUrl } from '@/shared/store/keys';
import { runBatch, type BatchItem, type BatchProgress } from '@/shared/store/batch';
import { saveSnapshot } from '@/shared/store/save-capture';
import { serializeFormFile } from '@/shared/form/form-file';
import { useDrafts } from './use-drafts';
import { saveFile } from './download';
import { browserDeps, type PanelDeps } from './deps';
import { DraftHeader } from './components/DraftHeader';
import { CaptureList } from './components/CaptureList';
import { CaptureView, shortDate } from './components/CaptureView';
import { TallyView } from './components/TallyView';
import { BatchPanel } from './components/BatchPanel';
import { ExportBar } from './components/ExportBar';

type Status = { tone: 'info' | 'error' | 'busy'; text: string } | null;

export function App(props: { deps?: PanelDeps }) {
  const deps = useMemo(() => props.deps ?? browserDeps(), [props.deps]);
  const [store, setStore] = useState<DraftStore | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  const d = useDrafts(store);

  useEffect(() => {
    let s: DraftStore | null = null;
    deps.openStore().then(
      (opened) => setStore((s = opened)),
      (err) => setStatus({ tone: 'error', text: `无法打开草稿库：${(err as Error).message}。请重新打开侧边栏` }),
    );
    return () => s?.close();
  }, [deps]);

  useEffect(
    () =>
      onMessage(deps.runtime, 'capture-event', async (e) => {
        if (e.phase === 'started') setStatus({ tone: 'busy', text: '正在采集本页…' });
        if (e.phase === 'failed') setStatus({ tone: 'error', text: e.message ?? '采集失败，请重试' });
        if (e.phase === 'saved') {
          const saved = e.previousCapturedAt ? `已采集并更新草稿（此页曾于 ${shortDate(e.previousCapturedAt)} 采集）` : '已采集并保存到草稿';
          setStatus({ tone: 'info', text: e.message ? `${saved}。${e.message}` : saved });
          await d.reload();
          if (e.key) setSelected(e.key);
        }
      }),
    [deps, d.reload],
  );

  const current = d.captures.find((c) => c.key === selected) ?? d.captures[d.captures.length - 1] ?? null;
  const captured = useMemo(() => new Set(d.captures.map((c) => c.url)), [d.captures]);
  const batchItems: BatchItem[] =
    current?.capture.kind === 'list'
      ? current.capture.records.filter((r) => r.url).map((r) => ({ url: r.url!, title: r.title }))
      : [];

  const captureNow = async () => {
    setStatus({ tone: 'busy', text: '正在采集本页…' });
    const out = await sendMessage(deps.runtime, 'capture-tab', {}).catch((err: Error) => ({ ok: false as const, message: err.message }));
    if (!out.ok) setStatus({ tone: 'error', text: out.message });
  };

  const startBatch = (items: BatchItem[]) => {
    const origins = [...new Set(items.map((i) => `${new URL(i.url).origin}/*`))];
    // The permission prompt needs the click's user gesture: ask before any other await.
    deps.requestOrigins(origins).then(async (granted) => {
      if (!granted) return setStatus({ tone: 'error', text: '没有获得访问该网站的权限：请在弹出的提示中点击“允许”后重试' });
      if (!store) return;
      setStatus(null);
      await runBatch(items, {
        concurrency: 4,
        isCaptured: (url) => captured.has(canonicalUrl(url)),
        capture: async (item) => {
          const snap = await deps.fetchSnapshot(item.url);
          const out = await saveSnapshot(store, snap, { log: [`批量采集自列表页 ${current?.rawUrl ?? ''}`] });
          if (!out.ok) throw new Error(out.message);
        },
        onProgress: setBatch,
      });
      await d.reload();
    });
  };

  const base = `ZX-01_${d.settings?.unit || '未填单位'}_${d.settings?.period ?? ''}`;
  const exportXlsx = async () => {
    if (!d.tally) return;
    setStatus({ tone: 'busy', text: '正在生成 .xlsx（首次需加载表格组件）…' });
    try {
      const { fillWorkbook } = await import('@/shared/xlsx/fill');
      const { bytes, missing } = await fillWorkbook(d.tally.form);
      saveFile(`${base}.xlsx`, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setStatus({ tone: 'info', text: missing.length ? `已导出 .xlsx；有 ${missing.length} 个指标在表中找不到位置：${missing.join('、')}` : '已导出 .xlsx' });
    } catch (err) {
      setStatus({ tone: 'error', text: `导出 .xlsx 失败：${(err as Error).message}。可先导出 .json 用 Excel 加载项填表` });
    }
  };

  return (
    <main>
      <h1>政协统计助手</h1>
      {status && (
        <div class={`status ${status.tone}`} role="status">
          {status.text}
        </div>
      )}
      {d.settings && <DraftHeader key={d.draft?.id} settings={d.settings} onChange={(s) => void d.changeSettings(s)} />}
      <section class="row">
        <button class="primary" onClick={captureNow}>
          采集当前页
        </button>
        <span class="muted">也可点工具栏按钮、按 Alt+Shift+Y 或在网页上右键采集</span>
      </section>
      <CaptureList items={d.captures} selected={current?.key ?? null} onSelect={setSelected} onDelete={(k) => void d.remove(k)} />
      {current && (
        <CaptureView item={current} captured={captured} onReview={(r) => void d.setReview(current.key, r)}>
          {current.capture.kind === 'list' && (
            <BatchPanel items={batchItems} already={batchItems.filter((i) => captured.has(canonicalUrl(i.url))).length} progress={batch} onStart={startBatch} />
          )}
        </CaptureView>
      )}
      {d.tallyError && <div class="status error">{d.tallyError}</div>}
      {d.tally && <TallyView conflicts={d.tally.conflicts} form={d.tally.form} findings={d.tally.findings} recordCounts={d.tally.recordCounts} approx={d.tally.approx} />}
      <ExportBar
        busy={status?.tone === 'busy'}
        onJson={() => d.tally && saveFile(`${base}.json`, serializeFormFile(d.tally.form), 'application/json')}
        onXlsx={() => void exportXlsx()}
        onCsv={() => saveFile(`${base}.csv`, capturesToCsv(d.captures), 'text/csv;charset=utf-8')}
        onReport={
          current
            ? () =>
                deps
                  .copyText(buildReport(current, { extensionVersion: deps.extensionVersion, userAgent: navigator.userAgent }))
                  .then(
                    () => setStatus({ tone: 'info', text: '问题报告已复制，请粘贴到邮件或工作群发给维护人员' }),
                    () => setStatus({ tone: 'error', text: '无法写入剪贴板：请点击侧边栏后再试' }),
                  )
            : null
        }
      />
    </main>
  );
}
