// Link addresses resolved against the page's base, as `new URL(href, base).href` resolves them.
// Runs in the capture script: a list page has thousands of links, and a URL parse per link was a
// third of the walk. Plain paths on an http(s) base (/yw/t1.html, t1.html, ./t1.html?id=2) are joined
// as strings; anything else (absolute, protocol-relative, dot segments, %, #, spaces) goes to URL.

/** Path and query chars the URL parser keeps as they are (nothing to percent-encode or fold). */
const PLAIN = /^[A-Za-z0-9._~!$&()*+,;=:@/-]*(?:\?[A-Za-z0-9._~!$&()*+,;=:@/?-]*)?$/;

/** A '.' or '..' segment (./ at the very start is handled by the caller). */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|\?|$)/;

export function urlResolver(base: string): (href: string) => string {
  let origin: string | null | undefined;
  let dir: string | null | undefined;
  const slow = (h: string): string => {
    try {
      return new URL(h, base || undefined).href;
    } catch {
      return h;
    }
  };
  // "http://host" (with credentials and port as the base has them) and the base's directory
  // "http://host/a/": computed once, by URL itself, only for http(s) bases.
  const prepare = () => {
    origin = dir = null;
    if (!/^https?:/i.test(base)) return;
    try {
      const u = new URL(base);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
      const root = new URL('/', u).href;
      origin = root.slice(0, -1);
      dir = new URL('.', u).href;
    } catch {
      // no usable base: every link goes to URL
    }
  };
  return (h: string): string => {
    if (origin === undefined) prepare();
    if (!origin || !dir || !PLAIN.test(h)) return slow(h);
    if (h.startsWith('/')) {
      if (h.startsWith('//') || DOT_SEGMENT.test(h)) return slow(h);
      return origin + h;
    }
    // a relative path: no scheme ("mailto:" or "a:b" would be one), no dot segment past a leading "./"
    const rel = h.startsWith('./') ? h.slice(2) : h;
    if (!rel || rel.startsWith('/') || rel.startsWith('?') || DOT_SEGMENT.test(rel) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(rel)) return slow(h);
    return dir + rel;
  };
}
