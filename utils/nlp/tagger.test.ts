import { describe, expect, it } from 'vitest';
import { TAGS } from './features.ts';
import { findNames } from './ner.ts';
import { spansFromTags } from './tagger.ts';
import { tokenize } from './tokenize.ts';

const tag = (name: (typeof TAGS)[number]): number => TAGS.indexOf(name);

describe('spansFromTags', () => {
  it('reads BIO tags back into spans, a B starting a new span', () => {
    const tags = [tag('B-PER'), tag('I-PER'), tag('O'), tag('B-ORG'), tag('B-ORG'), tag('I-ORG')];
    expect(spansFromTags(tags)).toEqual([
      { kind: 1, first: 0, end: 2 },
      { kind: 2, first: 3, end: 4 },
      { kind: 2, first: 4, end: 6 },
    ]);
  });
});

describe('the bundled tagger', () => {
  it('finds people, organisations and places in an ordinary news sentence', () => {
    const tokenized = tokenize('Angela Merkel met Deutsche Bank executives in Berlin on Tuesday.');
    const found = findNames(tokenized).map((span) => `${span.kind}:${tokenized.tokens.slice(span.first, span.end).map((token) => token.text).join(' ')}`);
    expect(found).toEqual(['PER:Angela Merkel', 'ORG:Deutsche Bank', 'LOC:Berlin']);
  });
});
