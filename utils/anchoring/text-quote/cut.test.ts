import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../normalize.ts';
import { preparePage } from '../page.ts';
import { findCut, isVerbatim } from './cut.ts';
import { describeTextQuote } from './describe.ts';
import { prepareQuote } from './query.ts';
import type { QuoteCandidate } from './score.ts';

const text = [
  'Evolve: Shared Mutable History',
  'Sharing with a single developer',
  'Publishing and non-publishing repositories',
  'The key to shared mutable history is to keep changesets in one of three phases. Bob amends a changeset he has not pushed yet. Alice never sees the old version of it.',
  'Sharing with a single developer¶',
  'Publishing and non-publishing repositories¶',
].join('\n\n');

/** The stored quote selector of a note on the first `quote` of the text, ready to match. */
function queryFor(quote: string) {
  const start = text.indexOf(quote);
  return prepareQuote(describeTextQuote(text, { start, end: start + quote.length }), null);
}

function candidate(start: number, end: number, quoteSimilarity = 1): QuoteCandidate {
  return { start, end, quoteSimilarity, confidence: 0.6, rank: 0.6 };
}

describe('findCut', () => {
  it.each([
    ['a whole block deleted: the blocks around it meet', 'Sharing with a single developer', (t: string) => t.replace('Sharing with a single developer\n\n', ''), { keptBefore: 31, keptAfter: 30 }],
    [
      'a sentence deleted: the sentences around it meet',
      'he has not pushed',
      (t: string) => t.replace('Bob amends a changeset he has not pushed yet. ', ''),
      { keptBefore: 9, keptAfter: 26 },
    ],
    ['the whole passage deleted with its context: no trace', 'he has not pushed', (t: string) => t.replace(/The key to[^\n]*\n\n/, ''), null],
    ['nothing deleted: the context is around the quote', 'he has not pushed', (t: string) => t, null],
  ])('%s', (_name, quote, edit, expected) => {
    const page = preparePage(edit(text));
    const query = queryFor(quote);
    const at = page.text.indexOf(query.exact);
    const found = findCut(page, query, at === -1 ? [] : [{ start: at, end: at + query.exact.length }]);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });

  it('finds where the context meets, in folded offsets', () => {
    const edited = text.replace('Sharing with a single developer\n\n', '');
    const page = preparePage(edited);
    const cut = findCut(page, queryFor('Sharing with a single developer'));
    expect(cut?.at).toBe(page.text.indexOf('publishing and non-publishing repositories '));
  });
});

describe('isVerbatim', () => {
  const page = preparePage(text);
  const query = queryFor('Sharing with a single developer');
  const folded = foldForMatching('Sharing with a single developer');
  const first = page.text.indexOf(folded);
  const second = page.text.lastIndexOf(folded);

  it.each([
    ['the quote itself, whole words', candidate(first, first + folded.length), true],
    ['the same letters running into another word (a heading mark)', candidate(second, second + folded.length), false],
    ['a changed copy', candidate(first, first + folded.length, 0.9), false],
  ])('%s', (_name, found, expected) => {
    expect(isVerbatim(page, query, found)).toBe(expected);
  });
});
