import type { Quantity } from './scan';
import type { FactContext } from './classify';
import { LIST_VERBS, listVerb } from './list-verbs';

// Which words around a number speak about it: clause punctuation and neighbouring quantities bound them.

/** A set of boundary chars, a table indexed by code unit (these run over every char around every number). */
type CharSet = Uint8Array;
const chars = (s: string): CharSet => {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < s.length; i++) set[s.charCodeAt(i)] = 1;
  return set;
};

const CLAUSE = chars('，,；;。！？!?\n');
const CLAUSE_RE = /[，,；;。！？!?\n]/;
const TALLY_ONLY = /^(?:全年|其中|合计|共计|总计|累计|共|计|达到?|总数|数量|总量)*$/;
/** "捐赠了米面油等物资，价值2.3万元": the worth of what the clause before gave, in money, is that clause's figure. */
const WORTH_ONLY = /^(?:总|合计|共计|共)?(?:价值|折合|折款|折价|总价值|货值)(?:人民币)?(?:约|达|共|计)?$/;
/** A heading naming a list ("…优秀委员名单"), the line before a bracketed tally of its entries ("（共46人）"). */
const LIST_HEADING = /(?:名单|名录|一览表)[:：]?\s*$/;
const AFTER_STOP = chars('，,；;。！？!?\n、');
const SENTENCE = chars('。！？!?；;\n');

/** What joins two items of one list of quantities: a separator, perhaps a repeated verb ("分别达100%和达98.6%"). */
const LIST_JOIN = /^\s*[、和及与，,]\s*(?:为|达|是)?\s*$/;

const SOFT_LEFT = /[\u4e00-\u9fff0-9，、“（]/;
const SOFT_RIGHT = /[\u4e00-\u9fff0-9]/;

/** A newline is a boundary unless it splits a sentence (e-paper columns: "基层联系点\n\n24 个"). */
function isBoundary(text: string, i: number, set: CharSet): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x0a) return set[c] === 1;
  // bounded: a page may hold thousands of blank lines in a row
  let a = i;
  while (a > 0 && i - a < 8 && /\s/.test(text[a - 1])) a--;
  let b = i;
  while (b < text.length && b - i < 8 && /\s/.test(text[b])) b++;
  return !(a > 0 && SOFT_LEFT.test(text[a - 1]) && b < text.length && SOFT_RIGHT.test(text[b]));
}

function backTo(text: string, from: number, set: CharSet, limit: number): number {
  let i = from;
  while (i > 0 && from - i < limit && !isBoundary(text, i - 1, set)) i--;
  return i;
}

function forwardTo(text: string, from: number, set: CharSet, limit: number): number {
  let i = from;
  while (i < text.length && i - from < limit && !isBoundary(text, i, set)) i++;
  return i;
}

/** Start of the paragraph (blank line or heading break) holding `pos`, at most 300 chars back. */
function paragraphStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 300);
  for (let i = pos - 1; i > from; i--) if (text[i] === '\n' && text[i - 1] === '\n') return i + 1;
  return from;
}

/**
 * "办复率、满意率分别达100%和98.6%": the i-th quantity after 分别 counts the i-th item listed before it.
 * Returns that item, or null when quantity k is not in such a list.
 */
function respectively(text: string, qs: readonly Quantity[], k: number, s0: number): string | null {
  const q = qs[k];
  // bounded search: pages run to megabytes
  const from = Math.max(s0, q.start - 40);
  const near = text.slice(from, q.start).lastIndexOf('分别');
  if (near < 0) return null;
  const p = from + near;
  if (/[。；;！？!?]/.test(text.slice(p, q.start))) return null;
  let index = 0;
  for (let j = k - 1; j >= 0 && qs[j].start > p; j--) {
    // the quantities after 分别 form one list ("分别为12次、8次和5次"); a quantity in a later clause with words of its
    // own ("分别联系一个区，至少参加1次") is not the list's next item
    if (!LIST_JOIN.test(text.slice(qs[j].end, qs[j + 1].start))) return null;
    index++;
  }
  // a list has two items at least: a lone quantity after 分别 ("分别挂钩联系一个区") counts for each, not respectively
  if (index === 0 && !(k + 1 < qs.length && LIST_JOIN.test(text.slice(q.end, qs[k + 1].start)))) return null;
  const items = text.slice(backTo(text, p, CLAUSE, 40), p).split(/[、和及与]/).filter((w) => w.length > 0);
  return items.length >= 2 && index < items.length ? items[index] : null;
}

/**
 * "…年度优秀委员名单\n（共46人）": a bracketed tally opening its line counts the entries of the list the heading
 * before it names; the heading is read as the tally's words. '' otherwise.
 */
function listHeading(text: string, s0: number, start: number, prevEnd: number): string {
  if (!/^[（(](?:共|计|合计|总计)?$/.test(text.slice(s0, start))) return '';
  const lineEnd = text.lastIndexOf('\n', s0 - 1);
  if (lineEnd < 0) return '';
  let e = lineEnd;
  while (e > 0 && /\s/.test(text[e - 1]) && lineEnd - e < 8) e--;
  const lineStart = text.lastIndexOf('\n', e - 1) + 1;
  if (lineStart < prevEnd || e - lineStart > 60) return '';
  const heading = text.slice(lineStart, e);
  return LIST_HEADING.test(heading) && !/[。；;！？!?]/.test(heading) ? heading : '';
}

/** The words around quantity k: bounded by clause punctuation and by the neighbouring quantities. */
export function contextOf(text: string, qs: readonly Quantity[], k: number): FactContext {
  const q = qs[k];
  const prevEnd = k > 0 ? qs[k - 1].end : 0;
  const nextStart = k + 1 < qs.length ? qs[k + 1].start : text.length;
  let b0 = Math.max(backTo(text, q.start, CLAUSE, 40), prevEnd);
  // "9个界别工作室和9个乡镇…联系点": words between two quantities that end in 和/、 name the first one
  if (b0 === prevEnd && k > 0 && /^[^、，,；;]+[和及与、]$/.test(text.slice(b0, q.start))) b0 = q.start;
  // in a list of quantities the words after a number stop at 、 too: "常委会议4次、主席会议12次" — 主席会议
  // belongs to 12次; but "203名市、县(区)政协委员参训" is one item
  const clauseEnd = forwardTo(text, q.end, CLAUSE, 40);
  const listed = nextStart < clauseEnd;
  const a1 = Math.min(listed ? forwardTo(text, q.end, AFTER_STOP, 40) : clauseEnd, Math.max(nextStart, q.end));
  const s0 = backTo(text, q.start, SENTENCE, 150);
  const s1 = forwardTo(text, q.end, SENTENCE, 150);
  // "提交提案,共计135件": a clause with only a tally verb borrows the clause before it
  const lead = text.slice(b0, q.start);
  // (a clause that opens with the number and goes on to its own predicate does not: "…，9件作并案处理")
  const ownPredicate = lead === '' && /^[\u4e00-\u9fff]{2}/.test(text.slice(q.end, clauseEnd));
  if (b0 > prevEnd && b0 > 0 && !ownPredicate && (TALLY_ONLY.test(lead) || (q.unit === '元' && WORTH_ONLY.test(lead))) && CLAUSE_RE.test(text[b0 - 1])) {
    b0 = Math.max(prevEnd, backTo(text, b0 - 1, CLAUSE, 40));
  }
  let after = text.slice(q.end, a1);
  // "集体提案34件（党派提案20件…）": a bracket right after the unit breaks the number down, it does not name it
  if (/^[（(]/.test(after)) after = '';
  // "322名自治区政协委员和203名…委员参训": parallel quantities share the predicate that follows the last one
  let tail = '';
  for (let j = k + 1; j < qs.length && a1 === qs[j].start && /[和、及与]$/.test(tail || after) && after.length < 20; j++) {
    const nEnd = Math.min(forwardTo(text, qs[j].end, CLAUSE, 40), j + 1 < qs.length ? Math.max(qs[j + 1].start, qs[j].end) : text.length);
    tail += text.slice(qs[j].end, nEnd);
    if (nEnd !== (qs[j + 1]?.start ?? -1)) break;
  }
  let before = text.slice(b0, q.start);
  // "获得领导批示58篇、86件次": a quantity joined to the previous one by a bare 、/和 counts the same thing
  // (in another unit): it shares that quantity's words
  if (k > 0 && b0 === prevEnd && /^[、和及与]$/.test(before)) before = contextOf(text, qs, k - 1).before;
  else if (k > 0 && b0 === prevEnd && /^、[^、，,；;。：:]{1,12}$/.test(before)) {
    // "编发《社情民意》专刊36期、信息120条": an item that names only its thing takes the verb the list opens with
    const verb = listVerb(contextOf(text, qs, k - 1).before);
    if (verb && !LIST_VERBS.some((v) => before.includes(v))) before = verb + before;
  }
  before = respectively(text, qs, k, s0) ?? before;
  before = listHeading(text, s0, q.start, prevEnd) + before;
  // "满意或基本满意的291件，占94.8%": a bare share of the count before it is read with that count's words
  // (a share of satisfied answers is the satisfaction rate; other shares stay unnamed); "立案64件，占提案总数的54%"
  if (q.unit === '%' && k > 0 && /^(?:约|仅|共)?占(?:比|[^，,；;。0-9]{0,6}?总数的?)?$/.test(before) && /^[，,]$/.test(text.slice(qs[k - 1].end, b0))) {
    before = contextOf(text, qs, k - 1).before + before;
  }
  return {
    before,
    after,
    tail,
    sentence: text.slice(s0, s1),
    // (in a list, the words after the 、 that ends this item are the next item's: "对提案15件、社情民意信息10篇")
    free: text.slice(Math.max(s0, Math.min(prevEnd, q.start)), Math.min(s1, listed && text[a1] === '、' && !tail ? a1 : Math.max(nextStart, q.end))),
    rest: text.slice(q.end, s1),
    topic: text.slice(paragraphStart(text, s0), s1),
    unit: q.unit,
    value: q.value,
    indefiniteOne: q.chinese && q.numeral === '一',
    prevUnit: k > 0 && b0 === prevEnd ? qs[k - 1].unit : undefined,
    lead: LEAD.exec(text.slice(q.start, q.end))?.[0] ?? '',
  };
}

// The quote's words before its number: an approx bound (不少于, 超过) the quote took in.
const LEAD = /^[^0-9零〇一二两三四五六七八九十廿卅百千万亿]*/;
