import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small portal with a paged list: list_1..list_N.html (下一页, 共N页, numbered pages), six dated headlines a
// page, article pages, and one listed link that answers 404. Page 1 is the form's year, the last page the
// year before. Served over HTTP for the browser tests and answered in memory for the panel's unit tests.

export const PAGES = 3;
export const PER_PAGE = 6;
export const YEAR = 2025;
export const MISSING = '/a/missing.html';

export interface Headline {
  path: string;
  title: string;
  date: string;
}

export function headlines(page: number): Headline[] {
  return Array.from({ length: PER_PAGE }, (_, k) => {
    const n = (page - 1) * PER_PAGE + k + 1;
    const year = page === PAGES ? YEAR - 1 : page === 2 && k >= 3 ? YEAR - 1 : YEAR;
    const month = String(12 - ((n - 1) % 12)).padStart(2, '0');
    const path = page === 1 && k === 5 ? MISSING : `/a/${n}.html`;
    return { path, title: `市政协召开第${n}次主席会议 研究部署重点协商工作`, date: `${year}-${month}-${String(28 - k).padStart(2, '0')}` };
  });
}

const chrome = (body: string, title: string, head = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}_政协门户网</title>${head}</head><body>` +
  `<div class="nav"><ul><li><a href="/list_1.html">首页</a></li><li><a href="/list_1.html">要闻报道</a></li><li><a href="/list_1.html">提案工作</a></li></ul></div>` +
  `<div class="container">${body}</div><div class="footer"><p>版权所有：政协门户网 主办：政协办公厅</p></div></body></html>`;

export function listHtml(page: number): string {
  const items = headlines(page)
    .map((h) => `<li><a href="${h.path}" target="_blank" title="${h.title}">${h.title}</a><span class="date">${h.date}</span></li>`)
    .join('\n');
  const nums = Array.from({ length: PAGES }, (_, i) => (i + 1 === page ? `<span>${i + 1}</span>` : `<a href="/list_${i + 1}.html">${i + 1}</a>`)).join(' ');
  const prev = `<a href="/list_${Math.max(1, page - 1)}.html">上一页</a>`;
  const next = page < PAGES ? `<a href="/list_${page + 1}.html">下一页</a>` : '';
  return chrome(
    `<div class="main-left"><div class="list-box"><div class="col-title">要闻报道</div><ul class="news-list">\n${items}\n</ul>` +
      `<div class="pages">共${PAGES * PER_PAGE}条 第${page}页/共${PAGES}页 <a href="/list_1.html">首页</a> ${prev} ${nums} ${next} <a href="/list_${PAGES}.html">尾页</a></div></div></div>`,
    '要闻报道',
  );
}

export function articleHtml(n: number): string {
  const h = headlines(Math.ceil(n / PER_PAGE))[(n - 1) % PER_PAGE];
  return chrome(
    `<div class="article"><h1 class="title">${h.title}</h1><div class="info">发布时间：${h.date} 10:00 来源：市政协办公室</div>` +
      `<div class="content"><p>${h.date.slice(0, 4)}年，市政协主席会议研究部署重点协商工作。会议听取了专题协商会筹备情况汇报，审议了年度协商计划，要求各专委会认真抓好落实。</p>` +
      `<p>会议指出，全年共召开主席会议${n}次，组织专题协商会3次，为推动全市高质量发展贡献了政协智慧和力量。</p></div></div>`,
    h.title,
    `<meta name="PubDate" content="${h.date} 10:00">`,
  );
}

/** The site's answer to a path: status and HTML. */
export function answer(path: string): { status: number; body: string } {
  const list = /^\/list_(\d+)\.html$/.exec(path);
  if (list && Number(list[1]) >= 1 && Number(list[1]) <= PAGES) return { status: 200, body: listHtml(Number(list[1])) };
  const art = /^\/a\/(\d+)\.html$/.exec(path);
  if (art && Number(art[1]) >= 1 && Number(art[1]) <= PAGES * PER_PAGE) return { status: 200, body: articleHtml(Number(art[1])) };
  return { status: 404, body: chrome('<h1>404</h1><p>您访问的页面不存在</p>', '页面不存在') };
}

/** A fetch over the in-memory site; `gate` may hold back article answers (to press 停止 mid-batch). */
export function siteFetch(origin: string, gate?: (path: string) => Promise<void>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.origin !== origin) throw new TypeError('Failed to fetch');
    if (gate && url.pathname.startsWith('/a/')) await gate(url.pathname);
    const { status, body } = answer(url.pathname);
    const res = new Response(new TextEncoder().encode(body), { status, headers: { 'Content-Type': 'text/html' } });
    Object.defineProperty(res, 'url', { value: url.href });
    return res;
  }) as typeof fetch;
}

/** Serve the site on 127.0.0.1; articles answer after `delayMs` so a batch can be stopped. */
export async function startPagedSite(opts: { delayMs?: number } = {}): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const { status, body } = answer(path);
    const send = () => res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    if (path.startsWith('/a/') && opts.delayMs) setTimeout(send, opts.delayMs);
    else send();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
