// Number words of portal texts: Arabic (with 万/亿), Chinese numerals (两, 十二, 一百五十, 二百零一, 廿四), 百分之N.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Round away binary noise from decimal × 万 (93.35 × 10000 = 933500.0000000001). */
export function cleanFloat(x: number): number {
  // a whole number of up to 12 digits has no noise (and is most of what a page holds)
  if (Number.isInteger(x) && x > 0 && x < 1e12) return x;
  return Number.isFinite(x) ? Number.parseFloat(x.toPrecision(12)) : x;
}

/**
 * Value of a Chinese numeral, or null when it is not one. Handles 十二, 一百五十, 五千一百五十八, 二百零一,
 * 三万五千, 1亿-style big units, 廿/卅 (廿四 = 24), decimals (三点五, 一点二万), and digit strings such as 二〇二五.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // 廿 / 卅 are 二十 / 三十 in one char (第廿四辑, 卅五年)
  if (s.includes('廿') || s.includes('卅')) s = s.replace(/廿/g, '二十').replace(/卅/g, '三十');
  // 三点五 = 3.5, 一点二万 = 12000: decimals after 点, then the big unit
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const m = /^点([零〇一二三四五六七八九]+)([万亿]?)$/.exec(s.slice(dot));
    const whole = dot > 0 ? parseChineseNumeral(s.slice(0, dot)) : null;
    if (!m || whole === null || /[万亿]/.test(s.slice(0, dot))) return null;
    const frac = Number('0.' + [...m[1]].map((c) => DIGIT[c]).join(''));
    return cleanFloat((whole + frac) * (m[2] ? BIG_UNIT[m[2]] : 1));
  }
  let hasUnit = false;
  for (const ch of s) {
    if (!(ch in DIGIT) && !(ch in SMALL_UNIT) && !(ch in BIG_UNIT)) return null;
    if (ch in SMALL_UNIT || ch in BIG_UNIT) hasUnit = true;
  }
  if (!hasUnit) {
    // 二〇二五: positional digits (a single digit is just itself)
    let v = 0;
    for (const ch of s) v = v * 10 + DIGIT[ch];
    return v;
  }
  let total = 0; // sections already closed by 亿
  let section = 0; // value below the current big unit
  let current = 0; // pending digit
  let sawDigit = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      current = DIGIT[ch];
      sawDigit = true;
    } else if (ch in SMALL_UNIT) {
      // a bare 十 / 百 means one ten / one hundred
      section += (sawDigit ? current : 1) * SMALL_UNIT[ch];
      current = 0;
      sawDigit = false;
    } else {
      const big = BIG_UNIT[ch];
      const part = section + current;
      if (big === 1e8) {
        total = (total + (part === 0 ? 1 : part)) * big;
      } else {
        total += (part === 0 ? 1 : part) * big;
      }
      section = 0;
      current = 0;
      sawDigit = false;
    }
  }
  return total + section + current;
}

/** Value of an Arabic number as written (full-width already folded), with optional 万/亿 (or 千/百: 3千万) suffix. */
export function parseArabic(digits: string, big = ''): number | null {
  const v = Number.parseFloat(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (!Number.isFinite(v)) return null;
  let m = 1;
  for (const ch of big) m *= BIG_UNIT[ch] ?? SMALL_UNIT[ch] ?? 1;
  return cleanFloat(v * m);
}

/** Value of any number word: Arabic (１２ → 12 after folding), Chinese, 百分之九十八 (→ 98), 1.5万. */
export function parseNumber(s: string): number | null {
  let t = s.replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (t.startsWith('百分之')) t = t.slice(3);
  const m = /^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)([万亿]*)$/.exec(t);
  if (m) return parseArabic(m[1], m[2]);
  return parseChineseNumeral(t);
}
