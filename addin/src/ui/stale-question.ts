import type { FormFile } from '../../../shared/form/form-file';
import { COLUMN_NAMES, indicatorName } from '../messages';
import type { PreparedFill } from '../workflow';
import type { Question } from './Confirm';

// The question asked before a fill would leave the sheet's other figures in place (another period's or unit's
// 本年, a hand entry the new form lacks), or before a consolidated form replaces the workbook's values.

const MAX_ITEMS = 12;

const who = (unit: string, period: string) => `${unit || '未填单位'} · ${period || '未填报告期'}`;

function items(cells: PreparedFill['stale']): string[] {
  const list = cells.slice(0, MAX_ITEMS).map((s) => `${indicatorName(s.code)}（${COLUMN_NAMES[s.column]}）：${String(s.value)}`);
  if (cells.length > MAX_ITEMS) list.push(`……共 ${cells.length} 个单元格`);
  return list;
}

export function staleQuestion(p: PreparedFill, form: FormFile): Question {
  const other = (p.sheetUnit && p.sheetUnit !== form.unit) || (p.sheetPeriod && p.sheetPeriod !== form.period);
  const head = other
    ? `表格中现有“${who(p.sheetUnit, p.sheetPeriod)}”的数据，本次填入的是“${who(form.unit, form.period)}”。`
    : '表格中另有数据，本次填入的报表没有这些项目。';
  return {
    title: '表格中有本次不会覆盖的数据',
    text: `${head}下列 ${p.stale.length} 个单元格本次不会写入，保留会把旧数据混进新报表：`,
    items: items(p.stale),
    choices: [
      { id: 'clear', label: '清除这些单元格后填入', primary: true },
      { id: 'keep', label: '保留并填入' },
      { id: 'cancel', label: '取消' },
    ],
  };
}

export function replaceQuestion(p: PreparedFill, units: number): Question {
  return {
    title: '汇总结果将替换当前工作簿的数据',
    text: `当前工作簿中已有“${who(p.sheetUnit, p.sheetPeriod)}”的 ${p.occupied.length} 个单元格数据。填入 ${units} 个单位的汇总数后，它们将被汇总数替换或清空：`,
    items: items(p.occupied),
    choices: [
      { id: 'clear', label: '替换为汇总数', primary: true },
      { id: 'cancel', label: '取消' },
    ],
  };
}
