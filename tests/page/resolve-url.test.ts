import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { urlResolver } from '../../shared/page/resolve-url';

// The link resolver joins plain paths as strings: it must give what URL gives for every href, on
// every kind of base (credentials, ports, queries, upper case, file:, none).

const reference = (h: string, base: string): string => {
  try {
    return new URL(h, base || undefined).href;
  } catch {
    return h;
  }
};

const BASES = [
  'http://zx.example.cn/',
  'http://zx.example.cn/yw/index.html?page=2#top',
  'https://User:pw@Example.COM:8443/a/b/c.shtml',
  'http://example.com:80/a/',
  'http://example.com',
  'https://例子.中国/新闻/列表.html',
  'file:///home/x/page.html',
  'about:blank',
  'mailto:a@b.c',
  '',
  'not a url',
];

const PIECES = ['a', 'Z', '0', '.', '..', '/', '//', './', '../', '?', '#', '%', '%2e', '%2E', ' ', '\\', ':', '@', '~', '-', '_', '=', '&', "'", '"', '!', '*', '(', ')', '^', '`', '{', '}', '|', '<', '>', '新闻', 'http:', 'HTTP://x', 'mailto:', 'c:', '\t', '\n', 'index.html', 't20250103_1.html'];
const href = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((a) => a.join(''));

describe('urlResolver', () => {
  it('resolves every href as URL does, on every base', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), href, (base, h) => {
        expect(urlResolver(base)(h)).toBe(reference(h, base));
      }),
      { numRuns: 20000 },
    );
  });

  it('resolves the links of a portal list', () => {
    const r = urlResolver('http://zx.example.cn/yw/list_2.html');
    for (const h of ['/yw/t1.html', 't20250103_1.html', './t2.html?id=3', '../xw/t3.html', 'http://other.cn/a', '//cdn.cn/x', '/a/./b', '?page=3', 'a b.html'])
      expect(r(h)).toBe(reference(h, 'http://zx.example.cn/yw/list_2.html'));
  });
});
