import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, hasChromium } from './harness';
import { CJK_PROBE, glyphsRendered } from '../../scripts/demo/glyphs';
import { cjkFontInstalled } from '../../scripts/demo/packages';

// The demo's tofu check: it must pass Chinese text drawn with a real font and catch characters drawn as
// the .notdef box (private-use code points, which no installed font has).

const run = hasChromium() && cjkFontInstalled();
if (!run) console.warn('跳过字形检查测试：需要 Chromium 和中文字体（apt-get install -y chromium fonts-noto-cjk）');

describe.skipIf(!run)('glyphsRendered', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => browser?.close());

  it('passes Chinese text in an installed CJK font', async () => {
    const page = await browser.newPage();
    await page.setContent('<body style="font-family: sans-serif">政协统计助手</body>');
    expect(await glyphsRendered(page, CJK_PROBE)).toBe(true);
  });

  it('catches characters drawn as boxes', async () => {
    const page = await browser.newPage();
    await page.setContent('<body style="font-family: sans-serif">\uE000\uE001</body>');
    expect(await glyphsRendered(page, ['\uE000', '\uE001', '\uE002'])).toBe(false);
  });
});
