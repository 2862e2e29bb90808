import { UserError } from './errors';

type Command = (args: string[]) => Promise<number>;

// Each command lives in its own module and is loaded only when called.
const commands: Record<string, () => Promise<{ run: Command }>> = {
  extract: () => import('./extract'),
  check: () => import('./check'),
  tally: () => import('./tally'),
  rollup: () => import('./rollup'),
  blank: () => import('./blank'),
  fill: () => import('./fill'),
};

const USAGE = `用法: zxtally <命令> [参数]
  extract FILE [--url URL]                      从页面文件中提取数据（输出 JSON）
  check FORM.json [--json]                      审核报表数据文件
  tally FILE... [--unit U] [--period P]         汇总多个页面为一份报表数据文件
  rollup FORM.json...                           合并下级单位报表
  blank --out F.xlsx [--unit U] [--period P]    生成空白 ZX-01 报表
  fill FORM.json [--template T.xlsx] --out O.xlsx  将数据填入报表`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`未知命令：${name}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`错误：${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`错误：处理失败（${message.split('\n')[0]}）。请检查输入文件后重试。\n`);
    return 2;
  }
}
