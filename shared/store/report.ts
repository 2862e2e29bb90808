import { STANDARD_CATALOGUE } from '../catalogue/indicators';
import { STANDARD_EDITION } from '../catalogue/edition';
import type { StoredCapture } from './schema';

// "报告问题": everything a maintainer needs to reproduce a bad capture, as plain text to paste.

/** A short fingerprint of the catalogue in use, so a report says which indicator list classified the page. */
export function catalogueVersion(catalogue = STANDARD_CATALOGUE): string {
  let h = 0x811c9dc5;
  for (const i of catalogue) for (const ch of i.code + i.label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `${catalogue.length}项-${h.toString(16).padStart(8, '0')}`;
}

const KIND: Record<string, string> = { article: '文章', list: '列表', epaper: '电子报', table: '表格', mixed: '混合', selection: '选中文字' };
export const kindLabel = (k: string): string => KIND[k] ?? k;

export function buildReport(c: StoredCapture, env: { extensionVersion: string; userAgent?: string }): string {
  const cap = c.capture;
  const lines = [
    '【政协统计助手 问题报告】',
    `网址：${c.rawUrl}`,
    `规范网址：${c.url}`,
    `扩展版本：${env.extensionVersion}`,
    `指标目录版本：${STANDARD_EDITION.year} 版（${catalogueVersion()}）`,
    env.userAgent ? `浏览器：${env.userAgent}` : null,
    `采集时间：${c.capturedAt}`,
    `页面标题：${cap.title}`,
    `识别类型：${kindLabel(cap.kind)}（${cap.kind}）`,
    `识别理由：${(cap.why ?? []).join('；') || '（无）'}`,
    cap.paging ? `分页：共 ${cap.paging.total ?? '?'} 条，第 ${cap.paging.page ?? '?'}/${cap.paging.pages ?? '?'} 页` : null,
    `数据 ${cap.facts.length} 条，记录 ${cap.records.length} 条`,
    '提取日志：',
    ...c.log.map((l) => `  - ${l}`),
    '数据：',
    ...cap.facts.map((f) => `  - 「${f.quote}」 ${f.value}${f.unit} ${f.approx} → ${f.indicator ?? '（无指标）'}`),
    '记录：',
    ...cap.records.map((r) => `  - ${r.date ?? '无日期'} ${r.title} → ${r.indicator ?? '（无指标）'} ${r.url ?? ''}`),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}
