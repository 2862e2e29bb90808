import { parseHTML } from 'linkedom';
import type { Capture } from '../model';
import { snapshotFromDocument } from './snapshot';
import { captureSnapshot, type CaptureOptions } from './capture-snapshot';

// HTML string → Capture, for the CLI, the add-in and tests (the extension snapshots the live DOM).

/**
 * linkedom needs a whole document: a bare fragment would become the document element itself, and
 * (unlike a browser) it adds no <body> to a page that omits the tag, so such a page's text is lost.
 */
function asDocument(html: string): string {
  const h = html.replace(/^\ufeff/, '');
  if (!/<html[\s>]/i.test(h)) return `<!DOCTYPE html><html><head></head><body>${h}</body></html>`;
  if (/<(?:body|frameset)[\s>]/i.test(h)) return h;
  const open = /<\/head\s*>/i.exec(h) ?? /<html[^>]*>/i.exec(h)!;
  const from = open.index + open[0].length;
  const close = h.search(/<\/html\s*>(?![\s\S]*<\/html\s*>)/i);
  const to = close >= from ? close : h.length;
  return `${h.slice(0, from)}<body>${h.slice(from, to)}</body>${h.slice(to)}`;
}

export function parseDocument(html: string): Document {
  return parseHTML(asDocument(html)).document as unknown as Document;
}

export function captureHtml(html: string, url?: string, opts: CaptureOptions = {}): Capture {
  const doc = parseDocument(html);
  return captureSnapshot(snapshotFromDocument(doc, { url }), opts);
}
