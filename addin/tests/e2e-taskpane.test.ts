import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';

// The built task pane in headless Chromium, over a fake Excel (fake-excel.js): new form, import a form file,
// fill, validate, click a finding, note a warning, export. Screenshots go to docs/ for a human to look at.
const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist-addin');
const haveChromium = existsSync(CHROMIUM);
// Screenshots land in docs/ only when asked (ZX_SCREENSHOTS=1), so a plain test run leaves the tree clean.
const shots = process.env.ZX_SCREENSHOTS === '1' ? join(root, 'docs') : mkdtempSync(join(tmpdir(), 'zx-shots-'));
if (!haveChromium) console.warn(`跳过任务窗格端到端测试：找不到 ${CHROMIUM}（apt-get install -y chromium 后重试）`);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

const formFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2024',
  values: { 'pro.submitted': 120, 'pro.accepted': 100, 'pro.by_member': 60, 'pro.collective': 30, 'pro.answered': 100, 'mtg.plenary': 1, 'mtg.chair': 30 },
  prior: { 'pro.accepted': 90, 'mtg.chair': 12 },
  sources: { 'mtg.plenary': [{ url: 'https://example.gov.cn/a.html', quote: '召开全体会议1次', capturedAt: '2025-01-03T02:00:00Z' }] },
};

describe.skipIf(!haveChromium)('task pane in headless Chromium with a fake Excel', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base = '';
  // Every request the pane makes (and its frames), for the privacy test at the end.
  const requested: string[] = [];
  const refusedByCsp: string[] = [];
  let loadedAt = 0;

  beforeAll(async () => {
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '-c', 'addin/vite.config.ts', '--logLevel', 'error'], { cwd: root });
    server = createServer((req, res) => {
      const path = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]));
      if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 380, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    await page.addInitScript({ path: join(import.meta.dirname, 'fake-excel.js') });
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => void (/Content Security Policy/.test(m.text()) && refusedByCsp.push(m.text())));
    page.on('load', () => (loadedAt = Date.now())); // the timer below restarts with every (re)load of the pane
    await page.goto(`${base}/taskpane.html`);
    await page.getByText('政协统计助手 · ZX-01').waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  const fake = <T,>(fn: string) => page.evaluate(`(() => { const f = window.__fake; return ${fn}; })()`) as Promise<T>;
  const message = () => page.getByTestId('message').innerText();

  /** Renders one fake sheet (values, red marks, comments) as an HTML table and screenshots it. */
  async function shootSheet(name: string, path: string) {
    const html = await page.evaluate((sheet) => {
      const f = (window as any).__fake;
      const s = f.sheets.find((x: any) => x.name === sheet);
      const keys = Object.keys(s.cells).map((k: string) => k.split(',').map(Number));
      const rows = Math.max(...keys.map((k) => k[0])) + 1;
      const esc = (v: unknown) => String(v ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      let out = `<h3>${esc(sheet)}（模拟工作表）</h3><table>`;
      for (let r = 0; r < rows; r++) {
        out += '<tr>';
        for (let c = 0; c < 8; c++) {
          const addr = `${sheet}!${String.fromCharCode(65 + c)}${r + 1}`;
          const note = f.comments[addr];
          out += `<td style="background:${f.fills[addr] ?? '#fff'}">${esc(s.cells[`${r},${c}`])}${note ? `<span class="c">◤${esc(note)}</span>` : ''}</td>`;
        }
        out += '</tr>';
      }
      return out + '</table>';
    }, name);
    const p = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await p.setContent(`<style>body{font:12px "Noto Sans CJK SC",sans-serif}table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px 4px;white-space:nowrap}.c{color:#b71c1c;font-size:11px;margin-left:4px}</style>${html}`);
    await p.screenshot({ path, fullPage: true });
    await p.close();
  }

  it('inserts the standard sheets, set up for A4 with 代码 hidden, imports a form file and fills it with one read and one write', async () => {
    await page.getByRole('button', { name: '新建报表' }).click();
    await expect.poll(message).toContain('已插入 ZX-01 报表');
    expect(await fake<string[]>('f.sheets.map((s) => s.name)')).toEqual(['表1 履职工作', '表2 提案', '表3 社情民意']);
    expect(await fake('f.hidden["表2 提案!C:C"]')).toBe(true);
    expect(await fake('f.print["表2 提案"]')).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: 'A1:H28', titleRows: '$4:$4' });
    await page.getByTestId('form-file').setInputFiles({ name: '城中区.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(formFile)) });
    await expect.poll(message).toContain('已读取文件');
    const before = await fake<number>('f.syncs');
    await page.getByRole('button', { name: '填入表格' }).click();
    await expect.poll(message).toContain('已填入');
    expect((await fake<number>('f.syncs')) - before).toBe(2);
    // 7 本年 + 2 上年 + 2 增减%: cells holding a value, not every planned write.
    expect(await message()).toContain('已填入 11 个单元格');
    const row = await fake<number>("f.findRow('表2 提案', 'pro.accepted')");
    expect(await fake(`[f.cell('表2 提案', 'E${row + 1}'), f.cell('表2 提案', 'F${row + 1}'), f.cell('表2 提案', 'G${row + 1}')]`)).toEqual([100, 90, 11.1]);
    // The 来源 sheet comes with the fill (same write): one row per value, the statement with its page, the rest typed.
    expect(await fake<string[]>('f.sheets.map((s) => s.name)')).toEqual(['表1 履职工作', '表2 提案', '表3 社情民意', '来源']);
    const plenary = await fake<number>("f.findRow('来源', 'mtg.plenary')");
    expect(await fake(`['C', 'D', 'G', 'H'].map((c) => f.cell('来源', c + ${plenary + 1}))`)).toEqual([1, '统计数字', 'https://example.gov.cn/a.html', '召开全体会议1次']);
    expect(await fake(`f.cell('来源', 'D' + (f.findRow('来源', 'pro.accepted') + 1))`)).toBe('手工填写');
    expect(await fake('f.hidden["来源!A:A"]')).toBe(true);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'addin-taskpane.png'), fullPage: true });
    await shootSheet('来源', join(shots, 'addin-sources-sheet.png'));
  });

  it('validates what the sheet holds, selects a finding’s cells and refuses export while an error remains', async () => {
    await page.getByRole('tab', { name: '审核与导出' }).click();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const r03 = page.locator('li[data-rule="R03"]');
    await r03.waitFor();
    const row = await fake<number>("f.findRow('表2 提案', 'pro.by_member')");
    expect(await fake(`f.fills['表2 提案!E${row + 1}']`)).toBe('#FFC7CE');
    expect(await fake(`f.comments['表2 提案!E${row + 1}']`)).toContain('R03');
    await r03.click();
    await expect.poll(() => fake<string>('f.selected')).toContain('表2 提案!');
    expect(await fake<string>('f.selected')).toContain(`E${row + 1}`);
    await page.screenshot({ path: join(shots, 'addin-findings.png'), fullPage: true });
    await shootSheet('表2 提案', join(shots, 'addin-sheet-marked.png'));
    await page.getByRole('button', { name: '导出上报文件' }).click();
    await expect.poll(message).toContain('不能导出上报文件');
  });

  it('reaches every finding from the keyboard: Tab to it, Enter jumps to its cell; names say the indicator', async () => {
    await fake('(f.selected = null)');
    const exportButton = page.getByRole('button', { name: '导出上报文件' });
    await exportButton.focus();
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? '');
      if (name.includes('R03')) break;
      names.push(name);
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).toMatch(/^错误 R03：经审查立案、委员提案、集体提案——/);
    await page.keyboard.press('Enter');
    const row = await fake<number>("f.findRow('表2 提案', 'pro.by_member')");
    await expect.poll(() => fake<string>('f.selected')).toContain(`E${row + 1}`);
    // Each warning's note box and button name the indicator they are for.
    const chair = page.getByRole('textbox', { name: '“主席会议”的说明' });
    expect(await chair.count()).toBe(1);
    expect(await page.getByRole('button', { name: '保存“主席会议”的说明' }).count()).toBe(1);
  });

  it('recomputes 增减% on 审核 after a hand edit of 本年', async () => {
    const row = await fake<number>("f.findRow('表2 提案', 'pro.accepted')");
    await fake(`f.setCell('表2 提案', 'E${row + 1}', 108)`);
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await expect.poll(message).toContain('已按本年、上年重算 1 个“增减%”');
    expect(await fake(`f.cell('表2 提案', 'G${row + 1}')`)).toBe(20);
    await fake(`f.setCell('表2 提案', 'E${row + 1}', 100)`);
  });

  it('marks a value typed over an approximate one as 已核实, and the R18 warning goes', async () => {
    // The draft said 全体会议 "1次余" (approximate); the clerk checked and typed 2.
    await page.getByRole('tab', { name: '填报' }).click();
    const approx = { ...formFile, approx: ['mtg.plenary'] };
    await page.getByTestId('form-file').setInputFiles({ name: '城中区.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(approx)) });
    await expect.poll(message).toContain('已读取文件');
    const plenary = await fake<number>("f.findRow('表1 履职工作', 'mtg.plenary')");
    await fake(`f.setCell('表1 履职工作', 'E${plenary + 1}', 2)`);
    await page.getByRole('tab', { name: '审核与导出' }).click();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.locator('li[data-rule="R18"]').waitFor();
    await page.getByRole('button', { name: '“全体会议”已核实为准确数' }).click();
    await expect.poll(message).toContain('已将“全体会议”标记为已核实（2）');
    expect(await page.locator('li[data-rule="R18"]').count()).toBe(0);
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await expect.poll(message).toContain('发现');
    expect(await page.locator('li[data-rule="R18"]').count()).toBe(0); // stays gone on the next 审核
  });

  it('picks up a hand fix, refuses export while a warning has no 说明 (naming it), then exports', async () => {
    const row = await fake<number>("f.findRow('表2 提案', 'pro.by_member')");
    await fake(`f.setCell('表2 提案', 'E${row + 1}', 70)`);
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await expect.poll(() => page.locator('li[data-rule="R03"]').count()).toBe(0);
    expect(await fake(`f.fills['表2 提案!E${row + 1}']`)).toBeUndefined();
    expect(await fake(`f.comments['表2 提案!E${row + 1}']`)).toBeUndefined();
    expect(await page.locator('ul.findings li.error').count()).toBe(0);
    await page.getByRole('button', { name: '导出上报文件' }).click();
    await expect.poll(message).toContain('项提示没有说明，不能导出上报文件');
    expect(await message()).toContain('主席会议（R17）');
    const chair = await fake<number>("f.findRow('表1 履职工作', 'mtg.chair')");
    await page.getByRole('textbox', { name: '“主席会议”的说明' }).fill('本年新增专题主席会议');
    await page.getByRole('button', { name: '保存“主席会议”的说明' }).click();
    await expect.poll(message).toContain('说明已写入');
    expect(await fake(`f.cell('表1 履职工作', 'H${chair + 1}')`)).toBe('本年新增专题主席会议');
    // Any other warning left gets its own 说明 before the export goes through.
    for (let i = 0; i < 10; i++) {
      const open = page.locator('ul.findings li.warning input');
      if ((await open.count()) === 0) break;
      await open.first().fill('已与原始记录核对');
      await page.locator('ul.findings li.warning').first().getByRole('button', { name: /^保存“/ }).click();
      await expect.poll(message).toContain('说明已写入');
      await page.waitForTimeout(100);
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出上报文件' }).click();
    const file = await download;
    const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(saved.values['pro.by_member']).toBe(70);
    expect(saved.notes['mtg.chair']).toBe('本年新增专题主席会议');
    expect(saved.verified).toEqual({ 'mtg.plenary': 2 });
    expect(saved.sources['mtg.plenary'][0].quote).toBe('召开全体会议1次');
    await expect.poll(message).toContain('已导出上报文件');
    expect(JSON.parse(await page.getByTestId('exported-text').inputValue())).toEqual(saved); // to copy where downloads are blocked
  });

  it("takes next year's 上年 from this year's exported submission", async () => {
    await page.getByRole('tab', { name: '填报' }).click();
    await page.getByLabel('报告期').fill('2025');
    await page.getByRole('button', { name: '上年数取自去年上报记录' }).click();
    await expect.poll(message).toContain('已按 2024 年上报记录填入上年数');
    const row = await fake<number>("f.findRow('表2 提案', 'pro.by_member')");
    expect(await fake(`f.cell('表2 提案', 'F${row + 1}')`)).toBe(70);
  });

  it('asks before filling over another unit’s period, and clears the cells the new form does not write', async () => {
    const other = { form: 'ZX-01', unit: '城东区政协', period: '2023', values: { 'pro.accepted': 50, 'pro.submitted': 60 } };
    await page.getByTestId('form-file').setInputFiles({ name: '城东区.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect.poll(message).toContain('已读取文件');
    const chair = await fake<number>("f.findRow('表1 履职工作', 'mtg.chair')");
    const accepted = await fake<number>("f.findRow('表2 提案', 'pro.accepted')");
    await page.getByRole('button', { name: '填入表格' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.innerText()).toContain('表格中现有“城中区政协 · 2024”的数据，本次填入的是“城东区政协 · 2023”');
    expect(await ask.innerText()).toContain('主席会议（本年）：30');
    // The first choice has the focus: the clerk can answer from the keyboard. Cancel leaves the sheet as it was.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('清除这些单元格后填入');
    await ask.getByRole('button', { name: '取消' }).click();
    await expect.poll(message).toContain('已取消');
    expect(await fake(`f.cell('表2 提案', 'E${accepted + 1}')`)).toBe(100);
    await page.getByRole('button', { name: '填入表格' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: join(shots, 'addin-stale-confirm.png'), fullPage: true });
    await page.keyboard.press('Enter'); // 清除这些单元格后填入
    await expect.poll(message).toMatch(/已填入 \d+ 个单元格，清除 \d+ 个旧数据单元格/);
    expect(await fake(`f.cell('表1 履职工作', 'E${chair + 1}')`)).toBe('');
    expect(await fake(`f.cell('表1 履职工作', 'H${chair + 1}')`)).toBe(''); // last period's 说明 too
    expect(await fake(`f.cell('表2 提案', 'E${accepted + 1}')`)).toBe(50);
    expect(await fake(`f.cell('表2 提案', 'F${accepted + 1}')`)).toBe('');
    // The 来源 sheet was replaced, not appended to: one sheet, this form's two values only.
    expect(await fake<string[]>("f.sheets.filter((s) => s.name === '来源').map((s) => Object.keys(s.cells).filter((k) => k.endsWith(',0')).map((k) => s.cells[k]).sort())")).toEqual([
      ['pro.accepted', 'pro.submitted', '代码'],
    ]);
  });

  it('consolidates subordinate forms after asking to replace the workbook, with a summary that agrees with 审核', async () => {
    const part = (unit: string, accepted: number, member: number, collective: number) => ({
      form: 'ZX-01', unit, period: '2024',
      values: { 'pro.submitted': accepted + 5, 'pro.accepted': accepted, 'pro.by_member': member, 'pro.collective': collective, 'mtg.plenary': 1 },
    });
    const files = [part('城中区政协', 100, 70, 30), part('城东区政协', 50, 40, 5)].map((f) => ({
      name: `${f.unit}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)),
    }));
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByLabel('汇总单位').fill('某市政协');
    await page.getByTestId('part-files').setInputFiles(files);
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.innerText()).toContain('汇总结果将替换当前工作簿的数据');
    await ask.getByRole('button', { name: '替换为汇总数' }).click();
    await expect.poll(message).toContain('已汇总 2 个单位');
    const text = await message();
    expect(text).toContain('汇总数与下级合计相符');
    const row = await fake<number>("f.findRow('表2 提案', 'pro.accepted')");
    expect(await fake(`f.cell('表2 提案', 'E${row + 1}')`)).toBe(150);
    // "填入 N 个单元格" is the number of value cells the sheets now hold.
    const held = await fake<number>(`(() => { let n = 0; for (const s of f.sheets) for (const [k, v] of Object.entries(s.cells)) {
      const [r, c] = k.split(',').map(Number); if (c >= 4 && c <= 7 && /^[a-z]+\\./.test(String(s.cells[r + ',2'] ?? '')) && v !== '') n++; } return n; })()`);
    expect(text).toContain(`填入 ${held} 个单元格`);
    const m = /汇总表审核：(\d+) 项错误、(\d+) 项待说明的提示/.exec(text);
    const units = page.getByTestId('units');
    expect(await units.locator('tbody tr').count()).toBe(2);
    expect(await units.innerText()).toContain('R03'); // 城东区: 40 + 5 ≠ 50
    await page.screenshot({ path: join(shots, 'addin-consolidate.png'), fullPage: true });
    await page.getByRole('tab', { name: '审核与导出' }).click();
    const errors = await page.locator('ul.findings li.error').count();
    const warnings = await page.locator('ul.findings li.warning').count();
    expect(m ? [Number(m[1]), Number(m[2])] : [0, 0]).toEqual([errors, warnings]); // the summary is the sheet's own check
    await fake(`f.setCell('表2 提案', 'E${row + 1}', 149)`);
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.locator('li[data-rule="R21"]').first().waitFor();
  });

  it('offers the unfinished draft again when the pane is reopened', async () => {
    await page.reload();
    await expect.poll(message).toContain('发现未完成的草稿');
    await page.getByRole('tab', { name: '草稿与记录' }).click();
    const table = page.locator('table.units');
    await table.waitFor();
    expect(await table.innerText()).toContain('已上报');
    await page.screenshot({ path: join(shots, 'addin-drafts.png'), fullPage: true });
  });

  it('reads a form file saved as UTF-16 (Notepad’s “Unicode”) and names a GBK one, in 填报 and in 汇总 alike', async () => {
    const text = JSON.stringify({ form: 'ZX-01', unit: '城西区政协', period: '2024', values: { 'mtg.chair': 7 } });
    const utf16 = (bom: boolean) => Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
    const gbk = execFileSync('python3', ['-c', "import sys;sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gbk'))"], { input: text });
    await page.getByRole('tab', { name: '填报' }).click();
    for (const [name, bytes] of [['有BOM.json', utf16(true)], ['无BOM.json', utf16(false)]] as const) {
      await page.getByTestId('form-file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
      await expect.poll(message).toContain(`已读取文件“${name}”：城西区政协 2024，共 1 项`);
    }
    await page.getByTestId('form-file').setInputFiles({ name: '城西区.json', mimeType: 'application/json', buffer: gbk });
    await expect.poll(message).toContain('报表数据文件有误：文件“城西区.json” 是 GBK/GB18030 编码，不是 UTF-8；请用记事本等打开，“另存为”时编码选 UTF-8 后再试');
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByTestId('part-files').setInputFiles([
      { name: '城西区-unicode.json', mimeType: 'application/json', buffer: utf16(true) },
      { name: '城北区.json', mimeType: 'application/json', buffer: gbk },
    ]);
    await expect.poll(message).toContain('报表数据文件有误：文件“城北区.json” 是 GBK/GB18030 编码');
  });

  it('requests nothing but its own origin (no telemetry, no CDN), also after office.js has had time to phone home', async () => {
    // office.js's mapping table opens Microsoft's telemetry proxy frame 3 s after it loads; the pane's CSP stops it.
    expect(loadedAt).toBeGreaterThan(0);
    await page.waitForTimeout(Math.max(0, loadedAt + 5000 - Date.now()));
    const foreign = requested.filter((u) => !u.startsWith(`${base}/`) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    // What the CSP refused is the telemetry frame, nothing the pane itself needs.
    expect(refusedByCsp.length).toBeGreaterThan(0);
    expect(refusedByCsp.filter((t) => !t.includes('telemetryservice.firstpartyapps.oaspapps.com'))).toEqual([]);
    expect(requested.some((u) => u.startsWith(`${base}/office/office.js`))).toBe(true);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/frame-src 'self'/);
  });
});
