import { tallyCaptures, type Conflict, type LeftOut } from '../tally/tally';
import { validateForm, type Finding } from '../validate/engine';
import type { FormFile } from '../form/form-file';
import { applyReview } from './review';
import type { StoredCapture } from './schema';

// The draft form as the clerk's review stands: reviewed captures → tally → validation findings.

export interface DraftTally {
  form: FormFile;
  findings: Finding[];
  recordCounts: Record<string, number>;
  approx: string[];
  conflicts: Conflict[];
  /** Statements and records not counted toward the period, with their reason (for the panel). */
  leftOut: LeftOut[];
}

export function tallyDraft(captures: StoredCapture[], unit: string, period: string): DraftTally {
  const reviewed = captures.map((c) => ({ ...applyReview(c.capture, c.review), url: c.rawUrl, capturedAt: c.capturedAt }));
  const t = tallyCaptures(reviewed, { unit, period });
  const recordCounts: Record<string, number> = { ...t.recordCounts };
  const findings = validateForm(t.form, { records: recordCounts });
  return { form: t.form, findings, recordCounts, approx: [...(t.approx ?? [])], conflicts: [...(t.conflicts ?? [])], leftOut: t.leftOut };
}
