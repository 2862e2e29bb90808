import { realpath } from 'node:fs/promises';
import { parseArgs } from './args';
import { UserError } from './errors';
import { checkFlags, readEdition, readFormFile } from './form-input';
import { findingLines } from './report';
import { serializeFormFile } from '../shared/form/form-file';
import { rollupForms } from '../shared/tally/rollup';

// `zxtally rollup FORM.json... [--unit U] [--local LOCAL.json]`: the consolidated form on stdout, carrying the
// parts so `zxtally check` runs R21 on it; each unit's own findings on stderr, kept apart.

const USAGE = '用法：zxtally rollup 下级单位报表.json... [--unit 汇总单位] [--local 本地扩展.json]';

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, [], ['unit', 'local']);
  checkFlags(flags, ['unit', 'local'], USAGE);
  if (positionals.length === 0) throw new UserError(`缺少下级单位报表数据文件。${USAGE}`);
  const edition = await readEdition(typeof flags.local === 'string' ? flags.local : undefined);
  const forms = await Promise.all(positionals.map((p) => readFormFile(p, edition.indicators)));
  // The same file named twice (a.json and ./a.json) would be added twice even when its unit is blank.
  const files = new Map<string, string>();
  for (const p of positionals) {
    const real = await realpath(p);
    if (files.has(real)) throw new UserError(`${p} 与 ${files.get(real)} 是同一个文件，同一单位不能汇总两次`);
    files.set(real, p);
  }
  const seen = new Map<string, string>();
  forms.forEach((f, i) => {
    const key = f.unit.trim();
    if (key && seen.has(key)) throw new UserError(`${positionals[i]} 与 ${seen.get(key)} 的填报单位都是“${key}”，同一单位不能汇总两次`);
    seen.set(key, positionals[i]);
  });
  const periods = new Set(forms.map((f) => f.period));
  const { form, perUnit, findings } = rollupForms(forms, { unit: typeof flags.unit === 'string' ? flags.unit : '', catalogue: edition.indicators, rules: edition.rules });
  process.stdout.write(serializeFormFile(form));

  const lines: string[] = [];
  if (findings.length) {
    lines.push('【汇总表】');
    for (const f of findings) lines.push(...findingLines(f, edition.indicators));
  }
  if (periods.size > 1) lines.push(`提示：下级单位的报告期不一致（${[...periods].join('、')}），汇总表报告期留空，请核对后填写`);
  for (const u of perUnit) {
    if (u.findings.length === 0) continue;
    lines.push(`【${u.unit || '未填单位'}】`);
    for (const f of u.findings) lines.push(...findingLines(f, edition.indicators));
  }
  if (lines.length) process.stderr.write(lines.join('\n') + '\n');
  return 0;
}
