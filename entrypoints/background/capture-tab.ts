import { browser } from 'wxt/browser';
import { SnapshotSchema } from '@/shared/page/snapshot-schema';
import { saveSnapshot } from '@/shared/store/save-capture';
import { openDrafts, type DraftStore } from '@/shared/store/drafts';
import type { CaptureOutcome } from '@/shared/messages';
import { mergeFrames, type FrameResult } from './frames';

// What the toolbar button, the shortcut, the context menu and the panel's button all run:
// inject the capture script, run the core here, save into the active draft.

export interface CaptureDeps {
  openStore: () => Promise<DraftStore>;
  now: () => Date;
  /** How long the page may take to hand over its snapshot (default CAPTURE_TIMEOUT_MS). */
  timeoutMs?: number;
}
const defaultDeps: CaptureDeps = { openStore: () => openDrafts(), now: () => new Date() };

/** A page that does not answer in this time (a frozen script) fails with a message instead of hanging the panel. */
export const CAPTURE_TIMEOUT_MS = 20_000;
export const STILL_LOADING_NOTICE = '页面尚未加载完成，已采集当前显示的内容；如内容不全，请等页面加载完成后重新采集';

class CaptureTimeout extends Error {
  constructor(readonly ms: number) {
    super(`no answer in ${ms} ms`);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new CaptureTimeout(ms)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Whether the tab is still loading (a response that never ends, a stalled script): its DOM is captured as it is. */
async function stillLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

type Injection = { frameId: number; result?: unknown };

async function inject(tabId: number, selectionOnly: boolean, log: string[]): Promise<Injection[]> {
  const run = async (allFrames: boolean) => {
    // injectImmediately: a tab that never finishes loading never reaches document_idle, where scripts wait by default.
    await browser.scripting.executeScript({
      target: { tabId, allFrames },
      injectImmediately: true,
      func: (o: { selectionOnly: boolean }) => {
        (globalThis as { __zxSnapshotOptions?: unknown }).__zxSnapshotOptions = o;
      },
      args: [{ selectionOnly }],
    });
    return (await browser.scripting.executeScript({ target: { tabId, allFrames }, injectImmediately: true, files: ['/capture.js'] })) as Injection[];
  };
  try {
    return await run(true);
  } catch (err) {
    // A frame we may not enter can fail the whole call; the main frame alone is still worth capturing.
    log.push(`各框架注入失败（${(err as Error).message}），改为只采集主框架`);
    return run(false);
  }
}

/** The HTTP status the tab's page was served with (Chromium's navigation timing), when the browser says. */
async function pageStatus(tabId: number): Promise<number | null> {
  try {
    // Immediately, and bounded: on a tab that never finishes loading a default (document_idle) injection never runs.
    const ask = browser.scripting.executeScript({
      target: { tabId },
      injectImmediately: true,
      func: () => {
        const nav = performance.getEntriesByType('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
        return nav?.responseStatus ?? null;
      },
    });
    const [inj] = (await withTimeout(ask, 3000)) as Injection[];
    return typeof inj?.result === 'number' && inj.result > 0 ? inj.result : null;
  } catch {
    return null;
  }
}

export function explain(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  if (/Cannot access|permission|chrome:\/\/|edge:\/\/|extensions gallery|Missing host/i.test(m))
    return '无法读取此页面：请在要采集的网页上点击工具栏的“政协统计助手”按钮（或按 Alt+Shift+Y），浏览器内置页面和应用商店页面不能采集';
  if (err instanceof CaptureTimeout)
    return `采集超时：页面 ${Math.round(err.ms / 1000)} 秒内没有响应（可能仍在加载或有脚本卡住）；请按 Esc 停止加载或刷新页面后重试`;
  if (/No tab with id|No tab/i.test(m)) return '找不到这个标签页：请切换到要采集的网页后重试';
  return `采集失败：${m}。请刷新页面后重试，仍失败请用“报告问题”`;
}

export async function captureTab(tabId: number, opts: { selectionOnly?: boolean } = {}, deps: CaptureDeps = defaultDeps): Promise<CaptureOutcome> {
  const log: string[] = [];
  try {
    const loading = await stillLoading(tabId);
    if (loading) log.push('页面仍在加载，采集当前已显示的内容');
    const injections = await withTimeout(inject(tabId, !!opts.selectionOnly, log), deps.timeoutMs ?? CAPTURE_TIMEOUT_MS);
    const frames: FrameResult[] = [];
    for (const inj of injections) {
      const parsed = SnapshotSchema.safeParse(inj.result);
      if (parsed.success) frames.push({ frameId: inj.frameId, snapshot: parsed.data });
      else log.push(`框架 ${inj.frameId} 返回的内容无法识别，已跳过`);
    }
    const { snapshot, merged } = mergeFrames(frames);
    log.push(`主框架 ${snapshot.url}：${snapshot.blocks.length} 个文本块、${snapshot.tables.length} 个表格；合并同源框架 ${merged} 个`);
    for (const t of snapshot.truncated ?? []) log.push(`截断：${t}`);
    const httpStatus = await pageStatus(tabId);
    if (httpStatus) log.push(`页面状态 ${httpStatus}`);
    const store = await deps.openStore();
    try {
      const out = await saveSnapshot(store, snapshot, { selectionOnly: !!opts.selectionOnly, log, now: deps.now(), httpStatus });
      return out.ok && loading ? { ...out, notice: STILL_LOADING_NOTICE } : out;
    } finally {
      store.close();
    }
  } catch (err) {
    return { ok: false, message: explain(err) };
  }
}

