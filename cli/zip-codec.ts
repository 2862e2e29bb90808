import * as zlib from 'node:zlib';
import { FFLATE_CODEC, type ZipCodec } from '../shared/xlsx/zip-write';

// Node's native zlib for the fill's zip entries: the same raw deflate as fflate, several times faster on the
// megabytes of sheet XML a long template holds. (zlib.crc32 is Node ≥ 20.15; fflate's table otherwise.)
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const NODE_CODEC: ZipCodec = {
  inflate: (data, size) => new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) })),
  deflate: (data) => new Uint8Array(zlib.deflateRawSync(data, { level: 1 })),
  crc32: nativeCrc ? (data) => nativeCrc(data) >>> 0 : FFLATE_CODEC.crc32,
};
