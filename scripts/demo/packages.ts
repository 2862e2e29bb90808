import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../tests/e2e/harness';
import { DemoError } from './errors';

// What the demo needs from Debian for output a person can read: Chromium to drive, a CJK font so the
// screenshots show Chinese rather than boxes, and (asked for with --render) LibreOffice + poppler for the
// printed form. As root the demo installs what is missing (the one remote call it makes); otherwise it
// names the exact command.

export interface Need {
  /** Debian package */
  pkg: string;
  /** what it is for, in the clerk's words */
  why: string;
  present: () => boolean;
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

export function cjkFontInstalled(): boolean {
  const res = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.trim() !== '';
}

export const BROWSER_NEEDS: Need[] = [
  { pkg: 'chromium', why: '运行扩展的浏览器', present: () => existsSync(CHROMIUM) },
  { pkg: 'fonts-noto-cjk', why: '中文字体（截图中的汉字）', present: cjkFontInstalled },
];

export const RENDER_NEEDS: Need[] = [
  { pkg: 'libreoffice-calc', why: '把报表渲染为 A4 页面', present: () => has('soffice') },
  // metric-compatible with Calibri, the workbook's font: without it LibreOffice lays the columns out wider
  { pkg: 'fonts-crosextra-carlito', why: '与 Calibri 等宽的字体（打印排版）', present: () => spawnSync('fc-list', ['Carlito'], { encoding: 'utf8' }).stdout.trim() !== '' },
  { pkg: 'poppler-utils', why: '把 PDF 页面转为图片', present: () => has('pdftoppm') && has('pdffonts') },
];

export const installCommand = (pkgs: readonly string[]): string =>
  `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Installs the missing packages when root; otherwise fails with the command to run (required) or returns
 * the hint (optional). Returns the packages installed, for the demo's log.
 */
export function ensurePackages(needs: readonly Need[], opts: { required: boolean; log: (line: string) => void }): { installed: string[]; missing: string[] } {
  const missing = needs.filter((n) => !n.present());
  if (missing.length === 0) return { installed: [], missing: [] };
  const pkgs = missing.map((n) => n.pkg);
  const list = missing.map((n) => `${n.pkg}（${n.why}）`).join('、');
  const cmd = installCommand(pkgs);
  if (process.env.CHROMIUM_PATH && missing.some((n) => n.pkg === 'chromium')) {
    throw new DemoError(`CHROMIUM_PATH 指向的 ${CHROMIUM} 不存在。请改正 CHROMIUM_PATH，或去掉它以使用 /usr/bin/chromium`, 2);
  }
  if (!isRoot()) {
    const msg = `缺少 ${list}。请先运行：sudo sh -c '${cmd}'，然后重新运行 npm run demo`;
    if (opts.required) throw new DemoError(msg, 2);
    opts.log(msg);
    return { installed: [], missing: pkgs };
  }
  opts.log(`正在安装 ${list}（${cmd}）…`);
  const started = Date.now();
  const res = spawnSync('sh', ['-c', `${cmd} >/tmp/zxtally-demo-apt.log 2>&1`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missing.filter((n) => !n.present()).map((n) => n.pkg);
  if (res.status !== 0 || still.length) {
    const msg = `安装 ${still.join('、') || pkgs.join('、')} 失败（日志见 /tmp/zxtally-demo-apt.log）。请检查网络后手动运行：${cmd}`;
    if (opts.required) throw new DemoError(msg, 2);
    opts.log(msg);
    return { installed: pkgs.filter((p) => !still.includes(p)), missing: still };
  }
  opts.log(`已安装 ${pkgs.join('、')}，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`);
  return { installed: pkgs, missing: [] };
}
