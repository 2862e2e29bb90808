import { useState } from 'preact/hooks';
import type { StoredCapture } from '@/shared/store/schema';
import { kindLabel } from '@/shared/store/report';

const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return u.pathname.split('/').pop() || u.host;
  } catch {
    return '';
  }
};

/** The pages captured into this draft; click one to review it. Deleting asks for a second click. */
export function CaptureList(props: { items: StoredCapture[]; selected: string | null; onSelect: (key: string) => void; onDelete: (key: string) => void }) {
  const [arming, setArming] = useState<string | null>(null);
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
          <li key={c.key} class={c.key === props.selected ? 'sel' : ''} title={c.rawUrl}>
            <span class="kind">{kindLabel(c.capture.kind)}</span>
            <span class="title" onClick={() => props.onSelect(c.key)}>
              {c.capture.title || c.rawUrl} <span class="muted">{pathOf(c.url)}</span>
            </span>
            <span class="muted date">{c.capturedAt.slice(0, 10)}</span>
            <button
              class={arming === c.key ? 'off' : ''}
              onClick={() => (arming === c.key ? (setArming(null), props.onDelete(c.key)) : setArming(c.key))}
              onBlur={() => setArming(null)}
            >
              {arming === c.key ? '确认删除' : '删除'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
