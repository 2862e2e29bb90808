import { realpath, stat } from 'node:fs/promises';
import { parseArgs } from './args';
import { UserError } from './errors';
import { checkFlags, readEdition } from './form-input';
import { readCaptureFile } from './read-input';
import { serializeFormFile } from '../shared/form/form-file';
import { tallyCaptures, type TallyCapture } from '../shared/tally/tally';

// `zxtally tally FILE... [--unit U] [--period P] [--local LOCAL.json]`: many captured pages → one form data
// file on stdout. What the clerk must decide (conflicts, suggested rates, approximate values) and what was left out
// of the period (other year, multi-year, undated: one "未计入" line each) goes to stderr.

const USAGE = '用法：zxtally tally 页面文件... [--unit 填报单位] [--period 报告期] [--local 本地扩展.json]';

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, [], ['unit', 'period', 'local']);
  checkFlags(flags, ['unit', 'period', 'local'], USAGE);
  if (positionals.length === 0) throw new UserError(`缺少页面文件。${USAGE}`);
  const edition = await readEdition(typeof flags.local === 'string' ? flags.local : undefined);
  const captures: TallyCapture[] = [];
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const path of positionals) {
    const capture = await readCaptureFile(path);
    // The same file named twice (a shell glob plus a name, ./a.txt and a.txt) is one page, not two sources.
    const real = await realpath(path);
    if (seen.has(real)) {
      repeated.push(path);
      continue;
    }
    seen.add(real);
    // A file's modification time is the closest thing to when its page was captured.
    const capturedAt = (await stat(path)).mtime.toISOString();
    captures.push({ ...capture, url: capture.url ?? `file:${path}`, capturedAt });
  }
  const t = tallyCaptures(captures, {
    unit: typeof flags.unit === 'string' ? flags.unit : '',
    period: typeof flags.period === 'string' ? flags.period : '',
    catalogue: edition.indicators,
    rules: edition.rules,
  });
  process.stdout.write(serializeFormFile(t.form));

  const notes: string[] = [];
  if (repeated.length) notes.push(`提示：以下文件重复指定，只计一次：${repeated.join('、')}`);
  for (const c of t.conflicts) {
    const shown = c.candidates.map((x, i) => `[${i + 1}] ${x.value}${x.approx ? '（概数）' : ''}（「${x.quote}」，${[x.title, x.date, x.url].filter(Boolean).join('，')}）`);
    notes.push(`待定 ${c.code}：各页面数字不一致，未填写，已写入数据文件 conflicts，请选定其一：${shown.join('；')}`);
  }
  for (const l of t.leftOut) {
    const what = l.kind === 'record' ? `记录「${l.title}」` : `「${l.quote}」${l.value !== undefined ? `（${l.value}）` : ''}`;
    notes.push(`未计入 ${l.code}：${what}，${l.why}（${[l.kind === 'record' ? '' : l.title, l.date, l.url].filter(Boolean).join('，')}）`);
  }
  for (const s of t.suggestions) notes.push(`建议 ${s.code} = ${s.value}：${s.reason}`);
  for (const code of t.approx) notes.push(`概数 ${code} = ${t.form.values[code]}：来自概数表述，请核实为准确数`);
  if (!t.form.unit || !t.form.period) notes.push('提示：请用 --unit 和 --period 填写填报单位和报告期');
  if (notes.length) process.stderr.write(notes.join('\n') + '\n');
  return 0;
}
