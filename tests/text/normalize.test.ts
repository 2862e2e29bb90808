import { describe, expect, it } from 'vitest';
import { normalizeText, rawSpan } from '../../shared/text/normalize';

describe('normalizeText', () => {
  it.each([
    // [quirk, raw, normalised]
    ['traditional → simplified', '全國政協召開遠程協商會', '全国政协召开远程协商会'],
    ['pinyin annotations', '協(xié)商，領（lǐng）導', '协商，领导'],
    ['multi-syllable pinyin', '遠程(yuǎn chéng)協商', '远程协商'],
    ['syllables run together', '專門委員會（zhuānmén wěiyuánhuì）召開', '专门委员会召开'],
    ['long latin words without tones survive', '平台(wechatminiprogram)上线', '平台(wechatminiprogram)上线'],
    ['bracketed latin without tone marks survives', '人民政协报(网)和(CPPCC)', '人民政协报(网)和(CPPCC)'],
    ['toneless glosses of mirror sites', '提(ti)案356件，立(li)案320件', '提案356件，立案320件'],
    ['toneless gloss in full-width brackets', '提（ti）案，協(xie)商', '提案，协商'],
    ['upper-case abbreviations survive', '地区生产总值(GDP)增长，政协(APP)上线', '地区生产总值(GDP)增长，政协(APP)上线'],
    ['lower-case latin that is no syllable survives', '手机(app)和网站(pdf)，平台(wechat)', '手机(app)和网站(pdf)，平台(wechat)'],
    ['a syllable followed by latin or digits is no gloss', '型号(ma)5，代码(li)x', '型号(ma)5，代码(li)x'],
    ['one letter is no gloss', '附件(a)和(e)', '附件(a)和(e)'],
    ['a toneless syllable after latin is no gloss', 'A(ti)案', 'A(ti)案'],
    ['doubled commas', '近年來,,河池', '近年来,河池'],
    ['comma before 、', '中央,、自治區', '中央、自治区'],
    ['comma before 。', '信念,。組織', '信念。组织'],
    ['comma before ；', '403個,；組建', '403个；组建'],
    ['doubled percent', '100%%', '100%'],
    ['a number wrapped across a line of running text', '全年共收到各类提案和意见建议合计35\n6件', '全年共收到各类提案和意见建议合计356件'],
    ['a short line of figures keeps its break', '提案35\n6件', '提案35\n6件'],
    ['full-width thousands separator', '建議１，２３４條', '建议1,234条'],
    ['full-width comma between numbers stays a comma', '１，２３４５條，３，４', '1，2345条，3，4'],
    ['CJK broken across a line', '重要组成单\n位，民主党派', '重要组成单位，民主党派'],
    ['paragraph break kept', '政治责任。\n\n加强自身', '政治责任。\n\n加强自身'],
    ['list lines kept', '- 标题一\n- 标题二', '- 标题一\n- 标题二'],
    ['CJK spaced out', '全 面 担 起', '全面担起'],
    ['word split by space', '调研报 告', '调研报告'],
    ['space before a number', '的 9个', '的9个'],
    ['space between number and unit', '800 万元，24 个', '800万元，24个'],
    ['numbers stay apart', '2 3', '2 3'],
    ['table columns stay apart', '主席会议 13 12', '主席会议13 12'],
    ['spaced-out digits re-joined', '收 到 提 案 3 5 6 件', '收到提案356件'],
    ['spaced-out year', '2 0 2 4 年', '2024年'],
    ['spaced-out class letter', '其 中 A 類 3 0 件 、 B 類 8 件', '其中A类30件、B类8件'],
    ['spaced-out decimal point', '采 用 率 4 5 . 2 %', '采用率45.2%'],
    ['a letter between words of Latin text stays apart', 'plan A is', 'plan A is'],
    ['a spaced point between a word and a digit stays', '第 3 . 条', '第3 . 条'],
    ['full-width digits and %', '１２％ ３．５', '12% 3.5'],
    ['full-width colon', '时间：09：03', '时间:09:03'],
    ['zero-width chars', 'a\u200bb\u200c\u200dc\ufeffd\u2060e\u00adf', 'abcdef'],
    ['NBSP and ideographic space', 'a\u00a0b\u3000c', 'a b c'],
    ['CRLF', '一\r\n\r\n二', '一\n\n二'],
    ['keeps 、，。“”', '“委员”、好，是。', '“委员”、好，是。'],
  ])('%s', (_quirk, raw, text) => {
    expect(normalizeText(raw).text).toBe(text);
  });

  it.each([
    ['協(xié)商會議13次', '13次'],
    ['提(ti)案356件', '提案356件'],
    ['立（li）案320件', '立案320件'],
    ['“委員書柜”403個,；', '403个'],
    ['政协委员基层联系点\n\n24 个。', '24个'],
    ['全 面 担 起 1 5 0', '担起'],
    ['１２％', '12%'],
  ])('maps %s back to the raw text', (raw, needle) => {
    const n = normalizeText(raw);
    const i = n.text.indexOf(needle);
    expect(i).toBeGreaterThanOrEqual(0);
    const { start, end } = rawSpan(n, i, i + needle.length);
    // every normalised char comes from the raw char its map points to (modulo simplification and width folding)
    for (let k = i; k < i + needle.length; k++) expect(start <= n.map[k] && n.map[k] < end).toBe(true);
    expect(normalizeText(raw.slice(start, end)).text).toBe(needle);
  });

  it('a fact through a toneless gloss quotes the page as it is', async () => {
    const { extractFacts } = await import('../../shared/facts/extract');
    const raw = '全年共收到提(ti)案356件，立(li)案320件，協(xie)商活动12次。';
    const facts = extractFacts(raw);
    expect(facts.map((f) => [f.quote, f.value, f.unit])).toEqual([['356件', 356, '件'], ['320件', 320, '件'], ['12次', 12, '次']]);
    for (const f of facts) expect(raw.slice(f.start, f.end)).toBe(f.quote);
    const spanning = extractFacts('立(li)案三百二(er)十件');
    for (const f of spanning) expect('立(li)案三百二(er)十件'.slice(f.start, f.end)).toBe(f.quote);
    expect(spanning.map((f) => [f.quote, f.value])).toEqual([['三百二(er)十件', 320]]);
  });

  it('map has one entry per char plus the raw length', () => {
    const raw = '全國政協(xié)\n會議 ,,100%%';
    const n = normalizeText(raw);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(raw.length);
  });
});
