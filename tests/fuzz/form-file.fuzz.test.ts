import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormFileError, parseFormFile, serializeFormFile, type FormFile } from '../../shared/form/form-file';
import { formFileText } from '../../shared/form/form-text';
import { applyEdits, expectChineseMessage, runs, textEdit, timed } from './bounds';

// The form data file reader (the CLI, the extension and the add-in all parse through parseFormFile): any text
// either reads as a form that round-trips, or is refused with one FormFileError that says where.

const VALID: FormFile = {
  form: 'ZX-01',
  unit: '城中区政协',
  period: '2024',
  values: { 'pro.accepted': 97, 'pro.submitted': 105, 'inf.collected': 320 },
  prior: { 'pro.accepted': 90 },
  notes: { 'pro.accepted': '含跨年度并案' },
  sources: { 'pro.accepted': [{ url: 'https://www.example.gov.cn/a.html', quote: '立案97件', capturedAt: '2024-12-01T08:00:00Z' }] },
  approx: ['inf.collected'],
  records: { 'pro.submitted': 3 },
  parts: [{ unit: '城东区政协', period: '2024', values: { 'pro.accepted': 40 } }],
};
const TEXT = serializeFormFile(VALID);

// A refusal names its place: a path ("values.pro.accepted：", "parts[0].values：") or the file as a whole ("文件…").
const PLACE = /^(文件|[^：\n]{1,200}：)/;

function check(text: string): void {
  let form: FormFile;
  try {
    form = parseFormFile(text);
  } catch (err) {
    expect(err).toBeInstanceOf(FormFileError);
    expectChineseMessage((err as Error).message);
    expect((err as Error).message).toMatch(PLACE);
    return;
  }
  // Accepted: what was read is what a re-save would write.
  expect(parseFormFile(serializeFormFile(form))).toEqual(form);
}

describe('fuzz: form data file', () => {
  it('reads or refuses a mutated form file, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const text = applyEdits(TEXT, edits);
        await timed('parseFormFile', () => check(text));
      }),
      { numRuns: runs(300) },
    );
  });

  it('reads or refuses any JSON document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ depthSize: 'medium' }), fc.jsonValue().map((v) => JSON.stringify({ ...VALID, values: v }))), async (text) => {
        await timed('parseFormFile', () => check(text));
      }),
      { numRuns: runs(300) },
    );
  });

  it('refuses deep nesting and oversize files with the limit, before the parser recurses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 65, max: 100_000 }), fc.constantFrom('[', '{"a":'), async (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const text = `{"form":"ZX-01","values":${open.repeat(depth)}1${close.repeat(depth)}}`;
        const err = await timed('deep', () => {
          try {
            parseFormFile(text);
          } catch (e) {
            return e as Error;
          }
          return null;
        });
        expect(err).toBeInstanceOf(FormFileError);
        expect(err!.message).toMatch(/嵌套过深.*64 层/);
      }),
      { numRuns: runs(20) },
    );
    const big = `{"form":"ZX-01","values":{},"notes":{"pro.accepted":"${'字'.repeat(65 * 2 ** 20)}"}}`;
    expect(() => parseFormFile(big)).toThrow(/文件过大.*64 MB/);
  });

  it('decodes or refuses any bytes (the CLI’s and the add-in’s one decode path), in bounded time', async () => {
    const utf8 = new TextEncoder().encode(TEXT);
    const utf16 = new Uint8Array(Buffer.from('\ufeff' + TEXT, 'utf16le'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(utf8, utf16),
        fc.array(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }), cut: fc.nat({ max: 8 }) }), { minLength: 1, maxLength: 5 }),
        async (base, edits) => {
          let b = base;
          for (const e of edits) {
            const at = e.at % (b.length + 1);
            b = new Uint8Array([...b.subarray(0, at), ...e.bytes, ...b.subarray(Math.min(b.length, at + e.cut))]);
          }
          await timed('formFileText', () => {
            try {
              check(formFileText(b, '文件“x.json”'));
            } catch (err) {
              expect(err).toBeInstanceOf(FormFileError);
              expectChineseMessage((err as Error).message);
              expect((err as Error).message).toMatch(PLACE);
            }
          });
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
