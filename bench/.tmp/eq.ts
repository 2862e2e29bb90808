import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { readFileSync, readdirSync } from 'node:fs';
import { toSimplified } from '/work/main/shared/text/simplify';
import { decodeBytes } from '/work/main/shared/text/decode';
const conv = ConverterFactory([...fromTw, ...fromHk] as never, toCn as never);
function old(s: string) { const w = conv(s); if (w.length === s.length) return w; return null; }
const texts: string[] = [];
for (const f of readdirSync('/work/shared/seeds')) texts.push(readFileSync('/work/shared/seeds/' + f, 'utf8'));
for (const f of readdirSync('/work/main/tests/fixtures/portal').filter(f => f.endsWith('.html'))) texts.push(decodeBytes(new Uint8Array(readFileSync('/work/main/tests/fixtures/portal/' + f)), { html: true }).text);
// traditional
import cnToTw from 'opencc-js/to/tw';
import fromCn from 'opencc-js/from/cn';
const toTrad = ConverterFactory(fromCn as never, cnToTw as never);
const more = texts.map(t => toTrad(t));
let bad = 0, tot = 0;
for (const t of [...texts, ...more]) {
  for (let i = 0; i < t.length; i += 37) { const s = t.slice(i, i + 200); tot++; const o = old(s); if (o !== null && o !== toSimplified(s)) { bad++; if (bad < 3) console.log('DIFF', s); } }
  const o = old(t); if (o !== null && o !== toSimplified(t)) { bad++; console.log('DIFF whole'); }
}
console.log('checked', tot, 'bad', bad);
