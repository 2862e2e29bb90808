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

// One page file → Capture: .txt (any charset), .html/.htm (charset from the page), .mht/.mhtml (a page
// saved as a single file), or a saved capture (or snapshot) .json.
// Every problem with the file itself becomes a one-line Chinese UserError (exit 2).

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.asp', '.aspx', '.jsp', '.php']);

async function readBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`找不到文件：${path}`);
  }
  if (info.isDirectory()) throw new UserError(`${path} 是文件夹，请指定一个页面文件（.html、.txt 或 .json）`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    throw new UserError(`无法读取文件：${path}（${(err as NodeJS.ErrnoException).code ?? '读取失败'}）`);
  }
}

function decode(bytes: Uint8Array, html: boolean): string {
  try {
    return decodeBytes(bytes, { html }).text;
  } catch (err) {
    if (err instanceof DecodeError) throw new UserError(err.message);
    throw err;
  }
}

function fromJson(path: string, text: string): Capture {
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
  }
  if (!r.success) throw new UserError(`${path} 不是有效的采集结果（${r.error.issues[0]?.path.join('.') || '格式'}不符合要求）`);
  return r.data;
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
    text = page.charset ? new TextDecoder(page.charset).decode(page.bytes) : decode(page.bytes, true);
  } catch (err) {
    if (err instanceof UserError) throw err;
    text = decode(page.bytes, true); // unknown charset label: let the page's own meta decide
  }
  if (!text.trim()) throw new UserError(`文件没有可读的文字：${path}`);
  return captureHtml(text, url ?? page.url);
}

export async function readCaptureFile(path: string, url?: string): Promise<Capture> {
  const bytes = await readBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.mht' || ext === '.mhtml') return fromMhtml(path, bytes, url);
  const html = HTML_EXT.has(ext);
  const text = decode(bytes, html);
  if (!text.trim()) throw new UserError(`文件没有可读的文字：${path}`);
  if (ext === '.json') return fromJson(path, text);
  if (html || looksLikeHtml(text)) return captureHtml(text, url);
  return captureText(text, url);
}
