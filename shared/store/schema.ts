import { z } from 'zod';
import { ApproxSchema, CaptureSchema } from '../model';
import { PERIOD_HINT, readPeriodEntry } from '../tally/period';

// The shapes kept in the extension's IndexedDB. Parsed on every read: the database is a boundary.

/** The clerk's decision on one fact. indicator/approx/value are set only when the clerk changed them. */
export const FactReviewSchema = z.object({
  status: z.enum(['pending', 'accepted', 'rejected']),
  indicator: z.string().nullable().optional(),
  approx: ApproxSchema.optional(),
  /** The clerk's corrected value (in the fact's unit); the quote keeps the page's text. */
  value: z.number().finite().nonnegative().optional(),
});
export type FactReview = z.infer<typeof FactReviewSchema>;

/** Review state of one captured page: facts by fact key, records (checked or not) by record key. */
export const ReviewSchema = z.object({
  facts: z.record(z.string(), FactReviewSchema),
  records: z.record(z.string(), z.boolean()),
});
export type Review = z.infer<typeof ReviewSchema>;

export const DraftSchema = z.object({
  id: z.string(),
  form: z.literal('ZX-01'),
  unit: z.string(),
  period: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof DraftSchema>;

export const StoredCaptureSchema = z.object({
  key: z.string(),
  draftId: z.string(),
  /** Canonical URL (see keys.ts). */
  url: z.string(),
  rawUrl: z.string(),
  capturedAt: z.string(),
  firstCapturedAt: z.string(),
  capture: CaptureSchema,
  review: ReviewSchema,
  /** Extraction log for 报告问题. */
  log: z.array(z.string()),
});
export type StoredCapture = z.infer<typeof StoredCaptureSchema>;

/**
 * The form the clerk is working on: 填报单位 and 报告期, a year or a span of years in its canonical text
 * (readPeriodEntry), so "2021-2025" and "2021—2025" are one draft.
 */
export const SettingsSchema = z.object({
  unit: z.string(),
  period: z.string().refine((p) => {
    const r = readPeriodEntry(p);
    return r.ok && r.period === p;
  }, PERIOD_HINT),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Default 报告期: the year before today. */
export function defaultPeriod(now: Date = new Date()): string {
  return String(now.getFullYear() - 1);
}
