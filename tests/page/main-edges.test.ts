import { describe, expect, it } from 'vitest';
import { captureHtml } from '../../shared/page/capture-html';

// The edges of the main content (shared/page/main-edges.ts and the rules beside it in content.ts):
// what growing from the article's body up to its box may gain, and what of it is the article's.

const para = (n: number, what = 'the council did this week, who spoke, and what was decided about the river, the school and the road') =>
  `<p>Paragraph ${n} of the story tells what ${what}.</p>`;
const lines = (html: string, url = 'http://example.com/a') => captureHtml(html, url).text.split('\n');

describe('main content edges', () => {
  // A health portal's layout: a section title bar over the columns, a text-size tool, a byline,
  // the story, its author's signature line, and a third column with an app form.
  const portal = `<html><head><title>Council approves river plan - Daily News</title></head><body>
<div id="page"><div id="columns">
 <div class="maincol"><div class="titlebar"><h1>Local Health Center</h1></div>
  <div class="middle"><div class="pane"><div class="story">
   <div class="sizer"><div>A</div><div>A</div><div>A</div></div>
   <div class="copy"><h2>Council approves river plan</h2><div class="byline">By Jane Roe</div>${[1, 2, 3, 4, 5].map((n) => para(n)).join('')}</div>
   <div class="sig">Jane Roe covers the city council for the Daily News.</div>
  </div></div></div></div>
 <div class="thirdcol"><div class="box"><div class="app"><div>Daily News App</div><div>Loading ...</div><p>Please wait...</p><p>Now check your phone to download the app.</p></div></div></div>
</div></div></body></html>`;

  it('starts at the headline that repeats the document title: no section title, text-size tool or byline before the text', () => {
    const t = lines(portal);
    expect(t[0]).toBe('Council approves river plan');
    expect(t[1]).toMatch(/^Paragraph 1 /);
    expect(t).not.toContain('Local Health Center');
    expect(t).not.toContain('A');
    expect(t).not.toContain('By Jane Roe');
  });

  it("keeps the signature beside the body and leaves out a widget in the page's next column", () => {
    const t = lines(portal);
    expect(t).toContain('Jane Roe covers the city council for the Daily News.');
    expect(t.filter((l) => /App|Loading|Please wait|download the app/.test(l))).toEqual([]);
  });

  it('keeps a one-story slideshow’s news caption, not a carousel of other stories', () => {
    const cap =
      'In this photo dated Tuesday the rocket with the cargo ship is installed on the launch pad. The unmanned ship broke up in the atmosphere over Siberia minutes after the launch, the space agency said on Thursday.';
    const html = `<html><head><title>Cargo ship lost after launch</title></head><body><div class="page"><article>
<h1>Cargo ship lost after launch</h1>
<div class="slideshow"><div class="slide">${cap}</div><div class="slide-text">${cap}</div></div>
<div class="body">${[1, 2, 3, 4].map((n) => para(n, 'the crew did this week, who spoke, and what was decided about the launch, the station and the cargo')).join('')}</div></article>
<div class="carousel"><div class="item">Another story: the mayor opened the new bridge on Monday. Thousands of people walked across it before the cars came back in the evening, the city said.</div>
<div class="item">A third story: the museum shows its winter collection from today. The curators spent two years gathering the paintings from private owners abroad, they said.</div></div>
</div></body></html>`;
    const t = lines(html);
    expect(t).toContain(cap);
    expect(t.filter((l) => /mayor|museum/.test(l))).toEqual([]);
  });

  it('keeps a link line written after a paragraph in its container, not a linked name before one', () => {
    const html = `<html><head><title>Developer tools</title></head><body><main><h1>Developer tools</h1><ul class="features">
<li class="feature"><h2>Inspector</h2><p>Examine the HTML and CSS of any page and easily modify the structure and the layout of a page in place.</p><a href="/inspector">Learn more about Inspector</a></li>
<li class="feature"><h2>Console</h2><p>See logged information associated with a page and use the console to interact with the page using JavaScript.</p><a href="/console">Learn more about Console</a></li>
</ul><div class="bio"><a href="/u/jane">Jane Roe</a><p>Jane Roe writes about the browser's tools for the site and has documented every release of them since the first one in 2010.</p></div></main></body></html>`;
    const t = lines(html);
    expect(t).toContain('Learn more about Inspector');
    expect(t).toContain('Learn more about Console');
    expect(t).not.toContain('Jane Roe');
  });

  it("drops a chart's labels under its one-line title, keeps a fact box's cells", () => {
    const labels = ['100', '80', '60', 'PROJECTED', '’78', '’28', '40'].map((l) => `<div class="label"><p>${l}</p></div>`).join('');
    const html = `<html><head><title>Debt rises</title></head><body><div class="page"><div class="story"><h1>Debt rises</h1>
<div class="body">${[1, 2, 3].map((n) => para(n)).join('')}
<div class="chart"><div class="artboard"><div class="label"><p>Public debt as a share of gross domestic product</p></div>${labels}</div></div>
${[4, 5].map((n) => para(n)).join('')}</div></div></div></body></html>`;
    const t = lines(html);
    expect(t.filter((l) => /^(?:100|80|60|PROJECTED|’78|’28|40|Public debt as a share of gross domestic product)$/.test(l))).toEqual([]);
    expect(t.filter((l) => l.startsWith('Paragraph '))).toHaveLength(5);
  });
});
