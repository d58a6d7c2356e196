import { describe, expect, it } from 'vitest';
import { commaBeforeSubject, isHeadlineCue, isSubjectLike, unnamedSubjectBefore } from './attribution.ts';
import { analyzeText } from './index.ts';
import { tokenize } from './tokenize.ts';

/** Token index of the first token with this text. */
const indexOf = (text: string, word: string): number => tokenize(text).tokens.findIndex((token) => token.text === word);

describe('reported speech', () => {
  // [sentence(s), the reported words we want (a substring of the quote), the speaker's name or null for an unnamed source]
  const cases: [string, string, string | null][] = [
    ['Tim Cook runs Apple. Cook noted that sales had doubled in China this year.', 'sales had doubled in China this year', 'Tim Cook'],
    ['Jane Roe is a senator. She said that, if elected, she would cut taxes for families.', 'if elected, she would cut taxes', 'Jane Roe'],
    ['The new plan is still tilted toward the rich, the Tax Foundation said.', 'The new plan is still tilted toward the rich', 'Tax Foundation'],
    ['The plan is an insult to all voters, top black lawmakers said on Friday.', 'The plan is an insult to all voters', null],
    ['Experts on North Korea and nonproliferation said the latest test could change that.', 'the latest test could change that', null],
    ['The meeting deteriorated from there, said one GOP source in the room.', 'The meeting deteriorated from there', null],
    ['Sen. Lindsey Graham spoke. Donald Trump could embrace clean energy, Sen. Lindsey Graham told The Huffington Post.', 'Donald Trump could embrace clean energy', 'Lindsey Graham'],
    ['Bernie Sanders spoke in July. Sanders urged voters to turn out and said he was standing on principle.', 'he was standing on principle', 'Bernie Sanders'],
    ['They paid Anna Weber, who said she was never paid for the clubhouse she designed.', 'she was never paid for the clubhouse', 'Anna Weber'],
    ['Hillary Clinton spoke in Ohio. Clinton cited derogatory comments Trump had made about the contestant.', 'derogatory comments Trump had made', 'Hillary Clinton'],
    ['The White House is saying that the revelations show the need for tax reform.', 'the revelations show the need for tax reform', 'White House'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.kind === 'reported' && candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
  });

  // Sentences with a cue word that report nobody's words.
  const notSpeech: string[] = ['He was told to leave the building before noon on Monday.', 'The statement was issued late on Friday by the ministry.'];
  it.each(notSpeech)('no reported speech in %s', (text) => {
    expect(analyzeText(text).quotes.filter((quote) => quote.kind === 'reported')).toEqual([]);
  });
});

describe('speakers', () => {
  // [text, quote words, speaker]
  const cases: [string, string, string][] = [
    ['Chris Matthews spoke. “I thought he was very effective at securing Trump’s flank,” he said.', 'I thought he was very effective', 'Chris Matthews'],
    ['“I thought that Mike Pence did all the things right,” said MSNBC host Chris Matthews.', 'I thought that Mike Pence', 'Chris Matthews'],
    ['Dan McLaughlin at the National Review agreed with Chris Matthews about the winner of the debate.', 'with Chris Matthews about the winner', 'Dan McLaughlin'],
    ['Hillary Clinton’s campaign manager Robby Mook said as much, arguing that Trump “lashed out at our nation’s generals when asked.”', 'lashed out at our nation', 'Robby Mook'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name).toBe(speaker);
  });
});

describe('subject helpers', () => {
  it.each([
    ['The plan is bad, the Tax Foundation said.', 'Tax', 4],
    ['The plan is bad, top black lawmakers said.', 'lawmakers', 4],
    ['The plan is bad and the Tax Foundation said so.', 'Tax', -1],
  ] as const)('commaBeforeSubject(%s)', (text, subjectWord, comma) => {
    expect(commaBeforeSubject(tokenize(text).tokens, indexOf(text, subjectWord), 0)).toBe(comma);
  });

  it.each([
    ['Experts on North Korea said the test matters.', true],
    ['The report, which said little, was late.', false],
    ['It was what they said yesterday.', false],
  ] as const)('unnamedSubjectBefore(%s)', (text, found) => {
    expect(unnamedSubjectBefore(tokenize(text).tokens, indexOf(text, 'said'), 0) !== null).toBe(found);
  });

  it.each([
    ['Trump Could Address Clean Energy, Lindsey Graham Says', 'Says', true],
    ['Says the senator, nothing changed.', 'Says', false],
  ] as const)('isHeadlineCue(%s)', (text, word, want) => {
    expect(isHeadlineCue(tokenize(text).tokens, indexOf(text, word))).toBe(want);
  });
});

describe('isSubjectLike', () => {
  // [sentence, the name's one token, whether it reads as a subject]
  const cases: [string, string, boolean][] = [
    ['Biden rubbished Trump’s claim.', 'Biden', true],
    ['Biden rubbished Trump’s claim.', 'Trump', false],
    ['He met with Bush on Friday.', 'Bush', false],
    ['In an interview with Obama, Clinton said it.', 'Obama', false],
    ['In an interview with Obama, Clinton said it.', 'Clinton', true],
    ['Former Florida Gov. Bush called Trump unhinged.', 'Bush', true],
  ];
  it.each(cases)('%s / %s', (text, name, want) => {
    const { tokens } = tokenize(text);
    const first = indexOf(text, name);
    expect(isSubjectLike(tokens, { first, end: first + 1 })).toBe(want);
  });
});

describe('pronouns and standalone quotes prefer a subject', () => {
  // [text, the quote's words, the speaker we want]
  const cases: [string, string, string][] = [
    ['Joe Biden rubbished Donald Trump’s claim to understand the middle class.\n\n“It is a bunch of malarkey,” he said.', 'a bunch of malarkey', 'Joe Biden'],
    ['Donald Trump also took multiple swipes at fellow GOP contender Jeb Bush.\n\n“Everybody is laughing at him and his money, believe me,” he added later.', 'Everybody is laughing', 'Donald Trump'],
    ['Donald Trump also took multiple swipes at fellow GOP contender Jeb Bush.\n\n“Everybody is laughing at him and his campaign money.”', 'Everybody is laughing', 'Donald Trump'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.kind === 'direct' && candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
  });
});
