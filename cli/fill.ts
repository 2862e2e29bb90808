import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from './args';
import { UserError } from './errors';
import { captureGivenAsForm, formFileText } from './form-input';
import { FormFileError, parseFormFile, type FormFile } from '../shared/form/form-file';
import { ArchiveError, fillWorkbook, XLSX_LIMITS } from '../shared/xlsx/fill';
import { FORM_LIMITS } from '../shared/form/json-guard';
import { formatBytes } from '../shared/format-bytes';
import { NODE_CODEC } from './zip-codec';

const USAGE = '用法：zxtally fill 报表数据.json [--template 模板.xlsx] --out 输出.xlsx';

const COLUMN_NAMES: Record<string, string> = { current: '本年', prior: '上年', change: '增减%', note: '说明' };

/** `zxtally fill FORM.json [--template T.xlsx] --out O.xlsx`: fills a template (or the standard form). */
export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, [], ['template', 'out']);
  if (positionals.length !== 1) throw new UserError(`请给出一个报表数据文件（${USAGE}）`);
  const out = flags.out;
  if (typeof out !== 'string' || !out) throw new UserError(`请用 --out 指定输出文件（${USAGE}）`);
  if (!/\.xlsx$/i.test(out)) throw new UserError(`输出文件应以 .xlsx 结尾：${out}`);
  const form = await readForm(positionals[0]);
  let template: Uint8Array | undefined;
  if (flags.template !== undefined) {
    if (typeof flags.template !== 'string') throw new UserError(`--template 缺少文件名（${USAGE}）`);
    template = await readBytes(flags.template, '模板', XLSX_LIMITS.fileBytes);
  }
  let result: Awaited<ReturnType<typeof fillWorkbook>>;
  try {
    result = await fillWorkbook(form, template, NODE_CODEC);
  } catch (err) {
    if (err instanceof ArchiveError && err.kind === 'limit') throw new UserError(`模板 ${flags.template}：${err.message}`);
    if (template) throw new UserError(`模板不是有效的 .xlsx 文件：${flags.template}（请用 Excel 另存为 .xlsx 后重试）`);
    throw err;
  }
  if (!result.sheets.length) {
    throw new UserError(`模板中没有找到 ZX-01 报表：表头须有“本年”或“上年”，以及“代码”或“指标名称”（${flags.template}）`);
  }
  if (result.missing.length) {
    process.stderr.write(`警告：模板中找不到以下指标，未填入：${result.missing.join('、')}\n`);
  }
  if (result.missingColumns.length) {
    process.stderr.write(`警告：模板中没有以下栏目，未填入：${result.missingColumns.map((c) => COLUMN_NAMES[c] ?? c).join('、')}\n`);
  }
  // Written beside the output and renamed over it: an existing file is replaced whole or not at all.
  const partial = `${out}.${process.pid}.partial`;
  try {
    await writeFile(partial, result.bytes);
    await rename(partial, out);
  } catch (err) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw new UserError(`无法写入 ${out}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}，请检查路径与权限`);
  }
  process.stdout.write(`已填报：${out}\n`);
  return 0;
}

async function readBytes(path: string, what: string, limit: number): Promise<Uint8Array> {
  try {
    // Refused before reading: a file far past the limit would fill memory before any check could run.
    const info = await stat(path);
    if (info.isFile() && info.size > limit) throw new UserError(`${what}文件过大（${formatBytes(info.size)}），上限为 ${formatBytes(limit)}：${path}；请确认选择的文件是否正确`);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`找不到${what}文件：${path}`);
    if (code === 'EISDIR') throw new UserError(`${path} 是文件夹，请指定${what}文件`);
    throw new UserError(`无法读取${what}文件 ${path}（${code ?? '未知错误'}）`);
  }
}

async function readForm(path: string): Promise<FormFile> {
  const text = formFileText(await readBytes(path, '报表数据', FORM_LIMITS.bytes), path);
  try {
    return parseFormFile(text);
  } catch (err) {
    if (err instanceof FormFileError) throw new UserError(captureGivenAsForm(path, text) ?? `${path}：${err.message}`);
    throw err;
  }
}
