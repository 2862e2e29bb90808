import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { captureSnapshot } from '../../shared/page/capture-snapshot';
import { captureHtml } from '../../shared/page/capture';
import { BASE, pageHtml, portalPages } from './fixtures';

// The capture script runs on a browser's DOM, the CLI on linkedom's: the same page must give the
// same capture on both (happy-dom stands in for the browser, styles computed, nothing fetched).

function browserCapture(path: string) {
  const win = new Window({
    url: BASE + path,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  win.document.write(pageHtml(path));
  const c = captureSnapshot(snapshotFromDocument(win.document as unknown as Document));
  win.close();
  return c;
}

describe('browser DOM vs linkedom', () => {
  it.each(portalPages.map((p) => [p.path]))('%s captures the same in both', (path) => {
    const a = browserCapture(path);
    const b = captureHtml(pageHtml(path), BASE + path);
    expect({ kind: a.kind, title: a.title, date: a.date, text: a.text, records: a.records }).toEqual({ kind: b.kind, title: b.title, date: b.date, text: b.text, records: b.records });
    expect(a.facts).toEqual(b.facts);
  });
});
