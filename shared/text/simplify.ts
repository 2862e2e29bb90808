import { Trie, type DictGroup } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

// Smallest opencc-js import (stack-notes §7): TW and HK variants → mainland simplified.
// Same chain as ConverterFactory(fromTw, fromHk, toCn) — one trie per dictionary group, applied in turn —
// but each pass first tests a char (and the pair it starts) against flat tables, walks the trie only when
// a key may start there, and returns its input untouched when nothing matched. Built lazily: importing the core costs nothing.

interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

interface Pass {
  trie: Trie;
  /** BMP code unit → the trie node of the keys starting with it; null: unknown trie layout */
  root: Array<TrieNode | undefined> | null;
  /** per code unit: HAS_NODE | HAS_VALUE | HAS_KIDS */
  flags: Uint8Array;
  /** hashed set of the first two code units of every key longer than one char */
  pairs: Uint32Array;
}

const HAS_NODE = 1;
const HAS_VALUE = 2;
const HAS_KIDS = 4;
/** ideographic description chars and surrogates: opencc reads these itself (see runPass) */
const SPECIAL = 8;
const PAIR_BITS = 20;
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) >>> (32 - PAIR_BITS) ^ (b & 0xff);
const hasPair = (pairs: Uint32Array, h: number): boolean => (pairs[h >>> 5] & (1 << (h & 31))) !== 0;

let passes: Pass[] | null = null;
const charCache = new Map<string, string>();

function buildPasses(): Pass[] {
  if (passes) return passes;
  const groups = [...fromTw, ...fromHk, ...toCn] as readonly DictGroup[];
  passes = groups.map((g) => {
    const trie = new Trie();
    trie.loadDictGroup(g);
    const map = (trie as unknown as { map?: TrieNode }).map;
    const flags = new Uint8Array(0x10000);
    flags.fill(SPECIAL, 0x2ff0, 0x3000);
    flags.fill(SPECIAL, 0xd800, 0xe000);
    const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    // unknown trie layout: leave every pass to opencc itself (correct, just slower). Keys outside the BMP
    // cannot match a string without surrogates, the only strings runPass reads itself.
    let root: Pass['root'] = null;
    if (map instanceof Map) {
      root = new Array<TrieNode | undefined>(0x10000).fill(undefined);
      for (const [cp, node] of map) {
        if (cp >= 0xd800 && (cp <= 0xdfff || cp > 0xffff)) continue;
        root[cp] = node;
        flags[cp] |= HAS_NODE | (node.trie_val !== undefined ? HAS_VALUE : 0) | (node.size > 0 ? HAS_KIDS : 0);
        for (const cp2 of node.keys()) {
          const h = pairHash(cp, cp2);
          pairs[h >>> 5] |= 1 << (h & 31);
        }
      }
    }
    return { trie, root, flags, pairs };
  });
  return passes;
}

/**
 * opencc's longest-prefix replacement, over BMP code units. A string with ideographic description
 * sequences (which opencc skips whole when unmatched) or surrogate pairs (code points) is left to opencc.
 */
function runPass(p: Pass, s: string): string {
  const { root, flags, pairs } = p;
  if (!root) return p.trie.convert(s);
  let out = '';
  let last = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    const f = flags[c];
    if (f === 0) {
      i++;
      continue;
    }
    if (f & SPECIAL) return p.trie.convert(s);
    let end = 0;
    let value = '';
    if (f & HAS_KIDS && i + 1 < n && hasPair(pairs, pairHash(c, s.charCodeAt(i + 1)))) {
      let node = root[c] as TrieNode;
      for (let j = i + 1; ; j++) {
        if (node.trie_val !== undefined) {
          end = j;
          value = node.trie_val;
        }
        if (j >= n || node.size === 0) break;
        const next: TrieNode | undefined = node.get(s.charCodeAt(j));
        if (next === undefined) break;
        node = next;
      }
    } else if (f & HAS_VALUE) {
      end = i + 1;
      value = (root[c] as TrieNode).trie_val as string;
    }
    if (end === 0) {
      i++;
      continue;
    }
    out += s.slice(last, i) + value;
    i = last = end;
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

// 覆 "reply" of 港澳台 official usage that the dictionaries keep as 覆 (办覆率, 函覆, 批覆): the mainland 复
// (one char for one char, so offsets stay valid)
const REPLY_FU = /([办函批回])覆(?!盖)/g;
const fixPhrases = (s: string): string => (s.includes('覆') ? s.replace(REPLY_FU, '$1复') : s);

/** Traditional → simplified, guaranteed to keep the string's length (offsets stay valid). */
export function toSimplified(s: string): string {
  if (!HAS_CJK.test(s)) return s;
  return fixPhrases(convertKeepingLength(s));
}

function convertKeepingLength(s: string): string {
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
