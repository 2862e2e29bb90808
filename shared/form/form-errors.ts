// Chinese messages for a form data file that cannot be read: each names the place (values.pro.accepted, 第 3 行…).

export class FormFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormFileError';
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Path of the first key that could reach an object's prototype, or null. */
export function findForbiddenKey(v: unknown, path: string[]): string | null {
  if (typeof v !== 'object' || v === null) return null;
  const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
  for (const [k, x] of entries) {
    const here = [...path, Array.isArray(v) ? `[${k}]` : k];
    if (!Array.isArray(v) && FORBIDDEN.has(k)) return placeOf(here);
    const deeper = findForbiddenKey(x, here);
    if (deeper) return deeper;
  }
  return null;
}

function placeOf(path: Array<string | number | symbol>): string {
  let s = '';
  for (const p of path) {
    const part = typeof p === 'number' ? `[${p}]` : String(p);
    s += part.startsWith('[') || s === '' ? part : `.${part}`;
  }
  return s || '文件顶层';
}

/** A field name as the message shows it: cut at 40 characters, control characters escaped (a damaged file's key can be anything). */
function keyShown(key: string): string {
  const cut = key.length > 40 ? key.slice(0, 40) + '…' : key;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(cut) ? JSON.stringify(cut) : cut;
}

function shown(input: unknown): string {
  if (typeof input === 'string') return `文本 ${JSON.stringify(input.length > 20 ? input.slice(0, 20) + '…' : input)}`;
  if (input === null) return 'null';
  if (Array.isArray(input)) return '数组';
  if (typeof input === 'object') return '对象';
  if (typeof input === 'boolean') return `布尔值 ${input}`;
  return `数字 ${String(input)}`;
}

const EXPECTED: Record<string, string> = { number: '数字', string: '文本', object: '对象（{…}）', array: '数组（[…]）', record: '对象（{…}）', int: '整数' };
const TOP_KEYS = ['form', 'unit', 'period', 'values', 'prior', 'notes', 'sources', 'approx', 'records', 'parts', 'conflicts'];

interface Issue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  received?: string;
  keys?: string[];
  minimum?: unknown;
}

/** One zod issue → one Chinese line. */
export function describeIssue(issue: Issue): string {
  const place = placeOf(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const want = EXPECTED[issue.expected ?? ''] ?? issue.expected;
      if (issue.received === 'Infinity' || issue.received === 'NaN') return `${place}：数值不是有限数（${issue.received}），请填写实际数字`;
      if (issue.input === undefined) return `${place}：缺少此项，应为${want}`;
      const numeric = typeof issue.input === 'string' && want === '数字' && /^\s*-?\d+(\.\d+)?\s*$/.test(issue.input);
      const hint = numeric ? '（请去掉引号）' : typeof issue.input === 'number' && want === '文本' ? `（请加引号，如 "${issue.input}"）` : '';
      return `${place}：应为${want}，实际为${shown(issue.input)}${hint}`;
    }
    case 'too_small':
      return `${place}：不能为负数（实际为 ${shown(issue.input)}），请填写 0 或正数`;
    case 'unrecognized_keys': {
      const key = issue.keys?.[0] ?? '';
      const near = issue.path.length === 0 ? TOP_KEYS.find((k) => k !== key && similar(k, key)) : undefined;
      return `${place}：未知字段 ${keyShown(key)}${near ? `（是否应为 ${near}？）` : '，请删除'}`;
    }
    default:
      return `${place}：内容不合要求，请检查此处的取值`;
  }
}

function similar(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('') || a.startsWith(b) || b.startsWith(a);
}

/** Where JSON.parse gave up, as 第 N 行第 M 列, with what to do. */
export function describeJsonError(text: string, err: Error): string {
  const m = /position (\d+)/.exec(err.message);
  if (/end of JSON input/i.test(err.message)) return '文件不完整：JSON 在结尾处被截断，请重新导出或补全后再试';
  // V8 names no position for an unexpected token (NaN, Infinity, undefined, a Chinese quote): find it ourselves.
  const pos = m ? Number(m[1]) : firstStrayToken(text);
  if (pos === null) return '文件不是有效的 JSON（不以 { 开头），请确认选择的是报表数据文件（.json）';
  if (pos >= text.trimEnd().length) return '文件不完整：JSON 在结尾处被截断，请重新导出或补全后再试';
  const before = text.slice(0, pos);
  const where = `第 ${before.split('\n').length} 行第 ${pos - before.lastIndexOf('\n')} 列`;
  const word = /^-?[A-Za-z_$][\w$]*/.exec(text.slice(pos))?.[0];
  if (word && /^-?(NaN|Infinity)$/.test(word))
    return `文件不是有效的 JSON：${where}写的是 ${word}，JSON 不允许 NaN 或 Infinity 这样的数值；请填写实际数字，没有数据的格子写 null 或删除该项`;
  if (word === 'undefined') return `文件不是有效的 JSON：${where}写的是 undefined，JSON 没有这个值；没有数据的格子写 null 或删除该项`;
  if (pos === text.search(/\S/) && text[pos] !== '{') return '文件不是有效的 JSON（不以 { 开头），请确认选择的是报表数据文件（.json）';
  return `文件不是有效的 JSON（${where}附近有误，常见原因：缺逗号、多逗号、中文引号），请改正后再试`;
}

/** Offset of the first char outside a string that JSON has no place for (a bare word, a Chinese quote), or null. */
function firstStrayToken(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (/[\s{}[\],:0-9.eE+\uFEFF]/.test(c)) continue;
    if (c === '-' && /[0-9]/.test(text[i + 1] ?? '')) continue;
    const word = /^(true|false|null)\b/.exec(text.slice(i, i + 6));
    if (word) {
      i += word[0].length - 1;
      continue;
    }
    return i;
  }
  return null;
}
