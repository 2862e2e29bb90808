import { deflateSync, unzipSync } from 'fflate';
import { crc32 } from '../../shared/xlsx/zip-write';

export { crc32 };

// Hostile .xlsx files built in memory: the standard template with one entry replaced by a raw deflate stream of
// zeros (4 GiB fits in 17 MB), declared honestly or with a lying size. Used by the archive-guard tests and the bench.

/** A raw deflate stream (fixed Huffman) that inflates to at least `bytes` zeros; returns it and the exact size. */
export function zeroDeflate(bytes: number): { data: Uint8Array; size: number } {
  const matches = Math.max(0, Math.ceil((bytes - 1) / 258));
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8) + 1);
  let pos = 0;
  let bit = 0;
  // Huffman codes are written most significant bit first; other fields least significant bit first.
  const put = (value: number, n: number, msbFirst: boolean) => {
    for (let i = 0; i < n; i++) {
      const b = msbFirst ? (value >> (n - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[pos] |= 1 << bit;
      if (++bit === 8) (bit = 0), pos++;
    }
  };
  put(1, 1, false); // BFINAL
  put(1, 2, false); // BTYPE = fixed Huffman
  put(0x30, 8, true); // literal 0
  for (let i = 0; i < matches; i++) {
    put(0xc5, 8, true); // length code 285 = 258
    put(0, 5, true); // distance code 0 = 1
  }
  put(0, 7, true); // end of block
  return { data: out.subarray(0, pos + (bit ? 1 : 0)), size: 1 + matches * 258 };
}

export interface RawEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  size: number;
  crc: number;
}

/** A zip archive from already-compressed entries; `declared` overrides the size written into the headers. */
export function writeZip(entries: Array<RawEntry & { declared?: number }>): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const size = e.declared ?? e.size;
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, e.method, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, size, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const w = new DataView(cd.buffer);
    w.setUint32(0, 0x02014b50, true);
    w.setUint16(4, 20, true);
    w.setUint16(6, 20, true);
    w.setUint16(8, 0x800, true);
    w.setUint16(10, e.method, true);
    w.setUint32(16, e.crc, true);
    w.setUint32(20, e.data.length, true);
    w.setUint32(24, size, true);
    w.setUint16(28, name.length, true);
    w.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const z = new DataView(end.buffer);
  z.setUint32(0, 0x06054b50, true);
  z.setUint16(8, entries.length, true);
  z.setUint16(10, entries.length, true);
  z.setUint32(12, cdSize, true);
  z.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const a of all) out.set(a, p), (p += a.length);
  return out;
}

/** The entries of an .xlsx, deflated again (so an entry can be swapped for a bomb and the rest stays valid). */
export function entriesOf(xlsx: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(xlsx)).map(([name, raw]) => ({ name, data: deflateSync(raw), method: 8, size: raw.length, crc: crc32(raw) }));
}

/** `base` with entry `name` replaced (or added) by `bytes` zeros, declared as `declared` (default: honestly). */
export function bombXlsx(base: Uint8Array, name: string, bytes: number, declared?: number): Uint8Array {
  const bomb = zeroDeflate(bytes);
  const rest = entriesOf(base).filter((e) => e.name !== name);
  return writeZip([...rest, { name, data: bomb.data, method: 8, size: bomb.size, crc: 0, declared: declared ?? bomb.size }]);
}
