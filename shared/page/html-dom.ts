import { parse, type DefaultTreeAdapterMap } from 'parse5';

// HTML string → a small read-only DOM, parsed as browsers parse (parse5 follows the HTML standard:
// a <div> before <head>, stray end tags, tables inside paragraphs all land where a browser puts them).
// It offers the part of the DOM the snapshot walk reads (snapshot.ts), nothing more: child/sibling
// links, tag names, attributes, text. Built in one pass, no recursion (pages nest thousands deep).

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

export class LiteNode {
  nodeType = 0;
  parentNode: LiteElement | LiteDocument | null = null;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  nextSibling: LiteNode | null = null;
  nodeValue: string | null = null;

  get textContent(): string {
    if (this.nodeType === 3 || this.nodeType === 8) return this.nodeValue ?? '';
    const out: string[] = [];
    // Iterative pre-order walk of the subtree.
    let n: LiteNode | null = this.firstChild;
    while (n) {
      if (n.nodeType === 3) out.push(n.nodeValue ?? '');
      if (n.firstChild && n.nodeType === 1) n = n.firstChild;
      else {
        while (n && !n.nextSibling) {
          n = n.parentNode as LiteNode | null;
          if (n === this) n = null;
        }
        n = n ? n.nextSibling : null;
      }
    }
    return out.join('');
  }
}

export class LiteText extends LiteNode {
  constructor(value: string, nodeType = 3) {
    super();
    this.nodeType = nodeType;
    this.nodeValue = value;
  }
}

export class LiteElement extends LiteNode {
  firstElementChild: LiteElement | null = null;
  nextElementSibling: LiteElement | null = null;
  readonly tagName: string;
  readonly localName: string;
  private readonly attrs: Array<{ name: string; value: string }>;

  constructor(tag: string, attrs: Array<{ name: string; value: string }>) {
    super();
    this.nodeType = 1;
    this.localName = tag;
    this.tagName = tag.toUpperCase();
    this.attrs = attrs;
  }

  getAttribute(name: string): string | null {
    const attrs = this.attrs;
    if (attrs.length === 0) return null;
    // parse5 lower-cases attribute names; callers mostly ask in lower case already
    for (let i = 0; i < attrs.length; i++) if (attrs[i].name === name) return attrs[i].value;
    const n = name.toLowerCase();
    if (n !== name) for (let i = 0; i < attrs.length; i++) if (attrs[i].name === n) return attrs[i].value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
}

export class LiteDocument extends LiteNode {
  documentElement: LiteElement | null = null;
  head: LiteElement | null = null;
  body: LiteElement | null = null;
  URL = 'about:blank';
  title = '';
  constructor() {
    super();
    this.nodeType = 9;
  }
}

function convert(p: P5Node): LiteNode | null {
  if (p.nodeName === '#text') return new LiteText((p as DefaultTreeAdapterMap['textNode']).value);
  if (p.nodeName === '#comment') return new LiteText((p as DefaultTreeAdapterMap['commentNode']).data, 8);
  if ('tagName' in p) return new LiteElement(p.tagName, p.attrs);
  return null; // doctype
}

/** Parses a whole page (or a fragment: it gets the <html>, <head> and <body> a browser adds). */
export function parseLiteDocument(html: string): LiteDocument {
  const root = parse(html);
  const doc = new LiteDocument();
  // Explicit stack of (parse5 parent, lite parent): no recursion, whatever the depth.
  const stack: Array<[P5Node, LiteNode]> = [[root, doc]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    const kids = 'childNodes' in src ? src.childNodes : [];
    let prev: LiteNode | null = null;
    let prevEl: LiteElement | null = null;
    for (const k of kids) {
      const n = convert(k);
      if (!n) continue;
      n.parentNode = dst as LiteElement;
      if (prev) prev.nextSibling = n;
      else dst.firstChild = n;
      prev = n;
      if (n instanceof LiteElement) {
        if (prevEl) prevEl.nextElementSibling = n;
        else if (dst instanceof LiteElement) dst.firstElementChild = n;
        prevEl = n;
        stack.push([k, n]);
      }
    }
    dst.lastChild = prev;
  }
  for (let e = doc.firstChild; e; e = e.nextSibling) if (e instanceof LiteElement && e.localName === 'html') doc.documentElement = e;
  for (let e = doc.documentElement?.firstElementChild ?? null; e; e = e.nextElementSibling) {
    if (e.localName === 'head' && !doc.head) doc.head = e;
    if ((e.localName === 'body' || e.localName === 'frameset') && !doc.body) doc.body = e;
  }
  // document.title: the first <title> anywhere (in practice in <head>), whitespace collapsed.
  const title = findFirst(doc.head, 'title') ?? findFirst(doc.body, 'title');
  if (title) doc.title = title.textContent.replace(/[\t\n\f\r ]+/g, ' ').trim();
  return doc;
}

/** First element of that tag under `root`, iteratively. */
function findFirst(root: LiteElement | null, tag: string): LiteElement | null {
  if (!root) return null;
  const stack: LiteElement[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.localName === tag && e !== root) return e;
    const kids: LiteElement[] = [];
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) if (c.localName !== 'svg') kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

export type { P5Element };
