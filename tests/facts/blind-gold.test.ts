// Integrity of the blind sets' labels (tests/fixtures/blind, tests/fixtures/blind2): every quote found once, every code in the catalogue.
// It checks the labels only, never the product's output on them, so the set stays blind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlind, loadBlind2, SHARED, unlocatedQuotes, type Seed } from '../gold-scorer';

const codes = new Set(
  readFileSync(path.join(SHARED, 'standard/indicators.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0])
    .filter(Boolean),
);
const squeeze = (s: string) => s.replace(/\s+/g, '');

function integrity(name: string, load: () => Seed[], minPassages: number): void {
  describe(`${name} labels`, () => {
    const blind = load();
    it('has its passages', () => {
      expect(blind.length).toBeGreaterThanOrEqual(minPassages);
    });
    it('locates every gold quote', () => {
      expect(unlocatedQuotes(blind)).toEqual([]);
    });
    it('quotes each statement by a stretch that occurs once', () => {
      const repeated = blind.flatMap((s) => {
        const body = squeeze(s.text);
        return s.gold.facts.filter((f) => body.split(squeeze(f.quote)).length !== 2).map((f) => `${s.id}: ${f.quote}`);
      });
      expect(repeated).toEqual([]);
    });
    it('uses only catalogue codes', () => {
      const unknown = blind.flatMap((s) =>
        [...s.gold.facts, ...s.gold.records].map((f) => f.indicator).filter((c): c is string => c !== null && !codes.has(c)),
      );
      expect(unknown).toEqual([]);
    });
    it('gives every not_fact as it stands in the body', () => {
      const missing = blind.flatMap((s) => s.gold.not_facts.filter((n) => !s.text.includes(n)).map((n) => `${s.id}: ${n}`));
      expect(missing).toEqual([]);
    });
  });
}

integrity('blind set', loadBlind, 30);
integrity('blind2 set', loadBlind2, 24);
