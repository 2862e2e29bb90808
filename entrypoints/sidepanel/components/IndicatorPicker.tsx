import { STANDARD_CATALOGUE, indicatorByCode } from '@/shared/catalogue/indicators';
import type { Indicator } from '@/shared/catalogue/schema';
import { valueInIndicatorUnit } from '@/shared/tally/units';

// A select over the catalogue, grouped by sheet and section; "" means "no indicator".
// With a fact, an indicator whose unit cannot count it (210对 as 走访联系委员) is refused with a message.

const groups = (() => {
  const m = new Map<string, Indicator[]>();
  for (const i of STANDARD_CATALOGUE) {
    const g = `${i.sheet} ${i.section}`;
    if (!m.has(g)) m.set(g, []);
    m.get(g)!.push(i);
  }
  return [...m.entries()];
})();

/** Why this fact cannot count for this indicator, or null when it can (the tally's own unit rule). */
export function unitRefusal(fact: { value: number; unit: string; quote?: string }, code: string | null): string | null {
  if (!code) return null;
  const ind = indicatorByCode(code);
  if (!ind || valueInIndicatorUnit(fact, ind) !== null) return null;
  return `“${fact.quote ?? `${fact.value}${fact.unit}`}”的单位“${fact.unit}”不能计入“${ind.label}”（以“${ind.unit}”计）：请选单位相符的指标，或选“不计入任何指标”`;
}

export function IndicatorPicker(props: {
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string;
  /** The fact being mapped: indicators whose unit cannot count it are marked and refused. */
  fact?: { value: number; unit: string; quote?: string };
  onRefuse?: (message: string) => void;
}) {
  return (
    <select
      aria-label={props.label ?? '指标'}
      value={props.value ?? ''}
      onChange={(e) => {
        const el = e.currentTarget as HTMLSelectElement;
        const code = el.value || null;
        const refusal = props.fact ? unitRefusal(props.fact, code) : null;
        if (refusal) {
          el.value = props.value ?? '';
          props.onRefuse?.(refusal);
          return;
        }
        props.onChange(code);
      }}
    >
      <option value="">（不计入任何指标）</option>
      {groups.map(([g, items]) => (
        <optgroup key={g} label={g}>
          {items.map((i) => (
            <option key={i.code} value={i.code}>
              {i.label}（{i.unit}）{props.fact && valueInIndicatorUnit(props.fact, i) === null ? ' ✕单位不符' : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
