import type { CheckResult } from '../workflow';
import * as workflow from '../workflow';
import { getForm, saveDraft } from '../store';
import type { PaneState } from './App';

/**
 * Marks the cells of a fresh check and unmarks fixed ones, remembering the marks in the draft so a pane
 * reopened later (Excel closed mid-way) can still unmark them.
 */
export async function markAndSave(result: CheckResult, s: PaneState): Promise<void> {
  const { unit, period } = result.form;
  const before = s.marked.length ? s.marked : ((await getForm(unit, period, 'draft'))?.marked ?? []);
  const now = await workflow.mark([...result.unreadable, ...result.findings], before);
  s.setMarked(now);
  await saveDraft(result.form, new Date(), now);
}
