import type { Page } from 'playwright-core';
import { E2E_EXT_DIR, buildExtension, launchWithExtension, openSidePanel, type LoadedExtension } from '../tests/e2e/harness';
import { startPortal } from '../tests/portal-server';
import { editionForPeriod } from '../shared/catalogue/edition';
import { draftId } from '../shared/store/keys';
import { parseArgs, USAGE } from './demo/args';
import { DemoError, firstLine, stepError, withTimeout } from './demo/errors';
import { Progress, seconds } from './demo/progress';
import { defaultPeriod, samplePages } from './demo/samples';
import { BROWSER_NEEDS, RENDER_NEEDS, ensurePackages } from './demo/packages';
import { glyphsRendered } from './demo/glyphs';
import { CHROMIUM } from '../tests/e2e/harness';
import { chooseForm, readDraftCaptures } from './demo/panel';
import { captureOne, type PageCapture } from './demo/capture';
import { tallyFromDraft, tallyFromResults, type DemoTally } from './demo/tally';
import { captureLine, findingsReport, tallyLines } from './demo/summary';
import { OUT_DIR, rel, writeForm } from './demo/outputs';
import { renderForm } from './demo/render';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm run demo`: the whole clerk's path on this machine — build the extension, serve the sample portal,
// capture every sample page through the real extension in headless Chromium, tally one ZX-01 draft,
// validate it, write the .xlsx and .json, and take screenshots of the side panel and the filled form.

const cleanups: Array<() => Promise<void>> = [];
async function cleanup(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
}

/** stderr of a failed child process: the line that says what broke. */
function buildFailure(err: unknown): string {
  const stderr = String((err as { stderr?: unknown }).stderr ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => /error|failed|错误/i.test(l));
  return line ?? firstLine(err);
}

async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) return void console.log(USAGE);
  const pages = samplePages();
  const chosen = args.period ? { period: args.period, why: '由 --period 指定' } : defaultPeriod(pages);
  const { unit } = args;
  const { period } = chosen;
  const catalogue = editionForPeriod(period).indicators;
  console.log(`政协统计助手 演示：填报单位“${unit}”，报告期 ${period} 年（${chosen.why}），示例网页 ${pages.length} 个`);
  const p = new Progress(7);

  const extDir = await p.step('构建浏览器扩展（WXT_E2E=1 wxt build）', async () => {
    try {
      buildExtension('e2e');
    } catch (err) {
      throw new DemoError(`构建浏览器扩展失败：${buildFailure(err)}。请先运行 npm ci，再单独运行 npm run build:e2e 查看完整错误`);
    }
    // Load a private copy: a test run rebuilding .output/ meanwhile must not pull files from under the browser.
    const copy = mkdtempSync(join(tmpdir(), 'zxtally-demo-ext-'));
    cpSync(E2E_EXT_DIR, copy, { recursive: true });
    cleanups.push(async () => rmSync(copy, { recursive: true, force: true }));
    p.note(`扩展目录：${rel(E2E_EXT_DIR)}`);
    return copy;
  });

  const canRender = await p.step('检查 Chromium、中文字体' + (args.render ? '和 LibreOffice' : ''), async () => {
    ensurePackages(BROWSER_NEEDS, { required: true, log: (l) => p.note(l) });
    p.note(`使用 ${CHROMIUM}`);
    // The printed-form render is optional: installed when asked (--render), used whenever present.
    const render = ensurePackages(RENDER_NEEDS, { required: false, log: args.render ? (l) => p.note(l) : () => {} });
    if (!args.render && render.missing.length) p.note(`未安装 ${render.missing.join('、')}，跳过报表渲染（需要时运行 npm run demo -- --render）`);
    return render.missing.length === 0;
  });

  const { ext, panel, portalUrl } = await p.step('启动示例门户网站和带扩展的无界面 Chromium', async () => {
    const portal = await startPortal().catch((err) => {
      throw stepError('启动示例门户网站', err, '请确认本机允许监听 127.0.0.1 端口');
    });
    cleanups.push(() => portal.close());
    p.note(`示例门户：${portal.url}`);
    const launching = launchWithExtension(extDir);
    // Should the launch finish after we gave up, close that browser too.
    cleanups.push(() => launching.then((e) => e.close(), () => {}));
    const ext: LoadedExtension = await withTimeout(launching, 60_000, '启动 Chromium 超过 60 秒没有响应。请运行 chromium --headless=new --version 检查浏览器能否启动').catch((err) => {
      throw stepError('启动 Chromium', err, '请运行 chromium --headless=new --version 检查浏览器能否启动');
    });
    p.note(`扩展已加载：chrome-extension://${ext.extensionId}/`);
    const panel: Page = await openSidePanel(ext).catch((err) => {
      throw stepError('打开侧边栏页面', err, '请检查 entrypoints/sidepanel/ 能否正常显示');
    });
    await chooseForm(panel, unit, period);
    p.note(`已在侧边栏选定报表：${unit} ${period} 年`);
    return { ext, panel, portalUrl: portal.url };
  });

  const captured: PageCapture[] = await p.step(`通过扩展采集 ${pages.length} 个示例网页`, async () => {
    const out: PageCapture[] = [];
    for (const page of pages) {
      const c = await captureOne(ext, portalUrl, page);
      p.note(captureLine(c));
      out.push(c);
    }
    return out;
  });

  const tally: DemoTally = await p.step('汇总为一份 ZX-01 草稿并审核', async () => {
    const draftIds = [...new Set(captured.map((c) => c.result.draftId))];
    if (draftIds.length !== 1) p.note(`注意：采集结果分属 ${draftIds.length} 个草稿（${draftIds.join('，')}）`);
    if (draftIds[0] !== draftId(unit, period)) p.note(`注意：扩展把网页存入了草稿“${draftIds[0]}”，而不是 ${unit} ${period} 年的草稿`);
    const stored = await readDraftCaptures(panel, draftIds[0]).catch(() => []);
    if (stored.length === captured.length) return tallyFromDraft(stored, unit, period);
    p.note(`注意：扩展草稿中读到 ${stored.length} 个网页，应为 ${captured.length} 个；改用扩展返回的采集结果汇总`);
    return tallyFromResults(captured, unit, period);
  });
  console.log('');
  for (const line of tallyLines(tally, catalogue)) console.log(line);
  console.log('');
  console.log(findingsReport(tally, catalogue));

  const written = await p.step('写出 Excel 报表和报表数据文件', async () => {
    const w = await writeForm(tally.form).catch((err) => {
      throw stepError('生成报表文件', err, '请检查 out/ 目录是否可写；仍失败请运行 npx zxtally fill 查看详情');
    });
    p.note(`${rel(w.xlsx)}（工作表：${w.sheets.join('、')}）`);
    p.note(rel(w.json));
    if (w.missing.length) p.note(`注意：${w.missing.length} 个指标在表中找不到位置，未写入：${w.missing.join('、')}`);
    return w;
  });

  const shots = await p.step('截图：侧边栏和填好的报表', async () => {
    const files: string[] = [];
    try {
      await panel.reload();
      await panel.getByRole('heading', { name: '政协统计助手' }).waitFor();
      await panel.waitForTimeout(500);
      if (!(await glyphsRendered(panel))) {
        throw new DemoError('侧边栏中的汉字显示为方框（没有可用的中文字体），截图不可读。请安装 fonts-noto-cjk（apt-get install -y fonts-noto-cjk）后重新运行 npm run demo', 2);
      }
      await panel.screenshot({ path: join(OUT_DIR, 'sidepanel.png') });
      await panel.screenshot({ path: join(OUT_DIR, 'sidepanel-full.png'), fullPage: true });
      files.push(join(OUT_DIR, 'sidepanel.png'), join(OUT_DIR, 'sidepanel-full.png'));
      // The draft's tally and findings, as the clerk scrolls down to them.
      await panel.getByRole('heading', { name: /^草稿汇总/ }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await panel.screenshot({ path: join(OUT_DIR, 'sidepanel-汇总.png') });
      files.push(join(OUT_DIR, 'sidepanel-汇总.png'));
    } catch (err) {
      if (err instanceof DemoError) throw err;
      throw stepError('侧边栏截图', err, '请检查 out/ 目录是否可写');
    }
    await cleanup();
    if (canRender) {
      try {
        files.push(...(await renderForm(written.bytes, OUT_DIR)));
      } catch (err) {
        p.note(`报表截图失败（${firstLine(err)}），已跳过；可用 LibreOffice 直接打开 ${rel(written.xlsx)} 查看`);
      }
    }
    for (const f of files) p.note(rel(f));
    return files;
  });

  console.log('');
  console.log(`演示完成，用时 ${seconds(p.elapsed())}。各步用时：${p.timings.map((t, i) => `${i + 1}) ${seconds(t.ms)}`).join('  ')}`);
  console.log(`输出文件（${rel(OUT_DIR)}/）：`);
  for (const f of [written.xlsx, written.json, ...shots]) console.log(`  ${rel(f)}`);
}

let interrupting = false;

async function main(): Promise<number> {
  const interrupted = async () => {
    interrupting = true;
    await cleanup();
    console.error('\n已中断：浏览器和示例门户网站已关闭');
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await run(process.argv.slice(2));
    return 0;
  } catch (err) {
    await cleanup();
    // Closing the browser on Ctrl+C fails the step in flight; the interrupt handler reports that.
    if (interrupting) return new Promise<number>(() => {});
    if (err instanceof DemoError) {
      console.error(`错误：${err.message}`);
      return err.exitCode;
    }
    console.error(`错误：演示意外中止（${firstLine(err)}）。请把这一行发给维护人员，或运行 npm test 查看哪一部分出错`);
    return 1;
  } finally {
    await cleanup();
  }
}

process.exitCode = await main();
