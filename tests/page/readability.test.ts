import { beforeAll, describe, expect, it } from 'vitest';
import { captureHtml } from '../../shared/page/capture-html';
import type { Capture } from '../../shared/model';
import { corpusPages, score, type Score } from './readability-corpus';

// Readability's public test corpus (130 real pages from many CMSs, 6 of them CJK), vendored under
// tests/fixtures/readability: our main text against the text its authors expect, page kind and
// records. Every page there is a single article, so none may come out as a list or yield headline
// records from its related/teaser boxes.

const pages = corpusPages();
const results = new Map<string, { c: Capture; s: Score }>();

/**
 * Pages still under 0.95 F1, each with the floor it holds today (the measured value rounded down):
 * a drop on any of them fails, a rise is welcome (raise the floor). Causes, for whoever picks them up:
 * - yahoo-3, nytimes-5: teaser stories with prose summaries inside the article's column are kept;
 *   yahoo-3 also keeps a video player's control labels.
 * - yahoo-2: the article's lead sits outside the container chosen.
 */
const WEAK: Record<string, number> = {
  'aktualne': 0.83,
  'bbc-1': 0.93,
  'cnet': 0.91,
  'cnet-svg-classes': 0.91,
  'cnn': 0.94,
  'firefox-nightly-blog': 0.88,
  'gitlab-blog': 0.94,
  'medicalnewstoday': 0.94,
  'medium-2': 0.93,
  'mercurial': 0.94,
  'mozilla-1': 0.86,
  'mozilla-2': 0.88,
  'msn': 0.92,
  'nytimes-4': 0.9,
  'nytimes-5': 0.42,
  'qq': 0.94,
  'simplyfound-1': 0.86,
  'theverge': 0.9,
  'webmd-1': 0.92,
  'webmd-2': 0.89,
  'wikipedia-4': 0.89,
  'yahoo-2': 0.79,
  'yahoo-3': 0.38,
};

beforeAll(() => {
  for (const p of pages) {
    const c = captureHtml(p.html, `http://fakehost/test/${p.name}/`);
    results.set(p.name, { c, s: score(c.text, p.expected) });
  }
}, 300_000);

describe('Readability test pages', () => {
  it('vendors all 130 pages with their expected text', () => {
    expect(pages).toHaveLength(130);
    for (const p of pages) expect(p.expected.length, p.name).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.name]))('%s: main text F1 holds its floor; a single article, no headline records', (name) => {
    const { c, s } = results.get(name)!;
    expect(s.f1, `${name} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}`).toBeGreaterThanOrEqual(WEAK[name] ?? 0.95);
    expect(c.kind, name).toBe('article');
    expect(c.records.filter((r) => r.url !== c.url), name).toEqual([]);
  });

  it('scores most pages at F1 ≥ 0.95 and none below 0.35', () => {
    const f1 = [...results.values()].map((r) => r.s.f1);
    expect(f1.filter((x) => x >= 0.95).length).toBeGreaterThanOrEqual(pages.length - Object.keys(WEAK).length);
    expect(Math.min(...f1)).toBeGreaterThanOrEqual(0.35);
  });
});
