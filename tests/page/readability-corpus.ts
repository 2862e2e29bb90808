import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

// Readability's public test pages (vendored under tests/fixtures/readability, Apache-2.0): the page
// as served and the text Readability's authors expect as its main content.

export const READABILITY_DIR = join(import.meta.dirname, '../fixtures/readability');

export interface CorpusPage {
  name: string;
  title: string;
  lang: string | null;
  html: string;
  expected: string;
}

export function corpusPages(): CorpusPage[] {
  const index: { pages: Array<{ name: string; title: string; lang: string | null }> } = JSON.parse(readFileSync(join(READABILITY_DIR, 'index.json'), 'utf8'));
  return index.pages.map((p) => ({
    ...p,
    html: gunzipSync(readFileSync(join(READABILITY_DIR, p.name, 'source.html.gz'))).toString('utf8'),
    expected: readFileSync(join(READABILITY_DIR, p.name, 'expected.txt'), 'utf8'),
  }));
}

/** Words for scoring: Latin/Cyrillic/digit runs lower-cased, every CJK/kana/hangul character alone. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? [];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Bag-of-words precision/recall of `got` against `want`. */
export function score(got: string, want: string): Score {
  const bag = new Map<string, number>();
  const w = words(want);
  for (const x of w) bag.set(x, (bag.get(x) ?? 0) + 1);
  const g = words(got);
  let hit = 0;
  for (const x of g) {
    const n = bag.get(x);
    if (n) {
      hit++;
      bag.set(x, n - 1);
    }
  }
  const precision = g.length ? hit / g.length : w.length ? 0 : 1;
  const recall = w.length ? hit / w.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
