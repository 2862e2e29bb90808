import { Inflate } from 'fflate';
import { formatBytes } from '../format-bytes';

// An .xlsx is a zip archive. Before exceljs inflates it (all of it, into memory), this reads the archive's
// central directory and refuses a file whose entries declare too much, then inflates every entry as a stream,
// counting and discarding the output, and stops at the first entry that grows past its limit or its declared
// size. Memory stays within one chunk's output (a 16 KiB deflate chunk inflates to at most ~17 MB).

export interface ArchiveLimits {
  /** Bytes of the .xlsx file itself. */
  fileBytes: number;
  /** Inflated bytes of any one entry (a sheet's XML, an image). */
  entryBytes: number;
  /** Inflated bytes of all entries together. */
  totalBytes: number;
  entries: number;
}

// A standard ZX-01 template inflates to ~50 KB; one with 100,000 extra rows on each of its three sheets to 60 MB.
export const XLSX_LIMITS: ArchiveLimits = { fileBytes: 64 * 2 ** 20, entryBytes: 64 * 2 ** 20, totalBytes: 128 * 2 ** 20, entries: 2000 };

const CHUNK = 16 * 1024;

export class ArchiveError extends Error {
  /** `damaged`: not a zip, or an inconsistent one; `limit`: a size or count past the limits (a zip bomb). */
  constructor(message: string, readonly kind: 'damaged' | 'limit' = 'limit') {
    super(message);
    this.name = 'ArchiveError';
  }
}

export interface ArchiveEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const NOT_XLSX = '文件不是有效的 .xlsx（不是 zip 压缩包或已损坏），请用 Excel 打开后另存为 .xlsx 再试';
const damaged = (what: string) => new ArchiveError(`文件已损坏（${what}），请用 Excel 打开后另存为 .xlsx 再试`, 'damaged');

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Names are UTF-8 (flag bit 11) in every file Excel writes; others are shown byte for byte.
  return utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
}

/** The entries the central directory lists; throws ArchiveError when the directory is missing or inconsistent. */
export function readCentralDirectory(b: Uint8Array, limits: ArchiveLimits = XLSX_LIMITS): ArchiveEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError(NOT_XLSX, 'damaged');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw damaged('ZIP64 目录缺失');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw damaged('ZIP64 目录缺失');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
  }
  if (count > limits.entries) throw new ArchiveError(`文件包含 ${count} 个部件，超过上限 ${limits.entries} 个，可能是损坏或恶意文件；请用 Excel 另存为 .xlsx 再试`);
  if (cdOffset + cdSize > b.length) throw damaged('目录超出文件末尾');
  const entries: ArchiveEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw damaged('目录项不完整');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let offset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > b.length) throw damaged('目录项不完整');
    const name = decodeName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // ZIP64 extra field: the 0xFFFFFFFF fields, in order size, compressed size, offset.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) (size = u64(b, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = u64(b, q)), (q += 8);
        if (offset === 0xffffffff && q + 8 <= e + 4 + len) offset = u64(b, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function tooBig(name: string, limit: number, declared: boolean): ArchiveError {
  const how = declared ? '声明的解压大小' : '解压后';
  return new ArchiveError(`文件中的部件 ${name} ${how}超过上限 ${formatBytes(limit)}，可能是损坏或恶意的压缩文件（“压缩炸弹”）；请删除其中过大的图片或内容，用 Excel 另存为 .xlsx 后再试`);
}

function totalTooBig(limits: ArchiveLimits): ArchiveError {
  return new ArchiveError(`文件解压后总大小超过上限 ${formatBytes(limits.totalBytes)}，可能是损坏或恶意的压缩文件（“压缩炸弹”）；请精简模板（删除多余的行、图片）后再试`);
}

class Stop extends Error {}

function mismatch(e: ArchiveEntry): ArchiveError {
  return new ArchiveError(`文件中的部件 ${e.name} 解压后大于其声明的大小（${formatBytes(e.size)}），可能是损坏或恶意的压缩文件（“压缩炸弹”）；请用 Excel 另存为 .xlsx 再试`);
}

/** Inflates one entry in chunks, counting and discarding the output; throws as soon as it grows past `cap`. */
function inflatedSize(b: Uint8Array, e: ArchiveEntry, data: number, cap: number, overTotal: () => ArchiveError): number {
  let n = 0;
  let done = false;
  let stop: ArchiveError | null = null;
  const inf = new Inflate((chunk, final) => {
    n += chunk.length;
    if (n > cap) {
      stop = n > e.size ? mismatch(e) : overTotal();
      throw new Stop();
    }
    if (final) done = true;
  });
  const end = data + e.compressedSize;
  try {
    for (let i = data; i < end && !done; i += CHUNK) inf.push(b.subarray(i, Math.min(i + CHUNK, end)), i + CHUNK >= end);
  } catch {
    if (stop) throw stop;
    throw damaged(`部件 ${e.name} 无法解压`);
  }
  if (!done) throw damaged(`部件 ${e.name} 的压缩数据不完整`);
  return n;
}

/**
 * Throws ArchiveError (a Chinese message naming the part and the limit) unless every entry's declared and actual
 * inflated size is within the limits. Run it before handing the bytes to a zip library that inflates everything.
 */
export function checkArchive(b: Uint8Array, limits: ArchiveLimits = XLSX_LIMITS): ArchiveEntry[] {
  if (b.length > limits.fileBytes) throw new ArchiveError(`文件过大（${formatBytes(b.length)}），上限为 ${formatBytes(limits.fileBytes)}；请精简模板后再试`);
  const entries = readCentralDirectory(b, limits);
  let declared = 0;
  for (const e of entries) {
    if (e.size > limits.entryBytes) throw tooBig(e.name, limits.entryBytes, true);
    declared += e.size;
  }
  if (declared > limits.totalBytes) throw totalTooBig(limits);
  let total = 0;
  for (const e of entries) {
    const h = e.offset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw damaged(`部件 ${e.name} 的位置有误`);
    const data = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (data + e.compressedSize > b.length) throw damaged(`部件 ${e.name} 超出文件末尾`);
    // Declared sizes are checked above; the actual size may not exceed them, nor what the total has left.
    const cap = Math.min(e.size, limits.totalBytes - total);
    let n: number;
    if (e.method === 0 || (e.compressedSize === 0 && e.size === 0)) {
      n = e.compressedSize;
      if (n > cap) throw n > e.size ? mismatch(e) : totalTooBig(limits);
    } else if (e.method === 8) {
      n = inflatedSize(b, e, data, cap, () => totalTooBig(limits));
    } else {
      throw new ArchiveError(`文件中的部件 ${e.name} 使用了不支持的压缩方式（${e.method}），请用 Excel 另存为 .xlsx 再试`, 'damaged');
    }
    if (n !== e.size) throw damaged(`部件 ${e.name} 的实际大小与声明不符`);
    total += n;
  }
  return entries;
}
