import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_COMPANY_NAMES } from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isListedPlace, learnedLexicon, multiWordPlaceIndex } from './lexicon.ts';
import { mayStartName } from './name-words.ts';

/** Names so well known as businesses that they stay on the list although they are words, given names or places too. */
const KNOWN_DESPITE_ANOTHER_READING = ['Google', 'Meta', 'Amazon', 'Apple', 'Zoom', 'Kia', 'Fidelity', 'Shell', 'Paramount', 'UPS', 'Lotte', 'Zara'];

describe('the list of well-known companies', () => {
  it('holds no one-word name that is also an ordinary word, a given name or a place, but for the few known despite it', () => {
    // A name on the list is a company wherever the text writes it: "Target", "Wayne" or "Kingston" would be wrong more
    // often than right.
    const lexicon = learnedLexicon();
    const ambiguous = [...KNOWN_COMPANY_NAMES].filter(
      (name) => !name.includes(' ') && (isFrequentWord(name.toLowerCase(), lexicon) || isAnyGivenName(name, lexicon) || isListedPlace(name, lexicon)),
    );
    expect(ambiguous.sort()).toEqual([...KNOWN_DESPITE_ANOTHER_READING].sort());
  });

  it('ends every group of names with a separator, so no two names run together', () => {
    // ("…|Vogue' + 'News Corp|…" would make one name "VogueNews Corp" and lose both.)
    const source = readFileSync(new URL('./gazetteer.ts', import.meta.url), 'utf8');
    const list = source.slice(source.indexOf('export const KNOWN_COMPANY_NAMES'), source.indexOf('\n);', source.indexOf('export const KNOWN_COMPANY_NAMES')));
    const groupEnds = list.split('\n').filter((line) => line.trimEnd().endsWith("' +"));
    expect(groupEnds.length).toBeGreaterThan(10);
    for (const line of groupEnds) expect(line.trimEnd()).toMatch(/\|' \+$/);
  });
});

describe('the places of several words', () => {
  it('open with a word that may open a name, as the pass joining their cut pieces asks first', () => {
    const firstWords = [...multiWordPlaceIndex().keys()];
    expect(firstWords.length).toBeGreaterThan(0);
    expect(firstWords.filter((word) => !mayStartName(word))).toEqual([]);
  });
});
