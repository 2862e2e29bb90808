import { beforeAll, describe, expect, it } from 'vitest';
import { captureHtml } from '../../shared/page/capture-html';
import type { Capture } from '../../shared/model';
import { corpusPages, score, type Score } from './readability-corpus';

// Readability's public test corpus (130 real pages from many CMSs, 6 of them CJK), vendored under
// tests/fixtures/readability: our main text against the text its authors expect, page kind and
// records. All but the section fronts below are single articles, so none may come out as a list or
// yield headline records from its related/teaser boxes.

const pages = corpusPages();
const results = new Map<string, { c: Capture; s: Score }>();

/**
 * Pages with no single article: their expected text is whatever Readability made of a front page.
 * nytimes-5 is the Spanish edition's front (dozens of teasers, each a linked headline, a summary and
 * a byline); Readability kept photo credits and a handful of teasers, we keep none of them (a teaser
 * stream is not article text), so the score says nothing about main-text detection there.
 */
const SECTION_FRONTS = new Set(['nytimes-5']);

/**
 * Pages still under 0.95 F1, each with the floor it holds today (the measured value rounded down):
 * a drop on any of them fails, a rise is welcome (raise the floor). Causes, for whoever picks them up:
 * - cnet-svg-classes: the headline and standfirst (which Readability returns apart from the content,
 *   and we keep as the first lines), a "por" left of a linked author name and the date line.
 * - theverge: the same head (headline, standfirst, a byline with the author's bio, date), two copies
 *   of an image credit; a newsletter box Readability keeps is dropped.
 * - mozilla-1: a product page whose "Try it now"/"Learn more"/"Next" link lines are expected text,
 *   and whose last section (Sync) Readability leaves out.
 * - firefox-nightly-blog: the expected text has the comments (we drop comment sections), the
 *   link-only bullet points before the first paragraph and one line that is 70% link.
 * - mercurial: Readability leaves out one section (its id, a slug, reads "sharing-…"); we keep it.
 */
const WEAK: Record<string, number> = {
  'cnet-svg-classes': 0.92,
  'firefox-nightly-blog': 0.9,
  'mercurial': 0.94,
  'mozilla-1': 0.89,
  'theverge': 0.92,
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

  it.each(pages.filter((p) => !SECTION_FRONTS.has(p.name)).map((p) => [p.name]))(
    '%s: main text F1 holds its floor; a single article, no headline records',
    (name) => {
      const { c, s } = results.get(name)!;
      expect(s.f1, `${name} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}`).toBeGreaterThanOrEqual(WEAK[name] ?? 0.95);
      expect(c.kind, name).toBe('article');
      expect(c.records.filter((r) => r.url !== c.url), name).toEqual([]);
    },
  );

  it('scores at least 124 pages at F1 ≥ 0.95 and none below 0.8 but the section fronts', () => {
    const scored = [...results.entries()];
    expect(scored.filter(([, r]) => r.s.f1 >= 0.95).length).toBeGreaterThanOrEqual(124);
    expect(scored.filter(([n, r]) => r.s.f1 < 0.8 && !SECTION_FRONTS.has(n)).map(([n]) => n)).toEqual([]);
    // The list of weak pages is exactly what is under 0.95 (a page that rises leaves it, with its floor).
    const under = scored.filter(([n, r]) => r.s.f1 < 0.95 && !SECTION_FRONTS.has(n)).map(([n]) => n);
    expect(under.sort()).toEqual(Object.keys(WEAK).sort());
  });
});
