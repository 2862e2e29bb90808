export {};
// `npm run bench`: every figure in one run. Each section module exports `bench(): Promise<string[]>`.
// Sections print their own lines; the capture section goes last so the final line is
// `capture/readability time ratio: X`.
const sections: Array<[string, () => Promise<{ bench: () => Promise<string[]> }>]> = [
  ['提取吞吐 extraction throughput', () => import('./extraction')],
  ['时间范围 time scope', () => import('./scope')],
  ['审核与汇总 validation and roll-up', () => import('./validation')],
  ['汇总网页 tally of captured pages', () => import('./tally')],
  ['填表同步 syncs per fill', () => import('./fill')],
  ['包体积 bundle sizes', () => import('./bundles')],
  ['采集对比 capture vs Readability', () => import('./capture')],
];

const started = new Date().toISOString();
console.log(`zxtally bench — ${started} — node ${process.version}, one core`);
for (const [title, load] of sections) {
  console.log(`\n== ${title}`);
  let mod: { bench: () => Promise<string[]> };
  try {
    mod = await load();
  } catch (err) {
    console.log(`(skipped: ${(err as Error).message.split('\n')[0]})`);
    continue;
  }
  for (const line of await mod.bench()) console.log(line);
}
