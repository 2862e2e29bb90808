import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormFile } from '../../shared/form/form-file';
import { projectRoot, zxtally } from './helpers';

// `zxtally tally` over the year-of-pages fixture, files named on the command line as a clerk would (no addresses:
// dates come from the pages themselves): the same form as the tally test, the left-out list on stderr.
const DIR = path.join(projectRoot, 'tests/fixtures/year');

describe('zxtally tally on a year of pages', () => {
  it('prints the 2025 form and lists what it left out, with reasons, on stderr', async () => {
    const files = readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f)).map((f) => path.join(DIR, f));
    const r = await zxtally('tally', ...files, '--unit', '青山区政协', '--period', '2025');
    expect(r.code).toBe(0);
    const form = parseFormFile(r.stdout);
    expect(form.values).toMatchObject({ 'mtg.chair': 12, 'mtg.standing': 4, 'con.topical': 2, 'mem.trainees': 145, 'svc.households': 55, 'mtg.plenary': 1, 'pro.submitted': 186 });
    expect(form.sources!['con.topical'].every((s) => s.how === 'records' && s.date?.startsWith('2025'))).toBe(true);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('未计入') && l.includes('属于2024年'))).toHaveLength(9);
    expect(lines).toContainEqual(expect.stringMatching(/^未计入 con\.grassroots：记录「河西镇开展“有事好商量”协商议事活动」，页面没有发布日期/));
    expect(r.stderr).not.toMatch(/待定/);
  });
});
