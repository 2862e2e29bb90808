import { decodeBytes } from '../text/decode';
import { formatBytes } from '../format-bytes';
import { FormFileError } from './form-errors';
import { FORM_LIMITS } from './json-guard';

// A form data file's bytes as text, the same in the CLI, the add-in and anything else that reads one: UTF-8 (a BOM
// is fine), or UTF-16 (what Windows Notepad calls "Unicode") with or without a BOM. Anything else is refused with
// its real encoding named, in Chinese: a GBK file decoded leniently would garble unit names without a word.

const ENCODING_NAMES: Record<string, string> = { gb18030: 'GBK/GB18030', gbk: 'GBK', big5: 'Big5', 'utf-8': 'UTF-8' };
const SAVE_AS = '请用记事本等打开，“另存为”时编码选 UTF-8 后再试';

/** A file past the form data file's size limit, refused before it is read; `name` is how the message names it. */
export function formFileSizeProblem(size: number, name: string): string | null {
  if (size <= FORM_LIMITS.bytes) return null;
  return `${name} 文件过大（${formatBytes(size)}），报表数据文件最大为 ${formatBytes(FORM_LIMITS.bytes)}；请确认选择的是报表数据文件`;
}

/** The text of a form data file (or a local overrides file), or a FormFileError naming `name` and what to do. */
export function formFileText(bytes: Uint8Array, name: string): string {
  const big = formFileSizeProblem(bytes.length, name);
  if (big) throw new FormFileError(big);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\0')) return text; // NULs: UTF-16 without a BOM, which is valid UTF-8 byte by byte
  } catch {
    // not UTF-8: which encoding is it?
  }
  let guess: { text: string; charset: string } | null = null;
  try {
    guess = decodeBytes(bytes, { html: false });
  } catch {
    guess = null;
  }
  if (guess?.charset.startsWith('utf-16') && !guess.text.includes('\ufffd')) return guess.text;
  if (!guess) throw new FormFileError(`${name} 不是 UTF-8 编码，也无法识别其编码（可能不是文本文件）；${SAVE_AS}`);
  if (guess.charset === 'utf-8') throw new FormFileError(`${name} 含有不是 UTF-8 的字节（文件可能被其他编码的内容拼接或损坏）；${SAVE_AS}`);
  throw new FormFileError(`${name} 是 ${ENCODING_NAMES[guess.charset] ?? guess.charset} 编码，不是 UTF-8；${SAVE_AS}`);
}
