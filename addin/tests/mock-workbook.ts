import { OfficeMockObject } from 'office-addin-mock';

// An office-addin-mock workbook over in-memory grids; callers spy on ctx.sync (vitest) or count it (bench). Only the calls excel.ts makes
// are modelled; writes land in the grids so a read after a write sees them.

export interface MockSheet {
  name: string;
  /** Used-range values. */
  values: unknown[][];
  /** Absolute position of values[0][0]. */
  origin?: { row: number; col: number };
}

export function parseAddress(a: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a.replace(/^.*!/, ''));
  if (!m) throw new Error(`bad address ${a}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = col(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? col(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function mockWorkbook(sheets: MockSheet[]) {
  const rangeCalls: string[] = [];
  const fills: Record<string, string | null> = {};
  const comments: string[] = [];
  const formats: Record<string, unknown> = {};
  const put = (s: MockSheet, row: number, col: number, v: unknown) => {
    const o = s.origin ?? { row: 0, col: 0 };
    const r = row - o.row;
    const c = col - o.col;
    while (s.values.length <= r) s.values.push([]);
    while (s.values[r].length <= c) s.values[r].push('');
    s.values[r][c] = v;
  };
  const rangeOf = (s: MockSheet, address: string) => {
    rangeCalls.push(`${s.name}!${address}`);
    const a = parseAddress(address);
    return {
      set values(v: unknown[][]) {
        v.forEach((row, i) => row.forEach((x, j) => put(s, a.row + i, a.col + j, x)));
      },
      set numberFormat(f: unknown) {
        formats[`${s.name}!${address}`] = f;
      },
      format: { fill: { set color(c: string) { fills[`${s.name}!${address}`] = c; }, clear() { fills[`${s.name}!${address}`] = null; } } },
      select() {},
    };
  };
  const NULL_SHEET = {
    isNullObject: true,
    load() {},
    getUsedRangeOrNullObject: () => ({ isNullObject: true, load() {} }),
    getNextOrNullObject: () => NULL_SHEET,
  };
  const wrappers: any[] = [];
  const model: Record<string, unknown> = {};
  sheets.forEach((s, i) => {
    model[`s${i}`] = {
      name: s.name,
      used: { values: s.values, rowIndex: s.origin?.row ?? 0, columnIndex: s.origin?.col ?? 0 },
      getUsedRangeOrNullObject(this: any) {
        return this.used;
      },
      getNextOrNullObject: () => wrappers[i + 1] ?? NULL_SHEET,
      getRange: (address: string) => rangeOf(s, address),
      activate() {},
    };
  });
  const ctx = new OfficeMockObject({
    workbook: {
      worksheets: {
        ...model,
        getFirst: () => wrappers[0] ?? NULL_SHEET,
        getItem: (name: string) => wrappers[sheets.findIndex((s) => s.name === name)],
      },
      comments: {
        add: (range: unknown, text: string) => comments.push(text),
        getItemByCell: () => ({ delete() {} }),
      },
    },
  }) as any;
  sheets.forEach((_, i) => wrappers.push(ctx.workbook.worksheets[`s${i}`]));
  (globalThis as any).Excel = { run: async (cb: (c: unknown) => Promise<unknown>) => cb(ctx) };
  return { ctx, rangeCalls, fills, comments, formats };
}
