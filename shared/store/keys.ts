// Canonical URLs: the key a capture is stored under, so capturing the same page again updates it.
// Fragments and tracking parameters never change what a portal page says, so they are dropped.

const TRACKING_EXACT = new Set([
  'spm', 'from', 'from_source', 'source', 'share', 'share_from', 'sharer', 'scene', 'isappinstalled',
  'fbclid', 'gclid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', 'clickid', 'wxfrom', 'wx_fmt', 'timestamp', 'ts',
  '_t', 't_', 'vd_source', 'refer', 'ref', 'referer', 'chksm', 'sessionid', 'jsessionid',
]);
const TRACKING_PREFIX = ['utm_', 'spm_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIX.some((p) => n.startsWith(p));
}

/** The stable identity of a page. Returns the input unchanged when it is not an absolute http(s) URL. */
export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw.trim();
  u.hash = '';
  // Matrix parameters such as ;jsessionid=… are session noise on older Java portals.
  u.pathname = u.pathname.replace(/;jsessionid=[^/]*/i, '');
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  return u.toString();
}

/** The key of a draft: one draft per form, i.e. per reporting unit and period. */
export function draftId(unit: string, period: string): string {
  return `ZX-01|${unit.trim()}|${period.trim()}`;
}

/** The key of one captured page inside one draft. */
export function captureKey(draft: string, url: string): string {
  return `${draft}\n${canonicalUrl(url)}`;
}
