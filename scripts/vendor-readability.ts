// One-off: copies Readability's public test pages into tests/fixtures/readability (never run at
// build/test time). Usage: npx tsx scripts/vendor-readability.ts <path-to-a-mozilla/readability-git-dir>
// Per page: source.html.gz (the page as served) and expected.txt (the text of expected.html, one
// block a line), plus index.json with the expected title.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseLiteDocument, type LiteNode, LiteElement } from '../shared/page/html-dom';

const git = process.argv[2];
if (!git) throw new Error('usage: vendor-readability.ts <git-dir>');
const out = join(import.meta.dirname, '../tests/fixtures/readability');
const show = (p: string) => execFileSync('git', ['-C', git, 'show', `HEAD:${p}`], { maxBuffer: 1 << 28 });
const commit = execFileSync('git', ['-C', git, 'rev-parse', 'HEAD']).toString().trim();
const names = execFileSync('git', ['-C', git, 'ls-tree', '--name-only', 'HEAD', 'test/test-pages/']).toString().trim().split('\n').map((p) => p.split('/').pop()!);

const BLOCK = /^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|td|th|table|blockquote|pre|section|article|figure|figcaption|br|hr|header|footer|aside|main|nav|caption|tbody|thead)$/;

/** Text of expected.html, a line per block (iterative walk). */
function blockText(html: string): string {
  const doc = parseLiteDocument(html);
  const parts: string[] = [];
  const stack: Array<LiteNode | 'nl'> = [doc.body ?? doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'nl') {
      parts.push('\n');
      continue;
    }
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      continue;
    }
    const block = n instanceof LiteElement && BLOCK.test(n.localName);
    if (n instanceof LiteElement && /^(?:script|style|noscript)$/.test(n.localName)) continue;
    if (block) stack.push('nl');
    const kids: LiteNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    if (block) parts.push('\n');
  }
  return parts.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') + '\n';
}

const index: Array<{ name: string; title: string; lang: string | null; readerable: boolean | null }> = [];
for (const name of names) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  const src = show(`test/test-pages/${name}/source.html`);
  writeFileSync(join(dir, 'source.html.gz'), gzipSync(src, { level: 9 }));
  writeFileSync(join(dir, 'expected.txt'), blockText(show(`test/test-pages/${name}/expected.html`).toString('utf8')));
  let meta: Record<string, unknown> = {};
  try {
    meta = JSON.parse(show(`test/test-pages/${name}/expected-metadata.json`).toString('utf8'));
  } catch {
    // no metadata for this page
  }
  index.push({ name, title: String(meta.title ?? ''), lang: (meta.lang as string) ?? null, readerable: (meta.readerable as boolean) ?? null });
}
writeFileSync(join(out, 'index.json'), JSON.stringify({ commit, pages: index }, null, 1) + '\n');
writeFileSync(join(out, 'LICENSE.md'), show('LICENSE.md'));
console.log(`${index.length} pages from ${commit}`);
