import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './index.ts';

const parse = (html: string): Document => (parseHTML(html) as unknown as { document: Document }).document;

/** A paragraph of prose, numbered so that each one is told apart in the body text. */
const prose = (n: number): string =>
  `<p>Paragraph ${n} of the story goes on about the committee, the minister and the report they published last week, with the figures that came with it, the doubts of the opposition and what the agencies will have to do next.</p>`;
const paragraphs = (from: number, to: number): string => Array.from({ length: to - from }, (_, index) => prose(from + index)).join('');

const page = (inside: string): string =>
  `<html><head><title>A story</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="story"><h1>A story</h1>${inside}</div><footer>© The Paper</footer></body></html>`;

describe('the article body', () => {
  it('takes in the rest of an article held behind a "Read more" button, longer than the part shown', () => {
    const html = page(`${paragraphs(1, 4)}<div id="read-more"><a href="">Read more</a><div id="read-more-content">${paragraphs(4, 9)}</div></div>`);
    const text = analyzeArticle(parse(html)).body.text;
    expect(text).toContain('Paragraph 1 of');
    expect(text).toContain('Paragraph 8 of');
  });

  it('leaves out a "Read more" box of links to other stories', () => {
    const teasers = Array.from({ length: 6 }, (_, index) => `<li><a href="/s${index}">Another story number ${index} about something else entirely</a></li>`).join('');
    const html = page(`${paragraphs(1, 8)}<div class="read-more"><h3>Read more</h3><ul>${teasers}</ul></div>`);
    const text = analyzeArticle(parse(html)).body.text;
    expect(text).toContain('Paragraph 7 of');
    expect(text).not.toContain('Another story');
  });

  it('leaves out a stream of linked teasers under "Recommended for You", even one with more prose than the article', () => {
    const teaser = (n: number): string =>
      `<li><h3><a href="/story-${n}">Story ${n}: the council passes its budget after months of talks over the new tram line</a></h3><p>Teaser ${n} tells a long tale about the mayor, the council and the budget they passed after months of talks, with the figures, the doubts of the opposition and what comes next for the</p><span>The Paper</span></li>`;
    const stream = `<div class="applet"><div class="hd"><h2>Recommended for You</h2></div><div class="bd"><ul>${Array.from({ length: 12 }, (_, n) => teaser(n)).join('')}</ul></div></div>`;
    const text = analyzeArticle(parse(page(`<div class="story">${paragraphs(1, 7)}</div>${stream}`))).body.text;
    expect(text).toContain('Paragraph 6 of');
    expect(text).not.toContain('Teaser');
  });

  it('leaves out a line asking the reader to follow the site on social networks, not a writer’s note that ends so', () => {
    const promo = '<p>Catch up on our coverage of tech and wellness, and follow us on Facebook, Instagram, Twitter and TikTok to stay up to date.</p>';
    const note = '<p>Lucas Nolan is a reporter for The Paper covering free speech. Follow him on Twitter @lucas.</p>';
    const text = analyzeArticle(parse(page(`${paragraphs(1, 7)}${note}${promo}`))).body.text;
    expect(text).toContain('Paragraph 6 of');
    expect(text).toContain('Lucas Nolan is a reporter');
    expect(text).not.toContain('follow us on Facebook');
  });

  it('keeps the paragraph after an "Advertisement" marker', () => {
    const withAds = [1, 2, 3, 4, 5, 6].map((n) => `<div class="ad-slot">Advertisement</div>${prose(n)}`).join('');
    const text = analyzeArticle(parse(page(withAds))).body.text;
    for (const n of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Paragraph ${n} of`);
    expect(text).not.toContain('Advertisement');
  });
});
