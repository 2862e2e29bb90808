import fc from 'fast-check';
import { expect } from 'vitest';

// Shared by the fuzz suites over every file reader: bounded runs (CI stays fast), a per-case hang check, the
// "Chinese message that says where" assertion, and text mutations of a valid file.

/** Runs per property; FUZZ_RUNS raises it for a longer local session. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
export const runs = (n: number): number => RUNS ?? n;

/** A hang check, not a benchmark: generous, so a loaded CI machine does not flake. */
export const CASE_MS = 2000;

export async function timed<T>(what: string, fn: () => Promise<T> | T, bound = CASE_MS): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    const ms = performance.now() - t0;
    expect(ms, `${what} took ${ms.toFixed(0)} ms`).toBeLessThan(bound);
  }
}

/** One line of Chinese for the clerk: no stack trace, no English exception text, not empty. */
export function expectChineseMessage(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/\n|^\s+at |TypeError|RangeError|SyntaxError|undefined|\[object /);
  expect(message.length).toBeLessThan(400);
}

const JSONISH = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '-', '1e999', 'NaN', 'null', 'true', '__proto__', '中', '，', '：', '“', '\u0000', '\ud800'];

/** One edit of a text: insert, delete, duplicate or replace a slice, or wrap the whole in brackets. */
export const textEdit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...JSONISH), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), text: fc.constantFrom('-5', '1e400', '0.1', '99999999999999999999', '"12"', 'NaN', 'Infinity', '[]', '{}', 'null') }),
  fc.record({ kind: fc.constant('wrap' as const), depth: fc.integer({ min: 1, max: 6000 }) }),
);
export type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

export function applyEdits(text: string, edits: TextEdit[]): string {
  let s = text;
  for (const e of edits) {
    const at = 'at' in e ? e.at % (s.length + 1) : 0;
    switch (e.kind) {
      case 'insert':
        s = s.slice(0, at) + e.text + s.slice(at);
        break;
      case 'delete':
        s = s.slice(0, at) + s.slice(at + e.len);
        break;
      case 'duplicate':
        s = s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
        break;
      case 'number': {
        // Replace the number nearest `at` (a value in a table), else insert.
        const m = /-?\d+(\.\d+)?/g;
        m.lastIndex = at;
        const hit = m.exec(s);
        s = hit ? s.slice(0, hit.index) + e.text + s.slice(hit.index + hit[0].length) : s + e.text;
        break;
      }
      case 'wrap':
        s = '['.repeat(e.depth) + s + ']'.repeat(e.depth);
        break;
    }
  }
  return s;
}
