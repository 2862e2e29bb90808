import { writeFile } from 'node:fs/promises';
import { parseArgs } from './args';
import { UserError } from './errors';
import { blankWorkbook } from '../shared/xlsx/fill';

/** `zxtally blank --out F.xlsx [--unit U] [--period P]`: writes the standard ZX-01 workbook. */
export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, [], ['out', 'unit', 'period']);
  if (positionals.length) throw new UserError(`多余的参数：${positionals.join(' ')}（用法：zxtally blank --out 报表.xlsx [--unit 单位] [--period 年份]）`);
  const out = flags.out;
  if (typeof out !== 'string' || !out) throw new UserError('请用 --out 指定输出文件，例如 --out 报表.xlsx');
  if (!/\.xlsx$/i.test(out)) throw new UserError(`输出文件应以 .xlsx 结尾：${out}`);
  const bytes = await blankWorkbook({ unit: str(flags.unit), period: str(flags.period) });
  try {
    await writeFile(out, bytes);
  } catch (err) {
    throw new UserError(`无法写入 ${out}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}，请检查路径与权限`);
  }
  process.stdout.write(`已生成空白报表：${out}\n`);
  return 0;
}

function str(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
