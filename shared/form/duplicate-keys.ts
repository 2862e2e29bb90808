// JSON.parse keeps the last of two equal keys silently ({"pro.accepted": 97, "pro.accepted": 79} → 79).
// In a hand-edited form that hides a mistake, so the reader looks for the first repeated key and names it.

/** Place of the first key repeated within one object ("values.pro.accepted"), or null. `text` must be valid JSON. */
export function firstDuplicateKey(text: string): string | null {
  type Frame = { keys: Set<string> | null; path: string; index: number; pending: string | null };
  const stack: Frame[] = [];
  let i = 0;
  const readString = (): string => {
    let j = i + 1;
    while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    const s = JSON.parse(text.slice(i, j + 1)) as string;
    i = j + 1;
    return s;
  };
  const childPath = (f: Frame | undefined): string => {
    if (!f) return '';
    if (f.keys === null) return `${f.path}[${f.index}]`;
    return f.path ? `${f.path}.${f.pending}` : (f.pending ?? '');
  };
  let expectKey = false;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push({ keys: ch === '{' ? new Set() : null, path: childPath(stack[stack.length - 1]), index: 0, pending: null });
      expectKey = ch === '{';
      i++;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
      i++;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top.keys === null) top.index++;
      expectKey = top.keys !== null;
      i++;
    } else if (ch === '"') {
      const s = readString();
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const place = top.path ? `${top.path}.${s}` : s;
        if (top.keys.has(s)) return place;
        top.keys.add(s);
        top.pending = s;
        expectKey = false;
      }
    } else i++;
  }
  return null;
}
