import { UserError } from './errors';

/**
 * Splits argv into positionals and --flag value pairs; boolean flags are listed in `booleans`. When
 * `known` is given, any other flag is refused by name (before its value is looked for), and a flag
 * followed by another flag instead of its value is reported as missing its value.
 */
export function parseArgs(
  argv: string[],
  booleans: string[] = [],
  known?: string[],
): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      // --name=value is the same as --name value
      const eq = a.indexOf('=');
      const name = eq > 2 ? a.slice(2, eq) : a.slice(2);
      const inline = eq > 2 ? a.slice(eq + 1) : undefined;
      if (known && !known.includes(name) && !booleans.includes(name)) {
        const list = [...known, ...booleans].map((k) => `--${k}`).join('、');
        throw new UserError(`未知参数：--${name}（可用参数：${list || '无'}）`);
      }
      if (booleans.includes(name)) flags[name] = true;
      else {
        const v = inline ?? argv[++i];
        if (v === undefined || (known && inline === undefined && v.startsWith('--'))) throw new UserError(`参数 --${name} 缺少取值`);
        flags[name] = v;
      }
    } else positionals.push(a);
  }
  return { positionals, flags };
}
