import { DemoError } from './errors';

// `npm run demo -- --unit 城中区政协 --period 2025`

export interface DemoArgs {
  unit: string;
  /** null: decide from the sample pages (or last year). */
  period: string | null;
  help: boolean;
  /** install LibreOffice + poppler when missing, to render the printed form */
  render: boolean;
}

export const DEFAULT_UNIT = '示例政协';

export const USAGE = [
  '用法：npm run demo -- [--unit 填报单位] [--period 报告期年份] [--render]',
  '  构建浏览器扩展，在本机启动示例门户网站，用无界面 Chromium 加载扩展采集全部示例网页，',
  '  汇总为一份 ZX-01 报表草稿并审核，写出 out/ 下的 .xlsx、.json 和截图。',
  `  --unit    填报单位，默认“${DEFAULT_UNIT}”`,
  '  --period  报告期（四位年份），默认取示例网页的发布年份，年份不一时取上一年',
  '  --render  缺少 LibreOffice 时先安装（需 root），把填好的报表渲染为 A4 图片；已安装时总会渲染',
].join('\n');

export function parseArgs(argv: readonly string[]): DemoArgs {
  const out: DemoArgs = { unit: DEFAULT_UNIT, period: null, help: false, render: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new DemoError(`${flag} 后面缺少取值。${USAGE.split('\n')[0]}`);
      return v.trim();
    };
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--render') out.render = true;
    else if (flag === '--unit') out.unit = value();
    else if (flag === '--period') out.period = value();
    else throw new DemoError(`不认识的参数“${a}”。${USAGE.split('\n')[0]}`);
  }
  if (!out.unit) throw new DemoError('--unit 不能为空，请填写填报单位，如 --unit 城中区政协');
  if (out.period !== null && !/^\d{4}$/.test(out.period)) throw new DemoError(`报告期“${out.period}”不是四位年份，请写成如 --period 2025`);
  if (/[\\/:*?"<>|]/.test(out.unit)) throw new DemoError('填报单位不能含有 \\ / : * ? " < > | 等文件名不允许的字符');
  return out;
}
