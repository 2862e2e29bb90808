import { decodeBytes } from '@/shared/text/decode';
import { snapshotFromDocument } from '@/shared/page/snapshot';
import type { Snapshot } from '@/shared/page/snapshot-schema';
import { httpErrorMessage } from '@/shared/store/http-errors';
import type { PageLink } from '@/shared/store/paging';

// Batch capture fetches a listed article (or the next page of a list) from the panel: bytes → shared decoder
// (GBK/Big5/BOM) → DOMParser → the same snapshot the capture script would take in the tab.
// An HTTP failure says what happened (页面不存在（404）…) and nothing is saved.

export interface FetchedPage {
  snapshot: Snapshot;
  /** Every link of the page, absolute, for following a paged list. */
  links: PageLink[];
}

export async function fetchPage(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchedPage> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'include', redirect: 'follow' });
  } catch {
    throw new Error('网络错误：无法打开该网页，请检查网络后重试');
  }
  if (!res.ok) throw new Error(httpErrorMessage(res.status));
  const { text, charset } = decodeBytes(new Uint8Array(await res.arrayBuffer()), { html: true });
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const at = res.url || url;
  // Relative links in the fetched page must resolve against the page, not the panel.
  const base = doc.createElement('base');
  base.href = at;
  doc.head.prepend(base);
  const snap = snapshotFromDocument(doc, { url: at });
  const links: PageLink[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    try {
      links.push({ text: (a.textContent ?? '').trim(), href: new URL(a.getAttribute('href')!, at).href });
    } catch {
      /* not a URL */
    }
  }
  return { snapshot: { ...snap, meta: { ...snap.meta, charset: snap.meta.charset ?? charset } }, links };
}

export async function fetchSnapshot(url: string, fetchImpl: typeof fetch = fetch): Promise<Snapshot> {
  return (await fetchPage(url, fetchImpl)).snapshot;
}
