import type { FormFile } from '../../shared/form/form-file';
import { validateForm, type Finding, type ValidateOptions } from '../../shared/validate/engine';

/** A form with a complete header, so only the rule under test can fail. */
export function form(values: Record<string, number>, extra: Partial<FormFile> = {}): FormFile {
  return { form: 'ZX-01', unit: '城中区政协', period: '2023', values, ...extra };
}

/** The findings of one rule. */
export function findingsOf(rule: string, f: FormFile, opts?: ValidateOptions): Finding[] {
  return validateForm(f, opts).filter((x) => x.rule === rule);
}
