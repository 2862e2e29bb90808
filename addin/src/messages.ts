import { FormFileError } from '../../shared/form/form-file';
import { indicatorByCode } from '../../shared/catalogue/indicators';

// Every message the pane shows, in Chinese, saying what to do next.

export type Tone = 'info' | 'ok' | 'warn' | 'error';
export interface Message {
  tone: Tone;
  text: string;
}

export function errorMessage(err: unknown): Message {
  if (err instanceof FormFileError) return { tone: 'error', text: `报表数据文件有误：${err.message}` };
  const text = err instanceof Error ? err.message : String(err);
  if (text === 'NO_FORM') return { tone: 'error', text: '当前工作簿中没有 ZX-01 报表。请先点击“新建报表”，或打开上级下发的报表。' };
  if (/Excel is not defined/.test(text)) return { tone: 'error', text: '未连接到 Excel。请在 Excel 中打开本任务窗格。' };
  return { tone: 'error', text: `操作失败：${text}。请重试；若仍失败，请关闭任务窗格后重新打开。` };
}

export const COLUMN_NAMES: Record<string, string> = { current: '本年', prior: '上年', change: '增减%', note: '说明' };

/** The indicator's name as the form prints it (without "其中："), or the code when the catalogue lacks it. */
export const indicatorName = (code: string) => indicatorByCode(code)?.label.replace(/^其中：/, '') ?? code;

/** "a、b、c 等 N 项" */
export function nameList(names: string[], max = 6): string {
  const unique = [...new Set(names)];
  return unique.length <= max ? unique.join('、') : `${unique.slice(0, max).join('、')} 等 ${unique.length} 项`;
}
