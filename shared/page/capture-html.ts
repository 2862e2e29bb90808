import { parseHTML } from 'linkedom';
import type { Capture } from '../model';
import { snapshotFromDocument } from './snapshot';
import { captureSnapshot, type CaptureOptions } from './capture-snapshot';

// HTML string → Capture, for the CLI, the add-in and tests (the extension snapshots the live DOM).

/** linkedom needs a whole document: a bare fragment would become the document element itself. */
function asDocument(html: string): string {
  const h = html.replace(/^\ufeff/, '');
  return /<html[\s>]/i.test(h) ? h : `<!DOCTYPE html><html><head></head><body>${h}</body></html>`;
}

export function parseDocument(html: string): Document {
  return parseHTML(asDocument(html)).document as unknown as Document;
}

export function captureHtml(html: string, url?: string, opts: CaptureOptions = {}): Capture {
  const doc = parseDocument(html);
  return captureSnapshot(snapshotFromDocument(doc, { url }), opts);
}
