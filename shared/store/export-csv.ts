import { indicatorByCode } from '../catalogue/indicators';
import { factKey, recordKey } from './review';
import type { StoredCapture } from './schema';

// CSV of facts and records for clerks who check the draft in a spreadsheet. UTF-8 with a BOM so
// Excel and WPS open the Chinese correctly.

export const BOM = '\uFEFF';

export function csvCell(v: string | number | null | undefined): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? "'" : '') + s.replace(/"/g, '""')}"` : s;
}

/**
 * An ISO time as the clerk reads it: Asia/Shanghai wall-clock time, "2026-02-01 16:00". China keeps UTC+8 all
 * year (no daylight saving), so this needs no time-zone database. Text that is not a time is returned as it is.
 */
export function shanghaiTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

const row = (cells: Array<string | number | null | undefined>) => cells.map(csvCell).join(',');

const STATUS: Record<string, string> = { pending: '待审核', accepted: '已采纳', rejected: '已排除' };
const APPROX: Record<string, string> = { exact: '精确', over: '以上', about: '约', under: '不足' };

export function capturesToCsv(captures: StoredCapture[]): string {
  const lines = [row(['类别', '页面标题', '网址', '采集时间（北京时间）', '原文/标题', '数值', '单位', '约数', '指标代码', '指标名称', '日期', '状态'])];
  for (const c of captures) {
    for (const f of c.capture.facts) {
      const r = c.review.facts[factKey(f)];
      const code = r && r.indicator !== undefined ? r.indicator : f.indicator;
      lines.push(row(['数据', c.capture.title, c.rawUrl, shanghaiTime(c.capturedAt), f.quote, r?.value ?? f.value, f.unit, APPROX[r?.approx ?? f.approx],
        code, code ? indicatorByCode(code)?.label : '', '', STATUS[r?.status ?? 'pending']]));
    }
    for (const rec of c.capture.records) {
      const checked = c.review.records[recordKey(rec)] !== false;
      lines.push(row(['记录', c.capture.title, rec.url ?? c.rawUrl, shanghaiTime(c.capturedAt), rec.title, '', '', '',
        rec.indicator, rec.indicator ? indicatorByCode(rec.indicator)?.label : '', rec.date, checked ? '计入' : '不计入']));
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
