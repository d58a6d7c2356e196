import { LEXICON } from './model/lexicon.ts';

const split = (value: string): Set<string> => new Set(value ? value.split('|') : []);

/** Name lists learned by `npm run train` from CoNLL train, as sets (built on first use). */
export interface LearnedLexicon {
  person: Set<string>;
  organization: Set<string>;
  location: Set<string>;
  misc: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
}

let cached: LearnedLexicon | null = null;

export function learnedLexicon(): LearnedLexicon {
  cached ??= {
    person: split(LEXICON.person),
    organization: split(LEXICON.organization),
    location: split(LEXICON.location),
    misc: split(LEXICON.misc),
    givenNames: split(LEXICON.givenNames),
    commonWords: split(LEXICON.commonWords),
  };
  return cached;
}
