import type { BatchItem, BatchProgress } from '@/shared/store/batch';

/** On a list page: capture every listed article, with progress and retryable failures. */
export function BatchPanel(props: { items: BatchItem[]; already: number; progress: BatchProgress | null; onStart: (items: BatchItem[]) => void }) {
  const p = props.progress;
  const todo = props.items.length - props.already;
  return (
    <div data-testid="batch">
      <div class="row">
        <button class="primary" disabled={!!p?.running || props.items.length === 0} onClick={() => props.onStart(props.items)}>
          批量采集列表中的文章（{props.items.length} 篇，{todo} 篇未采集）
        </button>
      </div>
      {p && (
        <div>
          <progress max={p.total || 1} value={p.done} />
          <div class="muted">
            {p.running ? '正在采集' : '完成'}：{p.done}/{p.total}，新采集 {p.saved}，已采集跳过 {p.skipped}，失败 {p.failed.length}
          </div>
          {p.failed.length > 0 && !p.running && (
            <div>
              <ul>
                {p.failed.map((f) => (
                  <li key={f.url} class="finding error">
                    {f.title}：{f.message}
                  </li>
                ))}
              </ul>
              <button onClick={() => props.onStart(p.failed.map(({ url, title }) => ({ url, title })))}>重试失败的 {p.failed.length} 篇</button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
