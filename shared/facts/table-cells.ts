// Bare numbers in a statistics table written as text: the measure word is said once, in a declaration
// (单位：件) or a header cell (数量（件）, 立案数（件）：489), and the cells below or after it carry none.
import type { Approx } from '../model';
import type { Candidate } from './not-facts';
import { UNITS } from './units';

/** Units a table may declare for its cells (the counting units of the form). */
const CELL_UNITS = '人次|场次|件次|件|个|项|次|篇|条|人|名|场|期|份|户|家|位';

/** 单位：件 / 计量单位:人次 — the unit of every cell of the lines below, up to a blank line (not 单位：人民币). */
const DECLARED = new RegExp(`(?:计量)?单位\\s*[：:]\\s*(${CELL_UNITS})(?![民币员数口们才人体别性案])`, 'g');
/** 数量（件） / 立案数(件) as a header: a bracketed unit right after a label word. */
const HEADER = new RegExp(`[\\u4e00-\\u9fff](?<![人件项场批家])[(（](${CELL_UNITS})[)）]`, 'g');
/**
 * A bare cell: an Arabic integer right after its row's label (CJK, a bracket, |, ：) and before the next label, a
 * separator or the end. Normalising re-joins the broken lines of a table, so rows run on: 提案总数523立案489.
 */
const CELL = /(?<=[\u4e00-\u9fff）)|｜：: ])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,7})(?![0-9A-Za-z.,%])/g;
/** After a cell number: no date, time, age or ordinal word (12月, 5日, 3时, 60岁) and no measure word (scanned already). */
const NOT_CELL_AFTER = /^\s?(?:[年月日时点分秒号届岁周天]|个?百分点)/;
const MAX_BLOCKS = 64;
/** A year heading a column (2024, 2025) is no count. */
const YEAR = /^(?:19|20)[0-9]{2}$/;

export interface TableCell extends Candidate {
  start: number;
  end: number;
  value: number;
  approx: Approx;
}

/** Lines (start, end) of the block a declaration at `at` governs: its own line's rest and the lines after, to a blank line. */
function blockAfter(text: string, at: number): { from: number; to: number } {
  const blank = text.indexOf('\n\n', at);
  const to = blank < 0 ? text.length : blank;
  return { from: at, to: Math.min(to, at + 3000) };
}

/** Bare table cells with a declared unit, in text order. */
export function tableCells(text: string): TableCell[] {
  if (text.indexOf('单位') < 0 && text.indexOf('（') < 0 && text.indexOf('(') < 0) return [];
  const blocks: Array<{ from: number; to: number; unit: string }> = [];
  for (const m of text.matchAll(DECLARED)) blocks.push({ ...blockAfter(text, m.index! + m[0].length), unit: m[1] });
  // 数量（件）, 立案数（件）：489 — a header (or a row's label) and every cell after it in its block
  for (const m of text.matchAll(HEADER)) blocks.push({ ...blockAfter(text, m.index! + m[0].length), unit: m[1] });
  if (!blocks.length) return [];
  const out: TableCell[] = [];
  const seen = new Set<number>();
  // (each block is read on its own slice, at most 3000 chars, and a page holds few: the work stays linear)
  for (const b of blocks.slice(0, MAX_BLOCKS)) {
    const base = Math.max(0, b.from - 1);
    const seg = text.slice(base, b.to);
    CELL.lastIndex = b.from - base;
    let m: RegExpExecArray | null;
    while ((m = CELL.exec(seg))) {
      const numStart = base + m.index;
      const numEnd = numStart + m[1].length;
      if (seen.has(numStart) || YEAR.test(m[1]) || text[numStart - 1] === '第') continue;
      const next = text.slice(numEnd, numEnd + 4);
      if (NOT_CELL_AFTER.test(next) || UNITS.some((u) => next.startsWith(u))) continue;
      seen.add(numStart);
      out.push({
        numStart, numEnd, unitStart: numEnd, unitEnd: numEnd, unit: b.unit, chinese: false, numeral: m[1],
        start: numStart, end: numEnd, value: Number(m[1].replace(/,/g, '')), approx: 'exact',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
