// Numbers that are not quantity statements: ordinals, session names, slogans, indefinite 一, numbers in names.
import { unitFamily } from './units';

const CN_DIGITS = '零〇一二两三四五六七八九十廿卅百千';
const OPEN_QUOTES = '“‘「『《';
const CLOSE_QUOTES = '”’」』》';
const SENTENCE_END = '。！？；;\n';

// code unit → what it is to a quote scan (only these chars stop or start it)
const OPEN = 1;
const CLOSE = 2;
const QUOTE_KIND = new Map<number, number>([
  ...[...OPEN_QUOTES].map((c) => [c.charCodeAt(0), OPEN] as [number, number]),
  ...[...CLOSE_QUOTES + SENTENCE_END].map((c) => [c.charCodeAt(0), CLOSE] as [number, number]),
]);

/** Is position `pos` inside a short quoted term (“两个确立”, 《…》) or a book/document title? */
export function insideQuote(text: string, pos: number, maxLen = 16): boolean {
  // typographic quotes: nearest unmatched opener before pos, closer after
  for (let i = pos - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const k = QUOTE_KIND.get(text.charCodeAt(i));
    if (k === undefined) continue;
    if (k === CLOSE) break;
    if (text[i] === '《') return true; // titles of books and documents, any length
    for (let j = pos, m = 0; j < text.length && m < 16; j++, m++) {
      if (CLOSE_QUOTES.includes(text[j])) return n + m <= maxLen;
      if (SENTENCE_END.includes(text[j])) break;
    }
    break;
  }
  // ASCII quotes: odd count of " (or ') since the paragraph start means we are inside
  const reach = text.slice(Math.max(0, pos - 200), pos);
  for (const q of ['"', "'"]) {
    // no such quote on the line within reach: nothing to count
    const near = reach.lastIndexOf(q);
    if (near < 0 || reach.indexOf('\n', near) >= 0) continue;
    let count = 0;
    let last = -1;
    for (let i = pos - 1, n = 0; i >= 0 && n < 200; i--, n++) {
      const ch = text[i];
      if (ch === '\n') break;
      if (ch === q) {
        count++;
        if (last < 0) last = i;
      }
    }
    if (count % 2 === 1 && pos - last <= maxLen) {
      const close = text.slice(pos, last + maxLen + 1).indexOf(q);
      if (close >= 0) return true;
    }
  }
  return false;
}

/** Chars before a lone Chinese 一 that make it indefinite or part of a word (是一个, 统一, 唯一, 之一, 每一篇). */
// (上一篇 / 下一篇 page links, 新一轮: 'the previous', 'the next', 'a new'; 又一次, 再一次: 'once more' — never a tally)
const INDEFINITE_BEFORE = '是为的有了成这那另某其之统唯同单专逐万每任哪如着上下新又再';

export interface Candidate {
  /** normalised indices */
  numStart: number;
  numEnd: number;
  unitStart: number;
  unitEnd: number;
  unit: string;
  chinese: boolean;
  numeral: string;
  /** set by the scanner once markers are read */
  approx?: string;
}

// Political watchwords that contain a numeral and a measure word; they name a thing, they count nothing.
const WATCHWORDS = new RegExp(
  '^(?:' +
    ['八项规定', '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '两个务必', '三个务必', '三个代表', '两个一百年',
     '两个结合', '两个大局', '四个服务', '五个明确', '四个面向', '两个毫不动摇', '三个有利于', '两个巩固', '十个明确', '十四个坚持',
     '十三个方面', '六个必须坚持', '两个责任', '两个全覆盖', '三个表率', '四个不摘', '五个必由之路', '四个伟大', '三个转变',
     '两个作用', '一个中心', '两个基本点', '四套班子', '三套班子', '五套班子'].join('|') +
    ')',
);

// (十九届中央纪委二次全会, 市十五届人大三次会议: an assembly or a party committee named between 届 and 次)
const SESSION_OF = /届(?:全国|省|市|州|县|区|中央)?(?:人大|政协|党代会|人民代表大会|妇代会|团代会|职代会|纪委|纪律检查委员会|委员会|党委|省委|市委|县委|区委|常委会)$/;
const SESSION_AFTER = /^(?:会议|全会|全体会议|常委会|常务委员会)/;

// 中央花园一期小区, 二期工程: the phase of a building project names it, it counts nothing
const PHASE_OF = /^(?:小区|工程|项目|楼盘|园区|厂房|工地|用地|改造|建设工程)/;

// 一项重要的经常性工作, 当前一项政治任务: 一 as the article before a judgement of what a thing is, not a count
const JUDGEMENT_AFTER = /^(?:重要|重大|政治|光荣|艰巨|长期|基础|根本|战略|经常性|全局性|紧迫|严肃|神圣)/;

// 分别挂钩联系一个市(县)区: one each, for each of several people — a distribution, not a tally
const DISTRIBUTIVE = /(?:分别|各自)[^，,。；;！？\n]{0,12}$/;

// 8个多月, 两个半月, 3个多小时, 10个工作日: a duration (the month/hour after 个 is read by the blocker only when adjacent)
const DURATION_AFTER = /^[多余半]?(?:月|小时|钟头|星期|礼拜|工作日|季度)/;

/** Page-count chrome near a 页: 上一页 / 下一页, 1/36, 每页 …; a book's 234页 has none. */
const PAGE_CHROME = /上一页|下一页|首页|尾页|末页|页次|当前|跳转|每页|[0-9]\s*\/\s*[0-9]+/;

/** A pager near a number: the page count, 1/36, 上一页 …. */
export const PAGING = /每页|[0-9]\s*\/\s*[0-9]+\s*页|共\s*[0-9]+\s*页|上一页|下一页|尾页|页次/;

/** Why a candidate number is not a fact, or null when it is one. */
export function notFactReason(text: string, c: Candidate): string | null {
  const before = text[c.numStart - 1] ?? '\u0000';
  const after = text[c.unitEnd] ?? '';
  if (before === '第') return 'ordinal';
  if (before === '届' || (before === '年' && c.unit === '次' && /[届]/.test(text.slice(c.numStart - 4, c.numStart)))) return 'session';
  // "市十五届人大三次会议": a session of another assembly named between 届 and 次
  if (c.unit === '次' && SESSION_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 4)) && SESSION_OF.test(text.slice(Math.max(0, c.numStart - 10), c.numStart))) return 'session';
  if (c.unit === '期' && PHASE_OF.test(text.slice(c.unitEnd, c.unitEnd + 4))) return 'name';
  if (c.unit === '个' && DURATION_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 3))) return 'duration';
  if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(text[c.numEnd] ?? '')) return 'code';
  // 09:03 is a time; a label's colon (阅读量：2,041次, 参会人数：120人) introduces a count
  if (((before === ':' || before === '：') && /[0-9]/.test(text[c.numStart - 2] ?? '')) || before === '·') return 'time';
  // slogans are short and written with Chinese numerals; a quoted sentence with Arabic counts still counts
  if (insideQuote(text, c.numStart, c.chinese ? 16 : 6)) return 'quoted';
  // list-page chrome "共 356 条 第 1/36 页 每页10条": the page size counts nothing (the pager's total 共 356 条 is a
  // fact of the page, counting its items; classify gives it no row)
  if ((c.unit === '条' || c.unit === '篇' || c.unit === '个') && /每页\s*$/.test(text.slice(Math.max(0, c.numStart - 4), c.numStart))) return 'paging';
  // (a book's "共234页，" goes on with its sentence; a pager's "共 12 页  1 2 3" does not)
  if (c.unit === '页' && ((PAGING.test(text.slice(Math.max(0, c.numStart - 3), c.unitEnd + 14)) && !/^[，,。；;、]/.test(after)) || PAGE_CHROME.test(text.slice(Math.max(0, c.numStart - 8), c.unitEnd + 16)))) return 'paging';
  if (c.chinese) {
    // 千家万户, 百名委员进百村: a bare 百/千/万 is rhetoric unless marked as an estimate (上千名, 万余人)
    // (百分之百 is a rate of 100%, no rhetoric)
    if (/^[百千万亿]$/.test(c.numeral) && (c.approx ?? 'exact') === 'exact' && !text.startsWith('百分之', c.numStart)) return 'idiom';
    if (WATCHWORDS.test(text.slice(c.numStart, c.numStart + 8))) return 'watchword';
    // 五个“干事”, 四位一体, 一对一, 一岗双责: a small numeral + measure word naming a slogan
    if (after && (OPEN_QUOTES.includes(after) || after === '"' || after === "'")) return 'slogan';
    if (after && CN_DIGITS.includes(after) && c.numeral.length <= 2) return 'slogan';
    if (c.numeral === '一') {
      if (before && INDEFINITE_BEFORE.includes(before)) return 'indefinite';
      if (text.startsWith(c.unit, c.unitEnd)) return 'reduplication'; // 一次次, 一个个: "again and again"
      // 一个环节一个环节, 一次又一次: the same 一+unit again a few chars on
      const again = text.slice(c.unitEnd, c.unitEnd + 6).indexOf('一' + c.unit);
      if (again >= 0 && !/[，,。；;、！？\n]/.test(text.slice(c.unitEnd, c.unitEnd + again))) return 'reduplication';
      const back = text.slice(Math.max(0, c.numStart - 6), c.numStart);
      const earlier = back.lastIndexOf('一' + c.unit);
      if (earlier >= 0 && !/[，,。；;、！？\n]/.test(back.slice(earlier))) return 'reduplication';
      // 一步一个脚印, 一年一次: the second half of 一X一Y
      if (text[c.numStart - 2] === '一' && /[\u4e00-\u9fff]/.test(before) && !CN_DIGITS.includes(before)) return 'slogan';
      // (an event stays counted: 召开一次重要会议 is one meeting)
      if (unitFamily(c.unit) !== 'events' && JUDGEMENT_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 3))) return 'indefinite';
      // 每年一次, 五年一次, 一月一次: how often, not how many
      if (c.unit === '次' && '年月周季天日'.includes(before)) return 'frequency';
      // 最后一次, 最近一次会议: which one, not how many
      if (/最[后近]$/.test(text.slice(Math.max(0, c.numStart - 2), c.numStart))) return 'ordinal';
      if (DISTRIBUTIVE.test(text.slice(Math.max(0, c.numStart - 20), c.numStart))) return 'distributive';
      // 建立一套机制、完善一个平台、打造一个品牌的“三个一”: a list summarised by a numeral slogan
      const tail = text.slice(c.unitEnd, c.unitEnd + 40);
      const cut = tail.search(/[。！？；;]/);
      if (/[“"][一二三四五六七八九十两][个项条种]?一[^”"]{0,3}[”"]/.test(cut >= 0 ? tail.slice(0, cut) : tail)) return 'slogan';
      // 一人一档, 一村一策: 一X一Y
      if (text[c.unitEnd + 1] === '一' || text[c.unitEnd] === '一') return 'slogan';
    }
  }
  return null;
}
