import type { Indicator } from '../../shared/catalogue/schema';
import { readableReport } from '../../cli/report';
import type { DemoTally } from './tally';
import type { PageCapture } from './capture';

// What the demo prints about the captures and the form, in Chinese.

const KIND: Record<string, string> = { article: '文章', list: '列表', epaper: '电子报', table: '表格', mixed: '混合', selection: '选中文字' };

export function captureLine(c: PageCapture): string {
  const tagged = c.result.facts.filter((f) => f.indicator !== null).length;
  return `${c.page.path.padEnd(22)} ${(KIND[c.result.kind] ?? c.result.kind).padEnd(4, '　')} 数据 ${String(c.result.facts.length).padStart(2)} 条（对应指标 ${String(tagged).padStart(2)} 条），记录 ${String(c.result.records.length).padStart(2)} 条  ${(c.ms / 1000).toFixed(1)} 秒`;
}

function label(code: string, catalogue: readonly Indicator[]): string {
  const ind = catalogue.find((i) => i.code === code);
  return ind ? `${code}（${ind.label}）` : code;
}

export function tallyLines(t: DemoTally, catalogue: readonly Indicator[]): string[] {
  const lines = [`汇总依据：${t.basis}`];
  const values = Object.entries(t.form.values);
  lines.push(`已填 ${values.length} 个指标${t.approx.length ? `，其中 ${t.approx.length} 个只有约数（${t.approx.join('、')}）` : ''}：`);
  for (const [code, v] of values) {
    const n = t.form.sources?.[code]?.length ?? 0;
    lines.push(`  ${label(code, catalogue)} = ${v}${n ? `  （出处 ${n} 处）` : ''}`);
  }
  const records = Object.entries(t.recordCounts);
  if (records.length) lines.push(`采集到的活动记录：${records.map(([c, n]) => `${c} ${n} 条`).join('，')}`);
  if (t.conflicts.length) {
    lines.push(`${t.conflicts.length} 个指标各网页说法不一，已留空待核实：`);
    for (const c of t.conflicts) {
      lines.push(`  ${label(c.code, catalogue)}：${c.candidates.map((k) => `${k.value}（${k.url ? new URL(k.url).pathname.slice(1) : '?'}：“${k.quote.replace(/\s+/g, '')}”）`).join('；')}`);
    }
  }
  if (t.leftOut.length) {
    lines.push(`${t.leftOut.length} 项未计入本报告期：`);
    for (const l of t.leftOut) {
      const what = l.kind === 'record' ? `记录「${l.title}」` : `“${l.quote.replace(/\s+/g, '')}”（${l.title || (l.url ? new URL(l.url).pathname.slice(1) : '?')}）`;
      lines.push(`  ${label(l.code, catalogue)}：${what}${l.date ? ` ${l.date}` : ''} — ${l.why}`);
    }
  }
  return lines;
}

export function findingsReport(t: DemoTally, catalogue: readonly Indicator[]): string {
  return readableReport(t.form, t.findings, catalogue);
}
