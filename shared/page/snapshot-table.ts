import type { SnapshotCell } from './snapshot-schema';

// Runs inside the capture script: DOM access only through the given elements, no zod.

/** Data rows kept per table: a safety limit far above real pages (the grid is linear); a cut is reported. */
export const MAX_TABLE_ROWS = 200_000;
const MAX_CELL_CHARS = 500;

const ZW = /[\u200b-\u200d\u2060\ufeff]/g;

/** Visible text of a cell, whitespace collapsed (a cell is one line on the form). */
export function cellText(el: Element): string {
  // Most cells hold one text node: its value is the cell's text, without building textContent.
  const only = el.firstChild;
  const raw = only && only.nodeType === 3 && !only.nextSibling ? only.nodeValue ?? '' : el.textContent ?? '';
  return raw.replace(ZW, '').replace(/[\s\u00a0]+/g, ' ').trim().slice(0, MAX_CELL_CHARS);
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

const BLOCKY = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4']);

/**
 * A table holds data (not page layout) when it has no nested table and no long prose cells.
 * Returns its rows when it does, null otherwise. One pass over each cell's subtree (no selector
 * query per cell), stopping at the first sign of layout.
 */
export function dataTableRows(table: Element): Element[] | null {
  const rows = directRows(table);
  if (rows.length < 2) return null;
  for (const r of rows)
    for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
      const v = cellVerdict(c);
      if (v === 'layout') return null;
    }
  // A nested table outside the cells (in a caption, a stray wrapper) also makes it layout.
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName.toLowerCase();
    if (t !== 'tr' && t !== 'thead' && t !== 'tbody' && t !== 'tfoot' && hasTable(c)) return null;
  }
  return rows;
}

function hasTable(el: Element): boolean {
  const stack: Element[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName.toLowerCase() === 'table') return true;
      if (c.firstElementChild) stack.push(c);
    }
  }
  return false;
}

/** 'layout' for a cell holding a table, over 300 characters, or a block with text past 120 characters. */
function cellVerdict(cell: Element): 'data' | 'layout' {
  let len = 0;
  let blocky = false;
  // Pre-order walk of the cell through child/sibling/parent links (nothing allocated per node);
  // `blocks` counts the block elements (inside the cell) the walk is in.
  let blocks = 0;
  let n: Node | null = cell.firstChild;
  while (n) {
    let down: Node | null = null;
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      len += v.length;
      if (blocks > 0 && v.trim()) blocky = true;
      if (len > 300) return 'layout';
    } else if (n.nodeType === 1) {
      const t = (n as Element).tagName.toLowerCase();
      if (t === 'table') return 'layout';
      down = n.firstChild;
      if (down && BLOCKY.has(t)) blocks++;
    }
    if (down) {
      n = down;
      continue;
    }
    // Up to the next sibling, leaving (and uncounting) the elements whose children are done.
    while (n && !n.nextSibling) {
      n = n.parentNode;
      if (!n || n === cell) return blocky && len > 120 ? 'layout' : 'data';
      if (BLOCKY.has((n as Element).tagName.toLowerCase())) blocks--;
    }
    n = n ? n.nextSibling : null;
  }
  return blocky && len > 120 ? 'layout' : 'data';
}

/** A table holds data (not page layout): see dataTableRows. */
export function isDataTable(table: Element): boolean {
  return dataTableRows(table) !== null;
}

/** The table as a grid, rowspan/colspan expanded so every row has its cells in column order. */
export function tableGrid(rows: Element[], absolute: (href: string) => string | undefined, maxRows = MAX_TABLE_ROWS): { rows: SnapshotCell[][]; cut: boolean } {
  // The limit counts data rows: the header row comes on top.
  const keep = maxRows + 1;
  const cut = rows.length > keep;
  const grid: SnapshotCell[][] = [];
  const pending: Array<{ cell: SnapshotCell; left: number } | undefined> = [];
  for (const tr of cut ? rows.slice(0, keep) : rows) {
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
      const a = firstLink(td);
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

/** The cell's first <a href>, in document order. */
function firstLink(cell: Element): Element | null {
  let e: Element | null = cell.firstElementChild;
  while (e) {
    if (e.tagName.toLowerCase() === 'a' && e.hasAttribute('href')) return e;
    if (e.firstElementChild) {
      e = e.firstElementChild;
      continue;
    }
    while (e && !e.nextElementSibling) {
      const up: Node | null = e.parentNode;
      e = up && up !== cell && up.nodeType === 1 ? (up as Element) : null;
    }
    e = e ? e.nextElementSibling : null;
  }
  return null;
}
