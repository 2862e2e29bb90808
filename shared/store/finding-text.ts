import { indicatorByCode } from '../catalogue/indicators';
import type { Finding } from '../validate/engine';

// A finding as the clerk reads it: which indicators (by name) with which values. The words match the CLI
// and the add-in: 错误 (blocking), 警告 (check and explain), 已说明.

export const severityWord = (f: Pick<Finding, 'severity' | 'explained'>): string =>
  f.severity === 'error' ? '错误' : f.explained ? '已说明' : '警告';

const FIELD: Record<string, string> = { unit: '填报单位', period: '报告期', form: '表号' };

function nameOf(key: string): string {
  const [code, tag] = key.split('@');
  const ind = indicatorByCode(code);
  const name = ind ? ind.label.replace(/^其中：|^集体提案中：/, '') : (FIELD[code] ?? code);
  if (!tag) return name;
  return tag === 'prior' ? `${name}（上年）` : tag === 'records' ? `${name}（采集到的记录）` : `${name}（${tag}）`;
}

function valueOf(key: string, v: number | null): string {
  if (v === null) return '未填';
  const unit = key.includes('@records') ? '条' : (indicatorByCode(key.split('@')[0])?.unit ?? '');
  return `${v}${unit}`;
}

/** "收到提案数 120件、立案数 97件" — every indicator the finding involves, with the value seen (未填 when blank). */
export function findingValues(f: Pick<Finding, 'codes' | 'values'>): string {
  const keys = [...new Set([...f.codes, ...Object.keys(f.values)])];
  return keys
    .map((k) => (k in f.values || indicatorByCode(k.split('@')[0]) ? `${nameOf(k)} ${k in f.values ? valueOf(k, f.values[k]) : '未填'}` : nameOf(k)))
    .join('、');
}
