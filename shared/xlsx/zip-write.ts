import { deflateSync, inflateSync } from 'fflate';
import type { ArchiveEntry } from './zip-guard';

// Writes a zip archive from the entries of a checked one: unchanged entries are copied compressed, byte for
// byte (no inflate, no deflate), replaced entries are deflated anew. Enough for .xlsx (no ZIP64: the guard's
// limits keep every size far below 4 GB).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Out {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/**
 * How zip entries are compressed and checked. fflate (pure JavaScript) everywhere; the CLI passes Node's native
 * zlib (cli/zip-codec.ts), several times faster on a long template's sheets.
 */
export interface ZipCodec {
  /** Raw deflate data of an entry that inflates to `size` bytes. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Raw deflate, fast (level 1: the write's compression was a third of the fill time on long templates). */
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const FFLATE_CODEC: ZipCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 1 }),
  crc32,
};

export interface RewriteOptions {
  /** Entries (name → content) added after the source's. */
  added?: ReadonlyMap<string, Uint8Array>;
  /** New content stored, not deflated (an archive only read back at once). */
  store?: boolean;
  codec?: ZipCodec;
}

/** `source`'s entries in order, with `replaced` (name → new content) compressed anew in place of the originals. */
export function rewriteZip(source: Uint8Array, entries: ArchiveEntry[], replaced: ReadonlyMap<string, Uint8Array>, opts: RewriteOptions = {}): Uint8Array {
  const { added = new Map(), store = false, codec = FFLATE_CODEC } = opts;
  const enc = new TextEncoder();
  const fresh = (name: string, data: Uint8Array): Out => ({ name: enc.encode(name), method: store ? 0 : 8, crc: codec.crc32(data), size: data.length, data: store ? data : codec.deflate(data) });
  const outs: Out[] = entries.map((e) => {
    const data = replaced.get(e.name);
    if (data) return fresh(e.name, data);
    const at = e.dataOffset!;
    return { name: enc.encode(e.name), method: e.method, crc: e.crc, size: e.size, data: source.subarray(at, at + e.compressedSize) };
  });
  for (const [name, data] of added) outs.push(fresh(name, data));
  let total = 22;
  for (const o of outs) total += 30 + 46 + 2 * o.name.length + o.data.length;
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const o of outs) {
    offsets.push(p);
    v.setUint32(p, 0x04034b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 0x800, true); // UTF-8 names; no data descriptor
    v.setUint16(p + 8, o.method, true);
    v.setUint32(p + 14, o.crc, true);
    v.setUint32(p + 18, o.data.length, true);
    v.setUint32(p + 22, o.size, true);
    v.setUint16(p + 26, o.name.length, true);
    out.set(o.name, p + 30);
    out.set(o.data, p + 30 + o.name.length);
    p += 30 + o.name.length + o.data.length;
  }
  const cd = p;
  outs.forEach((o, i) => {
    v.setUint32(p, 0x02014b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 20, true);
    v.setUint16(p + 8, 0x800, true);
    v.setUint16(p + 10, o.method, true);
    v.setUint32(p + 16, o.crc, true);
    v.setUint32(p + 20, o.data.length, true);
    v.setUint32(p + 24, o.size, true);
    v.setUint16(p + 28, o.name.length, true);
    v.setUint32(p + 42, offsets[i], true);
    out.set(o.name, p + 46);
    p += 46 + o.name.length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, outs.length, true);
  v.setUint16(p + 10, outs.length, true);
  v.setUint32(p + 12, p - cd, true);
  v.setUint32(p + 16, cd, true);
  return out;
}
