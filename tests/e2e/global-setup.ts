import { buildExtension, hasChromium } from './harness';

// Builds the store variant (always: the manifest test reads it) and the automation variant (when Chromium exists).
export default function setup(): void {
  buildExtension('store');
  if (hasChromium()) buildExtension('e2e');
  else console.warn('未找到 /usr/bin/chromium：跳过浏览器端到端测试（apt-get install chromium 后可运行）');
}
