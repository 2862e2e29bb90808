import { parseArgs } from './args';
import { UserError } from './errors';
import { checkFlags, readEdition, readFormFile } from './form-input';
import { readableReport } from './report';
import { hasBlockingError, validateForm } from '../shared/validate/engine';

// `zxtally check FORM.json [PART.json...] [--json] [--local LOCAL.json]`
// Exit 0: no blocking error; 1: a blocking error; 2: the file is not a valid form.
// Parts given after the form (or carried in its "parts") make it a consolidated form: R21 runs against them.

const USAGE = '用法：zxtally check 报表.json [下级单位报表.json...] [--json] [--local 本地扩展.json]';

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, ['json'], ['local']);
  checkFlags(flags, ['json', 'local'], USAGE);
  if (positionals.length === 0) throw new UserError(`缺少报表数据文件。${USAGE}`);
  const edition = await readEdition(typeof flags.local === 'string' ? flags.local : undefined);
  const [formPath, ...partPaths] = positionals;
  const form = await readFormFile(formPath, edition.indicators);
  const parts = await Promise.all(partPaths.map((p) => readFormFile(p, edition.indicators)));
  const findings = validateForm(form, { catalogue: edition.indicators, rules: edition.rules, ...(parts.length ? { parts } : {}) });

  if (flags.json) {
    const out = findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      codes: f.codes,
      imbalance: f.imbalance,
      values: f.values,
      explained: f.explained,
      ...(f.note ? { note: f.note } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
    }));
    process.stdout.write(JSON.stringify({ findings: out, blocking: hasBlockingError(findings) }, null, 2) + '\n');
  } else {
    process.stdout.write(readableReport(form, findings, edition.indicators));
  }
  return hasBlockingError(findings) ? 1 : 0;
}
