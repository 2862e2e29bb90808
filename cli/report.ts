import type { Indicator } from '../shared/catalogue/schema';
import type { FormFile } from '../shared/form/form-file';
import { hasBlockingError, type Finding } from '../shared/validate/engine';

// The readable Chinese report of `zxtally check`: one block per finding, then what to do.

function label(code: string, catalogue: readonly Indicator[]): string {
  const [base, tag] = code.split('@');
  const ind = catalogue.find((i) => i.code === base);
  const name = ind ? `${base}（${ind.label.replace(/^其中：|^集体提案中：/, '')}）` : base;
  if (!tag) return name;
  return tag === 'prior' ? `${name} 上年` : tag === 'records' ? `${name} 采集记录` : `${name} ${tag}`;
}

export function findingLines(f: Finding, catalogue: readonly Indicator[]): string[] {
  const tag = f.severity === 'error' ? '错误' : f.explained ? '已说明' : '警告';
  const lines = [`[${tag}] ${f.rule} ${f.message}`];
  const seen = Object.entries(f.values).map(([c, v]) => `${label(c, catalogue)} = ${v === null ? '空' : v}`);
  if (seen.length) lines.push(`    数值：${seen.join('，')}`);
  const extra = [f.imbalance !== null ? `差额（左减右）${f.imbalance}` : '', f.detail ?? ''].filter(Boolean);
  if (extra.length) lines.push(`    ${extra.join('；')}`);
  if (f.note) lines.push(`    说明：${f.note}`);
  return lines;
}

export function readableReport(form: FormFile, findings: readonly Finding[], catalogue: readonly Indicator[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const open = findings.filter((f) => f.severity === 'warning' && !f.explained).length;
  const explained = findings.filter((f) => f.explained).length;
  const head = `审核：${form.unit || '（未填单位）'} ${form.period || '（未填报告期）'} ${form.form || 'ZX-01'}${form.parts ? `（汇总表，含 ${form.parts.length} 个下级单位）` : ''}`;
  const lines = [head, `共 ${errors} 个错误，${open} 个待说明的警告，${explained} 个已说明的警告。`];
  for (const f of findings) lines.push('', ...findingLines(f, catalogue));
  lines.push('');
  if (hasBlockingError(findings)) lines.push('结论：有强制性审核错误，不能上报。请改正标为“错误”的数值后重新审核。');
  else if (open > 0) lines.push('结论：没有错误。标为“警告”的项目请核实，确属实际情况的，在该行“说明”栏填写说明后上报。');
  else lines.push('结论：审核通过，可以上报。');
  return lines.join('\n') + '\n';
}
