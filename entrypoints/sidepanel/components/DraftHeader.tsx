import { useState } from 'preact/hooks';
import type { Settings } from '@/shared/store/schema';

/** 填报单位 and 报告期: choosing them chooses the draft (one draft per form). */
export function DraftHeader(props: { settings: Settings; onChange: (s: Settings) => void }) {
  const [unit, setUnit] = useState(props.settings.unit);
  const [period, setPeriod] = useState(props.settings.period);
  const [err, setErr] = useState('');
  const commit = (u: string, p: string) => {
    if (!/^\d{4}$/.test(p.trim())) return setErr('报告期应为四位年份，如 2025');
    setErr('');
    if (u.trim() !== props.settings.unit || p.trim() !== props.settings.period) props.onChange({ unit: u.trim(), period: p.trim() });
  };
  return (
    <section>
      <div class="row">
        <label>
          填报单位
          <input type="text" value={unit} placeholder="如 城中区政协" onInput={(e) => setUnit(e.currentTarget.value)} onChange={() => commit(unit, period)} />
        </label>
        <label>
          报告期
          <input type="text" class="period" value={period} onInput={(e) => setPeriod(e.currentTarget.value)} onChange={() => commit(unit, period)} />
          年
        </label>
      </div>
      {err && <div class="status error">{err}</div>}
    </section>
  );
}
