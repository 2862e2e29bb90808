import type { StoredCapture } from '@/shared/store/schema';
import { kindLabel } from '@/shared/store/report';

/** The pages captured into this draft; click one to review it. */
export function CaptureList(props: { items: StoredCapture[]; selected: string | null; onSelect: (key: string) => void; onDelete: (key: string) => void }) {
  if (props.items.length === 0)
    return (
      <section>
        <h2>已采集页面</h2>
        <p class="muted">还没有采集。打开门户网站的文章或列表页，点击工具栏的“政协统计助手”按钮（或按 Alt+Shift+Y）。</p>
      </section>
    );
  return (
    <section>
      <h2>
        已采集页面 <span data-testid="page-count">{props.items.length}</span> 个
      </h2>
      <ul class="pages">
        {props.items.map((c) => (
          <li key={c.key} class={c.key === props.selected ? 'sel' : ''} onClick={() => props.onSelect(c.key)} title={c.rawUrl}>
            <span class="kind">{kindLabel(c.capture.kind)}</span> {c.capture.title || c.rawUrl}{' '}
            <span class="muted">{c.capturedAt.slice(0, 10)}</span>{' '}
            <button
              aria-label="删除"
              onClick={(e) => {
                e.stopPropagation();
                props.onDelete(c.key);
              }}
            >
              删除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
