import { STANDARD_CATALOGUE } from '@/shared/catalogue/indicators';
import type { Indicator } from '@/shared/catalogue/schema';

// A select over the catalogue, grouped by sheet and section; "" means "no indicator".

const groups = (() => {
  const m = new Map<string, Indicator[]>();
  for (const i of STANDARD_CATALOGUE) {
    const g = `${i.sheet} ${i.section}`;
    if (!m.has(g)) m.set(g, []);
    m.get(g)!.push(i);
  }
  return [...m.entries()];
})();

export function IndicatorPicker(props: { value: string | null; onChange: (code: string | null) => void; label?: string }) {
  return (
    <select
      aria-label={props.label ?? '指标'}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value || null)}
    >
      <option value="">（不计入任何指标）</option>
      {groups.map(([g, items]) => (
        <optgroup key={g} label={g}>
          {items.map((i) => (
            <option key={i.code} value={i.code}>
              {i.label}（{i.unit}）
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
