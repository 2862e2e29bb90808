// "网页，单个文件" (.mht/.mhtml): a MIME multipart/related archive whose first text/html part is the
// page. Node-side only (the extension reads the live DOM). Returns the page's bytes and, when the
// part declares them, its charset and original URL.

export interface MhtmlPage {
  bytes: Uint8Array;
  charset?: string;
  url?: string;
}

/** Bytes as a binary string (one char per byte), so MIME structure can be read with string tools. */
function binary(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

function quotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === '=' ? s.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

function header(headers: string, name: string): string | undefined {
  // Folded header lines (continuations start with white space) are joined first.
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1].trim();
}

/** The HTML page inside an MHTML archive, or null when the bytes are not one. */
export function pageFromMhtml(bytes: Uint8Array): MhtmlPage | null {
  const s = binary(bytes.subarray(0, Math.min(bytes.length, 64 * 1024 * 1024)));
  const split = /\r?\n\r?\n/.exec(s);
  if (!split) return null;
  const top = s.slice(0, split.index);
  const type = header(top, 'Content-Type') ?? '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/multipart\/related/i.test(type) || !boundary) return null;
  for (const part of s.split('--' + boundary).slice(1)) {
    const gap = /\r?\n\r?\n/.exec(part);
    if (!gap) continue;
    const headers = part.slice(0, gap.index);
    const ptype = header(headers, 'Content-Type') ?? '';
    if (!/^text\/html/i.test(ptype)) continue;
    const body = part.slice(gap.index + gap[0].length).replace(/\r?\n$/, '');
    const enc = (header(headers, 'Content-Transfer-Encoding') ?? '').toLowerCase();
    const data = enc === 'quoted-printable' ? quotedPrintable(body) : enc === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : new Uint8Array(Buffer.from(body, 'latin1'));
    const charset = /charset="?([\w-]+)"?/i.exec(ptype)?.[1]?.toLowerCase();
    const url = header(headers, 'Content-Location') ?? header(top, 'Snapshot-Content-Location');
    return { bytes: data, ...(charset ? { charset } : {}), ...(url ? { url } : {}) };
  }
  return null;
}
