import { OfficeMockObject } from 'office-addin-mock';

// An office-addin-mock workbook over in-memory grids; callers spy on ctx.sync (vitest) or count it (bench). Only the calls excel.ts makes
// are modelled; writes land in the grids so a read after a write sees them. Sheets added (worksheets.add) are
// plain objects appended to the caller's `sheets` array, deleted ones are removed from it, so a later read sees both.

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
  /** Everything else set on a range, by `sheet!address`: font, wrapText, columnWidth, rowHeight, columnHidden… */
  const styles: Record<string, Record<string, unknown>> = {};
  /** Page setup by sheet name. */
  const pages: Record<string, Record<string, unknown>> = {};
  const style = (key: string) => (styles[key] ??= {});
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
    return {
      set values(v: unknown[][]) {
        const a = parseAddress(address); // whole columns (A:A) take formats only
        v.forEach((row, i) => row.forEach((x, j) => put(s, a.row + i, a.col + j, x)));
      },
      set numberFormat(f: unknown) {
        formats[`${s.name}!${address}`] = f;
      },
      set columnHidden(v: boolean) {
        style(`${s.name}!${address}`).columnHidden = v;
      },
      format: new Proxy(
        {
          fill: { set color(c: string) { fills[`${s.name}!${address}`] = c; }, clear() { fills[`${s.name}!${address}`] = null; } },
          font: new Proxy({}, { set: (_t, k, v) => ((style(`${s.name}!${address}`)[`font.${String(k)}`] = v), true) }),
        } as Record<string, unknown>,
        { set: (_t, k, v) => ((style(`${s.name}!${address}`)[String(k)] = v), true) },
      ),
      select() {},
    };
  };
  // A sheet added by the add-in: a plain object over a new grid (office-addin-mock wraps only what exists up front).
  const plainSheet = (s: MockSheet): any => ({
    isNullObject: false,
    name: s.name,
    load() {},
    getUsedRangeOrNullObject: () => ({ values: s.values, rowIndex: 0, columnIndex: 0, load() {} }),
    getNextOrNullObject: () => wrappers[sheets.indexOf(s) + 1] ?? NULL_SHEET,
    getRange: (address: string) => rangeOf(s, address),
    activate() {},
    delete() {
      const i = sheets.indexOf(s);
      sheets.splice(i, 1);
      wrappers.splice(i, 1);
    },
    pageLayout: new Proxy(
      { setPrintTitleRows: (r: string) => ((pages[s.name] ??= {}).titleRows = r) } as Record<string, unknown>,
      { set: (_t, k, v) => (((pages[s.name] ??= {})[String(k)] = v), true) },
    ),
  });
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
      getNextOrNullObject: () => wrappers[sheets.indexOf(s) + 1] ?? NULL_SHEET,
      getRange: (address: string) => rangeOf(s, address),
      activate() {},
      delete() {
        const at = sheets.indexOf(s);
        sheets.splice(at, 1);
        wrappers.splice(at, 1);
      },
    };
  });
  const ctx = new OfficeMockObject({
    workbook: {
      worksheets: {
        ...model,
        getFirst: () => wrappers[0] ?? NULL_SHEET,
        getItem: (name: string) => {
          const i = sheets.findIndex((s) => s.name === name);
          if (i < 0) throw new Error(`ItemNotFound: ${name}`);
          return wrappers[i];
        },
        add: (name: string) => {
          if (sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
          const s: MockSheet = { name, values: [] };
          sheets.push(s);
          wrappers.push(plainSheet(s));
          return wrappers[wrappers.length - 1];
        },
      },
      comments: {
        add: (range: unknown, text: string) => comments.push(text),
        getItemByCell: () => ({ delete() {} }),
      },
    },
  }) as any;
  sheets.forEach((_, i) => wrappers.push(ctx.workbook.worksheets[`s${i}`]));
  (globalThis as any).Excel = { run: async (cb: (c: unknown) => Promise<unknown>) => cb(ctx) };
  return { ctx, rangeCalls, fills, comments, formats, styles, pages, sheets };
}
