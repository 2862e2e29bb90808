import type { PageRecord } from '../model';
import { dateFromUrl, monthFromUrl } from '../page/dates';
import { sessionKey } from '../facts/title-rules';
import { normalizedText } from '../text/normalize';

// One event is one event: the records of many captured pages (headlines, table rows, articles about one activity)
// are grouped so that the same activity counts once — the same address (a headline and the article it links to),
// the same title on the same day (one article under two addresses, a list seen twice, a headline cut short with
// "…"), or the same text (a reprint, whatever its title).

export interface EventMember {
  record: PageRecord;
  /** Index of the capture the record was found on. */
  page: number;
  /** The record is the captured page itself (an article about one activity). */
  own: boolean;
}

export interface EventGroup {
  members: EventMember[];
  /** The activity's indicator: the article's own record first, else the first headline's; null for an article about an activity the catalogue does not name (its figures still count once). */
  code: string | null;
  date: string | null;
  title: string;
  url: string | null;
  /** Captures that are articles about this event (their figures are the event's own). */
  pages: number[];
}

export interface EventInput {
  records: readonly PageRecord[];
  /** The page's own record, when the page is an article about one activity (indicator null when its headline names none). */
  own: PageRecord | null;
  /** The page's main text, for reprints (only read for pages with an own record). */
  text: string;
  /** The page's publication date (own record's fallback). */
  date: string | null;
}

export function normTitle(t: string): string {
  return t.replace(/[\s\u3000"“”'‘’《》〈〉「」『』【】()（）:：,，.。!！?？、·—\-|_]+/g, '').replace(/(?:…+|\.{2,})$/, '');
}

function truncated(t: string): boolean {
  return /(?:…|\.{2,})\s*$/.test(t);
}

export function normUrl(u: string): string {
  return u.trim().replace(/#.*$/, '').replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/(?:index\.[a-z]+)?$/i, '').toLowerCase();
}

/** Sentences long enough to identify a text (boilerplate lines are short). */
function sentences(text: string): string[] {
  return [...new Set(text.split(/[。！？!?\n]+/).map((s) => s.replace(/\s+/g, '')).filter((s) => s.length >= 20))];
}

export function groupEvents(pages: readonly EventInput[], known: (code: string) => boolean): EventGroup[] {
  const members: EventMember[] = [];
  pages.forEach((p, page) => {
    const list = p.own && !p.records.includes(p.own) ? [...p.records, p.own] : p.records;
    for (const r of list) {
      const own = r === p.own;
      if (!own && (!r.indicator || !known(r.indicator))) continue;
      const date = r.date ?? dateFromUrl(r.url) ?? (own ? p.date : null) ?? monthFromUrl(r.url);
      members.push({ record: date === r.date ? r : { ...r, date }, page, own });
    }
  });
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else union(i, j);
  };
  const byDate = new Map<string, Array<{ title: string; i: number }>>();
  members.forEach((m, i) => {
    if (m.record.url) link(`u:${normUrl(m.record.url)}`, i);
    const title = normTitle(m.record.title);
    if (m.record.date && title.length >= 4) {
      link(`t:${title}|${m.record.date}`, i);
      if (!byDate.has(m.record.date)) byDate.set(m.record.date, []);
      byDate.get(m.record.date)!.push({ title, i });
    }
  });
  // Records of a plenary session (its opening, its closing) name the session: one session in a year is one event.
  members.forEach((m, i) => {
    if (m.record.indicator !== 'mtg.plenary' || !/^\d{4}/.test(m.record.date ?? '')) return;
    const key = sessionKey(normalizedText(m.record.title).replace(/\s+/g, ''));
    if (key) link(`s:${key}|${m.record.date!.slice(0, 4)}`, i);
  });
  // A headline cut short ("区政协召开专题协商会 聚焦…") is the article whose title it begins, on the same day.
  members.forEach((m, i) => {
    if (!m.record.date || !truncated(m.record.title)) return;
    const prefix = normTitle(m.record.title);
    if (prefix.length < 8) return;
    for (const o of byDate.get(m.record.date) ?? []) if (o.i !== i && o.title.startsWith(prefix)) union(i, o.i);
  });
  // Reprints: an article page sharing most of its long sentences with an earlier one.
  const bySentence = new Map<string, number>();
  members.forEach((m, i) => {
    if (!m.own) return;
    const own = sentences(pages[m.page].text);
    if (own.length === 0) return;
    const hits = new Map<number, number>();
    for (const s of own) {
      const j = bySentence.get(s);
      if (j !== undefined) hits.set(find(j), (hits.get(find(j)) ?? 0) + 1);
    }
    for (const [j, n] of hits) if (n * 2 >= own.length) union(i, j);
    for (const s of own) if (!bySentence.has(s)) bySentence.set(s, i);
  });

  const groups = new Map<number, EventMember[]>();
  members.forEach((m, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(m);
  });
  return [...groups.values()].map((ms) => {
    const named = ms.filter((m) => m.record.indicator && known(m.record.indicator));
    const lead = named.find((m) => m.own) ?? named[0] ?? ms.find((m) => m.own) ?? ms[0];
    const dated = ms.find((m) => m.own && m.record.date) ?? ms.find((m) => m.record.date);
    return {
      members: ms,
      code: lead.record.indicator && known(lead.record.indicator) ? lead.record.indicator : null,
      date: dated?.record.date ?? null,
      title: lead.record.title,
      url: lead.record.url,
      pages: [...new Set(ms.filter((m) => m.own).map((m) => m.page))],
    };
  });
}
