import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fillWorkbook } from '../../shared/xlsx/fill';
import { serializeFormFile, type FormFile } from '../../shared/form/form-file';
import { ROOT } from './samples';

// out/ZX-01-<unit>-<period>.xlsx (the standard form, filled) and .json (the form data file).

export const OUT_DIR = join(ROOT, 'out');
export const rel = (p: string): string => relative(process.cwd(), p) || p;

export interface Written {
  xlsx: string;
  json: string;
  bytes: Uint8Array;
  missing: string[];
  sheets: string[];
}

export async function writeForm(form: FormFile): Promise<Written> {
  mkdirSync(OUT_DIR, { recursive: true });
  const base = join(OUT_DIR, `ZX-01-${form.unit}-${form.period}`);
  const filled = await fillWorkbook(form);
  writeFileSync(`${base}.xlsx`, filled.bytes);
  writeFileSync(`${base}.json`, serializeFormFile(form));
  return { xlsx: `${base}.xlsx`, json: `${base}.json`, bytes: filled.bytes, missing: filled.missing, sheets: filled.sheets };
}
