// "委员个人提案133件，其中联名提案11件": a figure said in a 其中 clause is a part of a figure said before it, not
// another part of the year's work. When both feed one row, the clerk enters the whole (133), never 133 + 11.
// 其中 governs its clause up to the next 。；!? (a ；-separated list after it names other rows again), or up to the
// bracket it was said in closing ("合并11件（其中2案并1案的5件…），…142件": 142 is outside it); the whole
// stands in the same sentence before 其中, or in the sentence before when 其中 opens its sentence
// ("全年开展视察12次。其中，专题视察5次").

/** Where the whole of a part may stand: facts starting at or after `from` and ending at or before `to` (the 其中). */
export interface PartScope {
  from: number;
  to: number;
}

const QIZHONG = '其中';
const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[。；;！？!?\n]/;
const OPEN = '（(【［[';
const CLOSE = '）)】］]';

function lastMatch(s: string, re: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) if (re.test(s[i])) return i;
  return -1;
}

/** Whether the text closes a bracket it did not open. */
function closesBracket(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && --depth < 0) return true;
  }
  return false;
}

/** The span a statement's whole may be sought in, when its figure stands in a 其中 clause; else null. */
export function partScope(text: string, fact: { start: number; end: number }): PartScope | null {
  const head = text.slice(0, fact.end);
  const at = head.lastIndexOf(QIZHONG);
  if (at < 0) return null;
  const clause = head.slice(at + QIZHONG.length);
  if (CLAUSE_END.test(clause) || closesBracket(clause)) return null;
  const before = head.slice(0, at);
  let from = lastMatch(before, SENTENCE_END) + 1;
  // 其中 opening its sentence ("。其中，"): the whole is in the sentence before.
  if (/^[\s，,：:]*$/.test(before.slice(from)) && from > 0) from = lastMatch(before.slice(0, from - 1), SENTENCE_END) + 1;
  return { from, to: at };
}

/** The statements that are not a part of another one said before them (see partScope). */
export function withoutParts<S extends { fact: { start: number; end: number }; value: number; within?: PartScope }>(statements: readonly S[]): S[] {
  return statements.filter(
    (s) => !s.within || !statements.some((t) => t !== s && t.fact.start >= s.within!.from && t.fact.end <= s.within!.to && t.value >= s.value),
  );
}
