import { describe, expect, it } from 'vitest';
import { addScores, scoreRecords, seedsAndCorpus } from '../record-scorer';

// Records against the hand-labelled gold records of the seeds and the corpus (titles, and indicators where the
// gold names one): a floor, so the record side cannot silently slip. `npx tsx tests/record-scorer.ts --errors`
// lists each miss.

describe('record scorer floor (seeds + corpus)', () => {
  const s = addScores(seedsAndCorpus().map((x) => scoreRecords(x).score));
  it('record titles: precision and recall', () => {
    expect(s.matched / s.predicted).toBeGreaterThanOrEqual(0.74);
    expect(s.matched / s.gold).toBeGreaterThanOrEqual(0.88);
  });
  it('record indicators: precision and recall', () => {
    expect(s.codedRight / s.predictedCoded).toBeGreaterThanOrEqual(0.9);
    expect(s.codedRight / s.goldCoded).toBeGreaterThanOrEqual(0.9);
  });
});
