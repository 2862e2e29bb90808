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

export const SnapshotSchema = z.object({
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
  tables: z.array(SnapshotTableSchema),
  /** The clerk's selection, when capture was asked for the selection only. */
  selection: z.string().optional(),
  /** What was cut because the page was huge, in Chinese. */
  truncated: z.array(z.string()).optional(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
