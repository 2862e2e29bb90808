import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Draft, StoredCapture } from '@/shared/store/schema';
import type { DraftSummary } from '@/shared/store/drafts';
import { kindLabel } from '@/shared/store/report';
import { indicatorByCode } from '@/shared/catalogue/indicators';
import { withoutGlosses } from '@/shared/store/display';
import { EMPTY_QUERY, facets, isFiltered, pageOf, publishedDate, queryCaptures, type CaptureQuery } from '@/shared/store/capture-query';
import { draftName } from './DraftHeader';

const pathOf = (url: string) => {
  try {
    const u = new URL(url);
    return u.pathname.split('/').pop() || u.host;
  } catch {
    return '';
  }
};

export const pageTitle = (c: StoredCapture): string => withoutGlosses(c.capture.title) || c.rawUrl;

/**
 * The pages captured into this draft, by publication date: search, filters, pages of 20. The selected page's
 * details open right under its row. Deleting asks for a second press; pages can be moved to another draft.
 */
export function CaptureList(props: {
  items: StoredCapture[];
  selected: string | null;
  onSelect: (key: string) => void;
  onDelete: (key: string) => void;
  drafts?: DraftSummary[];
  currentDraft?: string;
  onMove?: (keys: string[], to: Draft) => void;
  /** The selected page's details, shown under its row. */
  details?: preact.ComponentChildren;
}) {
  const [arming, setArming] = useState<string | null>(null);
  const [q, setQ] = useState<CaptureQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [moveTo, setMoveTo] = useState('');
  const shown = useMemo(() => queryCaptures(props.items, q), [props.items, q]);
  const f = useMemo(() => facets(props.items), [props.items]);
  const paged = pageOf(shown, page);
  const set = (patch: Partial<CaptureQuery>) => (setQ({ ...q, ...patch }), setPage(1));
  // Keep the selected page in view: open the page of the list that holds it.
  useEffect(() => {
    const at = shown.findIndex((c) => c.key === props.selected);
    if (at >= 0) setPage(Math.floor(at / 20) + 1);
  }, [props.selected]);
  useEffect(() => setPicked((s) => new Set([...s].filter((k) => props.items.some((c) => c.key === k)))), [props.items]);

  if (props.items.length === 0)
    return (
      <section>
        <h2>已采集页面</h2>
        <p class="muted">还没有采集。打开门户网站的文章或列表页，点击工具栏的“政协统计助手”按钮（或按 Alt+Shift+Y）。</p>
      </section>
    );
  const others = (props.drafts ?? []).filter((d) => d.draft.id !== props.currentDraft);
  const hidden = props.items.length - shown.length;
  const toggle = (k: string, on: boolean) => setPicked((s) => (on ? new Set(s).add(k) : new Set([...s].filter((x) => x !== k))));
  return (
    <section data-testid="capture-list">
      <h2>
        已采集页面 <span data-testid="page-count">{props.items.length}</span> 个
      </h2>
      <div class="filters">
        <input type="search" aria-label="搜索页面标题或文字" placeholder="搜索标题或文字" value={q.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        <select aria-label="按类型筛选" value={q.kind} onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">全部类型</option>
          {[...f.kinds].map(([k, n]) => (
            <option key={k} value={k}>
              {kindLabel(k)}（{n}）
            </option>
          ))}
        </select>
        <select aria-label="按发布年份筛选" value={q.year} onChange={(e) => set({ year: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">全部年份</option>
          {[...f.years].sort(([a], [b]) => b.localeCompare(a)).map(([y, n]) => (
            <option key={y} value={y}>
              {y === '-' ? '无发布日期' : `${y} 年发布`}（{n}）
            </option>
          ))}
        </select>
        <select aria-label="按指标筛选" value={q.indicator} onChange={(e) => set({ indicator: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">全部指标</option>
          {[...f.indicators].map(([c, n]) => (
            <option key={c} value={c}>
              {c === '-' ? '不计入任何指标' : (indicatorByCode(c)?.label ?? c)}（{n}）
            </option>
          ))}
        </select>
        <select aria-label="排序" value={q.sort} onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as CaptureQuery['sort'] })}>
          <option value="date-desc">按发布日期（新→旧）</option>
          <option value="date-asc">按发布日期（旧→新）</option>
          <option value="captured-desc">按采集时间（新→旧）</option>
        </select>
      </div>
      {isFiltered(q) && (
        <div class="row muted" data-testid="filter-note">
          显示 {shown.length} / {props.items.length} 个，{hidden} 个被筛选隐藏
          <button onClick={() => (setQ({ ...EMPTY_QUERY, sort: q.sort }), setPage(1))}>清除筛选</button>
        </div>
      )}
      {picked.size > 0 && others.length > 0 && props.onMove && (
        <div class="row movebar" data-testid="move-bar">
          已选 {picked.size} 个页面，移到
          <select aria-label="移到哪份草稿" value={moveTo} onChange={(e) => setMoveTo((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">选择草稿…</option>
            {others.map((d) => (
              <option key={d.draft.id} value={d.draft.id}>
                {draftName(d.draft)}（{d.pages} 页）
              </option>
            ))}
          </select>
          <button
            disabled={!moveTo}
            onClick={() => {
              const to = others.find((d) => d.draft.id === moveTo);
              if (to) props.onMove!([...picked], to.draft), setPicked(new Set());
            }}
          >
            移动
          </button>
          <button onClick={() => setPicked(new Set())}>取消选择</button>
        </div>
      )}
      {shown.length === 0 && <p class="muted">没有符合筛选条件的页面。</p>}
      <ul class="pages">
        {paged.items.map((c) => {
          const title = pageTitle(c);
          const date = publishedDate(c);
          const sel = c.key === props.selected;
          return [
            <li key={c.key} class={sel ? 'sel' : ''} title={c.rawUrl}>
              {props.onMove && others.length > 0 && (
                <input type="checkbox" aria-label={`选择：${title}`} checked={picked.has(c.key)} onChange={(e) => toggle(c.key, (e.currentTarget as HTMLInputElement).checked)} />
              )}
              <span class="kind">{kindLabel(c.capture.kind)}</span>
              <button class="title" aria-expanded={sel} aria-label={`查看：${title}`} onClick={() => props.onSelect(c.key)}>
                {title} <span class="muted">{pathOf(c.url)}</span>
              </button>
              <span class={`date${date ? '' : ' muted'}`} title={c.capture.date ? '网页上的发布日期' : date ? '列表中最新一条的日期' : '网页上没有发布日期'}>
                {date ?? '无日期'}
              </span>
              <button
                class={arming === c.key ? 'off' : ''}
                aria-label={arming === c.key ? `确认删除：${title}` : `删除：${title}`}
                onClick={() => (arming === c.key ? (setArming(null), props.onDelete(c.key)) : setArming(c.key))}
                onBlur={() => setArming(null)}
              >
                {arming === c.key ? '确认删除' : '删除'}
              </button>
            </li>,
            sel && props.details ? (
              <li key={`${c.key}#details`} class="details">
                {props.details}
              </li>
            ) : null,
          ];
        })}
      </ul>
      {paged.pages > 1 && (
        <nav class="row pager" aria-label="页面列表分页">
          <button disabled={paged.page <= 1} onClick={() => setPage(paged.page - 1)}>
            上一页
          </button>
          <span data-testid="list-page">
            第 {paged.page} / {paged.pages} 页
          </span>
          <button disabled={paged.page >= paged.pages} onClick={() => setPage(paged.page + 1)}>
            下一页
          </button>
        </nav>
      )}
    </section>
  );
}
