import { formatBytes } from '../format-bytes';

// A cheap pass over a JSON text before JSON.parse and the recursive checks after it: a file far larger than
// any real one, or nested deeper than any real one, is refused with a message that names the problem and the
// limit, instead of "Maximum call stack size exceeded" from a recursion deep inside the reader.

export interface JsonLimits {
  /** Size of the file (bytes on disk; characters for a text already in memory). */
  bytes: number;
  /** Nesting of objects and arrays; a form data file needs 4 (sources → code → [i] → url). */
  depth: number;
}

/** The form data file (and the files a roll-up reads): a year's form with sources is under 1 MB; a consolidated one with
 * 200,000 sources about 30 MB. */
export const FORM_LIMITS: JsonLimits = { bytes: 64 * 2 ** 20, depth: 64 };

/** A saved page capture: the page text plus facts and records; pages run to a few MB at most. */
export const CAPTURE_LIMITS: JsonLimits = { bytes: 64 * 2 ** 20, depth: 64 };

/**
 * What is wrong with the text's size or nesting, as a Chinese sentence naming the limit (and the line), or null.
 * `what` names the file kind ("报表数据文件"). Linear, no recursion, strings skipped.
 */
export function jsonShapeProblem(text: string, what: string, limits: JsonLimits): string | null {
  if (text.length > limits.bytes) {
    return `文件过大（${formatBytes(text.length)}），${what}最大为 ${formatBytes(limits.bytes)}；请确认选择的是${what}`;
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limits.depth) {
        const line = lineAt(text, i);
        return `文件嵌套过深（第 ${line} 行处超过 ${limits.depth} 层），${what}最多嵌套 ${limits.depth} 层；请确认选择的是${what}，或重新导出`;
      }
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return null;
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
