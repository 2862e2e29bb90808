import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { UserError } from '../../cli/errors';

// Command-line words → positionals and flags, as every command reads them.

describe('parseArgs', () => {
  it.each([
    ['a flag and its value', ['a.txt', '--url', 'http://x/'], { positionals: ['a.txt'], flags: { url: 'http://x/' } }],
    ['--name=value', ['a.txt', '--url=http://x/?a=1'], { positionals: ['a.txt'], flags: { url: 'http://x/?a=1' } }],
    ['a boolean flag', ['f.json', '--json'], { positionals: ['f.json'], flags: { json: true } }],
    ['a value that is a file name with spaces', ['--unit', '城中区 政协', 'a.txt'], { positionals: ['a.txt'], flags: { unit: '城中区 政协' } }],
  ])('reads %s', (_name, argv, want) => {
    expect(parseArgs(argv, ['json'], ['url', 'unit'])).toEqual(want);
  });

  it.each([
    ['an unknown flag before its value is looked for', ['a.txt', '--verbose'], /^未知参数：--verbose（可用参数：--url、--unit、--json）$/],
    ['an unknown --name=value', ['--year=2024'], /^未知参数：--year/],
    ['a flag without its value', ['a.txt', '--url'], /^参数 --url 缺少取值$/],
    ['a flag followed by another flag', ['--unit', '--json'], /^参数 --unit 缺少取值$/],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => parseArgs(argv, ['json'], ['url', 'unit'])).toThrow(UserError);
    expect(() => parseArgs(argv, ['json'], ['url', 'unit'])).toThrow(message);
  });
});
