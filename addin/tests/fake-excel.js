// A fake `Excel` global over an in-memory grid, injected into the task pane page by the E2E test
// (page.addInitScript). It models the calls addin/src/excel.ts makes; anything else is a permissive no-op.
(() => {
  const state = { sheets: [], syncs: 0, fills: {}, comments: {}, selected: null, active: null, hidden: {}, print: {} };
  window.__fake = state;
  const colNum = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const colName = (c) => { let s = ''; for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
  const parse = (a) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a.replace(/^.*!/, ''));
    if (!m) return null;
    return { row: Number(m[2]) - 1, col: colNum(m[1]), row2: m[4] ? Number(m[4]) - 1 : Number(m[2]) - 1, col2: m[3] ? colNum(m[3]) : colNum(m[1]) };
  };
  const any = () => new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : any()), set: () => true, apply: () => any() });
  const get = (s, r, c) => s.cells[`${r},${c}`] ?? '';
  const put = (s, r, c, v) => { if (v === '' || v === null) delete s.cells[`${r},${c}`]; else s.cells[`${r},${c}`] = v; };
  state.cell = (name, address) => { const s = state.sheets.find((x) => x.name === name); const p = parse(address); return get(s, p.row, p.col); };
  state.setCell = (name, address, v) => { const s = state.sheets.find((x) => x.name === name); const p = parse(address); put(s, p.row, p.col, v); };
  state.findRow = (name, code) => { const s = state.sheets.find((x) => x.name === name); for (const k of Object.keys(s.cells)) if (s.cells[k] === code) return Number(k.split(',')[0]); return -1; };

  function range(s, address) {
    const key = `${s.name}!${address}`;
    return {
      __key: key,
      isNullObject: false,
      load() {},
      set values(v) { const p = parse(address); v.forEach((row, i) => row.forEach((x, j) => put(s, p.row + i, p.col + j, x))); },
      set numberFormat(_v) {},
      set columnHidden(v) { state.hidden[key] = v; },
      format: new Proxy({}, {
        get: (_t, k) => (k === 'fill' ? { set color(c) { state.fills[key] = c; }, clear() { delete state.fills[key]; } } : any()),
        set: () => true,
      }),
      merge() {},
      select() { state.selected = key; },
    };
  }
  function used(s) {
    const keys = Object.keys(s.cells).map((k) => k.split(',').map(Number));
    if (!keys.length) return { isNullObject: true, load() {} };
    const r0 = Math.min(...keys.map((k) => k[0])), r1 = Math.max(...keys.map((k) => k[0]));
    const c0 = Math.min(...keys.map((k) => k[1])), c1 = Math.max(...keys.map((k) => k[1]));
    const values = [];
    for (let r = r0; r <= r1; r++) { const row = []; for (let c = c0; c <= c1; c++) row.push(get(s, r, c)); values.push(row); }
    return { isNullObject: false, load() {}, values, rowIndex: r0, columnIndex: c0 };
  }
  // Page setup as the add-in leaves it, per sheet: plain properties, print area, title rows, footer.
  function pageLayout(name) {
    const p = (state.print[name] ??= {});
    return new Proxy({
      setPrintArea: (a) => { p.printArea = a; },
      setPrintTitleRows: (r) => { p.titleRows = r; },
      headersFooters: { defaultForAllPages: { set centerFooter(v) { p.footer = v; } } },
    }, { set: (t, k, v) => { p[k] = v; return true; } });
  }
  const NULL = { isNullObject: true, load() {}, getNextOrNullObject: () => NULL, getUsedRangeOrNullObject: () => ({ isNullObject: true, load() {} }) };
  function sheet(i) {
    const s = state.sheets[i];
    if (!s) return NULL;
    return {
      isNullObject: false,
      get name() { return s.name; },
      load() {},
      getNextOrNullObject: () => sheet(i + 1),
      getUsedRangeOrNullObject: () => used(s),
      getRange: (a) => range(s, a),
      getRanges: (a) => ({ select() { state.selected = `${s.name}!${a}`; } }),
      activate() { state.active = s.name; },
      delete() { state.sheets.splice(state.sheets.indexOf(s), 1); },
      freezePanes: { freezeRows() {} },
      pageLayout: pageLayout(s.name),
    };
  }
  const worksheets = {
    load() {},
    get items() { return state.sheets.map((_, i) => sheet(i)); },
    getFirst: () => sheet(0),
    getItem: (name) => { const i = state.sheets.findIndex((x) => x.name === name); if (i < 0) throw new Error(`ItemNotFound: ${name}`); return sheet(i); },
    add: (name) => { state.sheets.push({ name, cells: {} }); return sheet(state.sheets.length - 1); },
  };
  const comments = {
    add: (r, text) => { const k = typeof r === 'string' ? r : `${r.__key}`; state.comments[k] = text; },
    getItemByCell: (a) => { const k = a.replace(/^'(.*)'!/, '$1!'); if (!(k in state.comments)) throw new Error(`ItemNotFound: ${a}`); return { delete() { delete state.comments[k]; } }; },
  };
  const ctx = { workbook: { worksheets, comments }, sync: async () => { state.syncs++; } };
  window.Excel = { run: async (cb) => cb(ctx) };
})();
