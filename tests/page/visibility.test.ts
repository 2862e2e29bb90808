import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { parseDocument } from '../../shared/page/capture-html';

// In a rendered page, blocks hidden by a stylesheet (a print copy, a collapsed mobile menu) would
// double the facts; the snapshot asks the element. Unrendered documents must not lose everything.

const html = '<html><head><style>.print-copy{display:none}</style></head><body><p>举办2期委员培训班</p><div class="print-copy"><p>举办2期委员培训班</p></div></body></html>';

describe('CSS-hidden blocks', () => {
  it('are skipped in a rendered document (happy-dom computes styles)', () => {
    const win = new Window({ url: 'http://zx.example.cn/a.html' });
    win.document.write(html);
    const s = snapshotFromDocument(win.document as unknown as Document);
    expect(s.blocks.map((b) => b.text)).toEqual(['举办2期委员培训班']);
    expect(s.url).toBe('http://zx.example.cn/a.html');
    win.close();
  });

  it('are kept in an unrendered document that cannot tell (linkedom)', () => {
    const s = snapshotFromDocument(parseDocument(html));
    expect(s.blocks.map((b) => b.text)).toEqual(['举办2期委员培训班', '举办2期委员培训班']);
  });
});
