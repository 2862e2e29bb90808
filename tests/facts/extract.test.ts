import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../shared/facts/extract';

const one = (s: string) => {
  const f = extractFacts(s);
  expect(f).toHaveLength(1);
  expect(s.slice(f[0].start, f[0].end)).toBe(f[0].quote);
  return f[0];
};

describe('extractFacts: numbers, units, approx markers', () => {
  it.each([
    // [text, value, unit, approx, quote]
    ['举办委员培训班2期。', 2, '期', 'exact', '2期'],
    ['1500余篇社情民意信息', 1500, '篇', 'over', '1500余篇'],
    ['开办委员讲堂150多场次', 150, '场次', 'over', '150多场次'],
    ['全网传播量超过1亿人次', 1e8, '人次', 'over', '超过1亿人次'],
    ['近9成委员参与', 9, '成', 'about', '近9成'],
    ['增长2倍多。', 2, '倍', 'over', '2倍多'],
    ['参会100人以上。', 100, '人', 'over', '100人以上'],
    ['约50人左右', 50, '人', 'about', '约50人左右'],
    ['不足30篇', 30, '篇', 'under', '不足30篇'],
    ['将近200名委员', 200, '名', 'about', '将近200名'],
    ['上千名群众参与', 1000, '名', 'over', '上千名'],
    ['捐款捐物累计93.35万元', 933500, '元', 'exact', '93.35万元'],
    ['启动专项资金800万元', 8000000, '元', 'exact', '800万元'],
    ['办复率达100%', 100, '%', 'exact', '100%'],
    ['满意率百分之九十八', 98, '%', 'exact', '百分之九十八'],
    ['交流发言320人(次)', 320, '人次', 'exact', '320人(次)'],
    ['走访委员124人（次）', 124, '人次', 'exact', '124人（次）'],
    ['组织两期委员培训', 2, '期', 'exact', '两期'],
    ['建成五千一百五十八个', 5158, '个', 'exact', '五千一百五十八个'],
    ['设立１２个联系点', 12, '个', 'exact', '１２个'],
    ['十余次', 10, '次', 'over', '十余次'],
    ['3万余人参加', 30000, '人', 'over', '3万余人'],
    ['女委员约占28%', 28, '%', 'about', '约占28%'],
    ['逾千人参加', 1000, '人', 'over', '逾千人'],
    ['最近3次会议', 3, '次', 'exact', '3次'],
    ['开展二至三次', 2, '次', 'about', '二至三次'],
  ] as const)('%s → %d %s %s', (text, value, unit, approx, quote) => {
    const f = one(text);
    expect([f.value, f.unit, f.approx, f.quote]).toEqual([value, unit, approx, quote]);
  });
});

describe('extractFacts: ranges are one fact, lower bound, about', () => {
  it.each([
    ['每组30至35个', 30, '30至35个'],
    ['设6-8个小组', 6, '6-8个'],
    ['设6～8个小组', 6, '6～8个'],
    ['建三至五个站点', 3, '三至五个'],
    ['投入3至5万元', 30000, '3至5万元'],
  ] as const)('%s', (text, value, quote) => {
    const f = one(text);
    expect([f.value, f.approx, f.quote]).toEqual([value, 'about', quote]);
  });
});

describe('extractFacts: not facts', () => {
  it.each([
    '2025年,委员履职',
    '8月22日召开',
    '2026-01-30 09:03:35 来源',
    '第七届全国文明单位',
    '2024年第9次专题学习',
    '自治区政协十二届三次会议',
    '城中区政协九届三次会议以来',
    '坚定拥护“两个确立”',
    '坚持五个“干事”',
    '“四位一体”组织体系',
    '构建四位一体组织体系',
    '“一对一”管理',
    '确保每一篇文稿',
    '是一项重要制度性安排',
    '12345政务服务便民热线',
    '《第38辑文史资料》出版',
    '第38辑',
    '建立一套机制、完善一个平台、打造一个品牌的“三个一”体系',
    '深入贯彻中央八项规定精神',
    '压实两个责任',
    '若干场专题协商',
    '一起学习',
    '联系电话：0951-6021234',
    '1.委员履职',
    '（一）加强学习',
    '连续7年获评',
    '一次次走访',
    '千家万户',
    '此为年内最后一次。',
    '最近一次会议',
    '通过百人大会',
    '3路公交车',
    '一来三来',
  ])('%s', (text) => {
    expect(extractFacts(text)).toEqual([]);
  });

  it.each([
    ['每年为政协建设提一条建议', 1, '条'],
    ['撰写一篇社情民意信息', 1, '篇'],
    ['参与一次视察调研', 1, '次'],
    ['每年确定一个主题', 1, '个'],
    ['增设专委会 1 个', 1, '个'],
    ['这两个关键要素', 2, '个'],
    ['他说：“今年收到提案356件”', 356, '件'],
  ] as const)('but the count %s is one', (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
});

describe('extractFacts: quotes map back to the raw page', () => {
  it.each([
    ['開辦委員講堂150多場次,,推動', '150多場次', '场次'],
    ['獲得市黨政領(lǐng)導(dǎo)批示70多人次,', '70多人次', '人次'],
    ['政协委员基层联系点\n\n24 个。', '24 个', '个'],
    ['全市 3次开展全员核酸', '3次', '次'],
    ['1500餘篇社情民意信息', '1500餘篇', '篇'],
    ['組織兩期委員培訓', '兩期', '期'],
    ['捐款捐物93.35萬元', '93.35萬元', '元'],
    ['召开调研报 告协商讨论会4次', '4次', '次'],
  ])('%s', (text, quote, unit) => {
    const f = one(text);
    expect([f.quote, f.unit]).toEqual([quote, unit]);
  });
});

describe('extractFacts: indicator from the words around each number', () => {
  it.each([
    // lists: the noun before each number is its own
    ['召开常委会议4次、主席会议12次、秘书长会议8次。', ['mtg.standing', 'mtg.chair', 'mtg.secretary']],
    // lists: the noun after each number is its own
    ['建立9个界别工作室和9个委员联系点。', ['mem.studios', 'mem.contact_points']],
    // a bracket after the unit breaks the count down
    ['其中集体提案34件（党派提案20件、界别提案14件）。', ['pro.collective', 'pro.by_party', 'pro.by_sector']],
    // the sheet's topic word may sit earlier in the paragraph
    ['全年收到提案412件；已办复386件，办复率100%。', ['pro.submitted', 'pro.answered', 'pro.answer_rate']],
    // a clause holding only a tally verb borrows the clause before it
    ['委员们提交提案,共计135件。', ['pro.submitted']],
    // the same verb on 表3 when 社情民意 is the topic
    ['全年收到社情民意信息1256条，获领导批示41篇。', ['inf.collected', 'inf.instructed']],
    // parallel people share the predicate after the last one
    ['举办培训班,322名自治区政协委员和203名市、县(区)政协委员参训。', ['mem.trainees', 'mem.trainees']],
    // a verb that governs the noun decides between a total and its parts
    ['已收到委员提案186件，经审查立案172件，其中集体提案21件、委员个人提案151件。', ['pro.submitted', 'pro.accepted', 'pro.collective', 'pro.by_member']],
    ['建成委员之家15个、委员工作站42个。', ['mem.studios', 'mem.studios']],
    // topics are counted as the activity the sentence holds on them
    ['围绕12个议题,组织委员开展对口协商。', ['con.counterpart']],
    ['确定年度调研议题9个。', ['res.topics']],
    // organisations and rooms count nothing the form asks
    ['与60家兄弟区县政协交流文史资料', [null]],
  ] as const)('%s', (text, codes) => {
    expect(extractFacts(text).map((f) => f.indicator)).toEqual(codes);
  });
});

describe('extractFacts: list-page chrome', () => {
  // the pager's total counts the list's items: a fact of the page (LABELS: the page chrome too), with no row;
  // the page size (每页10条) and the page numbers (1/36页) count nothing
  it.each([
    ['共 356 条  第 1/36 页  每页10条', '356 条', 356],
    ['共356条 首页 上一页 下一页 尾页', '356条', 356],
    ['社情民意信息\n共 286 条  1/29页  首页 上一页 下一页 尾页', '286 条', 286],
    ['提案办理\n共 1,286 件  1/65页  首页 上一页', '1,286 件', 1286],
  ] as const)('%s: the total alone, no row', (text, quote, value) => {
    expect(extractFacts(text).map((f) => [f.quote, f.value, f.indicator])).toEqual([[quote, value, null]]);
  });
});

describe('extractFacts: rough Chinese ranges', () => {
  it.each([
    ['来了两三个人', 2, '个'],
    ['三四十名委员', 30, '名'],
    ['七八百人参加', 700, '人'],
  ] as const)('%s → %d about', (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit, f.approx]).toEqual([value, unit, 'about']);
  });
});

describe('extractFacts: rhetoric with bare 百/千/万', () => {
  it.each(['走进千家万户', '开展百名委员进百村活动'])('%s has no facts', (text) => {
    expect(extractFacts(text)).toEqual([]);
  });
  it.each([
    ['万余人参加', 10000, 'over'],
    ['近百名委员', 100, 'about'],
  ] as const)('%s is an estimate', (text, value, approx) => {
    const f = one(text);
    expect([f.value, f.approx]).toEqual([value, approx]);
  });
});

describe('extractFacts: measure words that start another word', () => {
  it.each(['历时2个月', '3名单位', '获批3批示', '元旦前后', '一次性补助'])('%s has no facts', (text) => {
    expect(extractFacts(text)).toEqual([]);
  });
});

// Statements on pages not seen while writing the rules: measure words, number forms, bounds and not-facts
// (tests/fixtures/corpus/LABELS.md). Sentences are made up; each row names the rule it checks.
describe('extractFacts: more measure words', () => {
  it.each([
    // points of a speech or a list: 点 only before what the points are
    ['会上他提出三点意见。', 3, '点', '三点'],
    ['归纳了5点体会。', 5, '点', '5点'],
    // parts of a book
    ['该志书共分六章。', 6, '章', '六章'],
    ['正文计312页，附图若干。', 312, '页', '312页'],
    ['全书共286页，以图文为主。', 286, '页', '286页'],
    ['按县、乡、村三层次推进。', 3, '层次', '三层次'],
    // members of a family, wells
    ['这户人家有5口人。', 5, '口', '5口'],
    ['新打机井3口。', 3, '口', '3口'],
    // a count of times with 次 in brackets
    ['走访企业35家(次)。', 35, '家次', '35家(次)'],
    ['办理建议62件（次）。', 62, '件次', '62件（次）'],
    ['开展活动14场(次)。', 14, '场次', '14场(次)'],
    ['参训委员320人/次。', 320, '人次', '320人/次'],
    ['走访委员124人·次。', 124, '人次', '124人·次'],
  ] as const)('%s → %d %s', (text, value, unit, quote) => {
    const f = one(text);
    expect([f.value, f.unit, f.quote]).toEqual([value, unit, quote]);
  });

  it.each(['上午10点开会', '晚上8点举行', '定于下午三点半召开', '十点零五分入场', '新建一批联系点', '一口气说完', '一点也不含糊', '共 8 页 当前第1页', '上一页 共12页 下一页', '共 5 页  1 2 3 4 5'])(
    '%s has no facts',
    (text) => {
      expect(extractFacts(text)).toEqual([]);
    },
  );
});

describe('extractFacts: number forms', () => {
  it.each([
    ['第廿五辑收录文章40篇。', 40, '篇'],
    ['廿三名委员参加。', 23, '名'],
    ['满意率百分之九十七点五。', 97.5, '%'],
    ['筹集资金三点五亿元。', 350000000, '元'],
    ['接待群众一点二万人次。', 12000, '人次'],
    ['提高两点五个百分点。', 2.5, '百分点'],
    // Arabic digits with 千/百 (and 万 after them)
    ['筹资3千万元。', 30000000, '元'],
    ['5千余人参加。', 5000, '人'],
    ['2百名委员到场。', 200, '名'],
    ['接待1万2千人次。', 12000, '人次'],
    // but 千克 and 百分点 are measure words of their own
    ['发放大米50千克。', 50, '千克'],
    ['提高2.3百分点。', 2.3, '百分点'],
  ] as const)('%s → %d %s', (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
});

describe('extractFacts: bounds', () => {
  it.each([
    // 至少 / 不少于: a lower bound; 不超过 / 最多 / 以内: an upper bound — also across a short verb
    ['每位委员至少参加2次活动。', '2次', 'over'],
    ['每季度至少 1 次。', '至少 1 次', 'over'],
    ['撰写信息不少于5篇。', '不少于5篇', 'over'],
    ['满意率不低于95%。', '不低于95%', 'over'],
    ['每组不超过3人。', '不超过3人', 'under'],
    ['全年最多安排4场。', '4场', 'under'],
    ['发言控制在8分钟、200字以内。', '200字以内', 'under'],
  ] as const)('%s → %s', (text, quote, approx) => {
    const f = one(text);
    expect([f.quote, f.approx]).toEqual([quote, approx]);
  });
});

describe('extractFacts: more not facts', () => {
  it.each([
    // sessions of a party committee named between 届 and 次
    '学习十九届中央纪委三次全会精神',
    '传达省委十二届五次全会精神',
    // the phase of a building project
    '走访滨江花园二期工程',
    '推进三期项目建设',
    // reduplications and 一X一Y
    '一步一个脚印抓落实',
    '一件一件地办',
    '一个环节一个环节地抓',
    '一次又一次地走访',
    '再一次强调纪律',
    // 一 as an article before a judgement
    '这是委员一项重要的日常工作',
    '把调研作为当前一项政治任务',
    // one each for several people
    '主席、副主席分别联系一个乡镇',
    // durations
    '历时8个多月',
    '用了两个半月',
    '10个工作日内办结',
    // how often, not how many
    '每年一次的评议',
    '换届五年一次',
    // names and watchwords
    '二十四节气',
    '坚持一个中心、两个基本点',
    '四套班子领导出席',
  ])('%s', (text) => {
    expect(extractFacts(text)).toEqual([]);
  });

  it.each([
    ['开展一次专题调研', 1, '次'],
    ['召开一期培训班', 1, '期'],
    ['召开一次重要会议', 1, '次'],
    ['每年至少确定一个主题', 1, '个'],
  ] as const)('but %s is a count', (text, value, unit) => {
    const f = one(text);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });
});

describe('extractFacts: ranges that repeat the unit, rough ranges, 几', () => {
  it.each([
    // one fact for the whole range, its lower bound, about
    ['每组安排8人至12人。', 8, '人', '8人至12人'],
    ['补助2万元至3万元。', 20000, '元', '2万元至3万元'],
    ['参与率40%-60%。', 40, '%', '40%-60%'],
    ['覆盖面百分之二十至百分之三十。', 20, '%', '百分之二十至百分之三十'],
    // two neighbouring Chinese digits: the lower, about
    ['来了三五个人。', 3, '个', '三五个'],
    ['十五六名委员到场。', 15, '名', '十五六名'],
    ['一百五六十人参加。', 150, '人', '一百五六十人'],
    ['一两个问题。', 1, '个', '一两个'],
  ] as const)('%s → %d %s about', (text, value, unit, quote) => {
    const f = one(text);
    expect([f.value, f.unit, f.approx, f.quote]).toEqual([value, unit, 'about', quote]);
  });

  it.each([
    ['十几名委员', 10, '名', '十几名'],
    ['二十几个社区', 20, '个', '二十几个'],
    ['十几万元', 100000, '元', '十几万元'],
  ] as const)('%s → %d over', (text, value, unit, quote) => {
    const f = one(text);
    expect([f.value, f.unit, f.approx, f.quote]).toEqual([value, unit, 'over', quote]);
  });

  it('two different units around a dash stay two facts', () => {
    expect(extractFacts('完成5次—8人').map((f) => f.quote)).toEqual(['5次', '8人']);
  });

  it.each(['一百几十人', '三几个'])('%s has no facts', (text) => {
    expect(extractFacts(text)).toEqual([]);
  });
});

describe('extractFacts: 港澳 and traditional-script forms', () => {
  it.each([
    // [text, value, unit, approx, quote]
    ['辦結率達百分之百。', 100, '%', 'exact', '百分之百'],
    ['處理個案逾百宗。', 100, '宗', 'over', '逾百宗'],
    ['參加者過百人。', 100, '人', 'over', '過百人'],
    ['出席市民過千名', 1000, '名', 'over', '過千名'],
    ['提出意見建議１，２３４條', 1234, '条', 'exact', '１，２３４條'],
    ['主席、副主席分5路帶隊', 5, '路', 'exact', '5路'],
    ['共收到提案廿三件', 23, '件', 'exact', '廿三件'],
    ['提案一〇八件', 108, '件', 'exact', '一〇八件'],
    ['合共收到九十八份意見書', 98, '份', 'exact', '九十八份'],
    ['共提出建議兩百餘條。', 200, '条', 'over', '兩百餘條'],
    ['收 到 提 案 ５ ２ ３ 件', 523, '件', 'exact', '５ ２ ３ 件'],
    ['約六成半受訪者', 6.5, '成', 'about', '約六成半'],
    ['被全國政協採用信息47則', 47, '则', 'exact', '47則'],
    ['信息被采用120条次', 120, '条次', 'exact', '120条次'],
    ['信息被采用120条（次）', 120, '条次', 'exact', '120条（次）'],
    ['办理群众个案20例', 20, '例', 'exact', '20例'],
    ['参加委员50人上下。', 50, '人', 'about', '50人上下'],
    ['送10人上下车', 10, '人', 'exact', '10人'],
    ['舉辦活動二十來場', 20, '场', 'about', '二十來場'],
    ['提出建議百來條', 100, '条', 'about', '百來條'],
    ['20来人参加', 20, '人', 'about', '20来人'],
    ['提出建議三、四十條', 30, '条', 'about', '三、四十條'],
    ['组织七、八百人参加', 700, '人', 'about', '七、八百人'],
    ['全年共收到各类提案和意见建议合计35\n6件。', 356, '件', 'exact', '35\n6件'],
  ] as const)('%s → %d %s %s', (text, value, unit, approx, quote) => {
    const f = one(text);
    expect([f.value, f.unit, f.approx, f.quote]).toEqual([value, unit, approx, quote]);
  });
});

describe('extractFacts: statistics tables that declare their unit once', () => {
  it.each([
    // [text, [value, unit] of every fact]
    ['提案工作统计（单位：件）\n提案总数 523\n立案 489\n并案 12', [[523, '件'], [489, '件'], [12, '件']]],
    ['項目　　數量（件）\n立案　　489\n不予立案　　34', [[489, '件'], [34, '件']]],
    ['项目 | 数量（件）\n委员提案 | 241\n集体提案 | 1,030', [[241, '件'], [1030, '件']]],
    ['提案总数（件）：523', [[523, '件']]],
    // a year heading a column, a date, a rate and a number with its own unit are no cells
    ['单位：件\n项目 2024 2025\n立案 480 489\n立案率88.2%\n12月5日统计', [[480, '件'], [489, '件'], [88.2, '%']]],
    ['（单位：人次）\n参加活动委员 1200\n其中新委员300人', [[1200, '人次'], [300, '人']]],
  ] as const)('%s', (text, want) => {
    const f = extractFacts(text);
    expect(f.map((x) => [x.value, x.unit])).toEqual(want);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.quote);
  });

  it.each([
    // no declared unit: a bare number is a counter, no fact; 人(次) declares nothing
    '浏览次数：2318',
    '提案总数：523\n立案：489',
    '交流发言320人(次)，另有委员30',
    '单位：件\n\n后文另起一段，编号 523 号',
    '报送单位：个人\n提案总数523',
    '主办单位：县政协\n提案总数523',
  ])('%s', (text) => {
    expect(extractFacts(text).filter((x) => /^[0-9,]+$/.test(x.quote))).toEqual([]);
  });
});
