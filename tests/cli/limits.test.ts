import { truncateSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectOneLineError, file, zxtally } from './helpers';

// Hostile sizes and shapes at the CLI: each is one Chinese line naming the problem and the limit, exit 2,
// never "Maximum call stack size exceeded" or an out-of-memory crash.

const deep = (n: number) => `{"form":"ZX-01","unit":"城中区政协","period":"2024","values":${'['.repeat(n)}${']'.repeat(n)}}`;

/** A file of `bytes` bytes that takes no disk or memory (sparse): the size check must refuse it unread. */
function sparse(name: string, bytes: number): string {
  const p = file(name, '{"form":"ZX-01","values":{');
  truncateSync(p, bytes);
  return p;
}

describe('zxtally: files nested too deep or too large', () => {
  const deepForm = file('deep-form.json', deep(5000));
  it.each([
    ['check', ['check', deepForm]],
    ['rollup', ['rollup', deepForm, file('other.json', '{"form":"ZX-01","unit":"城东区政协","period":"2024","values":{}}')]],
    ['fill', ['fill', deepForm, '--out', file('deep-out.xlsx', '').replace('deep-out', 'deep-never')]],
  ])('%s: a form file nested 5,000 deep → 嵌套过深 with the limit', async (_name, args) => {
    expectOneLineError(await zxtally(...args), 2, /嵌套过深.*64 层/);
  });

  it('rollup: a 100 MB input → 文件过大 with the limit, refused before it is read', async () => {
    expectOneLineError(await zxtally('rollup', sparse('huge-form.json', 100 * 2 ** 20)), 2, /huge-form\.json 文件过大（100 MB），报表数据文件最大为 64 MB/);
  });

  it('extract: a capture .json nested 5,000 deep, and a 200 MB page', async () => {
    expectOneLineError(await zxtally('extract', file('deep-capture.json', '['.repeat(5000) + ']'.repeat(5000))), 2, /嵌套过深.*64 层/);
    expectOneLineError(await zxtally('extract', sparse('huge-page.html', 200 * 2 ** 20)), 2, /文件过大（200 MB），页面文件最大为 128 MB/);
  });
});
