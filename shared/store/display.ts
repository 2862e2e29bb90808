// Readable text for display. Portals print pinyin glosses after a character (協(xié)商, 提(ti)案); the panel shows
// the words without them. Only the display changes: quotes and stored titles keep the page's own text.

const TONES: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v', ń: 'n', ň: 'n', ǹ: 'n',
};
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v|ng|n|m)[1-5]?$/;

/** One pinyin syllable, with or without tone marks or a tone digit ("xié", "ti", "zheng4"). */
export function isPinyinSyllable(s: string): boolean {
  const plain = s.toLowerCase().replace(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]/g, (c) => TONES[c] ?? c);
  return plain.length > 0 && plain.length <= 7 && SYLLABLE.test(plain);
}

const GLOSS = /([\u3400-\u9fff])\s?[(（]\s*([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[1-5]?(?:\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[1-5]?){0,3})\s*[)）]/g;

/** The text with pinyin glosses after Chinese characters removed; bracketed words that are not pinyin stay (政协(CPPCC)). */
export function withoutGlosses(text: string): string {
  return text.replace(GLOSS, (all, ch: string, inner: string) => {
    const parts = inner.split(/\s+/);
    // Upper-case words are abbreviations, not readings.
    if (/[A-Z]{2}/.test(inner) || !parts.every(isPinyinSyllable)) return all;
    return ch;
  });
}
