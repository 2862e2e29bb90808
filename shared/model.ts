import { z } from 'zod';

// The data shapes that cross boundaries (capture → panel → drafts → CLI). One schema per shape.

export const ApproxSchema = z.enum(['exact', 'over', 'about', 'under']);
export type Approx = z.infer<typeof ApproxSchema>;

/** One quantity statement. start/end index the text it was extracted from; text.slice(start, end) === quote. */
export const FactSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().finite(),
  unit: z.string(),
  approx: ApproxSchema,
  indicator: z.string().nullable(),
  /** 'span' when the text says the figure covers more than one year (五年来, 本届以来, 累计…); stored captures without it read as 'year'. */
  scope: z.enum(['year', 'span']).default('year'),
  /** The calendar year the statement reports when the text says it (2025年, 去年 read against the page's date), else null. */
  year: z.number().int().nullable().default(null),
});
export type Fact = z.infer<typeof FactSchema>;
export type FactScope = Fact['scope'];

/** One reported activity (a headline, a table row, an article about one meeting). */
export const PageRecordSchema = z.object({
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  indicator: z.string().nullable(),
});
export type PageRecord = z.infer<typeof PageRecordSchema>;

export const PageKindSchema = z.enum(['article', 'list', 'epaper', 'table', 'mixed', 'selection']);
export type PageKind = z.infer<typeof PageKindSchema>;

/** What `zxtally extract` prints and what the extension stores per captured page. */
export const CaptureSchema = z.object({
  kind: PageKindSchema,
  title: z.string(),
  date: z.string().nullable(),
  text: z.string(),
  facts: z.array(FactSchema),
  records: z.array(PageRecordSchema),
  /** Why the kind was chosen, in Chinese, for the panel and bug reports. */
  why: z.array(z.string()).optional(),
  /** "共N条" paging noticed on a list page. */
  paging: z.object({ total: z.number().int().nullable(), page: z.number().int().nullable(), pages: z.number().int().nullable() }).optional(),
  url: z.string().optional(),
  /** What the capture could not take in whole (a limit that had to stay), in Chinese ("本页内容过长，只采集了前 N 条"). */
  notices: z.array(z.string()).optional(),
});
export type Capture = z.infer<typeof CaptureSchema>;
