import type { Snapshot } from './snapshot-schema';
import type { Main } from './content';
import { parseDate } from './dates';

// The article's own title, subtitle and date, read from the main content first and the page
// head second (document titles carry the site name: "标题_某某政协网").

export interface ArticleHead {
  title: string;
  subtitle: string;
  /** Index into snapshot.blocks of the title block, -1 when taken from <title>. */
  titleBlock: number;
  date: string | null;
}

/** "标题_站点名" / "标题 - 站点名" / "站点名 | 标题"? Keep the longest part, usually the headline. */
export function titleFromHead(docTitle: string): string {
  const parts = docTitle.split(/\s*(?:_|\s[-–—|]\s|——|－)\s*/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return docTitle.trim();
  return parts[0].length >= 4 ? parts[0] : parts.reduce((a, b) => (b.length > a.length ? b : a));
}

const SUBTITLE = /^(?:——|—|--|－－)/;

export function readHead(s: Snapshot, main: Main): ArticleHead {
  const headTitle = titleFromHead(s.title);
  let titleBlock = -1;
  let best = 99;
  main.blocks.forEach((i, k) => {
    const b = s.blocks[i];
    const t = main.texts[k];
    if (!b.level || t.length < 4 || t.length > 120 || b.linkText) return;
    // The heading that repeats the document title wins; otherwise the highest-level heading.
    const rank = headTitle && (headTitle.includes(t) || t.includes(headTitle)) ? 0 : b.level;
    if (rank < best) {
      best = rank;
      titleBlock = k;
    }
  });
  if (titleBlock < 0) {
    // No heading element: a short line of the main text that is one part of <title> ("标题_栏目_站点").
    const parts = s.title.split(/\s*(?:_|\s[-–—|]\s|——|－)\s*/).map((p) => p.trim()).filter((p) => p.length >= 4);
    titleBlock = main.texts.findIndex((t, k) => k < 8 && parts.includes(t.trim()));
  }
  const title = titleBlock >= 0 ? main.texts[titleBlock].replace(/\s*\n\s*/g, ' ') : headTitle;
  let subtitle = '';
  const next = titleBlock >= 0 ? main.texts[titleBlock + 1] : undefined;
  const nextBlock = titleBlock >= 0 ? s.blocks[main.blocks[titleBlock + 1]] : undefined;
  if (next && next.length <= 80 && (SUBTITLE.test(next) || (nextBlock?.level && nextBlock.level >= 2))) subtitle = next;

  let date = parseDate(s.meta.published);
  if (!date) {
    // The date/source line right under the title, then any "发布时间" line, then the first full date on a short block.
    const near = titleBlock >= 0 ? main.texts.slice(titleBlock + 1, titleBlock + 5) : main.texts.slice(0, 4);
    for (const t of near) if (!date && t.length < 120) date = parseDate(t);
    for (const b of s.blocks) if (!date && b.text.length < 120 && /发布|日期|时间/.test(b.text)) date = parseDate(b.text);
    for (const b of s.blocks) if (!date && b.text.length < 40 && !b.linkText) date = parseDate(b.text);
  }
  return { title, subtitle, titleBlock: titleBlock >= 0 ? main.blocks[titleBlock] : -1, date };
}
