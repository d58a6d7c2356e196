import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findBody } from './body.ts';
import { headingSignals, repeatSignals, textShapeSignals, titleSignals } from './shape.ts';
import { collectStats } from './stats.ts';
import { isHiddenElement } from './text-model.ts';

function doc(html: string): Document {
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }).document;
}

const PROSE = 'The council met on Tuesday to discuss the budget, and the mayor said the plan would be revised before spring.';
const TEASER = 'Every January, companies promise themselves that this year will be different, and the vendor lists will be...';

describe('repeatSignals', () => {
  it('sees a listing of cards as repeated boxes, and an article as none', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<div class="card"><h3><a href="/a${i}">Story ${i}</a></h3><p>${PROSE}</p></div>`).join('');
    const listing = collectStats(doc(`<main>${cards}</main>`));
    const list = repeatSignals(listing, findBody(listing.root!.el.ownerDocument, listing).root);
    expect(list.rep_cards_max).toBeCloseTo(Math.log1p(6));
    expect(list.rep_prose_max).toBeCloseTo(Math.log1p(6));
    expect(list.page_card_share).toBeGreaterThan(0.9);

    const article = collectStats(doc(`<article><h1>Budget</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article>`));
    const art = repeatSignals(article, findBody(article.root!.el.ownerDocument, article).root);
    expect(art.rep_cards_max).toBe(0);
    expect(art.root_card_share).toBe(0);
    expect(art.root_rep_prose_share).toBe(0);
  });
});

describe('headingSignals', () => {
  it('reads sales headings, reader-addressing headings and questions', () => {
    const s = headingSignals(collectStats(doc('<h2>Why choose us</h2><h2>Your free quote</h2><h2>What is a heat pump?</h2><h2>History</h2><nav><h2>Our services</h2></nav>')));
    expect(s.heading_sales).toBeCloseTo(2 / 4);
    expect(s.heading_we_you).toBeCloseTo(2 / 4);
    expect(s.heading_questions).toBeCloseTo(1 / 4);
  });

  it('is all zero without headings', () => {
    expect(headingSignals(collectStats(doc('<p>text</p>')))).toEqual({ heading_we_you: 0, heading_sales: 0, heading_questions: 0 });
  });
});

describe('textShapeSignals', () => {
  it('tells sentences from fragments', () => {
    const s = textShapeSignals(`${PROSE}\n\nAdd to cart\n\n$12.99\n\n${PROSE}`);
    expect(s.text_fragment_share).toBeCloseTo(2 / 4);
    expect(s.text_sentence_share).toBeGreaterThan(0.9);
    expect(s.text_blocks).toBeCloseTo(Math.log1p(4));
  });

  it('is all zero for no text', () => {
    expect(textShapeSignals('')).toEqual({ text_sentence_share: 0, text_block_words: 0, text_blocks: 0, text_fragment_share: 0 });
  });

  it('reads Chinese and Japanese prose, written without spaces, as sentences of words', () => {
    // Two sentences twice over, ending in a full stop: a paragraph of prose, not a one-word fragment.
    const paragraph = '市议会周二开会讨论预算，市长表示计划将在春季之前修订。居民们对此表示欢迎，但也提出了一些担忧。'.repeat(2);
    const s = textShapeSignals(`${paragraph}\n\n${paragraph}`);
    expect(s.text_sentence_share).toBe(1);
    expect(s.text_fragment_share).toBe(0);
    expect(s.text_block_words).toBeGreaterThan(Math.log1p(40));
  });
});

describe('titleSignals', () => {
  it('reads the page title without its site suffix', () => {
    expect(titleSignals('How to start an LLC in New York | LegalCo')).toMatchObject({ title_question: 1, title_article: 1, title_service: 0 });
    expect(titleSignals('SEO Services for Small Business - Acme Agency')).toMatchObject({ title_question: 0, title_service: 1 });
    expect(titleSignals('Latest News | The Daily')).toMatchObject({ title_listing: 1, title_article: 0 });
    expect(titleSignals('')).toEqual({ title_question: 0, title_article: 0, title_service: 0, title_listing: 0 });
  });
});

describe('teasers cut short', () => {
  it('are not counted as prose, while a paragraph that trails off at length is', () => {
    const stats = collectStats(doc(`<p id="t">${TEASER} <a href="/x">Read more</a></p><p id="p">${PROSE}</p><p id="l">${PROSE} ${PROSE} ${PROSE} ${PROSE}...</p>`));
    const by = (id: string) => stats.byElement.get(stats.root!.el.ownerDocument.getElementById(id)!)!;
    expect(by('t').good).toBe(0);
    expect(by('p').good).toBeGreaterThan(0);
    expect(by('l').good).toBeGreaterThan(0);
  });
});

describe('isHiddenElement', () => {
  it('treats React streamed segments as visible (a script moves them into place), other [hidden] boxes as hidden', () => {
    const d = doc('<div hidden id="S:0"><p>late</p></div><div hidden id="x"></div><div hidden></div>');
    const [seg, other, bare] = Array.from(d.body.children);
    expect(isHiddenElement(seg!)).toBe(false);
    expect(isHiddenElement(other!)).toBe(true);
    expect(isHiddenElement(bare!)).toBe(true);
  });
});
