import { attr, escapeXml } from './sheet-xml';

// Adding a worksheet to a template's package without exceljs: its `<sheet>` in xl/workbook.xml, its relationship
// in xl/_rels/workbook.xml.rels, its content type, and the rows printed on every page (a `_xlnm.Print_Titles`
// defined name). A sheet of that name already last in the workbook is rewritten where it is (a filled workbook
// filled again); anywhere else, or a package this does not understand, gives null and the caller uses exceljs.

export interface PackageTexts {
  workbook: string;
  rels: string;
  contentTypes: string;
}

export interface AddedSheet {
  /** Path of the worksheet part to write (new, or the one replaced). */
  path: string;
  isNew: boolean;
  texts: PackageTexts;
}

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function insertBefore(xml: string, close: string, text: string): string | null {
  const at = xml.lastIndexOf(close);
  return at < 0 ? null : xml.slice(0, at) + text + xml.slice(at);
}

function freeRelId(rels: string): string {
  const ids = new Set([...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attr(m[1], 'Id')));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  return `rId${k}`;
}

const SST_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** A shared-strings part `path` (under xl/) related to the workbook, for a template that has none. */
export function addSharedStrings(texts: PackageTexts, path: string): PackageTexts | null {
  const sheetType = [...texts.rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attr(m[1], 'Type') ?? '').find((t) => t.endsWith('/worksheet')) ?? WORKSHEET_TYPE;
  const type = sheetType.replace(/worksheet$/, 'sharedStrings');
  const rels = insertBefore(texts.rels, '</Relationships>', `<Relationship Id="${freeRelId(texts.rels)}" Type="${type}" Target="${path.replace(/^xl\//, '')}"/>`);
  const contentTypes = insertBefore(texts.contentTypes, '</Types>', `<Override PartName="/${path}" ContentType="${SST_CONTENT}"/>`);
  return rels === null || contentTypes === null ? null : { workbook: texts.workbook, rels, contentTypes };
}

/** `titleRows` as "1:1"; `sheetPaths` maps each `<sheet>`'s name to its part (undefined: not a worksheet). */
export function addSheet(texts: PackageTexts, name: string, titleRows: string, sheetPaths: Map<string, string | undefined>, partNames: Set<string>, hasRels: (path: string) => boolean): AddedSheet | null {
  const sheetTags = [...texts.workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)];
  if (!sheetTags.length) return null;
  const names = sheetTags.map((m) => attr(m[1], 'name') ?? '');
  const existing = names.indexOf(name);
  const localId = existing >= 0 ? existing : sheetTags.length;
  let workbook = texts.workbook;
  let { rels, contentTypes } = texts;
  let path: string;
  if (existing >= 0) {
    const at = sheetPaths.get(name);
    if (existing !== names.length - 1 || !at || hasRels(at)) return null;
    path = at;
    // Its old print area and titles go; the new titles are added below.
    workbook = workbook.replace(/<definedName\b([^>]*)>[\s\S]*?<\/definedName>/g, (m, a: string) =>
      attr(a, 'localSheetId') === String(localId) && /^_xlnm\.(Print_Titles|Print_Area)$/.test(attr(a, 'name') ?? '') ? '' : m,
    );
  } else {
    let n = 1;
    while (partNames.has(`xl/worksheets/sheet${n}.xml`)) n++;
    path = `xl/worksheets/sheet${n}.xml`;
    const rid = freeRelId(rels);
    const sheetId = Math.max(0, ...sheetTags.map((m) => Number(attr(m[1], 'sheetId')) || 0)) + 1;
    // The relationships namespace as this workbook binds it (r: in files Excel writes).
    const prefix = /\s([\w.-]+):id\s*=/.exec(sheetTags[0][1])?.[1];
    if (!prefix) return null;
    const type = [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attr(m[1], 'Type') ?? '').find((t) => t.endsWith('/worksheet')) ?? WORKSHEET_TYPE;
    const w = insertBefore(workbook, '</sheets>', `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${rid}"/>`);
    const r = insertBefore(rels, '</Relationships>', `<Relationship Id="${rid}" Type="${type}" Target="${path.replace(/^xl\//, '')}"/>`);
    const c = insertBefore(contentTypes, '</Types>', `<Override PartName="/${path}" ContentType="${WORKSHEET_CONTENT}"/>`);
    if (w === null || r === null || c === null) return null;
    [workbook, rels, contentTypes] = [w, r, c];
  }
  const [from, to] = titleRows.split(':');
  const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="${localId}">'${escapeXml(name.replace(/'/g, "''"))}'!$${from}:$${to}</definedName>`;
  if (/<definedNames\s*\/>/.test(workbook)) workbook = workbook.replace(/<definedNames\s*\/>/, `<definedNames>${titles}</definedNames>`);
  else if (workbook.includes('</definedNames>')) workbook = insertBefore(workbook, '</definedNames>', titles)!;
  else {
    // After the elements that precede definedNames in the schema's order.
    const after = ['</externalReferences>', '</functionGroups>', '</sheets>'].map((t) => [t, workbook.lastIndexOf(t)] as const).find(([, i]) => i >= 0);
    if (!after) return null;
    const at = after[1] + after[0].length;
    workbook = `${workbook.slice(0, at)}<definedNames>${titles}</definedNames>${workbook.slice(at)}`;
  }
  return { path, isNew: existing < 0, texts: { workbook, rels, contentTypes } };
}
