// Validation and roll-up figures: one form's validation (median µs) and roll-up + validation of 500 unit forms (ms).
import { performance } from 'node:perf_hooks';
import { STANDARD_CATALOGUE } from '../shared/catalogue/indicators';
import type { FormFile } from '../shared/form/form-file';
import { rollupForms } from '../shared/tally/rollup';
import { validateForm } from '../shared/validate/engine';

/** A full, consistent unit form: every indicator written, proposal figures scaled from 5641/5254/5044. */
function unitForm(i: number): FormFile {
  const values: Record<string, number> = {};
  for (const ind of STANDARD_CATALOGUE) if (ind.kind !== 'rate') values[ind.code] = 10 + ((i * 7 + ind.code.length) % 40);
  const k = 1 + (i % 5);
  Object.assign(values, {
    'pro.submitted': 56 * k, 'pro.accepted': 52 * k, 'pro.by_member': 40 * k, 'pro.collective': 12 * k,
    'pro.by_party': 6 * k, 'pro.by_group': 3 * k, 'pro.by_sector': 2 * k, 'pro.by_committee': 1 * k,
    'pro.answered': 50 * k, 'pro.resolved': 20 * k, 'pro.in_progress': 20 * k, 'pro.planned': 8 * k, 'pro.reference': 4 * k,
    'pro.satisfied': 40 * k, 'pro.basically_satisfied': 8 * k, 'pro.unsatisfied': 2 * k,
    'mtg.standing': 6, 'mtg.standing_topical': 2, 'mem.training_sessions': 2, 'mem.trainees': 120, 'inf.collected': 400, 'inf.edited': 150, 'inf.instructed': 20, 'inf.instructions': 25, 'inf.forwarded': 40,
  });
  values['pro.accept_rate'] = Math.round((10000 * values['pro.accepted']) / values['pro.submitted']) / 100;
  values['pro.answer_rate'] = Math.round((10000 * values['pro.answered']) / values['pro.accepted']) / 100;
  values['pro.satisfaction_rate'] = Math.round((10000 * 48) / 50) / 100;
  const prior = Object.fromEntries(Object.entries(values).map(([c, v]) => [c, Math.max(1, Math.round(v * 0.9))]));
  return { form: 'ZX-01', unit: `第${i + 1}区政协`, period: '2025', values, prior, approx: ['inf.edited'], notes: { 'inf.edited': '已核实' } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function bench(): Promise<string[]> {
  const form = unitForm(0);
  const findings = validateForm(form);
  for (let i = 0; i < 500; i++) validateForm(form); // warm-up
  const one: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t0 = performance.now();
    validateForm(form);
    one.push((performance.now() - t0) * 1000);
  }

  const forms = Array.from({ length: 500 }, (_, i) => unitForm(i));
  rollupForms(forms.slice(0, 20)); // warm-up
  const roll: number[] = [];
  let consolidatedFindings = 0;
  for (let run = 0; run < 15; run++) {
    const t0 = performance.now();
    const { form: merged, perUnit } = rollupForms(forms, { unit: '汇总' });
    consolidatedFindings = validateForm(merged).length + perUnit.reduce((a, u) => a + u.findings.length, 0);
    roll.push(performance.now() - t0);
  }
  return [
    `validate one form (${Object.keys(form.values).length} values, ${findings.length} finding(s)): median ${median(one).toFixed(1)} µs over ${one.length} runs`,
    `roll-up + validation of 500 unit forms (R21 on the consolidated, ${consolidatedFindings} finding(s) in all): median ${median(roll).toFixed(1)} ms over ${roll.length} runs`,
  ];
}
