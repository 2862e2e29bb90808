import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../portal-server';
import { decodeBytes } from '../../shared/text/decode';
import { captureHtml } from '../../shared/page/capture';
import { pageBytes, portalPages } from './fixtures';

// The sample portal over HTTP: raw bytes, no charset in Content-Type, the page's meta decides.

let portal: { url: string; close(): Promise<void> };
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

describe('startPortal', () => {
  it.each(portalPages.map((p) => [p.path, p.charset]))('serves %s (%s) byte for byte without a charset header', async (p) => {
    const res = await fetch(portal.url + p);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pageBytes(p));
  });

  it('a list fetched over HTTP links records to the server', async () => {
    const bytes = new Uint8Array(await (await fetch(portal.url + 'list.html')).arrayBuffer());
    const c = captureHtml(decodeBytes(bytes, { html: true }).text, portal.url + 'list.html');
    const local = c.records.filter((r) => r.url!.startsWith(portal.url) && !r.url!.includes('/news/'));
    expect(local.length).toBe(3);
    for (const r of local) expect((await fetch(r.url!)).status).toBe(200);
  });

  it('answers 404 for unknown paths and refuses to leave the folder', async () => {
    expect((await fetch(portal.url + 'nope.html')).status).toBe(404);
    expect((await fetch(portal.url + '..%2F..%2Fpackage.json')).status).toBeGreaterThanOrEqual(403);
  });
});
