// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { errorPageReason, httpErrorMessage } from '@/shared/store/http-errors';
import { saveSnapshot } from '@/shared/store/save-capture';
import { openDrafts } from '@/shared/store/drafts';
import { snapshotFromDocument } from '@/shared/page/snapshot';
import { decodeBytes } from '@/shared/text/decode';

// A failed page says what happened and is never saved: HTTP errors, and portals' "页面不存在" pages served as 200.

const PORTAL = join(import.meta.dirname, '../fixtures/portal');
const index: Array<{ path: string }> = JSON.parse(readFileSync(join(PORTAL, 'index.json'), 'utf8'));
const snap = (html: string, url = 'http://127.0.0.1/x.html') => snapshotFromDocument(new DOMParser().parseFromString(html, 'text/html'), { url });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('httpErrorMessage', () => {
  it.each([
    [404, '页面不存在（404）'],
    [410, '已被网站删除（410）'],
    [403, '网站拒绝访问（403）'],
    [401, '网站拒绝访问（401）'],
    [429, '访问太频繁（429）'],
    [500, '网站出错（500）'],
    [503, '网站出错（503）'],
    [418, '网站返回错误（418）'],
  ])('%i → %s', (status, words) => {
    expect(httpErrorMessage(status)).toContain(words);
    expect(httpErrorMessage(status)).not.toContain('请稍后重试，或');
  });
});

describe('errorPageReason', () => {
  it.each([
    ['<title>404 Not Found</title><h1>Not Found</h1>'],
    ['<title>500 Internal Server Error</title><p>nginx</p>'],
    ['<title>页面不存在</title><p>您访问的页面不存在，<a href="/">返回首页</a></p>'],
    ['<title>政协门户网</title><div>抱歉，找不到您要的页面（404），3秒后返回首页</div>'],
    ['<title>提示信息</title><p>对不起，该信息已删除或不存在</p><p>页面不存在</p>'],
  ])('refuses %s', (html) => {
    expect(errorPageReason(snap(html))).not.toBeNull();
  });

  it('accepts every sample portal page, including those that mention 404 in a long text', () => {
    for (const e of index) {
      const s = snap(decodeBytes(new Uint8Array(readFileSync(join(PORTAL, e.path))), { html: true }).text, `http://127.0.0.1/${e.path}`);
      expect([e.path, errorPageReason(s)]).toEqual([e.path, null]);
    }
    const long = `<title>全年工作回顾</title>${'<p>全年共收到提案404件，立案380件，办复率100%。委员们围绕中心工作积极建言。</p>'.repeat(8)}`;
    expect(errorPageReason(snap(long))).toBeNull();
    expect(errorPageReason(snap('<title>500名委员参加履职培训</title><p>本次培训共500名委员参加。</p>'))).toBeNull();
  });
});

describe('saveSnapshot', () => {
  it('never saves a 404 page or an error page, and says why', async () => {
    const store = await openDrafts();
    const article = snap(readFileSync(join(PORTAL, 'article-000.html'), 'utf8'), 'http://127.0.0.1/article-000.html');
    const by404 = await saveSnapshot(store, article, { httpStatus: 404 });
    expect(by404).toEqual({ ok: false, message: expect.stringContaining('页面不存在（404）') });
    const soft = await saveSnapshot(store, snap('<title>页面不存在</title><p>您访问的页面不存在</p>'));
    expect(soft).toEqual({ ok: false, message: expect.stringContaining('没有保存') });
    const d = await store.activeDraft();
    expect(await store.listCaptures(d.id)).toEqual([]);
    const ok = await saveSnapshot(store, article, { httpStatus: 200 });
    expect(ok.ok).toBe(true);
    expect(await store.listCaptures(d.id)).toHaveLength(1);
    store.close();
  });
});
