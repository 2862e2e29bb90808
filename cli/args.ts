import { UserError } from './errors';

/** Splits argv into positionals and --flag value pairs; boolean flags are listed in `booleans`. */
export function parseArgs(argv: string[], booleans: string[] = []): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (booleans.includes(name)) flags[name] = true;
      else {
        const v = argv[++i];
        if (v === undefined) throw new UserError(`参数 --${name} 缺少取值`);
        flags[name] = v;
      }
    } else positionals.push(a);
  }
  return { positionals, flags };
}
