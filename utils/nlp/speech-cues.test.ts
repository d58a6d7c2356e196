import { describe, expect, it } from 'vitest';
import { learnSpeechCues } from '../../scripts/train/cues.ts';
import { SPEECH_CUES } from './model/speech-cues.ts';
import { REPORTING_VERBS } from './speech-verbs.ts';

/** A PolNeAR-shaped article with one attribution per place `context` occurs, its cue the word `cue` in it. */
function article(text: string, context: string, cue: string): Parameters<typeof learnSpeechCues>[0][number] {
  const attributions: { content: [number, number][]; source: null; cue: [number, number][] }[] = [];
  for (let index = text.indexOf(context); index >= 0; index = text.indexOf(context, index + context.length)) {
    const start = index + context.indexOf(cue);
    attributions.push({ content: [], source: null, cue: [[start, start + cue.length]] });
  }
  return { text, attributions };
}

describe('learnSpeechCues', () => {
  it('learns a cue from its share among the sentences that hold a quote', () => {
    // "called" frames the quote in every sentence that has one and names a group in the others: a rare
    // cue over all its uses, a sure one next to quotation marks.
    const text = 'Bush called Trump “unhinged.” '.repeat(9) + 'He runs a group called Vote Now. '.repeat(12);
    expect(learnSpeechCues([article(text, 'called Trump', 'called')], 8, 0.6).map((cue) => cue.word)).toEqual(['called']);
  });

  it('keeps the share over all uses for words that mark attributions anywhere', () => {
    const text = 'Smith said the plan works. '.repeat(10) + 'Jones agreed. '.repeat(10);
    expect(learnSpeechCues([article(text, 'said', 'said')], 8, 0.6).map((cue) => cue.word)).toEqual(['said']);
  });

  it('leaves out a word that marks few of its uses, with or without quotes', () => {
    const text = 'Bush called Trump “unhinged.” '.repeat(9) + 'They called “Vote Now” a group. '.repeat(12);
    expect(learnSpeechCues([article(text, 'called Trump', 'called')], 8, 0.6)).toEqual([]);
  });
});

describe('the shipped speech cues', () => {
  it('hold the verbs that frame quotes in news English, "called" among them', () => {
    expect(SPEECH_CUES.split('|')).toEqual(expect.arrayContaining(['said', 'told', 'wrote', 'called']));
  });
});

describe('the reporting verbs', () => {
  it('are written in lower case, as reported speech looks only at tokens opening on a lower-case letter for them', () => {
    expect([...REPORTING_VERBS].filter((verb) => !/^[a-z]/.test(verb))).toEqual([]);
  });
});
