import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import { main } from '../../cli/zxtally';

// Shared by the CLI robustness tests: the real binary, a scratch folder, legacy encoders, and the
// "one Chinese line, no stack trace" assertion.

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dir = mkdtempSync(path.join(tmpdir(), 'zx-robust-'));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function zxtally(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(projectRoot, 'bin/zxtally.mjs'), ...args], { cwd: projectRoot, maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * The same command in this process (for argument errors, which read no file): spawning costs ~1 s of
 * CPU per case, and main() is exactly what bin/zxtally.mjs runs. Not for concurrent use.
 */
export async function zxtallyInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let written = 0;

/** Writes a file into the scratch folder and returns its path (atomically: concurrent cases share names). */
export function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  const tmp = path.join(dir, `.tmp-${process.pid}-${written++}`);
  writeFileSync(tmp, content);
  renameSync(tmp, p);
  return p;
}

/** Text in a legacy charset, encoded by a real encoder (python codecs). */
export function encode(text: string, codec: 'gbk' | 'big5' | 'gb18030'): Uint8Array {
  const r = spawnSync('python3', ['-c', `import sys;sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('${codec}'))`], { input: text });
  if (r.status !== 0) throw new Error(`python3 could not encode as ${codec}`);
  return new Uint8Array(r.stdout);
}

export function utf16(text: string, be = false): Uint8Array {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

/** A refused input: the expected exit code, one short Chinese line on stderr, no stack trace, nothing on stdout. */
export function expectOneLineError(r: Run, code = 2, pattern?: RegExp): void {
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code });
  const line = r.stderr.replace(/\n$/, '');
  expect(line).not.toContain('\n');
  expect(line).not.toMatch(/^\s+at |Error:|node:internal|\.ts:\d+/m);
  expect(line).toMatch(/[\u4e00-\u9fff]/);
  expect(line.length).toBeLessThan(400);
  if (pattern) expect(line).toMatch(pattern);
  expect(r.stdout).toBe('');
}
