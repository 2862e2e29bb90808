import { describe, expect, it } from 'vitest';
import { loadCorpus, loadSeeds, notFactViolations, scoreAll } from '../gold-scorer';

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

  it('maps the statements that reach a form row (coded F1 >= 0.95)', () => {
    expect(all.coded.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each(seeds.map((s) => [s.id, s] as const))('seed %s: no fact inside a labelled not-fact', (_id, seed) => {
    expect(notFactViolations(seed)).toEqual([]);
  });

  it.each(all.seeds.map((r) => [r.id, r] as const))('seed %s: strict F1 >= 0.85', (_id, r) => {
    expect(r.strict.f1).toBeGreaterThanOrEqual(0.85);
  });
});

// The 46 corpus passages from 46 sites. Every third site is held out: the mapping is changed looking at the
// development part only, and the held-out part says whether a change generalises (README, Figures).
describe('facts on the corpus, seeds included', () => {
  const seeds = loadSeeds();
  const dev = scoreAll(loadCorpus('dev'));
  const holdout = scoreAll(loadCorpus('holdout'));
  const whole = scoreAll([...seeds, ...loadCorpus('all')]);

  it('splits the 46 passages into 31 for development and 15 held out', () => {
    expect(dev.seeds.length).toBe(31);
    expect(holdout.seeds.length).toBe(15);
  });

  it('finds the statements of the whole corpus (lenient F1 >= 0.95)', () => {
    expect(whole.lenient.f1).toBeGreaterThanOrEqual(0.95);
  });

  // The bar is 0.95 for both on seeds + corpus; the floor holds the figure reached (0.989 / 0.990) less a margin.
  it('maps them: seeds + corpus strict F1 >= 0.97 and coded F1 >= 0.97', () => {
    expect(whole.strict.f1).toBeGreaterThanOrEqual(0.97);
    expect(whole.coded.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('maps the development part (strict F1 >= 0.965, coded F1 >= 0.975)', () => {
    expect(dev.strict.f1).toBeGreaterThanOrEqual(0.965);
    expect(dev.coded.f1).toBeGreaterThanOrEqual(0.975);
  });
});
