import { inflateSync } from 'fflate';
import type { FormFile } from '../form/form-file';
import { planFill } from '../form/fill-plan';
import { locateWorkbook, type SheetValues } from '../form/locate';
import { attr, parseSheet, patchSheet, sharedStrings, unescapeXml, type ParsedSheet, type XmlWrite } from './sheet-xml';
import type { ArchiveEntry } from './zip-guard';
import { rewriteZip } from './zip-write';
import { wellFormed } from './xml-check';

// Filling a template without exceljs: the workbook's sheet list, shared strings and worksheet parts are read
// from their XML in one linear pass each, the located cells are spliced into the parts that change, and every
// other part is copied into the output still compressed. Linear in the template's size with a small constant
// (exceljs builds an object per cell and rewrites every part), and nothing the template holds is dropped
// (charts, comments, validations, print settings). Returns null when the template needs what this path does not
// do; the caller then fills through exceljs.

export interface XmlFill {
  bytes: Uint8Array;
  missing: string[];
  missingColumns: string[];
  sheets: string[];
}

function inflate(bytes: Uint8Array, e: ArchiveEntry): Uint8Array {
  const data = bytes.subarray(e.dataOffset!, e.dataOffset! + e.compressedSize);
  return e.method === 0 ? data : inflateSync(data, { out: new Uint8Array(e.size) });
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

export function fillTemplateXml(form: FormFile, bytes: Uint8Array, entries: ArchiveEntry[]): XmlFill | null {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const decoder = new TextDecoder();
  const texts = new Map<string, string | null>();
  const text = (name: string): string | null => {
    if (texts.has(name)) return texts.get(name)!;
    const e = byName.get(name);
    const t = !e || (e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8) ? null : decoder.decode(inflate(bytes, e));
    texts.set(name, t);
    return t;
  };
  // Every XML part is checked (the fast path copies the ones it does not edit): a damaged one goes to exceljs,
  // which refuses it with a message rather than passing the damage on.
  for (const e of entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const xml = text(e.name);
    if (xml === null || !wellFormed(xml)) return null;
  }
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
  const strings = sstPath ? sharedStrings(text(sstPath) ?? '') : [];
  const sheets: Array<{ name: string; path: string; parsed: ParsedSheet }> = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const rid = /\sr:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    const t = rid ? targets.get(rid) : undefined;
    if (name === undefined || !t) return null;
    if (!t.type.endsWith('/worksheet')) continue; // chart sheets and dialog sheets hold no cells
    const xml = text(t.path);
    if (xml === null) return null;
    const parsed = parseSheet(xml, strings);
    if (!parsed) return null;
    sheets.push({ name: unescapeXml(name), path: t.path, parsed });
  }
  if (!sheets.length) return null;
  const values: SheetValues[] = sheets.map((s) => ({ name: s.name, values: s.parsed.values }));
  const loc = locateWorkbook(values);
  const plan = planFill(loc, form);
  const bySheet = new Map<string, XmlWrite[]>();
  for (const w of plan.writes) {
    if (!bySheet.has(w.sheet)) bySheet.set(w.sheet, []);
    bySheet.get(w.sheet)!.push({ row: w.row, col: w.col, value: w.value });
  }
  const replaced = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const s of sheets) {
    const writes = bySheet.get(s.name);
    if (!writes?.length) continue;
    const xml = patchSheet(s.parsed, writes);
    if (xml === null) return null;
    replaced.set(s.path, encoder.encode(xml));
  }
  return { bytes: rewriteZip(bytes, entries, replaced), missing: plan.missing, missingColumns: plan.missingColumns, sheets: loc.sheets.map((s) => s.name) };
}
