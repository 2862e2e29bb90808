import { describe, expect, it } from 'vitest';
import { nameChrome } from '../../shared/page/chrome';

// nameChrome remembers one verdict per element name: a name asked again, after the memory was
// filled past its bound and cleared, gets the verdict it got the first time.

describe('nameChrome memo', () => {
  const names = ['nav', 'div.footer', 'div.post-comments', 'section.share', 'div.content', 'div.sharing-with-a-single-developer', 'aside.related', 'li', ''];

  it('gives the same verdict again, before and after its memory is cleared', () => {
    const first = names.map((n) => nameChrome(n));
    expect(first.map((v) => v?.kind ?? null)).toEqual(['frame', 'frame', 'aside', 'aside', null, null, 'aside', null, null]);
    for (let i = 0; i < 6000; i++) nameChrome(`div.item${i}`);
    expect(names.map((n) => nameChrome(n))).toEqual(first);
  });
});
