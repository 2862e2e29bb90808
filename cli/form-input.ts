import { readFile, stat } from 'node:fs/promises';
import type { Indicator } from '../shared/catalogue/schema';
import { applyLocalOverrides, CatalogueError, STANDARD_EDITION, type CatalogueEdition } from '../shared/catalogue/edition';
import { FormFileError, parseFormFile, type FormFile } from '../shared/form/form-file';
import { formFileSizeProblem, formFileText as decodeFormText } from '../shared/form/form-text';
import { UserError } from './errors';

// Reading form data files and an office's local overrides from disk: every problem is one Chinese line, exit 2.

async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    // A roll-up reads every file whole: one far past the limit is refused before it is read into memory.
    const info = await stat(path);
    const big = info.isFile() ? formFileSizeProblem(info.size, path) : null;
    if (big) throw new UserError(big);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`找不到文件：${path}`);
    if (code === 'EISDIR') throw new UserError(`${path} 是文件夹，请指定报表数据文件（.json）`);
    throw new UserError(`无法读取文件：${path}（${code ?? '读取失败'}）`);
  }
  return formFileText(bytes, path);
}

/**
 * A form data file's (or local overrides file's) bytes as text: the shared decode path (shared/form/form-text.ts)
 * the add-in uses too — UTF-8, or UTF-16 with or without a BOM; anything else refused with its encoding named.
 */
export function formFileText(bytes: Uint8Array, path: string): string {
  try {
    return decodeFormText(bytes, path);
  } catch (err) {
    if (err instanceof FormFileError) throw new UserError(err.message);
    throw err;
  }
}

/** A page capture (the output of `zxtally extract`) given where a form data file belongs: what to run instead. */
export function captureGivenAsForm(path: string, text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const o = data as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o) || !Array.isArray(o.facts) || typeof o.text !== 'string') return null;
  return `${path} 是页面提取结果（zxtally extract 的输出），不是报表数据文件；请先用 zxtally tally ${path} --unit 单位 --period 年份 生成报表数据文件`;
}

export async function readFormFile(path: string, catalogue?: readonly Indicator[]): Promise<FormFile> {
  const text = await readText(path);
  try {
    return parseFormFile(text, { catalogue });
  } catch (err) {
    if (err instanceof FormFileError) {
      const capture = captureGivenAsForm(path, text);
      if (capture) throw new UserError(capture);
      const hint = !catalogue?.some((i) => i.local) && err.message.includes('未知指标代码') ? '；若为本地指标，请用 --local 指定本地扩展文件' : '';
      throw new UserError(`${path} 不是有效的报表数据文件：${err.message}${hint}`);
    }
    throw err;
  }
}

/** The standard edition, with the office's local indicators and severities when --local is given. */
export async function readEdition(localPath: string | undefined): Promise<CatalogueEdition> {
  if (!localPath) return STANDARD_EDITION;
  try {
    return applyLocalOverrides(STANDARD_EDITION, await readText(localPath));
  } catch (err) {
    if (err instanceof CatalogueError) throw new UserError(`${localPath}：${err.message}`);
    throw err;
  }
}

export function checkFlags(flags: Record<string, string | true>, allowed: string[], usage: string): void {
  const unknown = Object.keys(flags).find((k) => !allowed.includes(k));
  if (unknown) throw new UserError(`未知参数：--${unknown}。${usage}`);
}
