import type { PageKind } from '../model';
import type { Snapshot } from './snapshot-schema';
import type { Main } from './content';
import { listRegions, type Headline } from './headlines';
import type { RecordTable } from './table';

// What sort of page this is, with the reasons in Chinese for the panel and bug reports.

export interface KindDecision {
  kind: PageKind;
  why: string[];
}

const EPAPER_PAGE = /第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[:：]|版面导航|^\s*第\s*[A-Za-z]?[0-9０-９]{1,3}\s*版\s*$/;
const EPAPER_HINT = /电子版|数字报|电子报|上一版|下一版|往期回顾|版面\s*[/／:：]|PDF下载/;
/** Prose of at least this many characters makes the page (also) an article. */
export const ARTICLE_CHARS = 300;

/** E-paper markers found in short blocks (版面导航, 第03版：专版, 上一版…). */
export function epaperMarkers(s: Snapshot): string[] {
  const page: string[] = [];
  const hints: string[] = [];
  for (const b of s.blocks) {
    if (b.text.length > 80) continue;
    const p = EPAPER_PAGE.exec(b.text);
    if (p) page.push(p[0].trim());
    const h = EPAPER_HINT.exec(b.text);
    if (h) hints.push(h[0].trim());
  }
  // One 第N版 marker is enough; loose hints (上一版, 电子版) need company.
  if (page.length) return [...new Set([...page, ...hints])].slice(0, 3);
  return new Set(hints).size >= 2 ? [...new Set(hints)].slice(0, 3) : [];
}

/** Characters of prose in the main content (link items left out). */
export function proseChars(s: Snapshot, main: Main, exclude?: Set<number>): number {
  let n = 0;
  main.blocks.forEach((i, k) => {
    const b = s.blocks[i];
    if (b.tag === 'table' || b.linkText || exclude?.has(i)) return;
    n += main.texts[k].length;
  });
  return n;
}

export function decideKind(s: Snapshot, main: Main, lists: Headline[][], tables: RecordTable[]): KindDecision {
  if (s.selection?.trim()) return { kind: 'selection', why: [`仅采集所选文字（${s.selection.trim().length}字）`] };
  // Summaries and dates inside list items are part of the list, not an article.
  const prose = proseChars(s, main, listRegions(s, lists));
  const items = lists.reduce((n, l) => n + l.length, 0);
  const dated = lists.reduce((n, l) => n + l.filter((h) => h.date).length, 0);
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);

  const marks = epaperMarkers(s);
  if (marks.length && prose >= ARTICLE_CHARS / 2)
    return { kind: 'epaper', why: [`检测到“版面/第N版”电子报标记（${marks.join('、')}）`, `正文约${prose}字`] };

  const tableWhy = tables.map((t) => `检测到${t.proposals ? '提案' : '记录'}表格（${t.rows.length}行）`);
  if (rows >= 3 && prose < ARTICLE_CHARS * 2) return { kind: 'table', why: tableWhy };

  const listWhy = dated ? `检测到${items}条带日期的标题链接` : `检测到${items}条标题链接`;
  if (items >= 3 && prose >= ARTICLE_CHARS) return { kind: 'mixed', why: [listWhy, `另有正文约${prose}字`] };
  if (items >= 3) return { kind: 'list', why: [listWhy] };
  const why = [`正文约${prose}字`];
  if (tableWhy.length) why.push(...tableWhy);
  return { kind: 'article', why };
}

/** "共N条 第1页/共M页" and its variants, read anywhere on the page. */
export function findPaging(s: Snapshot): { total: number | null; page: number | null; pages: number | null } | undefined {
  for (const b of s.blocks) {
    if (b.text.length > 200) continue;
    const total = /共\s*(\d+)\s*条/.exec(b.text);
    const slash = /(?:第|页次[:：]?|当前)\s*(\d+)\s*\/\s*(?:共\s*)?(\d+)\s*页?/.exec(b.text);
    const page = /第\s*(\d+)\s*页/.exec(b.text);
    const pages = /共\s*(\d+)\s*页/.exec(b.text);
    if (!total && !slash && !(page && pages)) continue;
    return {
      total: total ? Number(total[1]) : null,
      page: slash ? Number(slash[1]) : page ? Number(page[1]) : null,
      pages: slash ? Number(slash[2]) : pages ? Number(pages[1]) : null,
    };
  }
  return undefined;
}
