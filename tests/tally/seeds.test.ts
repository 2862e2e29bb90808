import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Approx, Capture } from '../../shared/model';
import { captureText } from '../../shared/page/capture';
import { tallyCaptures, type TallyCapture } from '../../shared/tally/tally';
import { validateForm } from '../../shared/validate/engine';

// The five real portal texts and their hand labels (tests/fixtures/gold). The expected values are what a clerk
// would enter on ZX-01 from each page alone:
//  - 000 mtg.study_group = 33: the page gives 自治区政协党组 中心组学习会16次 and 机关党组 中心组学习会17次.
//    Both are 党组理论学习中心组 sessions of the same CPPCC (the standard's wording counts 机关党组会 as
//    党组会议 too), so the clerk adds them; both statements are kept as sources for review.
//  - 000 mem.trainees = 525, not 525 + 322 + 203: the parts stand beside their total.
//  - 000 inf.edited = 1565: 采编1565篇 beats the summary's 1500余篇.
//  - 001 svc.projects = 1700 (引进项目300多项 + 办实事1400多件, one row "办实事、引进项目"), approximate.
//  - 004 mem.lectures = 6 (政协讲堂2期 + 委员讲堂4期), svc.donations = 1164000 元 (93.35万 + 23.05万).
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.join(projectRoot, 'tests/fixtures');

interface Gold {
  facts: Array<{ quote: string; value: number; unit: string; approx: Approx; indicator: string | null }>;
  records: Array<{ title: string; indicator: string | null }>;
  kind: Capture['kind'];
}

function seed(id: string): { text: string; gold: Gold; url: string } {
  const file = readdirSync(path.join(SHARED, 'seeds')).find((f) => f.startsWith(id))!;
  return {
    text: readFileSync(path.join(SHARED, 'seeds', file), 'utf8'),
    gold: JSON.parse(readFileSync(path.join(SHARED, 'gold', `${id}.json`), 'utf8')),
    url: `https://portal.example/${file.replace('.txt', '.html')}`,
  };
}

/**
 * The capture a perfect extractor would make: the hand-labelled facts and records of the seed, each statement
 * dated to the year the page reports (`year`, as the statements issue reads 回望2025年; the seeds carry no
 * explicit year labels, so the year is given here). The headlines of 001 carry no date: they stay out of a year's form.
 */
function goldCapture(id: string, year = 2025): TallyCapture {
  const { text, gold, url } = seed(id);
  const facts = gold.facts.map((f) => {
    const start = Math.max(0, text.indexOf(f.quote));
    return { ...f, start, end: start + f.quote.length, scope: 'year' as const, year };
  });
  const records = gold.records.map((r) => ({ title: r.title, date: null, url: null, indicator: r.indicator }));
  return { kind: gold.kind, title: id, date: null, text, facts, records, url, capturedAt: '2026-02-01T08:00:00Z' };
}

const CLERK: Record<string, { values: Record<string, number>; approx: string[]; records?: Record<string, number> }> = {
  '000': {
    values: {
      'mtg.chair': 13, 'mtg.secretary': 7, 'mtg.party_group': 23, 'mtg.study_group': 33, 'con.topical': 6, 'sup.special': 9, 'sup.topical': 2,
      'mem.training_sessions': 2, 'mem.trainees': 525, 'adm.documents': 132, 'adm.party_lectures': 44, 'adm.reform_tasks': 19, 'svc.households': 787,
      'inf.collected': 4069, 'inf.edited': 1565, 'inf.adopted': 27, 'inf.instructed': 230, 'inf.forwarded': 411,
    },
    approx: [],
  },
  '001': {
    values: { 'con.grassroots': 1200, 'res.suggestions': 150, 'res.instructions': 70, 'sup.special': 20, 'mem.lectures': 150, 'svc.projects': 1700 },
    approx: ['con.grassroots', 'res.suggestions', 'res.instructions', 'sup.special', 'mem.lectures', 'svc.projects'],
  },
  '002': { values: { 'sup.monitors': 50, 'mem.contact_points': 33, 'mem.studios': 16, 'adm.rules': 8 }, approx: ['sup.monitors'] },
  '003': {
    values: { 'mtg.standing_topical': 2, 'con.micro': 40, 'res.instructions': 20, 'mem.training_sessions': 2, 'mem.contact_points': 45, 'mem.commended': 80, 'pub.reports': 299, 'adm.rules': 19 },
    approx: ['con.micro', 'res.instructions'],
  },
  '004': {
    values: {
      'res.topics': 2, 'res.reports': 4, 'res.suggestions': 55, 'sup.monitors': 32, 'mem.training_sessions': 2, 'mem.visits': 124, 'mem.lectures': 6,
      'mem.studios': 3, 'svc.donations': 1164000, 'pro.accepted': 97, 'pro.answer_rate': 100, 'pro.satisfaction_rate': 97, 'inf.collected': 49,
    },
    approx: [],
  },
};

describe('tally of each seed page, from its hand-labelled facts', () => {
  it.each(Object.keys(CLERK))('seed %s gives what a clerk would enter', (id) => {
    const t = tallyCaptures([goldCapture(id)], { unit: '测试政协', period: '2025' });
    const want = CLERK[id];
    expect({ ...t.form.values }).toEqual(want.values);
    expect(t.approx).toEqual(want.approx);
    expect(t.recordCounts).toEqual(want.records ?? {});
    expect(t.conflicts).toEqual([]);
    // Undated headlines are listed, not counted and not dropped.
    expect(t.leftOut.map((l) => [l.kind, l.reason])).toEqual(seed(id).gold.records.filter((r) => r.indicator).map(() => ['record', 'undated']));
    for (const code of Object.keys(want.values)) expect(t.form.sources![code].length).toBeGreaterThan(0);
  });

  it('keeps both 学习会 statements of seed 000 as sources of the 33', () => {
    const t = tallyCaptures([goldCapture('000')]);
    expect(t.form.sources!['mtg.study_group'].map((s) => s.quote)).toEqual(['理论学习中心组学习会16次', '机关党组理论学习中心组学习会17次']);
  });

  it('validates seed 000 clean, and flags only the approximate values of seed 001', () => {
    const header = { unit: '自治区政协', period: '2025' };
    expect(validateForm(tallyCaptures([goldCapture('000')], header).form)).toEqual([]);
    const f001 = validateForm(tallyCaptures([goldCapture('001')], header).form);
    expect(new Set(f001.map((f) => f.rule))).toEqual(new Set(['R18']));
    expect(f001).toHaveLength(6);
  });
});

describe('tally across seed pages', () => {
  it('agrees where pages agree and leaves disagreements to the clerk', () => {
    const t = tallyCaptures(['000', '002', '003', '004'].map(goldCapture));
    expect(t.form.values['mem.training_sessions']).toBe(2); // 000, 003 and 004 all say 2期
    expect(new Set(t.form.sources!['mem.training_sessions'].map((s) => s.url)).size).toBe(3);
    // Four units' pages: most figures differ, and no page may overrule another.
    expect(t.conflicts.map((c) => c.code)).toEqual(['sup.monitors', 'mem.contact_points', 'mem.studios', 'adm.rules', 'inf.collected']);
    // 004's exact 7名 + 25名 = 32 would beat 002's 50余名, but 32 is not "50余": the clerk decides.
    expect(t.conflicts[0].candidates.map((c) => c.value)).toEqual([32, 50]);
    expect(t.conflicts.find((c) => c.code === 'mem.contact_points')!.candidates.map((c) => c.value)).toEqual([33, 45]);
    expect(t.form.values['mem.contact_points']).toBeUndefined();
  });
});

describe('end to end: captureText → tally on seed 000', () => {
  it('gives the figures the brief names for 000', () => {
    const { text, url } = seed('000');
    const capture = captureText(text, url);
    expect(capture.date).toBe('2026-01-30');
    // Published 2026-01-30 about 2025 (回望2025年): its statements count for 2025, not for 2026.
    const t = tallyCaptures([{ ...capture, capturedAt: '2026-02-01T08:00:00Z' }], { unit: '自治区政协', period: '2025' });
    expect(tallyCaptures([capture], { period: '2026' }).form.values['mtg.chair']).toBeUndefined();
    expect(t.form.values).toMatchObject({
      'mem.training_sessions': 2, 'mem.trainees': 525, 'inf.collected': 4069, 'inf.edited': 1565, 'inf.instructed': 230, 'mtg.chair': 13, 'mtg.study_group': 33,
    });
    expect(t.form.sources!['inf.edited'][0]).toMatchObject({ url, capturedAt: '2026-02-01T08:00:00Z', date: '2026-01-30', how: 'statement' });
  });
});
