import type { Capture } from '../../shared/model';
import { tallyCaptures, type Conflict, type LeftOut } from '../../shared/tally/tally';
import { validateForm, type Finding } from '../../shared/validate/engine';
import { tallyDraft } from '../../shared/store/draft-tally';
import type { FormFile } from '../../shared/form/form-file';
import type { StoredCapture } from '../../shared/store/schema';
import type { PageCapture } from './capture';
import { dateFromUrl } from '../../shared/page/dates';

// One ZX-01 draft from the captures: preferably the draft the extension saved (exactly what the side panel
// tallies), else the captures the extension returned, with their URL and capture time.

export interface DemoTally {
  form: FormFile;
  findings: Finding[];
  conflicts: Conflict[];
  approx: string[];
  recordCounts: Record<string, number>;
  /** statements and records not counted toward the period, with the reason */
  leftOut: LeftOut[];
  /** Where the captures came from, in Chinese. */
  basis: string;
}

export function tallyFromDraft(stored: StoredCapture[], unit: string, period: string): DemoTally {
  const t = tallyDraft(stored, unit, period);
  return { ...t, basis: `扩展保存的草稿（${stored.length} 个网页）` };
}

export function tallyFromResults(pages: readonly PageCapture[], unit: string, period: string): DemoTally {
  const captures: Array<Capture & { url: string; capturedAt: string }> = pages.map((p) => ({
    kind: p.result.kind as Capture['kind'],
    title: p.result.title,
    date: dateFromUrl(p.url),
    text: '',
    facts: p.result.facts as Capture['facts'],
    records: p.result.records,
    url: p.url,
    capturedAt: p.capturedAt,
  }));
  const t = tallyCaptures(captures, { unit, period });
  const findings = validateForm(t.form, { records: t.recordCounts });
  return {
    form: t.form, findings, conflicts: t.conflicts, approx: t.approx, recordCounts: t.recordCounts, leftOut: t.leftOut,
    basis: `扩展返回的采集结果（${pages.length} 个网页；未能读取扩展保存的草稿）`,
  };
}
