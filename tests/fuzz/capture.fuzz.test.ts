import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCaptureFile } from '../../cli/read-input';
import { UserError } from '../../cli/errors';
import { captureText } from '../../shared/page/capture-text';
import { projectRoot } from '../page/fixtures';
import { file } from '../cli/helpers';
import { applyEdits, expectChineseMessage, runs, textEdit, timed } from './bounds';

// A saved capture (.json, the output of `zxtally extract`) read back: any mutation either reads as a capture
// whose facts index its text, or is refused with one Chinese line that names the file.

const texts = path.join(projectRoot, 'tests/fixtures/corpus/texts');
const sample = readdirSync(texts).filter((f) => f.endsWith('.txt')).sort()[0];
const CAPTURE = JSON.stringify(captureText(readFileSync(path.join(texts, sample), 'utf8'), 'https://www.example.gov.cn/a.html'), null, 2);

let n = 0;

async function check(text: string): Promise<void> {
  const p = file(`capture-fuzz-${n++}.json`, text);
  try {
    const c = await readCaptureFile(p);
    for (const f of c.facts) expect(c.text.slice(f.start, f.end)).toBe(f.quote);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    expectChineseMessage((err as Error).message);
    expect((err as Error).message).toContain(p);
  }
}

describe('fuzz: capture JSON', () => {
  it('the sample capture reads back with its facts', async () => {
    const c = await readCaptureFile(file('capture-fuzz-base.json', CAPTURE));
    expect(c.facts.length).toBeGreaterThan(0);
  });

  it('reads or refuses a mutated capture file, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 5 }), async (edits) => {
        await timed('readCaptureFile', () => check(applyEdits(CAPTURE, edits)));
      }),
      { numRuns: runs(120) },
    );
  });

  it('reads or refuses a capture whose fields are replaced by any JSON value', async () => {
    const base = JSON.parse(CAPTURE) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(base)), fc.jsonValue({ maxDepth: 4 }), async (key, value) => {
        await timed('readCaptureFile', () => check(JSON.stringify({ ...base, [key]: value })));
      }),
      { numRuns: runs(120) },
    );
  });
});
