import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

// A screenshot of Chinese text without a CJK font shows boxes ("tofu"): every missing character is drawn as
// the same .notdef box. So: draw pairs of different characters in the page's own font; if any pair comes
// out pixel-identical, the page cannot render them and its screenshots would be unreadable.

export const CJK_PROBE: readonly string[] = ['政', '协', '统', '计', '提', '案'];

// Sent as source text: tsx/esbuild would wrap named functions in a helper (__name) the page does not have.
const PROBE_SOURCE = `(list) => {
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 40;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  const drawn = list.map((ch) => {
    ctx.clearRect(0, 0, 40, 40);
    ctx.font = '32px ' + family;
    ctx.fillStyle = '#000';
    ctx.fillText(ch, 2, 32);
    const px = ctx.getImageData(0, 0, 40, 40).data;
    let sig = '';
    for (let i = 3; i < px.length; i += 4) sig += px[i] > 127 ? '1' : '0';
    return sig;
  });
  if (drawn.some((s) => !s.includes('1'))) return false;
  return new Set(drawn).size === drawn.length;
}`;

/** True when each character of `chars` is drawn with a real glyph in `page`'s body font. */
export async function glyphsRendered(page: Page, chars: readonly string[] = CJK_PROBE): Promise<boolean> {
  return page.evaluate(`(${PROBE_SOURCE})(${JSON.stringify(chars)})`) as Promise<boolean>;
}

/** Font names embedded in a PDF (pdffonts), to tell whether LibreOffice found a CJK font for the sheets. */
export function pdfHasCjkFont(pdf: string): boolean {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8', timeout: 30_000 });
  return /CJK|Han ?Sans|Han ?Serif|Hei|Song|Ming|Kai|SC|TC/i.test(out.split('\n').slice(2).join('\n'));
}
