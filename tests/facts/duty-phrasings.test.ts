import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import { DUTY_GROUPS } from './duty-phrasings.rows';

// 表1 statements phrased from the catalogue's meaning (duty-phrasings.rows.ts): the row and the time scope of one
// fact each, null where the number counts no row of the office's own work. A page date lets 2021年以来 be read.
const PAGE_DATE = '2025-12-20';

for (const [name, rows] of DUTY_GROUPS) {
  describe(name, () => {
    it.each(rows.map((r) => [r[0], r[1], r[2], r[3] ?? 'year'] as const))('%s | %s → %s (%s)', (text, quote, indicator, scope) => {
      const facts = extractFacts(text, { pageDate: PAGE_DATE });
      const hits = facts.filter((f) => f.quote === quote);
      expect(hits, `facts: ${facts.map((f) => f.quote).join(' | ')}`).toHaveLength(1);
      expect([hits[0].indicator, hits[0].scope]).toEqual([indicator, scope]);
    });
  });
}
