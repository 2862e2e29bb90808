import { attr, escapeXml } from './sheet-xml';

// The styles part (xl/styles.xml) of a template, for the XML fill path: which cell formats wrap text, a copy of a
// cell format with another number format (a rate keeps the decimals it was written with), and fonts and formats
// added for the 来源 sheet. Existing entries are never changed or renumbered, so every cell keeps its look; new
// ones are appended to their lists.

// Number formats Excel knows by id without listing them (the ones the fill writes, and their neighbours).
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

interface Section {
  start: number;
  end: number;
  /** Where new children go: before the closing tag. */
  close: number;
  items: string[];
  added: string[];
}

const ITEM: Record<string, RegExp> = {
  cellXfs: /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g,
  fonts: /<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g,
  numFmts: /<numFmt\b[^>]*?(?:\/>|>[\s\S]*?<\/numFmt>)/g,
};

function section(xml: string, name: 'cellXfs' | 'fonts' | 'numFmts'): Section | null | undefined {
  const open = new RegExp(`<${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === '/') return null;
  const close = xml.indexOf(`</${name}>`, open.index);
  if (close < 0) return null;
  const inner = xml.slice(open.index + open[0].length, close);
  return { start: open.index, end: close + name.length + 3, close, items: inner.match(ITEM[name]) ?? [], added: [] };
}

export class StyleBook {
  private readonly xfs: Section;
  private readonly fonts: Section;
  private readonly numFmts: Section | undefined;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly derived = new Map<string, number>();

  private constructor(private readonly xml: string, xfs: Section, fonts: Section, numFmts: Section | undefined) {
    this.xfs = xfs;
    this.fonts = fonts;
    this.numFmts = numFmts;
    for (const f of numFmts?.items ?? []) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /** null when the part lacks the lists this path edits (it then goes to exceljs). */
  static parse(xml: string): StyleBook | null {
    const xfs = section(xml, 'cellXfs');
    const fonts = section(xml, 'fonts');
    const numFmts = section(xml, 'numFmts');
    if (!xfs || !fonts || numFmts === null || !/<styleSheet\b[^>]*>/.test(xml)) return null;
    return new StyleBook(xml, xfs, fonts, numFmts);
  }

  private xf(index: number): string {
    return this.xfs.items[index] ?? this.xfs.added[index - this.xfs.items.length] ?? this.xfs.items[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** Whether cells of format `index` wrap their text (Excel then shows a long 说明 on several lines). */
  wraps(index: number): boolean {
    const a = /<alignment\b[^>]*>/.exec(this.xf(index))?.[0];
    const w = a ? attr(a, 'wrapText') : undefined;
    return w === '1' || w === 'true';
  }

  private formatId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.addTo(this.numFmtsOrNew(), `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private createdNumFmts: Section | undefined;
  private numFmtsOrNew(): Section {
    if (this.numFmts) return this.numFmts;
    // A styles part without number formats: the list is created first in <styleSheet>, where it belongs.
    const at = /<styleSheet\b[^>]*>/.exec(this.xml)!;
    const pos = at.index + at[0].length;
    return (this.createdNumFmts ??= { start: pos, end: pos, close: pos, items: [], added: [] });
  }

  private addTo(s: Section, item: string): number {
    s.added.push(item);
    return s.items.length + s.added.length - 1;
  }

  /** The index of a format like `index` but for number format `code` (added once per pair). */
  withNumberFormat(index: number, code: string): number {
    const key = `${index}|${code}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const id = this.formatId(code);
    let xf = this.xf(index);
    const open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)![0];
    let tag = open.replace(/\snumFmtId\s*=\s*("[^"]*"|'[^']*')/, '').replace(/\sapplyNumberFormat\s*=\s*("[^"]*"|'[^']*')/, '');
    tag = `<xf numFmtId="${id}"${tag.slice(3)} applyNumberFormat="1"`;
    xf = tag + xf.slice(open.length);
    const n = this.addTo(this.xfs, xf);
    this.derived.set(key, n);
    return n;
  }

  /** Appends a font (`<font>…</font>`) and returns its index. */
  addFont(font: string): number {
    return this.addTo(this.fonts, font);
  }

  /** Appends a cell format (`<xf …/>`) and returns its index. */
  addCellFormat(xf: string): number {
    return this.addTo(this.xfs, xf);
  }

  get changed(): boolean {
    return this.xfs.added.length > 0 || this.fonts.added.length > 0 || (this.numFmts?.added.length ?? 0) > 0 || this.createdNumFmts !== undefined;
  }

  /** The part with what was added (and the lists' counts updated); the rest byte for byte. */
  toXml(): string {
    const edits: Array<[number, number, string]> = [];
    for (const [s, name] of [[this.numFmts, 'numFmts'], [this.fonts, 'fonts'], [this.xfs, 'cellXfs']] as const) {
      if (!s || !s.added.length) continue;
      const open = new RegExp(`^<${name}\\b[^>]*>`).exec(this.xml.slice(s.start))![0];
      const count = /\scount\s*=\s*("[^"]*"|'[^']*')/.exec(open);
      const total = s.items.length + s.added.length;
      if (count) edits.push([s.start + count.index, s.start + count.index + count[0].length, ` count="${total}"`]);
      edits.push([s.close, s.close, s.added.join('')]);
    }
    const c = this.createdNumFmts;
    if (c?.added.length) edits.push([c.start, c.start, `<numFmts count="${c.added.length}">${c.added.join('')}</numFmts>`]);
    edits.sort((a, b) => a[0] - b[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [start, end, text] of edits) {
      parts.push(this.xml.slice(at, start), text);
      at = end;
    }
    parts.push(this.xml.slice(at));
    return parts.join('');
  }
}
