import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';
import { captureHtml } from '../../shared/page/capture-html';
import { captureText } from '../../shared/page/capture-text';
import { SCOPE_SETS, scoreScope } from '../scope-scorer';

// The time scope and year of each statement: the gold's span labels on the seeds and the corpus, and phrasings of
// our own for what the gold does not label (the year).

describe('span scope against the gold (seeds + corpus)', () => {
  const all = scoreScope(SCOPE_SETS.all());
  const dev = scoreScope(SCOPE_SETS.dev());
  const holdout = scoreScope(SCOPE_SETS.holdout());
  const show = (s: typeof all.score) => `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
  console.log(`span scope: all ${show(all.score)} · dev ${show(dev.score)} · holdout ${show(holdout.score)}`);

  it('finds at least 9 in 10 of the span statements', () => {
    expect(all.score.tp).toBeGreaterThan(40);
    expect(all.score.r).toBeGreaterThanOrEqual(0.9);
  });

  it('calls at least 9 in 10 of its span statements right', () => {
    expect(all.score.p).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on the held-out passages too (recall)', () => {
    expect(holdout.score.r).toBeGreaterThanOrEqual(0.9);
  });
});

type Case = [name: string, text: string, pageDate: string | null, want: Array<[quote: string, scope: 'year' | 'span', year: number | null]>];

const cases: Case[] = [
  ['去年 read against the page date', '去年，市政协共召开主席会议12次。', '2025-06-10', [['12次', 'year', 2024]]],
  ['去年 without a page date: no year', '去年，市政协共召开主席会议12次。', null, [['12次', 'year', null]]],
  ['今年以来 is this year', '今年以来，市政协共召开主席会议8次。', '2025-06-10', [['8次', 'year', 2025]]],
  ['a January summary: 过去一年 is the year before', '过去一年，市政协共召开主席会议12次，开展视察调研20次。', '2026-01-08', [['12次', 'year', 2025], ['20次', 'year', 2025]]],
  ['a December summary: 过去一年 is this year', '过去一年，市政协共召开主席会议12次。', '2025-12-20', [['12次', 'year', 2025]]],
  ['全年 of a report dated in January', '全年共收到提案312件。', '2026-01-15', [['312件', 'year', 2025]]],
  ['全年 after a named year', '回望2024年，市政协砥砺前行。全年共收到提案312件。', '2025-02-01', [['312件', 'year', 2024]]],
  ['an explicit year wins over the page date', '2024年，县政协共收到提案200件。', '2025-09-01', [['200件', 'year', 2024]]],
  [
    'a paragraph governed by a 五年来 heading',
    '五年来工作回顾\n县政协共收到提案1500件，立案1300件。\n组织视察调研86次。',
    '2026-01-10',
    [['1500件', 'span', null], ['1300件', 'span', null], ['86次', 'span', null]],
  ],
  [
    'a new dated sentence resets the scope',
    '五年来，县政协共收到提案1500件，立案1300件。2025年，县政协收到提案320件。',
    '2026-01-10',
    [['1500件', 'span', null], ['1300件', 'span', null], ['320件', 'year', 2025]],
  ],
  ['本届以来, then 今年', '本届以来，共收到提案1200件。今年，收到提案260件。', '2025-12-01', [['1200件', 'span', null], ['260件', 'year', 2025]]],
  ['a lead-in governs the list under it', '近年来，县政协不断创新协商形式：\n一是开展“协商在基层”活动120场；\n二是建成委员工作室28个。', null, [['120场', 'span', null], ['28个', 'span', null]]],
  ['近三年 with 累计', '近三年，市政协累计报送社情民意信息900余条。', null, [['900余条', 'span', null]]],
  ['“十三五”时期', '“十三五”时期，全市政协组织协商活动300余场。', null, [['300余场', 'span', null]]],
  ['2021年以来 on a 2025 page', '2021年以来，共开展“有事好商量”协商活动180场。', '2025-09-01', [['180场', 'span', null]]],
  ['2025年以来 on a 2025 page is one year', '2025年以来，共开展“有事好商量”协商活动18场。', '2025-09-01', [['18场', 'year', 2025]]],
  ['自2021年起 … 累计', '自2021年起，累计培训委员1200人次。', '2025-09-01', [['1200人次', 'span', null]]],
  ['a term in parentheses', '十一届（2007—2011）共收到提案3200件。', null, [['3200件', 'span', null]]],
  ['十年来', '十年来，县政协委员工作室增至36个。', null, [['36个', 'span', null]]],
  ['累计 up to a date', '截至2025年8月，累计开展协商议事活动39场。', null, [['39场', 'span', null]]],
  ['累计 within this year is one year', '今年以来，累计开展活动50场。', '2025-12-10', [['50场', 'year', 2025]]],
  ['累计 alone says nothing of years', '组织委员下沉一线开展微协商活动，累计800多人次参与。', null, [['800多人次', 'year', null]]],
  ['截至 a date inside this year', '截至2025年11月底，共办复提案235件。', null, [['235件', 'year', 2025]]],
  ['截至目前 with 今年', '截至目前，今年共办复提案235件，办复率100%。', '2025-11-01', [['235件', 'year', 2025], ['100%', 'year', 2025]]],
  ['a span word that modifies an object speaks only of its clause', '会议总结两年来全市政协宣传工作，表彰了15个先进集体。', '2025-05-01', [['15个', 'year', null]]],
  ['比去年 compares, it does not date', '2025年，收到提案260件，比去年增加12件。', '2025-12-01', [['260件', 'year', 2025], ['12件', 'year', 2025]]],
  ['创历年新高 is no span', '2025年，提案数量创历年新高，达到420件。', '2025-12-01', [['420件', 'year', 2025]]],
  ['a month and day say no year', '12月28日，市政协召开常委会议，审议通过3项决议。', '2026-01-05', [['3项', 'year', null]]],
  ['a month after a named year', '2024年12月28日，市政协召开常委会议，审议通过3项决议。', '2025-01-05', [['3项', 'year', 2024]]],
  ['2025年第一期 names one activity, it does not date a year figure', '区政协2025年第一期委员培训班举办，80名委员参加。', '2025-04-25', [['80名', 'year', null]]],
  ['a span, then a dated month', '两年来，市政协共开展民主监督活动40次。2024年5月，又组织专项监督3次。', '2025-01-10', [['40次', 'span', null], ['3次', 'year', 2024]]],
  ['每年 inside a span paragraph', '近五年，共培训委员2000人次，每年组织两期委员培训。', null, [['2000人次', 'span', null], ['两期', 'year', null]]],
  ['a session is one year', '市政协十一届四次会议期间收到提案299件，立案186件。', '2020-05-10', [['299件', 'year', null], ['186件', 'year', null]]],
  ['the scope stops at the paragraph', '五年来，县政协共收到提案1500件。\n县政协召开主席会议12次。', null, [['1500件', 'span', null], ['12次', 'year', null]]],
  ['a date-only line is the page\'s date, not the text\'s year', '2024年2月27日\n全年共收到提案97件。', '2024-02-27', [['97件', 'year', 2023]]],
  ['a paragraph without an anchor says no year', '2020年，区政协共收到提案223件。\n按类别分，经济建设方面的提案25件。', null, [['223件', 'year', 2020], ['25件', 'year', null]]],
  ['目前 is the page\'s year', '专栏于2022年开播。目前已播出23期。', '2023-05-09', [['23期', 'year', 2023]]],
  ['traditional text', '五年來，共向省、市政協報送社情民意信息70多條。', null, [['70多條', 'span', null]]],
  ['a toned gloss inside the anchor line', '近年來，竹溪縣政協(xié)報送社情民意信息70多條。', null, [['70多條', 'span', null]]],
  // a founding or a start between the year and 以来 / 开始
  ['自2019年成立以来', '委员之家自2019年成立以来，开展活动260余场。', '2025-06-01', [['260余场', 'span', null]]],
  ['自2025年挂牌以来 on a 2025 page is one year', '工作站自2025年挂牌以来，接待群众40批次。', '2025-10-01', [['40批次', 'year', 2025]]],
  ['从2022年开始', '从2022年开始，县政协共开展协商活动14场。', '2025-06-01', [['14场', 'span', null]]],
  // a term named as a whole
  ['新一届政协成立以来', '新一届县政协成立以来，共收到委员提案760件。', '2025-06-01', [['760件', 'span', null]]],
  ['本届政协第一次全体会议以来', '本届政协第一次全体会议以来，共立案提案980件。', null, [['980件', 'span', null]]],
  ['上届政协 with its total', '上届政协共收到提案1460件。', '2025-06-01', [['1460件', 'span', null]]],
  ['比上届同期 compares, it does not span', '2025年收到提案310件，比上届同期多20件。', '2025-12-01', [['310件', 'year', 2025], ['20件', 'year', 2025]]],
  ['a year before 前 is a point of reference', '本书以1937年前为界，收录史料86篇。', '2018-01-12', [['86篇', 'year', null]]],
  ['but 2024年前三季度 is 2024', '2024年前三季度，共收到社情民意信息160条。', '2025-01-05', [['160条', 'year', 2024]]],
  ['成立一百年来', '建党一百年来，全县共发展党员3000余名。', '2021-07-01', [['3000余名', 'span', null]]],
  ['这些年来', '这些年来，委员工作室接待群众2万余人次。', '2025-06-01', [['2万余人次', 'span', null]]],
  ['two years named and counted', '2023、2024两年共收到提案612件。', '2025-03-01', [['612件', 'span', null]]],
  ['五年内 covers the five years', '五年内，县政协共收到提案1380件。', '2025-12-01', [['1380件', 'span', null]]],
  ['a record set over the years is no span', '本次培训是三年来规模最大的一次，参训委员260名。', '2025-12-01', [['260名', 'year', null]]],
  ['创近年来新高 is no span', '2025年，社情民意信息采用数创近年来新高，达到86条。', '2025-12-01', [['86条', 'year', 2025]]],
  ['一年多来 is more than a year', '专委会组建一年多来，开展调研9次。', '2025-06-01', [['9次', 'span', null]]],
  ['五年累计 beside 全年', '全年累计参与群众达3.2万人次，五年累计达15万人次。', '2026-01-10', [['3.2万人次', 'year', 2025], ['15万人次', 'span', null]]],
  ['五年共计', '五年共计收到提案2386件。', '2026-01-10', [['2386件', 'span', null]]],
  ['“十四五”期间 in ASCII quotes', '"十四五"期间累计提交提案2386件。', '2026-01-10', [['2386件', 'span', null]]],
  ['本届以来最多 is a record of one year', '這是本屆以來最多的一年，共收到提案523件。', '2026-01-10', [['523件', 'year', null]]],
  ['the term\'s first year is one year', '新一屆政協成立以來的第一年，共召開常委會議4次。', '2026-01-10', [['4次', 'year', null]]],
  ['本届政协第一次会议以来 is the term', '本届政协第一次会议以来，共收到提案523件。', '2026-01-10', [['523件', 'span', null]]],
  ['last year 以来 on a January page is that year', '2025年以来，市政协共收到提案523件。', '2026-01-10', [['523件', 'year', 2025]]],
  ['last year 以来 mid-year spans', '2025年以来，市政协共收到提案823件。', '2026-07-10', [['823件', 'span', null]]],
  ['two years back 以来 spans', '2024年以来，市政协共收到提案823件。', '2026-01-10', [['823件', 'span', null]]],
  ['本届以来 still spans', '本屆以來共收到提案2386件。', '2026-01-10', [['2386件', 'span', null]]],
];

describe('scope and year of a statement', () => {
  it.each(cases)('%s', (_name, text, pageDate, want) => {
    const facts = extractFacts(text, { pageDate });
    expect(facts.map((f) => [f.quote, f.scope, f.year])).toEqual(want);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('a span statement never carries a year', () => {
    const text = '五年来，2021年至2025年，县政协共收到提案1500件。近年来共开展协商120场。本届以来收到社情民意信息800条。';
    for (const f of extractFacts(text, { pageDate: '2025-12-01' })) expect([f.scope, f.year]).toEqual(['span', null]);
  });
});

describe('capture gives extraction the page date', () => {
  it('an HTML page: the date under its title', () => {
    const html =
      '<html><head><title>市政协工作回顾</title></head><body><h1>市政协工作回顾</h1><div class="info">发布时间：2026-01-12 来源：办公室</div>' +
      '<div class="content"><p>过去一年，市政协共召开主席会议12次，开展视察调研20次，收到提案312件。</p><h3>五年来工作成效</h3>' +
      '<p>五年来，市政协共收到提案1500件，立案1300件，办复率100%，提出意见建议300多条，得到市领导批示30件次。</p></div></body></html>';
    const c = captureHtml(html);
    expect(c.date).toBe('2026-01-12');
    const by = Object.fromEntries(c.facts.map((f) => [f.quote, [f.scope, f.year]]));
    expect(by['12次']).toEqual(['year', 2025]);
    expect(by['312件']).toEqual(['year', 2025]);
    expect(by['1500件']).toEqual(['span', null]);
    expect(by['30件次']).toEqual(['span', null]);
  });

  it('a list page without a date of its own: the date in its address', () => {
    const c = captureText('今年，市政协共召开主席会议12次。', 'http://zx.example.cn/news/2024-09/t20240927_001.html');
    expect(c.facts.map((f) => f.year)).toEqual([2024]);
  });

  it('a .txt page: its 发布时间 line, also run into the first sentence by normalisation', () => {
    const c = captureText('市政协召开常委会议\n发布日期：2025-07-03\n去年，市政协共召开主席会议12次。今年上半年，召开主席会议6次。');
    expect(c.date).toBe('2025-07-03');
    expect(c.facts.map((f) => [f.quote, f.year])).toEqual([['12次', 2024], ['6次', 2025]]);
  });
});
