import type { FormFile, Source } from './form-file';
import { FormFileError } from './form-errors';

// The clerk settles a conflict by choosing one candidate: its figure fills the cell, the page it came from becomes
// the cell's source, and the conflict leaves the list. Pure: returns a new form, the old one is untouched.

export function settleConflict(form: FormFile, code: string, candidateIndex: number): FormFile {
  const conflicts = form.conflicts ?? [];
  const conflict = conflicts.find((c) => c.code === code);
  if (!conflict) throw new FormFileError(`${code}：没有待定的数字可选，请重新汇总后再选`);
  const chosen = conflict.candidates[candidateIndex];
  if (!Number.isInteger(candidateIndex) || !chosen) {
    throw new FormFileError(`${code}：请从 1 到 ${conflict.candidates.length} 中选一个候选数字`);
  }
  const source: Source = {
    url: chosen.url ?? '',
    quote: chosen.quote,
    capturedAt: '',
    ...(chosen.title !== undefined ? { title: chosen.title } : {}),
    ...(chosen.date !== undefined ? { date: chosen.date } : {}),
    how: 'statement',
  };
  const rest = conflicts.filter((c) => c !== conflict);
  const approx = new Set(form.approx ?? []);
  if (chosen.approx) approx.add(code);
  else approx.delete(code);
  const next: FormFile = {
    ...form,
    values: { ...form.values, [code]: chosen.value },
    sources: { ...(form.sources ?? {}), [code]: [source] },
  };
  if (approx.size > 0) next.approx = [...approx];
  else delete next.approx;
  if (rest.length > 0) next.conflicts = rest;
  else delete next.conflicts;
  return next;
}
