import { parseDocument } from '../shared/page/capture-html';
import { snapshotFromDocument } from '../shared/page/snapshot';
import { captureSnapshot } from '../shared/page/capture-snapshot';
import { corpusPages } from '../tests/page/readability-corpus';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
const p = corpusPages().find((x) => x.name === process.argv[2])!;
for (let k = 0; k < 5; k++) {
  const d = parseDocument(p.html);
  let t = performance.now();
  const s = snapshotFromDocument(d, { url: 'http://zx.example.cn/' });
  const t1 = performance.now();
  const c = captureSnapshot(s);
  const t2 = performance.now();
  const b = parseHTML(p.html).document;
  const t3 = performance.now();
  new Readability(b as any).parse();
  console.log('snap', (t1 - t).toFixed(2), 'capture', (t2 - t1).toFixed(2), 'readability', (performance.now() - t3).toFixed(2));
}
