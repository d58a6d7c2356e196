import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, TAGS, allFeatures, buildTable } from './features.ts';
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

  it('tags a word of lower-case letters or a mark after a token tagged outside as outside, unscored', () => {
    // Articles of the news eval, in the repository; read whole, the tagger once opened names on a comma.
    const articles = readFileSync(new URL('../../scripts/eval/news-text/development.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const frozen = loadNerWeights();
    const classes = bundledNameWordClasses();
    const opened: string[] = [];
    for (const article of articles) {
      const { tokens, sentences } = tokenize(article);
      const tags = tagSentences(frozen, tokens, sentences, classes);
      for (let index = 1; index < tokens.length; index++) {
        if (tags[index] !== 0 && tags[index - 1] === 0 && tokens[index - 1]!.sentence === tokens[index]!.sentence && /^[^\p{Lu}\p{N}&'’.\-]+$/u.test(tokens[index]!.text)) opened.push(tokens[index]!.text);
      }
    }
    expect(opened).toEqual([]);
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
