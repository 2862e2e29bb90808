import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DecodeError, decodeBytes } from '../../shared/text/decode';
import { SHARED } from '../gold-scorer';

// The decoder on random cuts of the real seed pages: stray bytes never flip UTF-8 to mojibake, BOM-less UTF-16
// is found both ways round, and random bytes end in text or a DecodeError, nothing else.

const seeds = readdirSync(path.join(SHARED, 'seeds')).map((f) => readFileSync(path.join(SHARED, 'seeds', f), 'utf8'));
const cjk = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
/** A stretch of a seed page with at least `min` Chinese characters. */
const passage = (min: number) =>
  fc
    .tuple(fc.nat(seeds.length - 1), fc.nat(100_000), fc.integer({ min: 40, max: 600 }))
    .map(([i, at, len]) => {
      const s = seeds[i];
      const start = at % Math.max(1, s.length - len);
      return s.slice(start, start + len).replace(/^[\udc00-\udfff]|[\ud800-\udbff]$/g, '');
    })
    .filter((s) => cjk(s) >= min);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes properties', () => {
  it('UTF-8 with one or two stray Windows-1252 bytes stays UTF-8', () => {
    fc.assert(
      fc.property(passage(20), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0x80, max: 0xff })), { minLength: 1, maxLength: 2 }), (text, strays) => {
        const chars = [...text];
        const at = new Map(strays.map(([p, b]) => [Math.floor(p * chars.length), b]));
        const bytes = new Uint8Array(chars.flatMap((c, i) => [...(at.has(i) ? [at.get(i)!] : []), ...utf8(c)]));
        const d = decodeBytes(bytes, { html: false });
        expect(d.charset).toBe('utf-8');
        expect(d.text.replace(/\ufffd/g, '')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('UTF-16 without a BOM is read back exactly, LE and BE', () => {
    fc.assert(
      fc.property(passage(8), fc.boolean(), (text, le) => {
        const b = Buffer.from(text, 'utf16le');
        if (!le) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
        expect(decodeBytes(new Uint8Array(b))).toEqual({ text, charset: le ? 'utf-16le' : 'utf-16be' });
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes give text or a DecodeError in Chinese, never another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), (bytes) => {
        try {
          expect(typeof decodeBytes(bytes).text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(DecodeError);
          expect((err as Error).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
