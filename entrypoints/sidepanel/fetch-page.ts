import { decodeBytes } from '@/shared/text/decode';
import { snapshotFromDocument } from '@/shared/page/snapshot';
import type { Snapshot } from '@/shared/page/snapshot-schema';

// Batch capture fetches a listed article from the panel: bytes → shared decoder (GBK/Big5/BOM) →
// DOMParser → the same snapshot the capture script would take in the tab.

export async function fetchSnapshot(url: string, fetchImpl: typeof fetch = fetch): Promise<Snapshot> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'include', redirect: 'follow' });
  } catch {
    throw new Error('网络错误：无法打开该网页，请检查网络后重试');
  }
  if (!res.ok) throw new Error(`网站返回错误 ${res.status}：请稍后重试，或打开该页手动采集`);
  const { text, charset } = decodeBytes(new Uint8Array(await res.arrayBuffer()), { html: true });
  const doc = new DOMParser().parseFromString(text, 'text/html');
  // Relative links in the fetched page must resolve against the page, not the panel.
  const base = doc.createElement('base');
  base.href = res.url || url;
  doc.head.prepend(base);
  const snap = snapshotFromDocument(doc, { url: res.url || url });
  return { ...snap, meta: { ...snap.meta, charset: snap.meta.charset ?? charset } };
}
