import type { StoredCapture, Review, FactReview } from '@/shared/store/schema';
import { factKey } from '@/shared/store/review';
import { kindLabel } from '@/shared/store/report';
import { withoutGlosses } from '@/shared/store/display';
import type { LeftOut } from '@/shared/tally/tally';
import { FactRow } from './FactRow';
import { RecordList } from './RecordList';

export function shortDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** One captured page under review: what kind and why, its publication date, its facts and its records. */
export function CaptureView(props: {
  item: StoredCapture;
  onReview: (r: Review, what?: string) => void;
  /** Canonical URLs already in the draft, to mark listed articles as captured. */
  captured?: Set<string>;
  /** The form's period: records dated in another year do not count. */
  period?: string;
  /** What the draft's tally left out of the period (statements of this page are marked). */
  leftOut?: LeftOut[];
  children?: preact.ComponentChildren;
}) {
  const { item } = props;
  const c = item.capture;
  const outOf = new Map((props.leftOut ?? []).filter((l) => l.kind === 'statement' && l.url === item.rawUrl).map((l) => [l.quote, l.why]));
  const setFact = (k: string, fr: FactReview, what?: string) => props.onReview({ ...item.review, facts: { ...item.review.facts, [k]: fr } }, what);
  const setRecord = (k: string, on: boolean) =>
    props.onReview({ ...item.review, records: { ...item.review.records, [k]: on } }, `${on ? '计入' : '不计入'}记录`);
  return (
    <div data-testid="capture-view" class="capture-view">
      <h2>{withoutGlosses(c.title) || '（无标题）'}</h2>
      <div class="row">
        <span class="kind" data-testid="kind">
          {kindLabel(c.kind)}
        </span>
        <span data-testid="published">{c.date ? `发布 ${c.date}` : '网页上没有发布日期'}</span>
        <span class="muted" data-testid="captured-at">
          采集 {shortDate(item.capturedAt)}
          {shortDate(item.firstCapturedAt) !== shortDate(item.capturedAt) && `（首次 ${shortDate(item.firstCapturedAt)}）`}
        </span>
      </div>
      <div class="muted url">
        <a href={item.rawUrl} target="_blank" rel="noreferrer">
          {item.rawUrl}
        </a>
      </div>
      {c.why && c.why.length > 0 && (
        <ul class="why" aria-label="识别理由">
          {c.why.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {c.notices?.map((n) => (
        <p class="finding warning" data-testid="notice" key={n}>
          {n}
        </p>
      ))}
      {c.paging && (
        <p data-testid="paging">
          分页：共 {c.paging.total ?? '?'} 条{c.paging.pages ? `，共 ${c.paging.pages} 页` : ''}
          {c.paging.page ? `，当前第 ${c.paging.page} 页` : ''}。批量采集可按设置自动翻页。
        </p>
      )}
      {props.children}
      <h2>
        数据 <span data-testid="fact-count">{c.facts.length}</span> 条
      </h2>
      {c.facts.length === 0 && <p class="muted">本页没有找到带量词的数字。</p>}
      {c.facts.map((f) => {
        const k = factKey(f);
        return <FactRow key={k} fact={f} text={c.text} review={item.review.facts[k]} leftOut={outOf.get(f.quote)} onChange={(r, what) => setFact(k, r, what)} />;
      })}
      {c.records.length > 0 && (
        <RecordList
          records={c.records}
          checked={item.review.records}
          onToggle={setRecord}
          captured={props.captured}
          period={props.period}
          page={{ url: c.url ?? item.rawUrl, date: c.date }}
        />
      )}
    </div>
  );
}
