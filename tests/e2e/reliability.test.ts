import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, captureTab, openAndCapture, screenshotPath, hasChromium, launchWithExtension, nameUnit, openSidePanel, tabIdOf, E2E_EXT_DIR, type LoadedExtension } from './harness';

// The real extension against what real portals do: a page that never finishes loading (a stalled ad or
// counter script keeps the response open), and batch capture of pages whose bytes carry stray or garbled text.

if (!hasChromium()) console.warn(`跳过浏览器端到端测试：未找到 ${CHROMIUM}（CI 中由 .ci/run 安装）`);

const BODY = '2024年，市政协召开主席会议13次，常委会议4次，收到提案256件，立案238件。';
const enc = (s: string) => Buffer.from(s, 'utf8');
const head = (title: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>`;
const article = (title: string, body: Buffer) =>
  Buffer.concat([enc(`${head(title)}<div class="article"><h1>${title}</h1><div class="content"><p>`), body, enc('</p></div></div>'),
    // © saved as the single Windows-1252 byte 0xA9, twice, in the footer
    enc('<div class="footer">版权所有 '), Buffer.from([0xa9]), enc(' 2024 市政协办公室 '), Buffer.from([0xa9]), enc('</div></body></html>')]);
const paragraphs = (n: number) => Array.from({ length: n }, () => BODY).join('</p><p>');
/** UTF-8 Chinese with a stray byte after every fourth char: mojibake whatever the charset. */
const garbled = () => Buffer.from([...paragraphs(3)].flatMap((c, i) => [...enc(c), ...(i % 4 === 3 ? [0xa9] : [])]));

interface Site { url: string; close(): Promise<void> }
async function startSite(): Promise<Site> {
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/never-ends.html') {
      // Headers and the article, then the response stays open: the tab keeps loading for ever.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.write(`${head('年度工作报告')}<div class="article"><h1>年度工作报告</h1><div class="content"><p>${paragraphs(3)}</p></div></div>`);
      res.write(`<script src="/stalled.js"></script>`);
      hanging.add(res);
      return;
    }
    if (path === '/stalled.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      hanging.add(res);
      return;
    }
    const pages: Record<string, Buffer> = {
      '/stray.html': article('市政协年度工作情况', enc(paragraphs(3))),
      '/garbled.html': article('市政协召开专题议政会', garbled()),
      '/list.html': enc(`${head('工作动态')}<div class="list-box"><div class="col-title">工作动态</div><ul class="news-list">
        <li><a href="/stray.html">市政协年度工作情况</a><span class="date">2024-12-20</span></li>
        <li><a href="/garbled.html">市政协召开专题议政会</a><span class="date">2024-12-18</span></li>
        <li><a href="/stray.html?p=3">市政协召开主席会议</a><span class="date">2024-12-10</span></li>
        <li><a href="/stray.html?p=4">市政协召开常委会议</a><span class="date">2024-11-28</span></li>
        <li><a href="/stray.html?p=5">市政协开展专题协商</a><span class="date">2024-11-20</span></li>
        <li><a href="/stray.html?p=6">市政协委员视察调研</a><span class="date">2024-11-12</span></li>
        </ul></div></body></html>`),
    };
    const body = pages[path];
    if (!body) return void res.writeHead(404).end();
    // No charset in the header, as on many office portals: the page's own meta and bytes decide.
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

describe.skipIf(!hasChromium())('extension in Chromium: pages real portals serve', () => {
  let ext: LoadedExtension;
  let site: Site;

  beforeAll(async () => {
    site = await startSite();
    ext = await launchWithExtension(E2E_EXT_DIR);
    await nameUnit(ext, '城中区政协');
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('captures a page that never finishes loading: what is there, in time, with a message', async () => {
    const panel = await openSidePanel(ext);
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/never-ends.html`, { waitUntil: 'commit' });
    await page.getByText('收到提案256件').first().waitFor();
    const tabId = await tabIdOf(ext, page.url());
    const started = Date.now();
    const result = await captureTab(ext, tabId);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.facts.map((f) => f.quote)).toEqual(expect.arrayContaining(['13次', '256件']));
    expect(result.notice).toMatch(/页面尚未加载完成.*已采集/);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/已采集.*页面尚未加载完成/);
    await panel.screenshot({ path: screenshotPath('sidepanel-still-loading.png') });
    await page.close();
    await panel.close();
  });

  it('batch capture: a UTF-8 page with stray bytes is read right, a garbled one fails with the reason', async () => {
    const panel = await openSidePanel(ext);
    const list = await openAndCapture(ext, `${site.url}/list.html`);
    expect(list.result.kind).toBe('list');
    const urls = [...new Set(list.result.records.map((r) => r.url))];
    expect(urls).toEqual(expect.arrayContaining([`${site.url}/stray.html`, `${site.url}/garbled.html`]));
    await list.page.close();
    await panel.locator('ul.pages li .title', { hasText: '工作动态' }).first().click();
    // This page's headlines only, whatever their year (paging and the period filter are tested in extension.test.ts).
    await panel.getByLabel('最多读取的列表页数').fill('1');
    await panel.getByLabel(/^只采集 \d{4} 年发布的文章/).uncheck();
    await panel.getByRole('button', { name: /批量采集列表中的文章/ }).click();
    await panel.getByText(/^完成：/).waitFor({ timeout: 60_000 });
    const summary = await panel.getByText(/^完成：/).textContent();
    expect(summary).toContain(`完成：${urls.length}/${urls.length}`);
    expect(summary).toContain('失败 1');
    await expect.poll(() => panel.getByTestId('batch').textContent()).toMatch(/市政协召开专题议政会：无法识别文字编码/);
    await panel.getByTestId('batch').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-batch-garbled.png') });

    // The stray-byte page, batch-captured, has the facts the same page gives when captured in its tab.
    await panel.locator('ul.pages li .title', { hasText: '市政协年度工作情况' }).first().click();
    const inBatch = await panel.locator('body').textContent();
    const tab = await openAndCapture(ext, `${site.url}/stray.html`);
    expect(tab.result.facts.map((f) => f.quote)).toEqual(expect.arrayContaining(['13次', '256件']));
    for (const q of ['主席会议13次', '收到提案256件']) expect(inBatch).toContain(q);
    await tab.page.close();
    await panel.close();
  });
});
