import { describe, expect, it } from 'vitest';
import { tallyCaptures } from '../../shared/tally/tally';
import { partScope } from '../../shared/tally/parts';
import { fact, prosePage, record } from './helpers';

// A figure said in a 其中 clause is a part of the figure said before it: when both feed one row (the extractor
// may well map a part to its whole's row), the row's value is the whole, not their sum.
const A = 'https://www.example-zx.gov.cn/a.html';
type Row = [quote: string, value: number, unit: string, code: string];

describe('a part said under 其中 beside its whole', () => {
  it.each<[string, string, Row[], Record<string, number>]>([
    ['a part in the same sentence', '在立案的提案中，委员个人提案133件，其中委员联名提案11件。', [['委员个人提案133件', 133, '件', 'pro.by_member'], ['联名提案11件', 11, '件', 'pro.by_member']], { 'pro.by_member': 133 }],
    ['several parts after one 其中', '全年开展调研20次，其中重点调研5次、专题调研8次。', [['开展调研20次', 20, '次', 'res.research'], ['重点调研5次', 5, '次', 'res.research'], ['专题调研8次', 8, '次', 'res.research']], { 'res.research': 20 }],
    ['其中 opening the next sentence', '全年开展视察12次。其中，专题视察5次，集体视察4次。', [['开展视察12次', 12, '次', 'res.inspection'], ['专题视察5次', 5, '次', 'res.inspection'], ['集体视察4次', 4, '次', 'res.inspection']], { 'res.inspection': 12 }],
    ['其中 ends at ；: the figure after it is the next part', '委员个人提案133件，其中联名提案11件；党派团体提案7件。', [['委员个人提案133件', 133, '件', 'pro.by_member'], ['联名提案11件', 11, '件', 'pro.by_member'], ['党派团体提案7件', 7, '件', 'pro.by_member']], { 'pro.by_member': 140 }],
    ['其中 ends at its closing bracket', '开展视察8次（其中专题视察3次），开展调研视察4次。', [['开展视察8次', 8, '次', 'res.inspection'], ['专题视察3次', 3, '次', 'res.inspection'], ['调研视察4次', 4, '次', 'res.inspection']], { 'res.inspection': 12 }],
    ['a bracket opened after 其中 keeps it open', '开展视察8次，其中专题视察（含联动视察）3次。', [['开展视察8次', 8, '次', 'res.inspection'], ['视察（含联动视察）3次', 3, '次', 'res.inspection']], { 'res.inspection': 8 }],
    ['the whole of another row: both rows keep their figure', '共收到提案145件，其中委员提案133件。', [['收到提案145件', 145, '件', 'pro.submitted'], ['委员提案133件', 133, '件', 'pro.by_member']], { 'pro.submitted': 145, 'pro.by_member': 133 }],
    ['其中 mid-sentence looks no further back than its sentence', '开展视察12次。组织委员开展调研，其中专题视察5次。', [['开展视察12次', 12, '次', 'res.inspection'], ['专题视察5次', 5, '次', 'res.inspection']], { 'res.inspection': 17 }],
    ['a part larger than the figure before it is no part of it', '开展视察3次、调研20次，其中视察调研8次。', [['开展视察3次', 3, '次', 'res.inspection'], ['调研20次', 20, '次', 'res.research'], ['视察调研8次', 8, '次', 'res.inspection']], { 'res.inspection': 11, 'res.research': 20 }],
  ])('%s', (_name, text, rows, want) => {
    const t = tallyCaptures([prosePage(A, text, rows.map(([q, v, u, c]) => fact(q, v, u, c)))]);
    expect(t.form.values).toEqual(want);
    expect(t.conflicts).toEqual([]);
  });

  it('lists only the whole as the source', () => {
    const t = tallyCaptures([prosePage(A, '全年开展视察12次。其中，专题视察5次。', [fact('开展视察12次', 12, '次', 'res.inspection'), fact('专题视察5次', 5, '次', 'res.inspection')])]);
    expect(t.form.sources!['res.inspection'].map((s) => s.quote)).toEqual(['开展视察12次']);
  });

  it('an approximate whole still holds its exact part (300余件，其中委员提案260件)', () => {
    const t = tallyCaptures([prosePage(A, '收到委员提案300余件，其中委员联名提案260件。', [fact('委员提案300余件', 300, '件', 'pro.by_member', 'over'), fact('联名提案260件', 260, '件', 'pro.by_member')])]);
    expect(t.form.values['pro.by_member']).toBe(300);
    expect(t.approx).toEqual(['pro.by_member']);
  });

  it('applies to an event article\'s own figures too', () => {
    const url = 'https://www.example-zx.gov.cn/event.html';
    const p = prosePage(url, '区政协举办委员履职培训班，80名委员参加培训，其中新任委员30名。', [fact('80名委员参加培训', 80, '名', 'mem.trainees'), fact('新任委员30名', 30, '名', 'mem.trainees')], {
      title: '区政协举办委员履职培训班', date: '2025-05-08', records: [record('区政协举办委员履职培训班', 'mem.training_sessions', url, '2025-05-08')],
    });
    const t = tallyCaptures([p], { period: '2025' });
    expect(t.form.values['mem.trainees']).toBe(80);
    expect(t.form.values['mem.training_sessions']).toBe(1);
  });

  it('a whole left out of the year leaves its part as the year\'s figure', () => {
    const p = prosePage(A, '本届以来开展视察50次，其中2025年开展视察12次。', [fact('开展视察50次', 50, '次', 'res.inspection', 'exact', { scope: 'span' }), fact('开展视察12次', 12, '次', 'res.inspection', 'exact', { year: 2025 })], { date: '2025-12-20' });
    const t = tallyCaptures([p], { period: '2025' });
    expect(t.form.values['res.inspection']).toBe(12);
    expect(t.leftOut.map((l) => [l.code, l.value, l.reason])).toEqual([['res.inspection', 50, 'multi-year']]);
  });
});

describe('partScope', () => {
  const at = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    return partScope(text, { start, end: start + quote.length });
  };
  it.each<[string, string, string, { from: number; to: number } | null]>([
    ['no 其中', '开展视察12次，专题视察5次。', '专题视察5次', null],
    ['before its 其中', '开展视察12次，其中专题视察5次。', '开展视察12次', null],
    ['same sentence', '前言。开展视察12次，其中专题视察5次。', '专题视察5次', { from: 3, to: 11 }],
    ['sentence before', '前言。开展视察12次。其中，专题视察5次。', '专题视察5次', { from: 3, to: 11 }],
    ['after ；', '开展视察12次，其中专题视察5次；调研3次。', '调研3次', null],
  ])('%s', (_name, text, quote, want) => {
    expect(at(text, quote)).toEqual(want);
  });
});
