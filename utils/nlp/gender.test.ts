import { describe, expect, it } from 'vitest';
import type { NameMention } from './types.ts';
import { fullNameGender, titleGender } from './gender.ts';
import { tokenize } from './tokenize.ts';

/** The gender `fullNameGender` gives the person whose full name is `name`, every time it is written in `text`. */
function genderIn(text: string, name: string): string | null {
  const { tokens } = tokenize(text);
  const words = name.split(' ');
  const mentions: NameMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const last = words[words.length - 1];
    // A mention of the full name or of its surname alone.
    if (tokens.slice(index, index + words.length).every((token, offset) => token.text === words[offset])) mentions.push({ first: index, end: index + words.length, modelKind: 'PER', cluster: 0 });
    else if (tokens[index]!.text === last && tokens[index - 1]?.text !== words[words.length - 2]) mentions.push({ first: index, end: index + 1, modelKind: 'PER', cluster: 0 });
  }
  return fullNameGender(tokens, words, mentions);
}

describe('fullNameGender', () => {
  it.each([
    ['an honorific before any mention', 'Jordan Price spoke. Mrs. Price left.', 'Jordan Price', 'female'],
    ['a kin word', 'He came with his wife Dana Whitfield.', 'Dana Whitfield', 'female'],
    ['a hand-written given name', 'Hillary Clinton spoke.', 'Hillary Clinton', 'female'],
    ['a common given name of a man', 'Bill Sammon spoke.', 'Bill Sammon', 'male'],
    ['a given name of the general lexicon', 'Jamal Simmons spoke.', 'Jamal Simmons', 'male'],
    ['a name both bear', 'Lindsey Graham spoke.', 'Lindsey Graham', null],
    ['a surname alone', 'Warren spoke.', 'Warren', null],
    ['a job title when nothing else tells', 'Congresswoman Okafor spoke. Okafor left.', 'Okafor', 'female'],
    ['not "spokesman", written of women too', 'Trump spokesman Hope Hicks spoke.', 'Hope Hicks', null],
    ['an honorific before the given name’s word', 'Mr. Kim Varga spoke.', 'Kim Varga', 'male'],
  ])('%s', (_case, text, name, gender) => {
    expect(genderIn(text, name)).toBe(gender);
  });
});

describe('titleGender', () => {
  it('reads a title or a kin word right before a name, in its sentence only', () => {
    const { tokens } = tokenize('Ms. Varga spoke. Mr.\n\nVarga left.');
    expect(titleGender(tokens, 1)).toBe('female');
    expect(titleGender(tokens, tokens.length - 3)).toBeNull();
  });
});
