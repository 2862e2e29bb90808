import type { Capture, Fact } from '@/shared/model';

// Captures built from the opening of seed 000 (a real portal article), quotes located in its text.
export const ARTICLE_TEXT =
  '回望2025年,自治区政协办公厅留下了坚定而有力的奋斗足迹。这一年,政治学习的“行走课堂”激活了年轻干部的思想引擎,举办的2期委员培训班为525名三级政协委员“充电蓄能”,1500余篇社情民意信息搭上建言“直通车”……' +
  '全年服务召开自治区政协党组理论学习中心组学习会16次、主席会议13次,机关党组理论学习中心组学习会17次、机关党组会23次,组织办公厅主任办公会议学习7次。';

// The article says 回望2025年 … 全年: extraction dates each of these facts 2025 (the page is of 30 January 2026).
function fact(quote: string, value: number, unit: string, approx: Fact['approx'], indicator: string | null, year: number | null = 2025): Fact {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { quote, start, end: start + quote.length, value, unit, approx, indicator, scope: 'year', year };
}

export function articleCapture(): Capture {
  return {
    kind: 'article',
    title: '高效能保障服务履职实践 新起点聚力赋能创新发展',
    date: '2026-01-30',
    text: ARTICLE_TEXT,
    why: ['正文段落集中，有标题与发布日期'],
    facts: [
      fact('举办的2期委员培训班', 2, '期', 'exact', 'mem.training_sessions'),
      fact('525名三级政协委员', 525, '名', 'exact', 'mem.trainees'),
      fact('1500余篇社情民意信息', 1500, '篇', 'over', 'inf.edited'),
      fact('主席会议13次', 13, '次', 'exact', 'mtg.chair'),
    ],
    records: [],
  };
}

export function listCapture(): Capture {
  return {
    kind: 'list',
    title: '要闻报道',
    date: null,
    text: '',
    why: ['20 条带日期的链接标题'],
    paging: { total: 120, page: 1, pages: 6 },
    facts: [],
    records: [
      { title: '全国政协召开远程协商会 广西设分会场 孙大伟出席', date: '2024-05-12', url: 'http://127.0.0.1/news/1.html', indicator: 'con.remote' },
      { title: '孙大伟在设区市政协主席座谈会上强调 全面提升政协履职效能', date: '2024-05-10', url: 'http://127.0.0.1/news/2.html', indicator: null },
    ],
  };
}
