import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, TAGS, allFeatures, buildTable, documentContext, documentFeatures, scoreLineLevel } from './features.ts';
import { bundledNameWordClasses } from './lexicon.ts';
import { loadNerWeights } from './model/load.ts';
import { findNames } from './ner.ts';
import { spansFromTags, tagSentences, type TaggerWeights } from './tagger.ts';
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

describe('the cached scoring of a frozen model', () => {
  const text =
    'WASHINGTON (Reuters) - Senator Jon Tester said on Tuesday that Wells Fargo & Co should be broken up.\n\n' +
    '“Every time you say that,” Tester said. NEW YORK 74 59 .556 -\nDETROIT 48 86 .358 26 1/2\n' +
    'George W. Bush met executives of Deutsche Bank AG in Berlin, Germany’s capital, and Tester left.';

  it('tags exactly as scoring every feature afresh', () => {
    const { tokens, sentences } = tokenize(text);
    const frozen = loadNerWeights();
    const afresh: TaggerWeights = { buckets: frozen.buckets, frozen: false, addScores: (features, count, scores) => frozen.addScores(features, count, scores) };
    const classes = bundledNameWordClasses();
    expect([...tagSentences(frozen, tokens, sentences, classes)]).toEqual([...tagSentences(afresh, tokens, sentences, classes)]);
  });

  it('never fires more features than the buffer holds', () => {
    const { tokens, sentences } = tokenize(text);
    const table = buildTable(tokens, bundledNameWordClasses());
    const out = new Uint32Array(MAX_FEATURES * 2);
    for (const sentence of sentences) {
      for (let index = sentence.first; index < sentence.end; index++) {
        expect(allFeatures(table, index, sentence.first, sentence.end, 3, 4, 2, out)).toBeLessThanOrEqual(MAX_FEATURES);
      }
    }
  });
});

const RESULTS_PAGE =
  'Results of rugby union matches on Saturday:\n' +
  'Treorchy 17 Newbridge 23\nNewport 29 Caerphilly 10\nBridgend 13 Llanelli 9\n' +
  'The Newport coach said he was pleased.';

describe('results pages', () => {
  it('marks score and table rows, not prose that happens to hold numbers', () => {
    const results = tokenize(RESULTS_PAGE);
    const rows = new Uint8Array(results.sentences.length);
    expect(scoreLineLevel(results.tokens, rows)).toBe(3);
    expect([...rows]).toEqual([0, 1, 1, 1, 0]);

    const prose = tokenize('The Senate voted 52 to 47 on Tuesday. In 2016, 45 percent of voters in Ohio backed him.');
    expect(scoreLineLevel(prose.tokens, new Uint8Array(prose.sentences.length))).toBe(0);
    const report = tokenize('Essex beat Yorkshire by 5-3 on Saturday. The crowd was small.');
    const reportRows = new Uint8Array(report.sentences.length);
    expect(scoreLineLevel(report.tokens, reportRows)).toBe(3);
    expect([...reportRows]).toEqual([1, 0]);
  });

  it('gives a word the page kind and, once it stood before a score, the team context in running text too', () => {
    const { tokens } = tokenize(RESULTS_PAGE);
    const table = buildTable(tokens, bundledNameWordClasses());
    const out = new Uint32Array(MAX_FEATURES);
    const inProse = tokens.findIndex((token, index) => token.text === 'Newport' && tokens[index - 1]?.text === 'The');
    const withTeam = documentFeatures(table.words[inProse]!, table.classes[inProse]!, documentContext(table, inProse), out, 0);
    const said = tokens.findIndex((token) => token.text === 'said');
    const withoutTeam = documentFeatures(table.words[said]!, table.classes[said]!, documentContext(table, said), out, 0);
    expect(withTeam).toBe(withoutTeam + 2);

    const plain = tokenize('The Newport coach said he was pleased.');
    const plainTable = buildTable(plain.tokens, bundledNameWordClasses());
    expect(documentFeatures(plainTable.words[1]!, plainTable.classes[1]!, documentContext(plainTable, 1), out, 0)).toBe(4);
  });

  it('reads towns as teams on a results page, and as towns in other news', () => {
    const names = (text: string): string[] => {
      const tokenized = tokenize(text);
      return findNames(tokenized).map((span) => `${span.kind}:${tokenized.tokens.slice(span.first, span.end).map((token) => token.text).join(' ')}`);
    };
    const page = names(RESULTS_PAGE);
    for (const team of ['Newbridge', 'Caerphilly', 'Bridgend', 'Llanelli']) expect(page).toContain(`ORG:${team}`);
    expect(page.filter((name) => name === 'ORG:Newport')).toHaveLength(2);
    expect(names('He grew up in Leeds and later moved to Newport, where he worked at a bank for 20 years.')).toEqual(['LOC:Leeds', 'LOC:Newport']);
  });
});
