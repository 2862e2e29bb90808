import { extractFacts } from './shared/facts/extract';
const cases: Record<string, string> = {
  digits: '1'.repeat(300000) + '个',
  yi: '一'.repeat(300000) + '个',
  newlines: ('委员\n\n\n\n\n\n').repeat(50000) + '3个',
  spaces: '委 '.repeat(200000),
  facts: '主席会议13次、'.repeat(50000),
  quotes: '“'.repeat(100000) + '3个' + '”'.repeat(100000),
  ascii: '"3个'.repeat(100000),
  commas: ',,,,,,'.repeat(50000) + '3个',
  pinyin: '協(xié)'.repeat(50000),
  noClause: '政协委员'.repeat(100000) + '3个' + '调研'.repeat(100000),
};
for (const [k, v] of Object.entries(cases)) {
  const t = performance.now();
  const n = extractFacts(v).length;
  console.log(k, v.length, n, (performance.now() - t).toFixed(0) + 'ms');
}
