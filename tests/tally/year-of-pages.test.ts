import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCaptureFile } from '../../cli/read-input';
import { tallyCaptures, type TallyCapture, type TallyResult } from '../../shared/tally/tally';
import { validateForm } from '../../shared/validate/engine';

// A county office's year on its portal (tests/fixtures/year, pages.tsv gives each file's address): single-event news
// through 2025, a few pages from December 2024, the 2025 year-end summary (26 December), a five-year review (30 December)
// and the standing committee's work report published in January 2026 (过去一年), one article under two addresses, one reprinted by the
// county's media centre under another title, two headline lists, an undated copy. Read by the CLI's own reader.
//
// What the clerk enters on the 2025 form:
//  - stated in the year-end summary: 常委会议4, 主席会议12, 提案186, 立案172, 办复率100%, 社情民意236, 采用31;
//  - counted from the year's records (no figure stated): 全体会议1 (十届四次会议: the closing counts, the opening is the
//    same session), 专题协商会2 (6-12 reported twice + reprint, 9-18 only as headlines), 视察2, 委员培训班2;
//  - added from each event's own figure: 参训委员 80 + 65 = 145, 走访慰问困难群众 30 + 25 = 55 户.
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/year');
const CLERK_2025: Record<string, number> = {
  'mtg.plenary': 1, 'mtg.standing': 4, 'mtg.chair': 12, 'con.topical': 2, 'res.inspection': 2, 'mem.training_sessions': 2, 'mem.trainees': 145,
  'svc.households': 55, 'pro.submitted': 186, 'pro.accepted': 172, 'pro.answer_rate': 100, 'inf.collected': 236, 'inf.adopted': 31,
};
const HOW_2025: Record<string, string> = {
  'mtg.plenary': 'records', 'mtg.standing': 'statement', 'mtg.chair': 'statement', 'con.topical': 'records', 'res.inspection': 'records',
  'mem.training_sessions': 'records', 'mem.trainees': 'events', 'svc.households': 'events', 'pro.submitted': 'statement', 'pro.accepted': 'statement',
  'pro.answer_rate': 'statement', 'inf.collected': 'statement', 'inf.adopted': 'statement',
};

let captures: Array<TallyCapture & { file: string }>;
let t: TallyResult;

beforeAll(async () => {
  const rows = readFileSync(path.join(DIR, 'pages.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  captures = [];
  for (const [file, url] of rows) {
    const c = await readCaptureFile(path.join(DIR, file), url || undefined);
    captures.push({ ...c, url: c.url ?? `file:${file}`, capturedAt: '2026-01-20T08:00:00Z', file });
  }
  t = tallyCaptures(captures, { unit: '青山区政协', period: '2025' });
});

const fileOf = (url: string) => captures.find((c) => c.url === url)?.file;

describe('a year of portal pages tallied for 2025', () => {
  it('is read as 26 articles and 2 headline lists, each with its publication date', () => {
    expect(captures).toHaveLength(28);
    expect(captures.filter((c) => c.kind === 'list').map((c) => c.file)).toEqual(['list-zxyw.html', 'list-home.txt']);
    for (const c of captures) if (c.kind === 'article' && c.file !== 'undated-grassroots.txt') expect(c.date, c.file).toBe(c.file.slice(0, 10));
  });

  it('gives exactly the form the clerk would submit', () => {
    expect({ ...t.form.values }).toEqual(CLERK_2025);
    expect(t.conflicts).toEqual([]);
    expect(t.form.conflicts).toBeUndefined();
    expect(Object.fromEntries(Object.entries(t.form.sources!).map(([code, list]) => [code, [...new Set(list.map((s) => s.how))].join()]))).toEqual(HOW_2025);
  });

  it('takes no value from another period: every source is a 2025 page, or the year-end report about 2025', () => {
    for (const [code, list] of Object.entries(t.form.sources!)) {
      for (const s of list) {
        const year = s.date?.slice(0, 4);
        const page = captures.find((c) => c.url === s.url || c.title === s.title);
        const statedYear = page?.facts.find((f) => f.quote === s.quote)?.year;
        expect(year === '2025' || statedYear === 2025, `${code} ← ${s.title} ${s.date}`).toBe(true);
      }
    }
  });

  it('counts the article under two addresses and its reprint once, with its headlines', () => {
    expect(t.recordCounts).toEqual({ 'mtg.plenary': 1, 'mtg.standing': 2, 'mtg.chair': 6, 'con.topical': 2, 'res.inspection': 2, 'mem.training_sessions': 2 });
    // The records behind 专题协商会 2: one per event, each with its title and date.
    expect(t.form.sources!['con.topical'].map((s) => [s.title, s.date])).toEqual([
      ['区政协召开专题协商会 聚焦乡村振兴', '2025-06-12'],
      ['区政协召开专题协商会 聚焦文旅融合发展', '2025-09-18'],
    ]);
    // 参训委员: each training's own figure once, from its article.
    expect(t.form.sources!['mem.trainees'].map((s) => fileOf(s.url))).toEqual(['2025-04-25-training.html', '2025-10-28-training.html']);
  });

  it('lists what it left out with its reason: last December, the five-year review, the undated copy; the January report counts', () => {
    const out = t.leftOut.map((l) => ({ file: fileOf(l.url) ?? l.url, code: l.code, kind: l.kind, reason: l.reason, year: l.year }));
    const dec = out.filter((l) => l.file.startsWith('2024-12'));
    expect(new Set(dec.map((l) => l.reason))).toEqual(new Set(['other-year']));
    expect(dec.filter((l) => l.kind === 'record').map((l) => l.code).sort()).toEqual(['con.topical', 'mem.training_sessions', 'mtg.chair']);
    expect(dec.filter((l) => l.kind === 'statement').map((l) => `${l.file} ${l.code}`)).toEqual([
      '2024-12-05-training.html mem.trainees',
      '2024-12-27-summary.html mtg.standing', '2024-12-27-summary.html mtg.chair', '2024-12-27-summary.html pro.submitted',
      '2024-12-27-summary.html pro.accepted', '2024-12-27-summary.html inf.collected',
    ]);
    // The five-year review, published in the period itself: its 五年来 figures are multi-year, never a 2025 value.
    const review = captures.find((c) => c.file === '2025-12-30-review.html')!;
    const reviewed = review.facts.filter((x) => x.indicator);
    expect(reviewed.map((f) => f.value)).toEqual([20, 58, 900, 1100]);
    for (const f of reviewed) expect(t.leftOut.find((x) => x.quote === f.quote && x.url === review.url)?.reason, f.quote).toBe('multi-year');
    // The January report about 过去一年 belongs to 2025: counted (it agrees with the December summary), not left out.
    const report = captures.find((c) => c.file === '2026-01-08-report.txt')!;
    const reported = report.facts.filter((x) => x.indicator);
    expect(reported.map((f) => f.year)).toEqual([2025, 2025, 2025, 2025, 2025]);
    for (const f of reported) expect(t.leftOut.find((x) => x.quote === f.quote && x.url === report.url)).toBeUndefined();
    expect(t.form.sources!['mtg.chair'].map((s) => fileOf(s.url))).toEqual(['2025-12-26-summary.html', '2026-01-08-report.txt']);
    expect(out.filter((l) => l.reason === 'undated')).toEqual([{ file: 'undated-grassroots.txt', code: 'con.grassroots', kind: 'record', reason: 'undated', year: null }]);
    // The next session's opening (January 2026) is a plenary record of 2026, left out as another year's.
    const next = out.filter((l) => l.file === '2026-01-10-plenary-open.html');
    expect(next).toEqual([{ file: '2026-01-10-plenary-open.html', code: 'mtg.plenary', kind: 'record', reason: 'other-year', year: 2026 }]);
    // Nothing else is left out: every 2025 statement and record is in the form or behind it.
    const accounted = new Set([...dec, ...next, ...out.filter((l) => ['2025-12-30-review.html', 'undated-grassroots.txt'].includes(l.file))]);
    expect(out.filter((l) => !accounted.has(l))).toEqual([]);
    for (const l of t.leftOut) expect(l.why.length).toBeGreaterThan(4);
  });

  it('validates without R19: the stated counts are not short of the records', () => {
    const rules = validateForm(t.form, { records: t.recordCounts }).map((f) => f.rule);
    expect(rules).not.toContain('R19');
    expect(t.suggestions).toMatchObject([{ code: 'pro.accept_rate', value: 92.47 }]);
  });

  it('gives the 2024 form from the same pages: last year\'s summary and December events only', () => {
    const y24 = tallyCaptures(captures, { period: '2024' });
    expect({ ...y24.form.values }).toEqual({
      'mtg.standing': 4, 'mtg.chair': 11, 'con.topical': 1, 'mem.training_sessions': 1, 'mem.trainees': 60, 'pro.submitted': 170, 'pro.accepted': 158, 'inf.collected': 205,
    });
  });
});
