import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../tests/e2e/harness';
import { DemoError } from './errors';

// Debian's Chromium is the browser the demo drives. Missing: install it when we are root (the one remote call
// the demo makes), otherwise say exactly what to run.

const INSTALL = 'apt-get update && apt-get install -y chromium';

export function ensureChromium(log: (line: string) => void): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.env.CHROMIUM_PATH) throw new DemoError(`CHROMIUM_PATH 指向的 ${CHROMIUM} 不存在。请改正 CHROMIUM_PATH，或去掉它以使用 /usr/bin/chromium`, 2);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) throw new DemoError(`未找到 Chromium（${CHROMIUM}）。请先运行：sudo ${INSTALL.replace('&& apt-get', '&& sudo apt-get')}，然后重新运行 npm run demo`, 2);
  log(`未找到 Chromium，正在安装（${INSTALL}，约需 20 秒、下载约 110 MB）…`);
  const res = spawnSync('sh', ['-c', `${INSTALL} >/tmp/zxtally-demo-apt.log 2>&1`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.status !== 0 || !existsSync(CHROMIUM)) {
    throw new DemoError(`安装 Chromium 失败（日志见 /tmp/zxtally-demo-apt.log）。请检查网络后手动运行：${INSTALL}`, 2);
  }
  return CHROMIUM;
}
