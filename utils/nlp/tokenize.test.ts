import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const words = (text: string): string[] => tokenize(text).tokens.map((token) => token.text);

describe('tokenize', () => {
  it('keeps names with inner marks whole and splits possessives and negations', () => {
    expect(words('AT&T’s Disney+ e-mail O’Neil didn’t')).toEqual(['AT&T', '’s', 'Disney+', 'e-mail', 'O’Neil', 'did', 'n’t']);
  });

  it('keeps a legal form written with a slash whole, and splits other slashes', () => {
    expect(words('Novo Nordisk A/S and Gerdau S/A, N/A and/or A/B')).toEqual(['Novo', 'Nordisk', 'A/S', 'and', 'Gerdau', 'S/A', ',', 'N', '/', 'A', 'and', '/', 'or', 'A', '/', 'B']);
  });

  it('splits an owner’s participle from the name before it, not from a lower-case word or a place’s compound', () => {
    expect(words('Alibaba-backed AB InBev-owned Coca-Cola-owned state-owned London-based Tokyo-listed')).toEqual([
      'Alibaba', '-backed', 'AB', 'InBev', '-owned', 'Coca-Cola', '-owned', 'state-owned', 'London-based', 'Tokyo-listed',
    ]);
    const { tokens } = tokenize('Sequoia-led');
    expect(tokens.map((token) => [token.start, token.end])).toEqual([[0, 7], [7, 11]]);
  });

  it('ends a sentence after an abbreviation where a quotation opens on a capital', () => {
    const { tokens } = tokenize('said Kim, an analyst at Samsung Securities Co. “For now, earnings are flat.”');
    const quote = tokens.findIndex((token) => token.text === '“');
    expect(tokens[quote]!.sentence).toBe(tokens[quote - 1]!.sentence + 1);
  });

  it('reads a possessive after an abbreviation’s dot as one token', () => {
    expect(tokenize("Toyota Motor Corp.'s chief and the U.S.’s debt").tokens.map((token) => token.text)).toEqual(['Toyota', 'Motor', 'Corp.', "'s", 'chief', 'and', 'the', 'U.S.', '’s', 'debt']);
  });

  it('keeps abbreviations and dotted acronyms, and still ends a sentence after "Corp."', () => {
    const { tokens, sentences } = tokenize('Mr. Sato of U.S. Steel met KDDI Corp. Talks went on.');
    expect(tokens.map((token) => token.text)).toContain('U.S.');
    expect(tokens.map((token) => token.text)).toContain('Mr.');
    expect(sentences).toHaveLength(2);
  });

  it('reads "No." before a figure as a number’s abbreviation and "no." before a sentence as a word', () => {
    const { tokens, sentences } = tokenize('She was ranked No. 5 and he said no. But she went on.');
    expect(tokens.map((token) => token.text)).toEqual(['She', 'was', 'ranked', 'No.', '5', 'and', 'he', 'said', 'no', '.', 'But', 'she', 'went', 'on', '.']);
    expect(sentences).toHaveLength(2);
  });

  it('keeps the dot of an initial before a capitalised word and does not end the sentence there', () => {
    const { tokens, sentences } = tokenize('George W. Bush met P. Simmons. Plan B was dropped.');
    expect(tokens.map((token) => token.text)).toEqual(['George', 'W.', 'Bush', 'met', 'P.', 'Simmons', '.', 'Plan', 'B', 'was', 'dropped', '.']);
    expect(sentences).toHaveLength(2);
  });

  it('ends the sentence after a capital before a word that opens sentences, or after the network X written after a lower-case word', () => {
    const words = (text: string): string[][] => {
      const { tokens, sentences } = tokenize(text);
      return sentences.map((sentence) => tokens.slice(sentence.first, sentence.end).map((token) => token.text));
    };
    expect(words('It produces vitamin D. And too much sun hurts.')).toEqual([['It', 'produces', 'vitamin', 'D', '.'], ['And', 'too', 'much', 'sun', 'hurts', '.']]);
    expect(words('She posted on X. Nvidia shares rose.')).toEqual([['She', 'posted', 'on', 'X', '.'], ['Nvidia', 'shares', 'rose', '.']]);
    expect(words('Airlines are trying. easyJet said so.')).toEqual([['Airlines', 'are', 'trying', '.'], ['easyJet', 'said', 'so', '.']]);
    expect(words('Malcolm X. Jones and Donald J. Trump spoke.')).toHaveLength(1);
  });

  it('ends a sentence before a brand written in lower case with a capital inside it, not before an ordinary lower-case word', () => {
    expect(tokenize('Gemini would reach all users. xAI’s Grok was criticised. Sales rose 3.5 percent. iPhone sales rose.').sentences).toHaveLength(4);
    expect(tokenize('It rose to 3. and then fell.').sentences).toHaveLength(1);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    const { tokens, sentences } = tokenize('“It works.” Then it broke.');
    const first = sentences[0]!;
    expect(tokens[first.end - 1]!.text).toBe('”');
  });

  it('counts blocks separated by blank lines and gives exact offsets', () => {
    const text = 'One two.\n\nThree “four”.';
    const { tokens } = tokenize(text);
    expect(tokens.map((token) => token.block)).toEqual([0, 0, 0, 1, 1, 1, 1, 1]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
