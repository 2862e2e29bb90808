import { CHROMIUM, buildExtension, hasChromium } from './harness';

// Builds the store variants (always: the manifest tests read them) and the automation variant (when Chromium exists).
export default function setup(): void {
  buildExtension('store');
  buildExtension('firefox');
  if (hasChromium()) buildExtension('e2e');
  else console.warn(`未找到 ${CHROMIUM}：跳过浏览器端到端测试（apt-get install chromium 后可运行）`);
}
