import type { Capture } from '../shared/model';
import { parseArgs } from './args';
import { UserError } from './errors';
import { emptyPageHint, readCaptureFile } from './read-input';

// `zxtally extract FILE [--url URL]`: one JSON object, contract keys first and in order.

/** Rebuilds the capture with the contract's key order (kind, title, date, text, facts, records), extras after. */
export function contractJson(c: Capture): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: c.kind,
    title: c.title,
    date: c.date,
    text: c.text,
    facts: c.facts.map((f) => ({
      quote: f.quote,
      start: f.start,
      end: f.end,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      indicator: f.indicator,
      scope: f.scope,
      year: f.year,
    })),
    records: c.records.map((r) => ({ title: r.title, date: r.date, url: r.url, indicator: r.indicator })),
  };
  if (c.why) out.why = c.why;
  if (c.paging) out.paging = c.paging;
  if (c.url) out.url = c.url;
  if (c.notices?.length) out.notices = c.notices;
  return out;
}

export async function run(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, [], ['url']);
  if (positionals.length !== 1) throw new UserError('用法：zxtally extract 文件 [--url 网址]（需要且只能指定一个文件）');
  const url = typeof flags.url === 'string' ? flags.url : undefined;
  const unknown = Object.keys(flags).filter((k) => k !== 'url');
  if (unknown.length) throw new UserError(`未知参数：--${unknown[0]}`);
  const capture = await readCaptureFile(positionals[0], url);
  process.stdout.write(JSON.stringify(contractJson(capture), null, 2) + '\n');
  const hint = emptyPageHint(capture, positionals[0]);
  if (hint) process.stderr.write(hint + '\n');
  return 0;
}
