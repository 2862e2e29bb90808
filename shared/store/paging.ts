// Following a paged list (下一页, 共N页, numbered pages) within the same site. Pure: the caller reads the
// page's links (text + absolute href) and passes them in.

export interface PageLink {
  text: string;
  href: string;
}

const NEXT = /^(?:下一?页|后一?页|下页|next(?:\s*page)?|[>›»]|>>|››)$/i;
const NUMBER = /^[[(（【]?\s*(\d{1,3})\s*[\])）】]?$/;

function sameSite(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol.startsWith('http') && x.host === y.host;
  } catch {
    return false;
  }
}

const clean = (u: string) => {
  const x = new URL(u);
  x.hash = '';
  return x.href;
};

/** The pages a list page links to as its continuation: "下一页" first, then numbered pages, same site only. */
export function pagingLinks(links: readonly PageLink[], pageUrl: string): string[] {
  const here = clean(pageUrl);
  const out: string[] = [];
  const add = (href: string) => {
    if (!sameSite(href, pageUrl) || /^javascript:/i.test(href)) return;
    const u = clean(href);
    if (u !== here && !out.includes(u)) out.push(u);
  };
  for (const l of links) if (NEXT.test(l.text.replace(/\s+/g, ''))) add(l.href);
  for (const l of links) {
    const m = NUMBER.exec(l.text.trim());
    if (m && Number(m[1]) >= 1) add(l.href);
  }
  return out;
}
