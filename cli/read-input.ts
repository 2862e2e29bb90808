import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CaptureSchema, type Capture } from '../shared/model';
import { decodeBytes, DecodeError } from '../shared/text/decode';
import { captureHtml } from '../shared/page/capture-html';
import { captureText } from '../shared/page/capture-text';
import { captureSnapshot } from '../shared/page/capture-snapshot';
import { SnapshotSchema } from '../shared/page/snapshot-schema';
import { UserError } from './errors';
import { pageFromMhtml } from './mhtml';
import { CAPTURE_LIMITS, jsonShapeProblem } from '../shared/form/json-guard';
import { formatBytes } from '../shared/format-bytes';

/** A saved page is a few MB at most; one far larger is refused before it is read whole into memory. */
export const PAGE_FILE_BYTES = 128 * 2 ** 20;

// One page file → Capture: .txt (any charset), .html/.htm (charset from the page), .mht/.mhtml (a page
// saved as a single file), or a saved capture (or snapshot) .json.
// Every problem with the file itself becomes a one-line Chinese UserError (exit 2).

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.asp', '.aspx', '.jsp', '.php']);

// Documents a clerk may pick by mistake: what to do instead, per kind.
const COPY_TEXT = '请打开文件，复制全部文字另存为 .txt（UTF-8）后重试';
const NOT_A_PAGE: Record<string, string> = {
  '.pdf': `暂不支持直接读取 PDF 文件，${COPY_TEXT}`,
  '.doc': `暂不支持 Word 文件，${COPY_TEXT}`,
  '.docx': `暂不支持 Word 文件，${COPY_TEXT}`,
  '.wps': `暂不支持 WPS 文字文件，${COPY_TEXT}`,
  '.rtf': `暂不支持 RTF 文件，${COPY_TEXT}`,
  '.xls': '这是 Excel 表格，不是页面文件；报表请用 zxtally fill 填写，页面请另存为 .html 或 .txt',
  '.xlsx': '这是 Excel 表格，不是页面文件；报表请用 zxtally fill 填写，页面请另存为 .html 或 .txt',
  '.et': '这是 WPS 表格，不是页面文件；页面请另存为 .html 或 .txt',
  '.zip': '这是压缩包，请先解压，再指定其中的 .html 或 .txt 文件',
  '.rar': '这是压缩包，请先解压，再指定其中的 .html 或 .txt 文件',
  '.7z': '这是压缩包，请先解压，再指定其中的 .html 或 .txt 文件',
};

async function readBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`找不到文件：${path}`);
  }
  if (info.isDirectory()) throw new UserError(`${path} 是文件夹，请指定一个页面文件（.html、.txt 或 .json）`);
  if (info.size > PAGE_FILE_BYTES) throw new UserError(`${path} 文件过大（${formatBytes(info.size)}），页面文件最大为 ${formatBytes(PAGE_FILE_BYTES)}；请确认选择的是页面文件`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    throw new UserError(`无法读取文件：${path}（${(err as NodeJS.ErrnoException).code ?? '读取失败'}）`);
  }
}

function decode(bytes: Uint8Array, html: boolean, path: string): string {
  try {
    return decodeBytes(bytes, { html }).text;
  } catch (err) {
    // Named, so that the clerk knows which of many files (zxtally tally) to fix.
    if (err instanceof DecodeError) throw new UserError(`${err.message}（${path}）`);
    throw err;
  }
}

function fromJson(path: string, text: string): Capture {
  const shape = jsonShapeProblem(text, '采集结果文件', CAPTURE_LIMITS);
  if (shape) throw new UserError(`${path}：${shape}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${path} 不是有效的 JSON 文件`);
  }
  const r = CaptureSchema.safeParse(data);
  // A snapshot saved from the extension (its debug export) is captured like a live page.
  if (!r.success) {
    const snap = SnapshotSchema.safeParse(data);
    if (snap.success) return captureSnapshot(snap.data);
    // Shaped like a snapshot but broken (a loop in its boxes, an index out of range): say which part.
    const s = data as Record<string, unknown> | null;
    const custom = snap.error.issues.find((i) => i.code === 'custom');
    if (s && typeof s === 'object' && 'blocks' in s && 'boxes' in s && !('facts' in s))
      throw new UserError(`${path} 不是有效的页面快照：${custom?.message ?? `${snap.error.issues[0]?.path.join('.') || '格式'}不符合要求，请重新采集页面`}`);
  }
  const o = data as Record<string, unknown> | null;
  if (!r.success && o && typeof o === 'object' && !Array.isArray(o) && 'values' in o && !('facts' in o)) {
    throw new UserError(`${path} 是报表数据文件，不是页面文件；报表数据文件请用 zxtally check、rollup 或 fill 处理`);
  }
  if (!r.success) throw new UserError(`${path} 不是有效的采集结果（${r.error.issues[0]?.path.join('.') || '格式'}不符合要求）`);
  return withFactsInText(path, r.data);
}

/**
 * A saved capture whose text was edited by hand: each fact is moved to the occurrence of its quote
 * nearest its old place, so start/end index the text again; a quote no longer in the text is refused.
 */
function withFactsInText(path: string, c: Capture): Capture {
  const facts = c.facts.map((f) => {
    if (c.text.slice(f.start, f.end) === f.quote) return f;
    let best = -1;
    for (let i = c.text.indexOf(f.quote); i >= 0 && f.quote; i = c.text.indexOf(f.quote, i + 1)) {
      if (best < 0 || Math.abs(i - f.start) < Math.abs(best - f.start)) best = i;
    }
    if (best < 0) throw new UserError(`${path} 中的数据“${f.quote.slice(0, 20)}”在正文中找不到（文件可能被改动过），请重新提取该页面`);
    return { ...f, start: best, end: best + f.quote.length };
  });
  return { ...c, facts };
}

/** A text file that is really a saved page (some browsers save pages as .txt or without extension). */
function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** A saved single-file page: its HTML part, in the charset its part header declares (else sniffed). */
function fromMhtml(path: string, bytes: Uint8Array, url?: string): Capture {
  const page = pageFromMhtml(bytes);
  if (!page) throw new UserError(`${path} 不是有效的“网页，单个文件”（.mht/.mhtml），请另存为 .html 后重试`);
  let text: string;
  try {
    text = page.charset ? new TextDecoder(page.charset).decode(page.bytes) : decode(page.bytes, true, path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    text = decode(page.bytes, true, path); // unknown charset label: let the page's own meta decide
  }
  if (!text.trim()) throw new UserError(`文件没有可读的文字：${path}`);
  return captureHtml(text, url ?? page.url);
}

export async function readCaptureFile(path: string, url?: string): Promise<Capture> {
  const ext = extname(path).toLowerCase();
  const bytes = await readBytes(path);
  if (NOT_A_PAGE[ext]) throw new UserError(`无法读取 ${path}：${NOT_A_PAGE[ext]}`);
  if (ext === '.mht' || ext === '.mhtml') return fromMhtml(path, bytes, url);
  const html = HTML_EXT.has(ext);
  const text = decode(bytes, html, path);
  if (!text.trim()) throw new UserError(`文件没有可读的文字：${path}`);
  if (ext === '.json') return fromJson(path, text);
  if (html || looksLikeHtml(text)) return captureHtml(text, url);
  return captureText(text, url);
}

/** A page that yielded neither text nor records (a frameset, a script-loaded page): what the clerk can do. */
export function emptyPageHint(capture: Capture, path: string): string | null {
  if (capture.text.trim() || capture.records.length) return null;
  return `提示：${path} 中没有找到正文或标题列表（可能是框架页或需要脚本加载的页面），请在浏览器中打开正文所在页面后另存或用扩展采集`;
}
