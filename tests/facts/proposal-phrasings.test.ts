import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import type { Fact } from '../../shared/model';
import { GROUPS, type Row } from './proposal-phrasings.rows';

// 表2 提案 and 表3 社情民意: every row of the catalogue reached by phrasings composed from its meaning (the
// rows file says how they were written), null where no row counts the figure or it is someone else's.

function indicatorOf(text: string, quote: string): string | null {
  const facts = extractFacts(text);
  const hits = facts.filter((f: Fact) => f.quote === quote);
  expect(hits, `facts: ${facts.map((f) => f.quote).join(' | ')}`).toHaveLength(1);
  return hits[0].indicator;
}

for (const [title, rows] of GROUPS) {
  describe(title, () => {
    it.each<Row>(rows)('%s | %s → %s', (text, quote, indicator) => {
      expect(indicatorOf(text, quote)).toBe(indicator);
    });
  });
}

it('covers every 表2 and 表3 row of the catalogue, and null cases', () => {
  const codes = new Set(GROUPS.flatMap(([, rows]) => rows.map((r) => r[2])));
  for (const c of ['pro.submitted', 'pro.accepted', 'pro.by_member', 'pro.collective', 'pro.by_party', 'pro.by_group', 'pro.by_sector',
    'pro.by_committee', 'pro.not_accepted', 'pro.merged', 'pro.key', 'pro.answered', 'pro.resolved', 'pro.in_progress', 'pro.planned',
    'pro.reference', 'pro.satisfied', 'pro.basically_satisfied', 'pro.unsatisfied', 'pro.accept_rate', 'pro.answer_rate',
    'pro.satisfaction_rate', 'inf.collected', 'inf.edited', 'inf.reported', 'inf.adopted', 'inf.instructed', 'inf.instructions',
    'inf.forwarded', null]) expect(codes.has(c), String(c)).toBe(true);
});
