import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

// Smallest opencc-js import (stack-notes §7): TW and HK variants → mainland simplified.
// Built lazily so importing the core costs nothing until text is converted.
let convert: ((s: string) => string) | null = null;
const charCache = new Map<string, string>();

function converter(): (s: string) => string {
  if (!convert) convert = ConverterFactory([...fromTw, ...fromHk] as never, toCn as never);
  return convert;
}

/** Per-character conversion; falls back to the original char if conversion is not 1:1. */
function convertChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const c = converter()(ch);
    out = c.length === ch.length ? c : ch;
    charCache.set(ch, out);
  }
  return out;
}

// Any CJK ideograph may be traditional; pure ASCII/punctuation needs no conversion.
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Traditional → simplified, guaranteed to keep the string's length (offsets stay valid). */
export function toSimplified(s: string): string {
  if (!HAS_CJK.test(s)) return s;
  const whole = converter()(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // keep surrogate pairs intact but convert them as one unit
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < s.length) {
      const pair = s.slice(i, i + 2);
      out += convertChar(pair);
      i++;
    } else {
      out += convertChar(s[i]);
    }
  }
  return out;
}
