import { describe, expect, it } from 'vitest';
import { loadSeeds, notFactViolations, scoreAll } from '../gold-scorer';

// The five real portal texts with hand labels: the product's main quality bar.
describe('facts on the gold seeds', () => {
  const seeds = loadSeeds();
  const all = scoreAll(seeds);

  it('finds the labelled facts (strict F1 >= 0.95: value, unit, span, approx and indicator)', () => {
    expect(seeds.length).toBe(5);
    expect(all.strict.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds them leniently (value, unit, overlapping span) with F1 >= 0.97', () => {
    expect(all.lenient.f1).toBeGreaterThanOrEqual(0.97);
  });

  it.each(seeds.map((s) => [s.id, s] as const))('seed %s: no fact inside a labelled not-fact', (_id, seed) => {
    expect(notFactViolations(seed)).toEqual([]);
  });

  it.each(all.seeds.map((r) => [r.id, r] as const))('seed %s: strict F1 >= 0.85', (_id, r) => {
    expect(r.strict.f1).toBeGreaterThanOrEqual(0.85);
  });
});
