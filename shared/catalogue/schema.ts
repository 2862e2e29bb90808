import { z } from 'zod';

/** Measure words the form itself uses (simplified). */
export const FORM_UNITS = ['次', '场', '场次', '期', '篇', '件', '件次', '条', '名', '人', '人次', '位', '户', '个', '项', '家', '辑', '批次', '间', '对', '份', '元', '%'] as const;

export const IndicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, '指标代码格式应为 “分类.名称”，如 mtg.chair'),
  sheet: z.enum(['表1', '表2', '表3']),
  section: z.string().min(1),
  label: z.string().min(1),
  unit: z.string().min(1),
  kind: z.enum(['count', 'amount', 'rate']),
  parent: z.string().optional(),
  /** How portal texts word it; read by the fact classifier and the record classifier. */
  wording: z.array(z.string().min(1)).default([]),
  /** true for indicators an office added on top of the standard. */
  local: z.boolean().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;
