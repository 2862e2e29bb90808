// A linear well-formedness check for the XML parts of a template the fast fill path copies or edits: tags nest
// and match, attributes are quoted, one root, no DOCTYPE (an .xlsx never has one; refusing it also rules out
// entity expansion). exceljs's parser refuses such parts; without this check a damaged template would be copied
// into an equally damaged output that Excel cannot open.

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRS = /^(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?$/;
const TEXT_BAD = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

// Characters XML 1.0 forbids anywhere (a NUL in a shared string makes the whole part unreadable).
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.\d\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>/;
const PI_TARGET = /[A-Za-z_][\w.:-]*(?=\s|\?>)/y;

/** Characters XML forbids anywhere in a part. */
export function forbiddenChars(xml: string): boolean {
  return FORBIDDEN.test(xml);
}

export function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (FORBIDDEN.test(xml)) return false;
  // The declaration, when there is one, comes first and says only what a declaration may say.
  if (xml.startsWith('<?xml', i) && /^<\?xml[\s?]/.test(xml.slice(i, i + 6))) {
    const d = DECLARATION.exec(xml.slice(i, i + 200));
    if (!d) return false;
    i += d[0].length;
  }
  let rootDone = false;
  let nextAmp = xml.indexOf('&');
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (stack.length === 0) {
        if (/\S/.test(xml.slice(i, end))) return false;
      } else {
        // The next '&' is remembered: searching afresh from each text would rescan to a distant one every time.
        if (nextAmp >= 0 && nextAmp < i) nextAmp = xml.indexOf('&', i);
        if (nextAmp >= 0 && nextAmp < end && TEXT_BAD.test(xml.slice(nextAmp, end))) return false;
      }
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const e = xml.indexOf('?>', lt + 2);
      PI_TARGET.lastIndex = lt + 2;
      const target = PI_TARGET.exec(xml)?.[0];
      if (e < 0 || !target || target.toLowerCase() === 'xml') return false;
      i = e + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      if (e < 0) return false;
      i = e + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (e < 0 || stack.length === 0) return false;
      i = e + 3;
      continue;
    }
    if (xml[lt + 1] === '!') return false; // DOCTYPE or other declarations
    if (xml[lt + 1] === '/') {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || stack.pop() !== xml.slice(lt + 2, gt).trim()) return false;
      if (stack.length === 0) rootDone = true;
      i = gt + 1;
      continue;
    }
    NAME.lastIndex = lt + 1;
    const m = NAME.exec(xml);
    if (!m || (stack.length === 0 && rootDone)) return false;
    // The tag ends at the first '>' outside quotes.
    let gt = xml.indexOf('>', NAME.lastIndex);
    let quotedGt = false;
    while (gt >= 0 && quotesOpen(xml, NAME.lastIndex, gt)) (gt = xml.indexOf('>', gt + 1)), (quotedGt = true);
    if (gt < 0) return false;
    const rest = xml.slice(NAME.lastIndex, gt);
    if (!ATTRS.test(quotedGt ? rest.replace(/"[^"]*"|'[^']*'/g, (q) => q.replace(/>/g, '')) : rest)) return false;
    if (rest.indexOf('&') >= 0 && TEXT_BAD.test(rest)) return false;
    if (duplicateAttribute(rest)) return false;
    if (rest.endsWith('/')) {
      if (stack.length === 0) rootDone = true;
    } else stack.push(m[0]);
    i = gt + 1;
  }
  return stack.length === 0 && rootDone;
}

/** An attribute named twice in one tag (readers refuse the part). */
function duplicateAttribute(attrs: string): boolean {
  const first = attrs.indexOf('=');
  if (first < 0 || attrs.indexOf('=', first + 1) < 0) return false;
  const names = attrs.replace(/"[^"]*"|'[^']*'/g, '').match(/[A-Za-z_][\w.:-]*(?=\s*=)/g) ?? [];
  return new Set(names).size !== names.length;
}

function quotesOpen(s: string, from: number, to: number): boolean {
  let q = '';
  for (let k = from; k < to; k++) {
    const c = s[k];
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
  }
  return q !== '';
}
