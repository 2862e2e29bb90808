import { describe, expect, it } from 'vitest';
import { STANDARD_CATALOGUE } from '../../shared/catalogue/indicators';
import { candidateCues, candidateList, cueTables, cuesIn } from '../../shared/facts/cue-tables';

// cuesIn is the prefilter of headline classification: every cue whose words occur in a text must be
// among its candidates, or a headline would lose its indicator.

describe('cuesIn', () => {
  const tables = cueTables(STANDARD_CATALOGUE);

  it('lists every cue whose last part occurs in the text, ascending, once', () => {
    const missing: string[] = [];
    tables.terms.forEach((t, k) => {
      for (const alt of t.parts[t.parts.length - 1]) {
        const text = `市政协${t.parts.map((p) => p[0]).slice(0, -1).join('')}${alt}举行`;
        if (!cuesIn(tables, text).includes(k)) missing.push(`${t.code} ${alt}`);
      }
    });
    expect(missing).toEqual([]);
    const got = cuesIn(tables, '市政协召开主席会议和专题协商会，委员视察调研');
    expect(got.length).toBeGreaterThan(1);
    expect(got).toEqual([...new Set(got)].sort((a, b) => a - b));
  });

  it('lists nothing for a text without cue words', () => {
    expect(cuesIn(tables, 'abc 123')).toEqual([...tables.short]);
  });

  it('gives the same candidates whatever came before (its scratch is cleared)', () => {
    const a = cuesIn(tables, '召开专题协商会');
    cuesIn(tables, '市政协主席会议研究部署委员工作室建设，视察调研，远程协商');
    expect(cuesIn(tables, '召开专题协商会')).toEqual(a);
  });
});

describe('candidateCues', () => {
  const tables = cueTables(STANDARD_CATALOGUE);
  const marked = (m: Uint8Array) => [...m.keys()].filter((k) => m[k]);

  it('marks the cues of the sentence and the words, the same whatever was asked before (its buffers are reused)', () => {
    const s1 = '全年共收到提案356件，立案320件。';
    const s2 = '组织委员视察调研12次，召开专题协商会3次。';
    const a = marked(candidateCues(tables, s1, ['收到提案', '件']));
    expect(a).toEqual(cuesIn(tables, s1 + '\u0000收到提案\u0000件').filter((k) => !tables.short.includes(k)));
    const b = marked(candidateCues(tables, s2, ['视察调研']));
    expect(b).not.toEqual(a);
    // the same sentence again with other words, then the first question again
    marked(candidateCues(tables, s1, ['委员工作室']));
    expect(marked(candidateCues(tables, s1, ['收到提案', '件']))).toEqual(a);
    expect(marked(candidateCues(tables, s2, ['视察调研']))).toEqual(b);
  });
});

describe('candidateList', () => {
  const tables = cueTables(STANDARD_CATALOGUE);
  const marked = (m: Uint8Array) => [...m.keys()].filter((k) => m[k]);

  it('lists what candidateCues marks, ascending, whichever of its remembered sentences is asked', () => {
    const s1 = '全年共收到提案356件，立案320件。';
    const s2 = '组织委员视察调研12次，召开专题协商会3次。';
    const s3 = '编报社情民意信息86期，获省领导批示9件次。';
    // three sentences in turn (more than it remembers), each with words of its own or none
    const asks: Array<[string, string[]]> = [
      [s1, ['收到提案', '件']],
      [s2, ['视察调研']],
      [s1, ['委员工作室']],
      [s3, []],
      [s2, ['社情民意信息', '批示']],
      [s1, ['收到提案', '件']],
    ];
    for (const [s, words] of asks) {
      const list = candidateList(tables, s, words);
      expect(list).toEqual(marked(candidateCues(tables, s, words)));
      expect(list).toEqual(cuesIn(tables, [s, ...words].join('\u0000')).filter((k) => !tables.short.includes(k)));
    }
  });

  it('hands out a list of its own: changing it changes no later answer', () => {
    const s = '组织委员视察调研12次。';
    const a = candidateList(tables, s, []);
    const copy = [...a];
    a.length = 0;
    expect(candidateList(tables, s, [])).toEqual(copy);
  });
});
