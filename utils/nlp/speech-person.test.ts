import { describe, expect, it } from 'vitest';
import { endsLikeOrganisation, endsLikePlace, hasHonorificBefore, isLoneGivenName, isNamedByOrdinaryWord, looksLikePerson, readsAsBody } from './speech-person.ts';
import { tokenize } from './tokenize.ts';

describe('hasHonorificBefore', () => {
  it.each([
    ['Cruz said it. Later Sen. Ted Cruz left.', 'Cruz', true],
    ['Mr. Bown observed that trade matters.', 'Bown', true],
    ['Cruz said it. Cruzado left.', 'Cruz', false],
    ['The White House said it.', 'House', false],
    // The honorific's name ends at its full stop: "Allies" opens the next sentence.
    ['He was mild in his critiques of Mr. Sanders.\n\nAllies say that he is calm.', 'Allies', false],
    ['Mr. Sanders. Allies say so.', 'Allies', false],
  ] as const)('%s / %s', (text, word, want) => {
    expect(hasHonorificBefore(text, word)).toBe(want);
  });
});

describe('endsLikeOrganisation', () => {
  it.each([
    ['Brennan Center', true],
    ['Gallup Poll', true],
    ['Alliance to Reclaim Our Schools', true],
    ['Senate Republicans', true],
    // A newspaper's masthead.
    ['Charlotte Observer', true],
    ['Chicago Tribune', true],
    // A watchdog, a command, public services.
    ['Judicial Watch', true],
    ['Special Operations Command', true],
    ['Citizenship and Immigration Services', true],
    ['Hiscox Cyber Readiness Report', true],
    ['John Banks', false],
    ['Veronica Cruz', false],
    ['Center', false],
  ] as const)('%s', (name, want) => {
    expect(endsLikeOrganisation(name)).toBe(want);
  });
});

describe('looksLikePerson', () => {
  /** The evidence for the name `words` (its first occurrence) in `text`, nobody else tagged a person. */
  const evidence = (text: string, words: string) => {
    const { tokens } = tokenize(text);
    const parts = words.split(' ');
    const first = tokens.findIndex((token, index) => parts.every((part, offset) => tokens[index + offset]?.text === part));
    return { tokens, mentions: [{ first, end: first + parts.length }], isPersonToken: () => false, hasHonorific: (word: string) => hasHonorificBefore(text, word) };
  };
  // [text, a name the tagger typed as a company, organisation or place, whether it reads as a person]
  const cases: [string, string, boolean][] = [
    ['Cruz spoke in Iowa. Sen. Ted Cruz said it.', 'Cruz', true],
    ['“We are not going to stop,” Quina Jones, 25, said.', 'Quina Jones', true],
    ['Elaine C. Kamarck said the rules matter.', 'Elaine C. Kamarck', true],
    ['The Latvian journalist Dainis Ivans wrote about it.', 'Dainis Ivans', true],
    ['Gloria Garcia spoke first. She said the plan works.', 'Gloria Garcia', true],
    // A common given name, though the surname is also a town's.
    ['“That is disqualifying,” Joe Scarborough said.', 'Joe Scarborough', true],
    ['The Senate Democrats said it. He left.', 'Senate Democrats', false],
    ['General Hospital said it would close.', 'Hospital', false],
    ['The White House said it. He left.', 'White House', false],
    ['Twitter said it. She left.', 'Twitter', false],
    // An appositive holding a role only people hold; a business's description is none.
    ['Htay Oo, its acting chairman, told Reuters simply, "We lost."', 'Htay Oo', true],
    ['Smbatyan, a former spokesman for the party, said it.', 'Smbatyan', true],
    ['Huawei, the Chinese equipment maker, said it.', 'Huawei', false],
    ['Voltora, its new parent company, said it.', 'Voltora', false],
  ];
  it.each(cases)('%s / %s', (text, name, want) => {
    expect(looksLikePerson(evidence(text, name))).toBe(want);
  });
});

describe('isLoneGivenName', () => {
  it.each([
    [['Michelle'], false, true],
    [['Bernie'], false, true],
    [['Francis'], true, false],
    [['Michelle', 'Obama'], false, false],
    [['Obama'], false, false],
  ] as const)('%s (after a title: %s)', (words, afterTitle, want) => {
    expect(isLoneGivenName(words, afterTitle)).toBe(want);
  });
});

describe('endsLikePlace', () => {
  it.each([
    ['Whangārei Harbour', true],
    ['Stewart Island', true],
    // ("Tower" is a surname too: Senator John Tower.)
    ['John Tower', false],
    ['Greenwich Village', true],
    ['Harbour', false],
    ['Michael Bay', false],
  ])('%s -> %s', (name, want) => {
    expect(endsLikePlace(name)).toBe(want);
  });
});

describe('readsAsBody', () => {
  // [text, name, its words in the cluster's name, want]
  const cases: [string, string, number, boolean][] = [
    ['The strandings rose, according to whale rescue group Project Jonah.', 'Project', 2, true],
    ['Roscosmos said the craft broke up. It said most debris burnt up.', 'Roscosmos', 1, true],
    ['Salceda cited a memorandum. It says he may stay.', 'Salceda', 2, false],
    ['Parata said the whales are sick. He said they need help.', 'Parata', 1, false],
    ['They decided to label Rubio a liar.', 'Rubio', 1, false],
  ];
  it.each(cases)('%s / %s', (text, name, words, want) => {
    const { tokens } = tokenize(text);
    const first = tokens.findIndex((token) => token.text === name);
    const end = name === 'Project' ? first + 2 : first + 1;
    expect(readsAsBody(tokens, [{ first, end }], words)).toBe(want);
  });
});

describe('isNamedByOrdinaryWord', () => {
  it.each([
    ['Funny how nobody gave a name.', 'Funny', true],
    ['Walmart grew, while Target warned of weaker demand.', 'Target', true],
    ['Grant Young spoke first. Young said it was fine.', 'Young', false],
    ['Sen. Young said it was fine.', 'Young', false],
    ['Suga said it was fine.', 'Suga', false],
  ] as const)('%s / %s', (text, name, want) => {
    const { tokens } = tokenize(text);
    const mentions = tokens.flatMap((token, index) => (token.text === name ? [{ first: index }] : []));
    expect(isNamedByOrdinaryWord(tokens, [name], mentions)).toBe(want);
  });
});
