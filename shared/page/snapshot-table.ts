import type { SnapshotCell } from './snapshot-schema';

// Runs inside the capture script: DOM access only through the given elements, no zod.

export const MAX_TABLE_ROWS = 2000;
const MAX_CELL_CHARS = 500;

const ZW = /[\u200b-\u200d\u2060\ufeff]/g;

/** Visible text of a cell, whitespace collapsed (a cell is one line on the form). */
export function cellText(el: Element): string {
  return (el.textContent ?? '').replace(ZW, '').replace(/[\s\u00a0]+/g, ' ').trim().slice(0, MAX_CELL_CHARS);
}

function directRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName.toLowerCase();
    if (t === 'tr') rows.push(c);
    else if (t === 'thead' || t === 'tbody' || t === 'tfoot')
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName.toLowerCase() === 'tr') rows.push(r);
  }
  return rows;
}

function span(el: Element, name: string): number {
  const n = parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 1;
}

/** A table holds data (not page layout) when it has no nested table and no long prose cells. */
export function isDataTable(table: Element): boolean {
  if (table.querySelector('table')) return false;
  const rows = directRows(table);
  if (rows.length < 2) return false;
  for (const r of rows)
    for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
      if ((c.textContent ?? '').length > 300) return false;
      if (c.querySelector('p,div,ul,ol,h1,h2,h3,h4')?.textContent && (c.textContent ?? '').length > 120) return false;
    }
  return true;
}

/** The table as a grid, rowspan/colspan expanded so every row has its cells in column order. */
export function tableGrid(table: Element, absolute: (href: string) => string | undefined): { rows: SnapshotCell[][]; cut: boolean } {
  const rows = directRows(table);
  const cut = rows.length > MAX_TABLE_ROWS;
  const grid: SnapshotCell[][] = [];
  const pending: Array<{ cell: SnapshotCell; left: number } | undefined> = [];
  for (const tr of rows.slice(0, MAX_TABLE_ROWS)) {
    const out: SnapshotCell[] = [];
    let col = 0;
    const fillPending = () => {
      while (pending[col] && pending[col]!.left > 0) {
        out.push(pending[col]!.cell);
        pending[col]!.left--;
        col++;
      }
    };
    for (let td = tr.firstElementChild; td; td = td.nextElementSibling) {
      const t = td.tagName.toLowerCase();
      if (t !== 'td' && t !== 'th') continue;
      fillPending();
      const a = td.querySelector('a[href]');
      const href = a ? absolute(a.getAttribute('href') ?? '') : undefined;
      const cell: SnapshotCell = { text: cellText(td) };
      if (href) {
        cell.href = href;
        const lt = cellText(a!);
        if (lt && lt !== cell.text) cell.linkText = lt;
      }
      const rs = span(td, 'rowspan');
      for (let k = span(td, 'colspan'); k > 0; k--) {
        out.push(cell);
        pending[col] = rs > 1 ? { cell, left: rs - 1 } : undefined;
        col++;
      }
    }
    fillPending();
    grid.push(out);
  }
  return { rows: grid, cut };
}
