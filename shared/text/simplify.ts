import { Trie, type DictGroup } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

// Smallest opencc-js import (stack-notes §7): TW and HK variants → mainland simplified.
// Same chain as ConverterFactory(fromTw, fromHk, toCn) — one trie per dictionary group, applied in turn —
// but each pass skips chars that start no dictionary key (a bitmap test instead of a Map lookup) and
// returns its input untouched when nothing matched. Built lazily: importing the core costs nothing.

interface Pass {
  trie: Trie;
  /** BMP code units that start some key of the trie */
  first: Uint8Array;
}

let passes: Pass[] | null = null;
const charCache = new Map<string, string>();

function buildPasses(): Pass[] {
  if (passes) return passes;
  const groups = [...fromTw, ...fromHk, ...toCn] as readonly DictGroup[];
  passes = groups.map((g) => {
    const trie = new Trie();
    trie.loadDictGroup(g);
    const first = new Uint8Array(0x10000);
    const root = (trie as unknown as { map?: Map<number, unknown> }).map;
    if (root instanceof Map) for (const cp of root.keys()) first[cp > 0xffff ? (((cp - 0x10000) >> 10) + 0xd800) : cp] = 1;
    else first.fill(1); // unknown trie layout: test every position (still correct, just slower)
    return { trie, first };
  });
  return passes;
}

// Ideographic description characters make opencc skip a whole sequence when unmatched: leave those to it.
const IDS = /[\u2ff0-\u2fff]/;

function runPass(p: Pass, s: string): string {
  if (IDS.test(s)) return p.trie.convert(s);
  let out = '';
  let last = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (p.first[c] === 1) {
      const m = p.trie.matchPrefix(s, i);
      if (m) {
        out += s.slice(last, i) + m.value;
        i = last = m.end;
        continue;
      }
    }
    // a surrogate pair is one unmatched code point
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < n ? 2 : 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

function convert(s: string): string {
  let r = s;
  for (const p of buildPasses()) r = runPass(p, r);
  return r;
}

/** Per-character conversion; falls back to the original char if conversion is not 1:1. */
function convertChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    const c = convert(ch);
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
  const whole = convert(s);
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
