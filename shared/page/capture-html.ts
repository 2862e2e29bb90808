import type { Capture } from '../model';
import { parseLiteDocument } from './html-dom';
import { snapshotFromDocument } from './snapshot';
import { captureSnapshot, type CaptureOptions } from './capture-snapshot';

// HTML string → Capture, for the CLI, the add-in and tests (the extension snapshots the live DOM).
// Parsed as a browser parses (parse5, the HTML standard's algorithm) into html-dom.ts's light DOM,
// which offers what snapshotFromDocument reads.

export function parseDocument(html: string): Document {
  return parseLiteDocument(html.replace(/^\ufeff/, '')) as unknown as Document;
}

export function captureHtml(html: string, url?: string, opts: CaptureOptions = {}): Capture {
  const doc = parseDocument(html);
  return captureSnapshot(snapshotFromDocument(doc, { url }), opts);
}
