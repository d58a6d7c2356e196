import { describe, expect, it } from 'vitest';
import { companyNamesFromWordList, listedCompanyNames, listedOneWordNames, type WordUsage, wordUsage } from './companies.ts';

/** How news text uses a word: nothing but the counts given. */
const usage = (counts: Partial<WordUsage>): WordUsage => ({ lowerCase: 0, midSentence: 0, afterName: 0, beforeName: 0, beforeBody: 0, afterPlaceWord: 0, ...counts });

describe('wordUsage', () => {
  it('counts how news text writes each word', () => {
    const texts = [
      'Shares of Uber rose. Riders said Uber was late. She works for General Motors and ate an apple.',
      'He studied at Harvard University in Boston. Fans of Hong Kong cheered.',
    ];
    const usage = wordUsage(texts, new Set(['Uber', 'Motors', 'Apple', 'Harvard', 'Hong', 'Boston']));
    expect(usage.get('Uber')).toEqual({ lowerCase: 0, midSentence: 2, afterName: 0, beforeName: 0, beforeBody: 0, afterPlaceWord: 1 });
    expect(usage.get('Motors')).toMatchObject({ midSentence: 1, afterName: 1 });
    expect(usage.get('Apple')).toMatchObject({ lowerCase: 1, midSentence: 0 });
    expect(usage.get('Harvard')).toMatchObject({ midSentence: 1, beforeName: 1, beforeBody: 1 });
    expect(usage.get('Hong')).toMatchObject({ beforeName: 1, afterPlaceWord: 1 });
    expect(usage.get('Boston')).toMatchObject({ afterPlaceWord: 1 });
  });
});

describe('companyNamesFromWordList', () => {
  const use = (counts: Partial<WordUsage>): WordUsage => usage({ midSentence: 10, ...counts });
  const filters = {
    otherNames: new Set(['johnson', 'motors']),
    organizations: new Set(['visa']),
    usage: new Map([
      ['Uber', use({})],
      ['Johnson', use({})],
      ['Motors', use({ afterName: 9 })],
      ['Research', use({ lowerCase: 40 })],
      ['Visa', use({ lowerCase: 40 })],
      ['Hong', use({ beforeName: 10 })],
      ['Aberdeen', use({ afterPlaceWord: 3 })],
      ['Harvard', use({ beforeBody: 4 })],
      ['Zalando', use({ midSentence: 1 })],
      ['Kyushu', use({})],
    ]),
  };
  it.each([
    ['a name of its own', 'Uber', ['Uber']],
    ['not a person’s name', 'Johnson', []],
    ['not the inside of longer names', 'Motors', []],
    ['not an ordinary word', 'Research', []],
    ['an organisation a lexicon knows, even if an ordinary word too', 'Visa', ['Visa']],
    ['not the opening of longer names', 'Hong', []],
    ['not a place', 'Aberdeen', []],
    ['not a university', 'Harvard', []],
    ['not a word news hardly writes', 'Zalando', []],
    ['not a word of a longer business name that news writes alone as a place', 'Kyushu', []],
    ['not a comment, a short word or a lower-case entry', '# names\nAB\nnpm', []],
  ])('%s', (_case, list, expected) => {
    expect(companyNamesFromWordList(list.split('\n'), filters)).toEqual(expected);
  });

  const brandFilters = {
    ...filters,
    places: new Set(['wisconsin', 'madison']),
    usage: new Map([
      ['AstraZeneca', use({ midSentence: 1 })],
      ['Ameri-Corp', use({ midSentence: 1, afterName: 1 })],
    ]),
  };
  it.each([
    ['spelled as only brands are, unseen', 'Sherwin-Williams\nAbbVie\nCH2M', ['AbbVie', 'CH2M', 'Sherwin-Williams']],
    ['spelled as only brands are, seen once as a name of its own', 'AstraZeneca', ['AstraZeneca']],
    ['not one seen as the inside of a longer name', 'Ameri-Corp', []],
    ['not a surname’s inner capital', 'McGill', []],
    ['not a compound of places', 'Wisconsin-Madison', []],
  ])('%s', (_case, list, expected) => {
    expect(companyNamesFromWordList(list.split('\n'), brandFilters)).toEqual(expected);
  });
});

describe('companies of a stock listing', () => {
  const use = (counts: Partial<WordUsage>): WordUsage => usage({ midSentence: 1, ...counts });
  const filters = { ordinaryWords: new Set(['financial', 'institutions', 'air', 'lease']), givenNames: new Set(['Charles']), otherNames: new Set(['Bank of America']) };

  it.each([
    ['without legal form, share class or a leading "The"', 'The Sempra Energy Company - Class A', ['Sempra Energy']],
    ['function words in lower case', 'Royal Bank Of Canada', ['Royal Bank of Canada']],
    ['an apostrophe as news writes it', 'O&#39;Reilly Automotive, Inc.', ['O’Reilly Automotive']],
    ['not a fund, a trust or notes', 'Eaton Vance Municipal Income Trust\nNuveen Floating Rate Fund\nAcme Corp 6.5% Notes due 2026', []],
    ['not made of ordinary words alone', 'Financial Institutions, Inc.\nAir Lease Corporation', []],
    ['not opening with a first name', 'Charles Schwab Corporation (The)', []],
    ['not a name of a place or body', 'Bank of America Corporation', []],
    ['not in capitals only, nor spelled letter by letter', 'STARWOOD PROPERTY TRUST, INC.\nU S Concrete, Inc.', []],
    ['not a name of one word', 'Apple Inc.', []],
  ])('names of several words: %s', (_case, issuers, expected) => {
    expect(listedCompanyNames(issuers.split('\n'), filters)).toEqual(expected);
  });

  it('gives one-word names apart, without possessives', () => {
    expect(listedOneWordNames(['Apple Inc.', 'Lennar Corporation', 'Carter&#39;s, Inc.', 'Sempra Energy', 'Vanguard Total Bond Fund'])).toEqual(['Apple', 'Lennar']);
  });

  it.each([
    ['spelled as only brands are, however rare', 'AbbVie', undefined, ['AbbVie']],
    ['not a plain word the news text never writes (a surname, a town)', 'Kirby', undefined, []],
    ['a plain word the news text writes as a name, never otherwise', 'Lennar', use({}), ['Lennar']],
    ['not a word the news text writes once after another name', 'Woodward', use({ midSentence: 4, afterName: 1 }), []],
    ['not a word the news text writes in lower case', 'Spire', use({ lowerCase: 1 }), []],
  ])('one-word names the listing alone gives: %s', (_case, word, usage, expected) => {
    const usageOf = new Map(usage ? [[word, usage]] : []);
    expect(companyNamesFromWordList([word], { otherNames: new Set(), organizations: new Set(), usage: usageOf, listed: new Set([word]) })).toEqual(expected);
  });
});
