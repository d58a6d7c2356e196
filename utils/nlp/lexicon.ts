import { COUNTRIES_IN_THEIR_LANGUAGES, ORGANIZATION_NAME_WORDS, STATES_AND_PROVINCES, PERSON_TITLES, PLACES, TRAINED_NAME_LISTS } from './gazetteer.ts';
import { KNOWN_COMPANIES, LISTED_COMPANIES } from './model/companies.ts';
import { LEXICON } from './model/lexicon.ts';
import { ORDINARY_WORDS } from './model/ordinary-words.ts';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, WORLD_GIVEN_NAMES } from './model/given-names.ts';

const split = (value: string): Set<string> => new Set(value ? value.split('|') : []);

/** Name lists learned by `npm run train` (from CoNLL train, and a company word list), as sets (built on first use). */
export interface LearnedLexicon {
  person: Set<string>;
  organization: Set<string>;
  location: Set<string>;
  misc: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
  /** Words that name a business on their own ("Google", "Uber"), from a company word list checked against news text. */
  knownCompanies: Set<string>;
  /** Listed companies' names of two words or more ("Sempra Energy", "Royal Bank of Canada"), from a stock listing. */
  listedCompanies: Set<string>;
  /** Lower-case words today's web pages write often, beyond `commonWords` ("scalability", "alerting"). */
  ordinaryWords: Set<string>;
  /** Given names of many languages ("Jamal", "Ilya"), from a general lexicon: read by the rules, never by the tagger. */
  worldGivenNames: Set<string>;
  /** Given names of men and of women ("Donald", "Hillary"), from the same lexicon: which of "he" and "she" agrees with a person. */
  maleGivenNames: Set<string>;
  femaleGivenNames: Set<string>;
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
    knownCompanies: split(KNOWN_COMPANIES),
    listedCompanies: split(LISTED_COMPANIES),
    ordinaryWords: split(ORDINARY_WORDS),
    worldGivenNames: split(WORLD_GIVEN_NAMES),
    maleGivenNames: split(MALE_GIVEN_NAMES),
    femaleGivenNames: split(FEMALE_GIVEN_NAMES),
  };
  return cached;
}

/** Whether a lower-case word is one news or today's pages write often (`commonWords` or `ordinaryWords`). */
export function isFrequentWord(lower: string, lexicon: LearnedLexicon = learnedLexicon()): boolean {
  return lexicon.commonWords.has(lower) || lexicon.ordinaryWords.has(lower);
}

/** Whether a name is a place of the hand-written lists: countries, their usual short forms, states and provinces ("Texas", "Brasil"). */
export function isHandListedPlace(name: string): boolean {
  return PLACES.has(name) || COUNTRIES_IN_THEIR_LANGUAGES.has(name) || STATES_AND_PROVINCES.has(name);
}

/** Whether a name is a listed place's, hand-written or learned from news ("Oregon", "Queensland", "Des Moines", "Brasil"). */
export function isListedPlace(name: string, lexicon: LearnedLexicon = learnedLexicon()): boolean {
  return isHandListedPlace(name) || lexicon.location.has(name);
}

/** Name lists as the tagger's word classes read them (the training script passes lists learned without the document at hand). */
export interface NameLists {
  person: Iterable<string>;
  organization: Iterable<string>;
  location: Iterable<string>;
  misc: Iterable<string>;
  givenNames: Iterable<string>;
}

/** Bits of `nameWordClasses`: which lists a capitalised word appears in. */
export const NAME_CLASS = { person: 1, organization: 2, location: 4, misc: 8, givenName: 16, organizationWord: 32, place: 64, title: 128 } as const;

/**
 * Maps a capitalised word (lower-cased) to the name lists it appears in, as a word of a listed name:
 * learned lists and the hand-written ones. A word-level fact, so the tagger scores it once per word.
 */
export function nameWordClasses(lists: NameLists): (lower: string) => number {
  const classes = new Map<string, number>();
  const mark = (names: Iterable<string>, bit: number): void => {
    for (const name of names) for (const word of name.toLowerCase().split(' ')) if (word) classes.set(word, (classes.get(word) ?? 0) | bit);
  };
  mark(lists.person, NAME_CLASS.person);
  mark(lists.organization, NAME_CLASS.organization);
  mark(lists.location, NAME_CLASS.location);
  mark(lists.misc, NAME_CLASS.misc);
  mark(lists.givenNames, NAME_CLASS.givenName);
  mark([...ORGANIZATION_NAME_WORDS, ...TRAINED_NAME_LISTS.businessWords, ...TRAINED_NAME_LISTS.legalForms, ...TRAINED_NAME_LISTS.knownOrganizations], NAME_CLASS.organizationWord);
  mark(PLACES, NAME_CLASS.place);
  mark(PERSON_TITLES, NAME_CLASS.title);
  return (lower) => classes.get(lower) ?? 0;
}

let bundledClasses: ((lower: string) => number) | null = null;

/** Word classes from the bundled lists, built on first use. */
export function bundledNameWordClasses(): (lower: string) => number {
  bundledClasses ??= nameWordClasses(learnedLexicon());
  return bundledClasses;
}
