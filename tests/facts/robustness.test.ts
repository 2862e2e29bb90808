import { describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';
import { extractFacts } from '../../shared/facts/extract';
import { loadSeeds } from '../gold-scorer';

// The same real page as portals and PDF extraction mangle it must yield the same facts (metamorphic test).
const toTraditional = ConverterFactory(fromCn as never, toTw as never);
const CJK = /[\u4e00-\u9fff]/;

/** Break lines every `width` chars, only between two CJK chars (as e-paper columns do). */
function columns(text: string, width: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    run = text[i] === '\n' ? 0 : run + 1;
    if (run >= width && CJK.test(text[i]) && CJK.test(text[i + 1] ?? '')) {
      out += '\n';
      run = 0;
    }
  }
  return out;
}

/** Space out CJK char by char, as some PDF extractors do. */
const spaced = (text: string) => text.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1 ');
/** PDF text layers that space out digits too. */
const spacedAll = (text: string) => text.replace(/([\u4e00-\u9fff0-9])(?=[\u4e00-\u9fff0-9])/g, '$1 ');
/** Doubled punctuation of traditional-character portals. */
const doubled = (text: string) => text.replace(/，/g, ',,').replace(/、/g, ',、').replace(/。/g, ',。').replace(/%/g, '%%');
const signature = (text: string) =>
  extractFacts(text)
    .map((f) => `${f.value}|${f.unit}|${f.approx}|${f.indicator}`)
    .sort();

describe('facts survive page mangling', () => {
  const seeds = loadSeeds();
  it.each([
    ['traditional characters', (t: string) => toTraditional(t)],
    ['e-paper columns', (t: string) => columns(t, 13)],
    ['spaced-out CJK', spaced],
    ['spaced-out CJK and digits', spacedAll],
    ['doubled punctuation', doubled],
    ['zero-width chars and NBSP', (t: string) => t.replace(/委员/g, '委\u200b员').replace(/ /g, '\u00a0')],
  ] as const)('%s', (_name, mangle) => {
    for (const seed of seeds) {
      const original = signature(seed.text);
      expect(original.length, seed.id).toBeGreaterThanOrEqual(seed.gold.facts.length);
      expect(signature(mangle(seed.text)), seed.id).toEqual(original);
    }
  });

  it('quotes stay verbatim slices of the mangled page', () => {
    for (const seed of seeds) {
      const raw = doubled(spaced(toTraditional(seed.text)));
      for (const f of extractFacts(raw)) expect(raw.slice(f.start, f.end)).toBe(f.quote);
    }
  });
});
