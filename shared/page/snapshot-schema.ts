import { z } from 'zod';

// The plain JSON the capture script returns from the clerk's tab. Validated once at the boundary
// (extension receives it); snapshot.ts builds it without importing zod (bundle size).

export const SnapshotBlockSchema = z.object({
  /** Lower-case tag of the element the text belongs to (p, li, h1, div, td, table…). */
  tag: z.string(),
  text: z.string(),
  /** Short hint of ancestor tag/id/class words, outermost first, for chrome detection. */
  path: z.string(),
  /** Index of the nearest container in `boxes` (the block's parent element). */
  box: z.number().int(),
  /** Heading level 1–6 for h1–h6 (or a role=heading element). */
  level: z.number().int().optional(),
  /** Characters of the text that sit inside links. */
  linkChars: z.number().int().nonnegative(),
  /** When the block is mostly one link: its absolute href and text. */
  href: z.string().optional(),
  linkText: z.string().optional(),
  /** A date printed beside a list item (e.g. <span>2024-05-12</span>), as found. */
  date: z.string().optional(),
  /** For tag 'table': index into `tables`. */
  table: z.number().int().optional(),
});
export type SnapshotBlock = z.infer<typeof SnapshotBlockSchema>;

/** A cell's text; when it holds a link, the link's href and own text (without bullets or tags around it). */
export const SnapshotCellSchema = z.object({ text: z.string(), href: z.string().optional(), linkText: z.string().optional() });
export type SnapshotCell = z.infer<typeof SnapshotCellSchema>;

export const SnapshotTableSchema = z.object({
  /** Rows of cells with rowspan/colspan expanded (a spanned cell is repeated). */
  rows: z.array(z.array(SnapshotCellSchema)),
  path: z.string(),
  caption: z.string().optional(),
});
export type SnapshotTable = z.infer<typeof SnapshotTableSchema>;

const SnapshotShape = z.object({
  url: z.string(),
  title: z.string(),
  meta: z.object({
    description: z.string().optional(),
    published: z.string().optional(),
    charset: z.string().optional(),
  }),
  blocks: z.array(SnapshotBlockSchema),
  /** Parent index of every container element (-1 for the outermost); blocks point into it. */
  boxes: z.array(z.number().int()),
  /** Each container's own words (tag, id, class, landmark role; '' when none), parallel to `boxes`. */
  names: z.array(z.string()).optional(),
  tables: z.array(SnapshotTableSchema),
  /** The clerk's selection, when capture was asked for the selection only. */
  selection: z.string().optional(),
  /** What was cut because the page was huge, in Chinese. */
  truncated: z.array(z.string()).optional(),
});

/**
 * The container tree must be a tree: every box's parent comes before it (so no cycle, and every walk
 * up ends at -1), and blocks point at boxes and tables that exist. Messages in Chinese: a bad
 * snapshot file reaches the clerk through the CLI.
 */
export const SnapshotSchema = SnapshotShape.superRefine((s, ctx) => {
  const bad = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (let i = 0; i < s.boxes.length; i++)
    if (s.boxes[i] < -1 || s.boxes[i] >= i) return bad(['boxes', i], `快照的容器 ${i} 的上级编号 ${s.boxes[i]} 无效（应小于 ${i}，且不能成环）：请重新采集页面`);
  if (s.names && s.names.length !== s.boxes.length) return bad(['names'], '快照的容器名称与容器数目不一致：请重新采集页面');
  for (let i = 0; i < s.blocks.length; i++) {
    const b = s.blocks[i];
    if (b.box < 0 || b.box >= s.boxes.length) return bad(['blocks', i, 'box'], `快照的文本块 ${i} 指向不存在的容器 ${b.box}：请重新采集页面`);
    if (b.table !== undefined && (b.table < 0 || b.table >= s.tables.length))
      return bad(['blocks', i, 'table'], `快照的文本块 ${i} 指向不存在的表格 ${b.table}（共 ${s.tables.length} 个表格）：请重新采集页面`);
  }
});
export type Snapshot = z.infer<typeof SnapshotShape>;
