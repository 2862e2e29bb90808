import type { FormFile } from '../form/form-file';
import { planFill } from '../form/fill-plan';
import { locateWorkbook, type SheetValues } from '../form/locate';
import { valueFormat } from '../form/print-layout';
import { addSharedStrings, addSheet } from './add-sheet-xml';
import { wrappedRowHeight } from './print';
import { attr, cellStyle, escapeXml, columnWidth, parseSheet, patchSheet, rowHeight, sharedStrings, sheetSkeleton, type ParsedSheet, type XmlWrite } from './sheet-xml';
import { SOURCES_SHEET } from './sources-sheet';
import { sourcesSheetXml } from './sources-xml';
import { SharedStrings } from './sst-xml';
import { StyleBook } from './styles-xml';
import type { ArchiveEntry } from './zip-guard';
import { FFLATE_CODEC, rewriteZip, type ZipCodec } from './zip-write';
import { forbiddenChars, wellFormed } from './xml-check';

// Filling a template without exceljs: the workbook's sheet list, shared strings and worksheet parts are read
// from their XML in one linear pass each, the located cells are spliced into the parts that change, and every
// other part is copied into the output still compressed. Linear in the template's size with a small constant
// (exceljs builds an object per cell and rewrites every part), and nothing the template holds is dropped
// (charts, comments, validations, print settings). What the exceljs path adds, this adds too: a rate's number
// format, the height a long wrapped 说明 needs, and the 来源 sheet (tests/xlsx/fill-paths.test.ts compares the two).
// Returns null when the template needs what this path does not do; the caller then fills through exceljs.

export interface XmlFill {
  bytes: Uint8Array;
  missing: string[];
  missingColumns: string[];
  sheets: string[];
  /**
   * The output without the form sheets' cells (stored, small): the caller has exceljs read it, so that a template
   * whose package exceljs cannot read (a mangled style, relationship or namespace) is refused as on the exceljs path.
   */
  skeleton: Uint8Array;
}

function inflate(bytes: Uint8Array, e: ArchiveEntry, codec: ZipCodec): Uint8Array {
  const data = bytes.subarray(e.dataOffset!, e.dataOffset! + e.compressedSize);
  return e.method === 0 ? data : codec.inflate(data, e.size);
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

export function fillTemplateXml(form: FormFile, bytes: Uint8Array, entries: ArchiveEntry[], codec: ZipCodec = FFLATE_CODEC): XmlFill | null {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const decoder = new TextDecoder();
  const texts = new Map<string, string | null>();
  const text = (name: string): string | null => {
    if (texts.has(name)) return texts.get(name)!;
    const e = byName.get(name);
    const t = !e || (e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8) ? null : decoder.decode(inflate(bytes, e, codec));
    texts.set(name, t);
    return t;
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const targets = new Map<string, { type: string; path: string }>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    const mode = attr(m[1], 'TargetMode');
    if (id && target && mode !== 'External') targets.set(id, { type: attr(m[1], 'Type') ?? '', path: resolveTarget(target) });
  }
  const sstPath = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.path;
  const stylesPath = [...targets.values()].find((t) => t.type.endsWith('/styles'))?.path;
  const styles = stylesPath ? StyleBook.parse(text(stylesPath) ?? '') : null;
  if (!stylesPath || !styles) return null;
  const sstText = sstPath ? text(sstPath) : null;
  const strings = sstText ? sharedStrings(sstText) : [];
  const sheets: Array<{ name: string; path: string; parsed: ParsedSheet }> = [];
  const sheetPaths = new Map<string, string | undefined>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const rid = /\sr:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const t = rid ? targets.get(rid) : undefined;
    if (name === undefined || !t) return null;
    const isSheet = t.type.endsWith('/worksheet');
    sheetPaths.set(name, isSheet ? t.path : undefined);
    if (!isSheet) continue; // chart sheets and dialog sheets hold no cells
    const xml = text(t.path);
    if (xml === null) return null;
    const parsed = parseSheet(xml, strings);
    if (!parsed) return null;
    sheets.push({ name, path: t.path, parsed });
  }
  if (!sheets.length) return null;
  // Every XML part is checked (the fast path copies the ones it does not edit): a damaged one goes to exceljs,
  // which refuses it with a message rather than passing the damage on. The worksheets' cells were checked as they
  // were read (parseSheet is strict); the rest of each worksheet and the shared strings exceljs reads in the
  // skeleton below.
  const read = new Set(sheets.map((s) => s.path));
  for (const e of entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name) || e.name === sstPath) continue;
    const xml = text(e.name);
    if (xml === null || (read.has(e.name) ? forbiddenChars(xml) : !wellFormed(xml))) return null;
  }
  const values: SheetValues[] = sheets.map((s) => ({ name: s.name, values: s.parsed.values }));
  const loc = locateWorkbook(values);
  const plan = planFill(loc, form);
  const sheetByName = new Map(sheets.map((s) => [s.name, s]));
  const bySheet = new Map<string, { writes: XmlWrite[]; heights: Map<number, number> }>();
  for (const w of plan.writes) {
    const s = sheetByName.get(w.sheet);
    if (!s) continue;
    if (!bySheet.has(w.sheet)) bySheet.set(w.sheet, { writes: [], heights: new Map() });
    const edit = bySheet.get(w.sheet)!;
    const shown = Number(cellStyle(s.parsed, w.row, w.col) || 0);
    // As the exceljs path does (shared/xlsx/print.ts): a rate keeps its decimals, a long wrapped 说明 grows its row.
    const format = valueFormat(w.code, w.column, w.value);
    const style = format ? styles.withNumberFormat(shown, format) : undefined;
    edit.writes.push({ row: w.row, col: w.col, value: w.value, style: style === undefined ? undefined : String(style) });
    if (typeof w.value === 'string' && w.value !== '' && styles.wraps(style ?? shown)) {
      const needed = wrappedRowHeight(w.value, columnWidth(s.parsed, w.col));
      const now = edit.heights.get(w.row) ?? rowHeight(s.parsed, w.row) ?? 15;
      if (needed !== null && now < needed) edit.heights.set(w.row, needed);
    }
  }
  const replaced = new Map<string, Uint8Array>();
  const added = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const s of sheets) {
    const edit = bySheet.get(s.name);
    if (!edit?.writes.length) continue;
    const xml = patchSheet(s.parsed, edit.writes, edit.heights);
    if (xml === null) return null;
    replaced.set(s.path, encoder.encode(xml));
  }
  // Every value traced: the 来源 sheet after the template's own (shared/xlsx/sources-xml.ts).
  const contentTypes = text('[Content_Types].xml');
  if (!contentTypes) return null;
  const rootNs = /<workbook\b[^>]*?\sxmlns\s*=\s*"([^"]*)"/.exec(workbook)?.[1];
  if (!rootNs) return null;
  const names = new Set(entries.map((e) => e.name));
  // Text is stored as shared strings, as exceljs stores it; a template without the part gets one.
  const NEW_SST = 'xl/sharedStrings.xml';
  if (!sstPath && names.has(NEW_SST)) return null;
  const sst = sstPath ? (sstText ? SharedStrings.parse(sstText, strings.length) : null) : SharedStrings.parse(`<sst xmlns="${escapeXml(rootNs)}" count="0" uniqueCount="0"></sst>`, 0);
  const sources = sourcesSheetXml(form, styles, sst, rootNs);
  const relsOf = (path: string) => names.has(path.replace(/([^/]+)$/, '_rels/$1.rels'));
  const sheet = addSheet({ workbook, rels, contentTypes }, SOURCES_SHEET, '1:1', sheetPaths, names, relsOf);
  if (!sheet) return null;
  const pkg = sstPath ? sheet.texts : addSharedStrings(sheet.texts, NEW_SST);
  if (!pkg) return null;
  (sheet.isNew ? added : replaced).set(sheet.path, encoder.encode(sources));
  if (sst) (sstPath ? replaced : added).set(sstPath ?? NEW_SST, encoder.encode(`${sstPath ? '' : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'}${sst.toXml()}`));
  replaced.set('xl/workbook.xml', encoder.encode(pkg.workbook));
  replaced.set('xl/_rels/workbook.xml.rels', encoder.encode(pkg.rels));
  replaced.set('[Content_Types].xml', encoder.encode(pkg.contentTypes));
  replaced.set(stylesPath, encoder.encode(styles.toXml()));
  const skeleton = new Map<string, Uint8Array>(sheets.map((s) => [s.path, encoder.encode(sheetSkeleton(s.parsed))]));
  for (const [name, data] of replaced) if (!skeleton.has(name) || name === sheet.path) skeleton.set(name, data);
  return {
    bytes: rewriteZip(bytes, entries, replaced, { added, codec }),
    missing: plan.missing,
    missingColumns: plan.missingColumns,
    sheets: loc.sheets.map((s) => s.name),
    skeleton: rewriteZip(bytes, entries, skeleton, { added, store: true, codec }),
  };
}
