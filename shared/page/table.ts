import type { Snapshot, SnapshotTable } from './snapshot-schema';
import { isPageChromePath } from './chrome';
import { isChromeBlock } from './content';
import { parseDate } from './dates';

// Record tables: a grid whose header names a title column (案由/标题/题目/名称…), e.g. a proposal list
// 序号|提案号|案由|提案人|承办单位. One row = one reported item.

export interface TableRow {
  title: string;
  date: string | null;
  url: string | null;
}

export interface RecordTable {
  table: number;
  header: string[];
  rows: TableRow[];
  /** The header looks like a proposal list (案由/提案号/提案人). */
  proposals: boolean;
}

const TITLE_COL = /^(?:案由|提案名称|提案标题|提案题目|标题|题目|名称|主题|议题|信息标题|内容)$/;
const DATE_COL = /日期|时间/;
const MIN_ROWS = 2;

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

function readTable(t: SnapshotTable, index: number): RecordTable | null {
  for (let h = 0; h < Math.min(2, t.rows.length); h++) {
    const header = t.rows[h].map((c) => compact(c.text));
    const titleCol = header.findIndex((x) => TITLE_COL.test(x));
    if (titleCol < 0 || header.length < 2) continue;
    const dateCol = header.findIndex((x) => DATE_COL.test(x));
    const rows: TableRow[] = [];
    for (const r of t.rows.slice(h + 1)) {
      const cell = r[titleCol];
      const title = (cell?.linkText ?? cell?.text ?? '').trim();
      if (!title || compact(title) === header[titleCol]) continue;
      rows.push({ title, date: dateCol >= 0 ? parseDate(r[dateCol]?.text) : null, url: cell.href ?? null });
    }
    if (rows.length < MIN_ROWS) return null;
    return { table: index, header, rows, proposals: header.some((x) => /案由|提案/.test(x)) };
  }
  return null;
}

/** The record tables of a page, outside its frame (nav/footer/sidebar). */
export function findRecordTables(s: Snapshot): RecordTable[] {
  const out: RecordTable[] = [];
  const blockOf = new Map<number, number>();
  s.blocks.forEach((b, i) => {
    if (b.table !== undefined) blockOf.set(b.table, i);
  });
  s.tables.forEach((t, i) => {
    const at = blockOf.get(i);
    if (at !== undefined ? isChromeBlock(s, at) && isPageChromePath(t.path) : isPageChromePath(t.path)) return;
    const r = readTable(t, i);
    if (r) out.push(r);
  });
  return out;
}
