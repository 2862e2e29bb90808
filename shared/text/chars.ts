// Character classes shared by normalisation and fact extraction (UTF-16 code units).

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** CJK punctuation that sits inside a sentence (a line break after it is a layout break, not a paragraph end). */
const INNER_PUNCT = new Set('，、；：“”‘’（）《》〈〉【】—…·'.split('').map((c) => c.charCodeAt(0)));
/** All CJK punctuation, for space joining. */
const CJK_PUNCT = new Set('，、。；：！？“”‘’（）《》〈〉【】—…·'.split('').map((c) => c.charCodeAt(0)));

export function isInnerPunct(c: number): boolean {
  return INNER_PUNCT.has(c);
}

export function isCjkPunct(c: number): boolean {
  return CJK_PUNCT.has(c);
}
