import { existsSync, readFileSync } from 'node:fs';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/xlsx/zip-guard';
import { blankWorkbook, fillWorkbook, readWorkbookValues } from '../../shared/xlsx/fill';
import type { FormFile } from '../../shared/form/form-file';
import { crc32, entriesOf, writeZip, type RawEntry } from '../xlsx/zip-bombs';
import { file, zxtallyInProcess } from '../cli/helpers';
import { expectChineseMessage, runs, timed } from './bounds';

// `zxtally fill` with a mutated template: bytes flipped or cut in the archive, or a part's XML edited and
// re-zipped with a valid checksum (so exceljs parses the damage). Either the fill succeeds and its output reads
// back, or it is refused with one Chinese message; an existing output file is never half-written.

const form: FormFile = { form: 'ZX-01', unit: '城中区政协', period: '2024', values: { 'pro.accepted': 97, 'inf.collected': 320 }, prior: { 'pro.accepted': 90 }, notes: { 'pro.accepted': '说明' } };
const base = await blankWorkbook();
const parts = entriesOf(base);
const XML = ['<', '>', '/>', '&', '&amp;', '"', "'", '<c r="A1" t="s"><v>999</v></c>', '<row r="0">', '<mergeCell ref="A1:ZZZ9999999"/>', '\u0000', '中', ']]>', '<!--', 'r="XFD1048577"'];
// exceljs is slow on a loaded machine; this is a hang check.
const XLSX_MS = 5000;

const byteMutation = fc.record({
  kind: fc.constant('bytes' as const),
  flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }),
  cut: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
});
const xmlMutation = fc.record({
  kind: fc.constant('xml' as const),
  part: fc.constantFrom(...parts.filter((p) => p.name.endsWith('.xml') || p.name.endsWith('.rels')).map((p) => p.name)),
  edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.oneof(fc.constantFrom(...XML), fc.string({ maxLength: 6 }))), { minLength: 1, maxLength: 4 }),
});
const mutation = fc.oneof(byteMutation, xmlMutation);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(m: Mutation): Uint8Array {
  if (m.kind === 'bytes') {
    const b = new Uint8Array(base);
    for (const [at, v] of m.flips) b[at % b.length] = v;
    return m.cut === null ? b : b.subarray(0, m.cut % b.length);
  }
  const out: RawEntry[] = parts.map((p) => {
    if (p.name !== m.part) return p;
    let xml = strFromU8(readPart(p.name));
    for (const [at, del, text] of m.edits) {
      const i = at % (xml.length + 1);
      xml = xml.slice(0, i) + text + xml.slice(i + del);
    }
    const raw = strToU8(xml);
    return { name: p.name, data: deflateSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
  });
  return writeZip(out);
}

const plain = unzipSync(base);
const readPart = (name: string): Uint8Array => plain[name];

describe('fuzz: .xlsx template', () => {
  it('fills or refuses a mutated template, in bounded time', async () => {
    const outcomes = new Map<string, number>();
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const template = mutate(m);
        await timed(
          'fill',
          async () => {
            try {
              const r = await fillWorkbook(form, template);
              await readWorkbookValues(r.bytes);
              count(r.sheets.length ? 'filled' : 'no ZX-01 table');
            } catch (err) {
              expect(err).toBeInstanceOf(ArchiveError);
              expectChineseMessage((err as Error).message);
              count((err as Error).message.slice(0, 24));
            }
          },
          XLSX_MS,
        );
      }),
      { numRuns: runs(60) },
    );
    if (process.env.FUZZ_RUNS) console.log(outcomes);
    // The mutations reach both sides: some templates still fill, some are refused.
    expect(outcomes.get('filled')).toBeGreaterThan(0);
    expect([...outcomes.keys()].some((k) => k !== 'filled' && k !== 'no ZX-01 table')).toBe(true);
  });

  it('zxtally fill: a refused template leaves an existing output file as it was', async () => {
    const data = file('xlsx-fuzz-form.json', JSON.stringify(form));
    const previous = new TextEncoder().encode('上次填好的报表，不应被改动');
    let k = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const tpl = file(`xlsx-fuzz-${k}.xlsx`, mutate(m));
        const out = file(`xlsx-fuzz-out-${k++}.xlsx`, previous);
        const r = await timed('zxtally fill', () => zxtallyInProcess('fill', data, '--template', tpl, '--out', out), XLSX_MS);
        if (r.code === 0) {
          expect((await readWorkbookValues(new Uint8Array(readFileSync(out)))).length).toBeGreaterThan(0);
        } else {
          expect(r.code).toBe(2);
          expectChineseMessage(r.stderr.trim());
          expect(r.stderr).toMatch(/^错误：.*(模板|\.xlsx)/);
          expect(new Uint8Array(readFileSync(out))).toEqual(previous);
        }
        expect(existsSync(`${out}.${process.pid}.partial`)).toBe(false);
      }),
      { numRuns: runs(25) },
    );
  });
});
