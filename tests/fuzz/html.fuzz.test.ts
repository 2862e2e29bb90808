import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../../shared/text/decode';
import { captureHtml, parseDocument } from '../../shared/page/capture-html';
import { snapshotFromDocument } from '../../shared/page/snapshot';
import { openDrafts, type DraftStore } from '../../shared/store/drafts';
import { saveSnapshot } from '../../shared/store/save-capture';
import { pageBytes, portalPages } from '../page/fixtures';
import { expectChineseMessage, runs, timed } from './bounds';

// A page's bytes in any charset, declared or not, with or without a BOM, cut or corrupted: decodeBytes either
// returns text or refuses with a Chinese DecodeError; capture never throws and its facts index its text; and a
// page that fails on its way into the draft store leaves what the store already held as it was.

const LABELS = ['utf-8', 'gbk', 'gb2312', 'GB18030', 'big5', 'shift_jis', 'utf-16', 'utf-16be', 'x-user-defined', 'iso-8859-1', 'windows-1252', 'replacement', 'bogus', '', '"><script>'];
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
const PHRASES = ['2024年共立案97件', '提案办复率100%', '全年报送社情民意信息三百二十条', '召开常委会议4次', '约30件', '<b>加粗</b>', '&amp;&#x4e2d;&#99999999;', '</p></body>'];

const page = fc
  .record({
    label: fc.constantFrom(...LABELS),
    bom: fc.constantFrom(...BOMS),
    body: fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 12 }),
    legacy: fc.uint8Array({ min: 0x81, max: 0xfe, maxLength: 64 }),
    flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }),
    cut: fc.option(fc.nat()),
  })
  .map(({ label, bom, body, legacy, flips, cut }) => {
    const html = `<!doctype html><html><head><meta charset="${label}"><title>${body[0] ?? ''}</title></head><body><p>${body.join('</p><p>')}</p>`;
    const utf8 = new TextEncoder().encode(html);
    const bytes = new Uint8Array([...bom, ...utf8, ...legacy]);
    for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });

const anyBytes = fc.oneof(page, fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...portalPages.slice(0, 6).map((p) => pageBytes(p.path))));

function decodeOrRefuse(bytes: Uint8Array): string | null {
  try {
    return decodeBytes(bytes, { html: true }).text;
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    expectChineseMessage((err as Error).message);
    return null;
  }
}

describe('fuzz: HTML in any charset', () => {
  it('decodes or refuses, and captures without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        await timed('decode + capture', () => {
          const text = decodeOrRefuse(bytes);
          if (text === null) return;
          const c = captureHtml(text, 'https://www.example.gov.cn/p.html');
          for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
        });
      }),
      { numRuns: runs(200) },
    );
  });

  describe('into the draft store', () => {
    let store: DraftStore;
    let key: string;
    let before: unknown;
    beforeAll(async () => {
      store = await openDrafts({ name: `fuzz-${Date.now()}` });
      const snap = snapshotFromDocument(parseDocument(decodeBytes(pageBytes(portalPages[0].path), { html: true }).text), { url: 'https://www.example.gov.cn/saved.html' });
      const saved = await saveSnapshot(store, snap);
      if (!saved.ok) throw new Error('the first page did not save');
      key = saved.key;
      before = structuredClone(await store.getCapture(key));
    });
    afterAll(() => store.close());

    it('leaves the saved capture as it was, whatever the next page holds', async () => {
      let i = 0;
      await fc.assert(
        fc.asyncProperty(anyBytes, async (bytes) => {
          await timed('decode + save', async () => {
            const text = decodeOrRefuse(bytes);
            if (text !== null) {
              const snap = snapshotFromDocument(parseDocument(text), { url: `https://www.example.gov.cn/next-${i++}.html` });
              await saveSnapshot(store, snap);
            }
          });
          expect(await store.getCapture(key)).toEqual(before);
        }),
        { numRuns: runs(40) },
      );
    });
  });
});
