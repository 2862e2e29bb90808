import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DraftStore } from '@/shared/store/drafts';
import { onMessage, sendMessage } from '@/shared/messages';
import { capturesToCsv } from '@/shared/store/export-csv';
import { buildReport } from '@/shared/store/report';
import { canonicalUrl } from '@/shared/store/keys';
import { collectListPages, runBatch, splitByPeriod, type BatchItem, type BatchProgress, type ListPage, type ListProgress } from '@/shared/store/batch';
import { pagingLinks } from '@/shared/store/paging';
import { saveSnapshot } from '@/shared/store/save-capture';
import { serializeFormFile } from '@/shared/form/form-file';
import type { Finding } from '@/shared/validate/engine';
import type { PageRecord } from '@/shared/model';
import type { Settings } from '@/shared/store/schema';
import { useDrafts } from './use-drafts';
import { saveFile } from './download';
import { browserDeps, type PanelDeps } from './deps';
import { DraftHeader, draftName } from './components/DraftHeader';
import { CaptureList, pageTitle } from './components/CaptureList';
import { CaptureView, shortDate } from './components/CaptureView';
import { TallyView } from './components/TallyView';
import { TallyDecisions } from './components/TallyDecisions';
import { BatchPanel, type BatchPlan, type BatchSummary } from './components/BatchPanel';
import { ExportBar, type Note } from './components/ExportBar';

const DOWNLOADS = '浏览器的下载文件夹';
const withUrl = (records: readonly PageRecord[]) =>
  records.filter((r) => r.url).map((r) => ({ url: r.url!, title: r.title, date: r.date }));

export function App(props: { deps?: PanelDeps }) {
  const deps = useMemo(() => props.deps ?? browserDeps(), [props.deps]);
  const [store, setStore] = useState<DraftStore | null>(null);
  const [status, setStatus] = useState<Note>(null);
  const [draftNote, setDraftNote] = useState<Note>(null);
  const [exportNote, setExportNote] = useState<Note>(null);
  const [findingNote, setFindingNote] = useState<Note>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  const [reading, setReading] = useState<ListProgress | null>(null);
  const [summary, setSummary] = useState<BatchSummary | null>(null);
  const [batchNote, setBatchNote] = useState<Note>(null);
  const abort = useRef<AbortController | null>(null);
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
          const saved = `${e.previousCapturedAt ? '已采集并更新' : '已采集并保存到'}草稿“${d.draft ? draftName(d.draft) : ''}”${e.previousCapturedAt ? `（此页曾于 ${shortDate(e.previousCapturedAt)} 采集）` : ''}`;
          setStatus({ tone: 'info', text: e.message ? `${saved}。${e.message}` : saved });
          await d.reload();
          if (e.key) setSelected(e.key);
        }
      }),
    [deps, d.reload, d.draft],
  );

  const current = d.captures.find((c) => c.key === selected) ?? d.captures[d.captures.length - 1] ?? null;
  const captured = useMemo(() => new Set(d.captures.map((c) => c.url)), [d.captures]);
  const period = d.settings?.period ?? '';
  const batchItems: BatchItem[] = current?.capture.kind === 'list' ? withUrl(current.capture.records) : [];

  const captureNow = async () => {
    setStatus({ tone: 'busy', text: '正在采集本页…' });
    const out = await sendMessage(deps.runtime, 'capture-tab', {}).catch((err: Error) => ({ ok: false as const, message: err.message }));
    if (!out.ok) setStatus({ tone: 'error', text: out.message });
  };

  const switchDraft = async (s: Settings, move: boolean) => {
    const from = d.draft ? draftName(d.draft) : '';
    const keys = move ? d.captures.map((c) => c.key) : undefined;
    try {
      const moved = await d.switchDraft(s, keys);
      setSelected(null);
      setBatch(null);
      setSummary(null);
      setDraftNote({
        tone: 'info',
        text: moved
          ? `已切换到“${draftName(s)}”，并把 ${moved.moved} 个页面从“${from}”移了过来${moved.merged ? `（其中 ${moved.merged} 个两边都有，保留了较新的一次采集）` : ''}`
          : `已切换到“${draftName(s)}”。“${from}”的页面仍在，可在“草稿”中切回`,
      });
    } catch (err) {
      setDraftNote({ tone: 'error', text: `切换草稿失败：${(err as Error).message}。已采集的页面没有改动，请重试` });
    }
  };

  const moveTo = async (keys: string[], to: { unit: string; period: string; id: string; form: 'ZX-01'; createdAt: string; updatedAt: string }) => {
    try {
      const out = await d.moveCaptures(keys, to);
      if (out)
        setDraftNote({
          tone: 'info',
          text: `已把 ${out.moved} 个页面移到“${draftName(to)}”${out.merged ? `（${out.merged} 个那边已有，保留了较新的一次采集）` : ''}。可在“草稿”中切换过去查看`,
        });
    } catch (err) {
      setDraftNote({ tone: 'error', text: `移动失败：${(err as Error).message}。页面仍在原草稿，请重试` });
    }
  };

  const toBatchItems = (pages: ListPage[]) => {
    const seen = new Set<string>();
    return pages.flatMap((p) => p.items).filter((i) => !seen.has(canonicalUrl(i.url)) && !!seen.add(canonicalUrl(i.url)));
  };

  const runItems = async (items: BatchItem[], signal: AbortSignal) => {
    if (!store) return;
    await runBatch(items, {
      concurrency: 4,
      signal,
      isCaptured: (url) => captured.has(canonicalUrl(url)),
      capture: async (item) => {
        const { snapshot } = await deps.fetchPage(item.url);
        const out = await saveSnapshot(store, snapshot, { log: [`批量采集自列表页 ${current?.rawUrl ?? ''}`] });
        if (!out.ok) throw new Error(out.message);
      },
      onProgress: setBatch,
    });
  };

  /** Ask for the site(s) inside the click (the prompt needs the user gesture), then run. */
  const withAccess = (urls: string[], run: (signal: AbortSignal) => Promise<void>) => {
    const origins = [...new Set(urls.map((u) => `${new URL(u).origin}/*`))];
    deps.requestOrigins(origins).then(async (granted) => {
      if (!granted) return setBatch(null), setBatchNote({ tone: 'error', text: '没有获得访问该网站的权限：请在弹出的提示中点击“允许”后重试' });
      setBatchNote(null);
      const ctl = new AbortController();
      abort.current = ctl;
      try {
        await run(ctl.signal);
      } catch (err) {
        setBatchNote({ tone: 'error', text: `批量采集中断：${(err as Error).message}。已采集的页面都已保存，可再次点击继续` });
      } finally {
        setReading(null);
        abort.current = null;
        await d.reload();
      }
    });
  };

  const startBatch = (plan: BatchPlan) => {
    const list = current;
    if (!list || !store) return;
    // Keep the list open while its articles arrive (the newest capture would otherwise take over).
    setSelected(list.key);
    withAccess([list.rawUrl, ...batchItems.map((i) => i.url)], async (signal) => {
      setBatch(null);
      setSummary(null);
      let pages: ListPage[] = [{ url: list.rawUrl, items: withUrl(list.capture.records), next: [] }];
      let failures = 0;
      let more = false;
      if (plan.limit > 1) {
        setReading({ pages: 1, limit: plan.limit, reading: list.rawUrl, failed: [] });
        try {
          const fp = await deps.fetchPage(list.rawUrl);
          pages[0].next = pagingLinks(fp.links, fp.snapshot.url);
        } catch {
          /* the first page is captured already; without its links there is nothing to follow */
        }
        const got = await collectListPages(pages[0], {
          limit: plan.limit,
          signal,
          onProgress: setReading,
          fetchPage: async (url) => {
            const fp = await deps.fetchPage(url);
            const out = await saveSnapshot(store, fp.snapshot, { log: [`批量采集：列表 ${list.rawUrl} 的翻页`] });
            if (!out.ok) throw new Error(out.message);
            return { url, items: withUrl(out.records), next: pagingLinks(fp.links, fp.snapshot.url) };
          },
        });
        pages = got.pages;
        failures = got.failed.length;
        more = got.more;
      }
      const all = toBatchItems(pages);
      const split = plan.onlyPeriod ? splitByPeriod(all, period) : { inPeriod: all, outside: [], undated: splitByPeriod(all, period).undated };
      setSummary({ pagesRead: pages.length, more, listed: all.length, outside: split.outside.length, undated: split.undated, listFailures: failures });
      if (signal.aborted) return setBatch({ total: split.inPeriod.length, done: 0, saved: 0, skipped: 0, failed: [], running: false, stopped: true });
      await runItems(split.inPeriod.map(({ url, title }) => ({ url, title })), signal);
    });
  };

  const retry = (items: BatchItem[]) => (current && setSelected(current.key), withAccess(items.map((i) => i.url), (signal) => runItems(items, signal)));

  const onFinding = (f: Finding) => {
    setFindingNote(null);
    for (const code of f.codes) {
      for (const src of d.tally?.form.sources?.[code] ?? []) {
        const hit = d.captures.find((c) => c.rawUrl === src.url || c.url === canonicalUrl(src.url));
        if (hit) {
          setSelected(hit.key);
          requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid=capture-view] h2')?.scrollIntoView({ block: 'nearest' }));
          return setFindingNote({ tone: 'info', text: `${f.rule}：已在上方打开来源页面“${pageTitle(hit)}”（引文：${src.quote}）` });
        }
      }
    }
    if (f.rule === 'R20') {
      document.querySelector<HTMLInputElement>('[data-testid=draft-header] input[type=text]')?.focus();
      return setFindingNote({ tone: 'info', text: '请在上方填写填报单位和报告期' });
    }
    setFindingNote({ tone: 'info', text: `${f.rule}：这些指标没有来源页面（未采集到），请采集相关页面，或在 Excel 加载项中直接填写` });
  };

  const base = `ZX-01_${d.settings?.unit || '未填单位'}_${period}`;
  const filled = d.tally ? Object.keys(d.tally.form.values).length : 0;
  const exportJson = () => {
    if (!d.tally) return;
    saveFile(`${base}.json`, serializeFormFile(d.tally.form), 'application/json');
    setExportNote({ tone: 'info', text: `已保存 ${base}.json 到${DOWNLOADS}：${filled} 个指标的数值及来源。在 Excel 加载项中选“从文件填入”使用` });
  };
  const exportCsv = () => {
    const facts = d.captures.reduce((n, c) => n + c.capture.facts.length, 0);
    const records = d.captures.reduce((n, c) => n + c.capture.records.length, 0);
    saveFile(`${base}.csv`, capturesToCsv(d.captures), 'text/csv;charset=utf-8');
    setExportNote({ tone: 'info', text: `已保存 ${base}.csv 到${DOWNLOADS}：${d.captures.length} 个页面的 ${facts} 条数据和 ${records} 条记录（UTF-8，可用 Excel 或 WPS 打开）` });
  };
  const exportXlsx = async () => {
    if (!d.tally) return;
    setExportNote({ tone: 'busy', text: '正在生成 .xlsx（首次需加载表格组件）…' });
    try {
      const { fillWorkbook } = await import('@/shared/xlsx/fill');
      const { bytes, missing } = await fillWorkbook(d.tally.form);
      saveFile(`${base}.xlsx`, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setExportNote({
        tone: 'info',
        text: `已保存 ${base}.xlsx 到${DOWNLOADS}：填入 ${filled - missing.length} 个指标${missing.length ? `；${missing.length} 个指标在表中找不到位置，未填入：${missing.join('、')}` : ''}`,
      });
    } catch (err) {
      setExportNote({ tone: 'error', text: `导出 .xlsx 失败：${(err as Error).message}。可先导出 .json 用 Excel 加载项填表` });
    }
  };
  const report = current
    ? () => {
        const text = buildReport(current, { extensionVersion: deps.extensionVersion, userAgent: navigator.userAgent });
        deps.copyText(text).then(
          () => setExportNote({ tone: 'info', text: `已把“${pageTitle(current)}”的问题报告（${text.split('\n').length} 行）复制到剪贴板，请粘贴到邮件或工作群发给维护人员` }),
          () => setExportNote({ tone: 'error', text: '无法写入剪贴板：请点击侧边栏后再试' }),
        );
      }
    : null;

  const undo = async () => {
    const step = await d.undoLast();
    if (step) setStatus({ tone: 'info', text: `已撤销：${step.what}` });
  };

  const details = current && (
    <CaptureView item={current} captured={captured} period={period} leftOut={d.tally?.leftOut} onReview={(r, what) => void d.setReview(current.key, r, what)}>
      {d.undo && d.undo.key === current.key && (
        <div class="row">
          <button onClick={() => void undo()} aria-label={`撤销上一步：${d.undo.what}`}>
            撤销上一步（{d.undo.what}）
          </button>
        </div>
      )}
      {current.capture.kind === 'list' && (
        <BatchPanel
          key={current.key}
          items={batchItems}
          already={batchItems.filter((i) => captured.has(canonicalUrl(i.url))).length}
          period={period}
          listPages={current.capture.paging?.pages ?? null}
          reading={reading}
          progress={batch}
          summary={summary}
          note={batchNote}
          onStart={startBatch}
          onStop={() => abort.current?.abort()}
          onRetry={retry}
        />
      )}
    </CaptureView>
  );

  return (
    <main>
      <h1>政协统计助手</h1>
      {d.settings && (
        <DraftHeader settings={d.settings} drafts={d.drafts} pages={d.captures.length} onSwitch={(s, move) => void switchDraft(s, move)} />
      )}
      {draftNote && (
        <div class={`status ${draftNote.tone}`} role="status" data-testid="draft-note">
          {draftNote.text}
        </div>
      )}
      <section class="row">
        <button class="primary" onClick={captureNow}>
          采集当前页
        </button>
        <span class="muted">也可点工具栏按钮、按 Alt+Shift+Y 或在网页上右键采集</span>
      </section>
      {status && (
        <div class={`status ${status.tone}`} role="status" data-testid="capture-status">
          {status.text}
        </div>
      )}
      <CaptureList
        items={d.captures}
        selected={current?.key ?? null}
        onSelect={setSelected}
        onDelete={(k) => void d.remove(k)}
        drafts={d.drafts}
        currentDraft={d.draft?.id}
        onMove={(keys, to) => void moveTo(keys, to)}
        details={details}
      />
      {d.tallyError && <div class="status error">{d.tallyError}</div>}
      {d.tally && d.captures.length > 0 && (
        <TallyView
          conflicts={d.tally.conflicts}
          form={d.tally.form}
          findings={d.tally.findings}
          recordCounts={d.tally.recordCounts}
          approx={d.tally.approx}
          onFinding={onFinding}
        />
      )}
      {d.tally && <TallyDecisions conflicts={d.tally.conflicts} leftOut={d.tally.leftOut} captures={d.captures} setReview={d.setReview} />}
      {findingNote && (
        <div class={`status ${findingNote.tone}`} role="status" data-testid="finding-note">
          {findingNote.text}
        </div>
      )}
      {d.captures.length > 0 && (
        <ExportBar busy={exportNote?.tone === 'busy'} note={exportNote} onJson={exportJson} onXlsx={() => void exportXlsx()} onCsv={exportCsv} onReport={report} />
      )}
    </main>
  );
}
