import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import { listVerb } from '../../shared/facts/list-verbs';

// A verb that opens a list of counted outputs governs every item of it: "编发…专刊36期、信息120条".
// Sentences of our own, written the way work reports word such lists.

function indicatorOf(text: string, quote: string): string | null {
  const facts = extractFacts(text);
  const hits = facts.filter((f) => f.quote === quote);
  expect(hits, `facts: ${facts.map((f) => f.quote).join(' | ')}`).toHaveLength(1);
  return hits[0].indicator;
}

describe('a list item with no verb of its own takes the verb the list opens with', () => {
  it.each([
    // [text, quote, indicator]
    ['全年编发《社情民意》专刊36期、信息120条。', '120条', 'inf.edited'],
    ['今年以来编发社情民意专报12期、信息85篇，其中获领导批示20篇。', '85篇', 'inf.edited'],
    ['共编报《委员建言》8期、社情民意信息64条。', '64条', 'inf.edited'],
    ['报送《社情民意》5期、信息40条。', '40条', 'inf.reported'],
    // the item's own verb stays its own
    ['收集社情民意信息300条、编发信息120条。', '120条', 'inf.edited'],
    // an item after a list of meetings keeps its own noun
    ['召开常委会议4次、主席会议12次。', '12次', 'mtg.chair'],
  ] as const)('%s → %s', (text, quote, indicator) => {
    expect(indicatorOf(text, quote)).toBe(indicator);
  });
});

describe('listVerb', () => {
  it.each([
    ['编发《社情民意》专刊', '编发'],
    ['全年编报专报', '编报'],
    ['共报送', '报送'],
    ['召开常委会议', ''],
    ['《社情民意》编发', ''],
  ])('%s → %s', (before, verb) => {
    expect(listVerb(before)).toBe(verb);
  });
});
