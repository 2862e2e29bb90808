import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FormFile } from '../../shared/form/form-file';
import type { CellRef } from '../../shared/form/locate';

// The add-in's own IndexedDB: drafts (what the clerk is working on) and submissions (what was exported),
// one of each per unit and period, so next year's 上年 comes from this year's submission.

export type FormStatus = 'draft' | 'submitted';

export interface StoredForm {
  key: string;
  unit: string;
  period: string;
  status: FormStatus;
  savedAt: string;
  form: FormFile;
  /** Cells the pane marked red on the last check, so a reopened pane can unmark them once fixed. */
  marked?: CellRef[];
}

interface Schema extends DBSchema {
  forms: { key: string; value: StoredForm; indexes: { byUnit: string } };
}

const DB_NAME = 'zxtally-addin';

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      const s = d.createObjectStore('forms', { keyPath: 'key' });
      s.createIndex('byUnit', 'unit');
    },
  });
  return db;
}

/** For tests: forget the open connection (after swapping indexedDB). */
export function resetStoreForTests(): void {
  db = null;
}

export function formKey(unit: string, period: string, status: FormStatus): string {
  return `${status}|${unit}|${period}`;
}

async function put(form: FormFile, status: FormStatus, now: Date, marked?: CellRef[]): Promise<StoredForm> {
  const key = formKey(form.unit, form.period, status);
  const d = await open();
  const rec: StoredForm = {
    key,
    unit: form.unit,
    period: form.period,
    status,
    savedAt: now.toISOString(),
    form: JSON.parse(JSON.stringify(form)) as FormFile,
  };
  const kept = marked ?? (await d.get('forms', key))?.marked;
  if (kept?.length) rec.marked = kept;
  await d.put('forms', rec);
  return rec;
}

/** Saves the draft; `marked` replaces the remembered red cells, else they are kept. */
export const saveDraft = (form: FormFile, now = new Date(), marked?: CellRef[]) => put(form, 'draft', now, marked);
export const saveSubmission = (form: FormFile, now = new Date()) => put(form, 'submitted', now);

export async function getForm(unit: string, period: string, status: FormStatus): Promise<StoredForm | undefined> {
  return (await open()).get('forms', formKey(unit, period, status));
}

/** Every stored form, newest first. */
export async function listForms(): Promise<StoredForm[]> {
  const all = await (await open()).getAll('forms');
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The year before `period` ("2024" → "2023"); null when the period is not a year. */
export function previousPeriod(period: string): string | null {
  const m = /^(\d{4})(年)?$/.exec(period.trim());
  return m ? `${Number(m[1]) - 1}${m[2] ?? ''}` : null;
}

/**
 * The form with 上年 taken from last year's submission where the form has none of its own.
 * Returns the period it came from, or null when there is no such submission.
 */
export async function withPriorFromSubmission(form: FormFile): Promise<{ form: FormFile; from: string | null }> {
  const prev = previousPeriod(form.period);
  if (!prev || !form.unit) return { form, from: null };
  const last = await getForm(form.unit, prev, 'submitted');
  if (!last) return { form, from: null };
  const prior = { ...last.form.values, ...(form.prior ?? {}) };
  return { form: { ...form, prior }, from: prev };
}
