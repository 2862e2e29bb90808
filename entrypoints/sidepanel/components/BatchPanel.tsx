import { useState } from 'preact/hooks';
import type { BatchItem, BatchProgress, ListProgress } from '@/shared/store/batch';
import { withoutGlosses } from '@/shared/store/display';
import { periodName } from '@/shared/tally/period';

export interface BatchPlan {
  /** How many list pages to read at most (this one included). */
  limit: number;
  /** Take only headlines dated in the form's period. */
  onlyPeriod: boolean;
}

export interface BatchSummary {
  pagesRead: number;
  /** More list pages were linked than the limit allowed. */
  more: boolean;
  listed: number;
  outside: number;
  undated: number;
  listFailures: number;
}

export const DEFAULT_PAGE_LIMIT = 10;
export const MAX_PAGE_LIMIT = 50;

/**
 * On a list page: capture every listed article, following the list's pages (下一页, numbered pages) on the same
 * site up to the limit shown, only headlines of the form's period unless told otherwise; stoppable; failures
 * say what happened and can be retried.
 */
export function BatchPanel(props: {
  items: BatchItem[];
  already: number;
  period: string;
  /** 共N页 read on the page, when it says. */
  listPages: number | null;
  reading: ListProgress | null;
  progress: BatchProgress | null;
  summary: BatchSummary | null;
  /** What went wrong with the batch as a whole (no permission, interrupted). */
  note?: { tone: string; text: string } | null;
  onStart: (plan: BatchPlan) => void;
  onStop: () => void;
  onRetry: (items: BatchItem[]) => void;
}) {
  const [limit, setLimit] = useState(String(Math.min(props.listPages ?? DEFAULT_PAGE_LIMIT, DEFAULT_PAGE_LIMIT)));
  const [onlyPeriod, setOnlyPeriod] = useState(true);
  const p = props.progress;
  const running = !!props.reading || !!p?.running;
  const n = Math.floor(Number(limit));
  const limitOk = Number.isFinite(n) && n >= 1 && n <= MAX_PAGE_LIMIT;
  const s = props.summary;
  return (
    <div data-testid="batch" class="batch">
      <h2>批量采集</h2>
      <div class="row">
        <label>
          最多翻页
          <input type="text" class="period" inputMode="numeric" aria-label="最多读取的列表页数" value={limit} onInput={(e) => setLimit(e.currentTarget.value)} />
          页
        </label>
        <span class="muted">{props.listPages ? `本列表共 ${props.listPages} 页` : '跟随“下一页”和页码链接，只在本网站内'}</span>
      </div>
      {!limitOk && <div class="status error">翻页数应为 1 到 {MAX_PAGE_LIMIT} 之间的整数</div>}
      <label>
        <input type="checkbox" checked={onlyPeriod} onChange={(e) => setOnlyPeriod((e.currentTarget as HTMLInputElement).checked)} />
        只采集 {periodName(props.period)}发布的文章（按标题旁的日期；没有日期的也采集）
      </label>
      <div class="row">
        <button class="primary" disabled={running || !limitOk} onClick={() => props.onStart({ limit: n, onlyPeriod })}>
          批量采集列表中的文章（本页 {props.items.length} 篇，{props.items.length - props.already} 篇未采集）
        </button>
        {running && (
          <button class="off" onClick={props.onStop}>
            停止
          </button>
        )}
      </div>
      {props.note && (
        <div class={`status ${props.note.tone}`} role="alert" data-testid="batch-note">
          {props.note.text}
        </div>
      )}
      {props.reading && (
        <div class="muted" role="status" data-testid="batch-reading">
          正在读取列表：已读 {props.reading.pages} / 最多 {props.reading.limit} 页{props.reading.failed.length ? `，${props.reading.failed.length} 页打不开` : ''}…
        </div>
      )}
      {s && (
        <div class="muted" data-testid="batch-plan">
          读了 {s.pagesRead} 页列表{s.more ? `（已到 ${s.pagesRead} 页上限，后面还有页未读）` : ''}，共 {s.listed} 篇
          {s.outside > 0 && `，${s.outside} 篇不是 ${periodName(props.period)}发布的，未采集`}
          {s.undated > 0 && `，${s.undated} 篇没有日期`}
          {s.listFailures > 0 && `，${s.listFailures} 页列表打不开`}。
        </div>
      )}
      {p && (
        <div>
          <progress max={p.total || 1} value={p.done} aria-label="批量采集进度" />
          <div class="muted" role="status" data-testid="batch-progress">
            {p.running ? '正在采集' : p.stopped ? '已停止' : '完成'}：{p.done}/{p.total}，新采集 {p.saved}，已采集跳过 {p.skipped}，失败 {p.failed.length}
            {p.stopped && `，未采集 ${p.total - p.done} 篇（可再次点击批量采集继续）`}
          </div>
          {p.failed.length > 0 && !p.running && (
            <div>
              <ul>
                {p.failed.map((f) => (
                  <li key={f.url} class="finding error">
                    {withoutGlosses(f.title)}：{f.message}
                  </li>
                ))}
              </ul>
              <button onClick={() => props.onRetry(p.failed.map(({ url, title }) => ({ url, title })))}>重试失败的 {p.failed.length} 篇</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
