import { COMPANY_NAME_WORDS, COMPANY_SUFFIXES, isBusinessWord, KNOWN_COMPANY_NAMES, KNOWN_ORGANIZATIONS, MEDIA_COMPANIES, ORGANIZATION_NAME_WORDS, PERSON_TITLES, PLACES } from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, learnedLexicon } from './lexicon.ts';
import { PERSON_ONLY_ROLE_HEADS, ROLE_HEADS } from './roles.ts';
import type { Token } from './tokenize.ts';
import { LOWER_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';

/** Honorifics and titles that only ever stand before a person's name ("Mr. Bown", "Sen. Cruz"). */
export const HONORIFIC_WORDS = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Del|Rev|Fr|Lt|Col|Capt|Sgt|Adm|Prof';
const HONORIFICS = new Set(HONORIFIC_WORDS.split('|').flatMap((title) => [title, `${title}.`]));
const CAPITALISED = /^\p{Lu}[\p{L}'’\-]*$/u;
/** A middle initial ("S." of "Mark S. Kirk"). */
export const INITIAL = /^\p{Lu}\.$/u;
const HE_OR_SHE = /^(?:He|She)$/;
/** Titles that are also adjectives or nouns before other names ("General Hospital", "veteran Indiana lawmakers"). */
const AMBIGUOUS_TITLES = new Set(['general', 'veteran', 'chief', 'head', 'executive', 'vice', 'deputy', 'leader', 'officer', 'director']);

let nameWords: Set<string> | null = null;
/**
 * Lower-case words that are not a person's: the head words of organisation and company names
 * ("Senate", "Motors"), their suffixes, and the one-word places, bodies and media ("Virginia",
 * "Reuters"). Words of longer names ("Jones" of "Dow Jones") stay possible surnames.
 */
function organisationOrPlaceWords(): Set<string> {
  nameWords ??= new Set(
    [...ORGANIZATION_NAME_WORDS, ...COMPANY_NAME_WORDS, ...COMPANY_SUFFIXES, ...[...KNOWN_ORGANIZATIONS, ...MEDIA_COMPANIES, ...PLACES].filter((name) => !name.includes(' '))].map((word) => word.toLowerCase()),
  );
  return nameWords;
}

/**
 * An honorific, then up to three more capitalised words or initials, ending right where the text is cut,
 * all on one line. Only an initial carries a dot: "Mr. Sanders. Allies say" ends a sentence at "Sanders.".
 */
const HONORIFIC_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HONORIFIC_WORDS})\\.?[^\\S\\n]+(?:(?:\\p{Lu}[\\p{L}'’\\-]*|\\p{Lu}\\.)[^\\S\\n]+){0,3}$`, 'u');

/**
 * Whether the text writes `word` (a capitalised surname) right after an honorific somewhere ("Mr. Bown",
 * "Sen. Ted Cruz" for "Cruz"): a surname the article itself shows to be a person's. Finds the word with
 * `indexOf` and reads only the few characters before each hit.
 */
export function hasHonorificBefore(text: string, word: string): boolean {
  if (!word) return false;
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length)) {
    const after = text.charCodeAt(index + word.length);
    // The whole word only: not "Cruzado" for "Cruz".
    if (/\p{L}/u.test(String.fromCharCode(after || 32))) continue;
    if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, index - 48), index))) return true;
  }
  return false;
}

export interface PersonEvidence {
  tokens: readonly Token[];
  /** The mentions of the name in question (token ranges, end exclusive). */
  mentions: readonly { first: number; end: number }[];
  /** Whether token `index` belongs to a person the tagger found. */
  isPersonToken: (index: number) => boolean;
  /** Whether the text writes a word after an honorific (`hasHonorificBefore`, memoised by the caller). */
  hasHonorific: (word: string) => boolean;
}

/**
 * Whether a name the entity tagger typed as a company, organisation or place reads as a person's, for a
 * name that is already the speaker of a speech verb: the text writes an honorific before its last word
 * ("Mr. Cruz" elsewhere), a title or role word right before it ("Latvian journalist Dainis Ivans"), an
 * age after it ("Quina Jones, 25,"), a middle initial or a known first name in it ("Elaine C. Kamarck"),
 * or the next sentence opens with "He" or "She" and names no other person first. Organisations say
 * "it", carry no ages and take no honorifics, so each of these is strong on its own.
 */
export function looksLikePerson({ tokens, mentions, isPersonToken, hasHonorific }: PersonEvidence): boolean {
  const lexicon = learnedLexicon();
  const excluded = organisationOrPlaceWords();
  // ("Barry Callebaut AG" … "Barry Callebaut, the world's largest maker of bulk chocolate, said": a name the text once
  // writes with a legal form is a business's, whatever given name opens it.)
  if (mentions.some(({ first, end }) => end - first > 1 && COMPANY_SUFFIXES.has(tokens[end - 1]!.lower) && CAPITALISED.test(tokens[end - 1]!.text))) return false;
  for (const { first, end } of mentions) {
    const words = tokens.slice(first, end).map((token) => token.text);
    if (words.length === 0 || !words.every((word) => CAPITALISED.test(word) || INITIAL.test(word))) continue;
    const last = words[words.length - 1]!;
    if (INITIAL.test(last) || /^\p{Lu}+$/u.test(last)) continue;
    // Written after an honorific elsewhere, or with a middle initial: people's names whatever their words.
    if (hasHonorific(last)) return true;
    if (words.length >= 3 && words.slice(1, -1).some((word) => INITIAL.test(word)) && !excluded.has(last.toLowerCase())) return true;
    // The weaker signs need a name made of name words: no common word ("Program"), no word of an
    // organisation or place name ("Senate", "State"), not a name the lexicon lists as a body or a place.
    const name = words.join(' ');
    const listed = lexicon.organization.has(name) || lexicon.location.has(name) || KNOWN_ORGANIZATIONS.has(name) || MEDIA_COMPANIES.has(name) || KNOWN_COMPANY_NAMES.has(name) || PLACES.has(name);
    // ("Samantha Bielefeld", "Hannah Cairo": after a given name, a place's name is a surname.)
    // (Not before a word the lists read as a nationality or a party: "Carolina Republican".)
    const givenFirst = words.length >= 2 && isAnyGivenName(words[0]!, lexicon) && !lexicon.misc.has(words[words.length - 1]!);
    const surnameNamesPlace = (word: string, index: number): boolean => givenFirst && index === words.length - 1 && (PLACES.has(word) || lexicon.location.has(word));
    const clean = !listed && words.every((word, index) => !lexicon.commonWords.has(word.toLowerCase()) && (!excluded.has(word.toLowerCase()) || surnameNamesPlace(word, index)));
    if (!clean) continue;
    if (tokens[end]?.text === ',' && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '') && /^[,.]$/.test(tokens[end + 2]?.text ?? '')) return true;
    if (personRoleFollows(tokens, end)) return true;
    if (words.length < 2) continue;
    const before = tokens[first - 1]?.text ?? '';
    const title = before.toLowerCase();
    if (tokens[first - 1]?.sentence === tokens[first]!.sentence && !AMBIGUOUS_TITLES.has(title) && (PERSON_TITLES.has(title) || ROLE_HEADS.has(title) || HONORIFICS.has(before))) return true;
    if (givenFirst) return true;
    if (pronounFollows(tokens, end, isPersonToken)) return true;
  }
  return false;
}

/** Words that open an appositive: "its acting chairman", "a spokeswoman for". */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * Whether an appositive after token `end` holds a role only people hold ("Htay Oo, its acting chairman,
 * told ..."): a comma, an article or possessive, then such a role head within the next few lower-case words.
 */
function personRoleFollows(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[end + 1]?.text ?? '')) return false;
  for (let index = end + 2; index < end + 6 && index < tokens.length; index++) {
    const word = tokens[index]!.text;
    if (!LOWER_CASE_WORD.test(word)) return false;
    if (PERSON_ONLY_ROLE_HEADS.has(word)) return true;
  }
  return false;
}

/** Head words of bodies that the gazetteer's organisation words leave out: polls, centres, papers. */
const BODY_HEADS = new Set([
  'center', 'centre', 'poll', 'polls', 'survey', 'times', 'post', 'news', 'journal', 'magazine', 'network', 'project', 'initiative', 'campaign', 'caucus', 'pac', 'institute', 'program', 'programme',
  // Watchdogs and commands ("Judicial Watch", "Human Rights Watch", "Special Operations Command"), public services ("Citizenship and Immigration Services").
  'watch', 'command', 'services',
  // Reports speak through their findings ("the Hiscox Cyber Readiness Report found").
  'report',
  // Newspapers' mastheads ("Charlotte Observer", "Miami Herald", "Chicago Tribune").
  'observer', 'herald', 'tribune', 'gazette', 'chronicle', 'inquirer', 'examiner', 'courier', 'dispatch',
]);

/**
 * Whether a name ends with the head word of a body ("Brennan Center", "Gallup Poll", "Senate
 * Republicans", "Alliance to Reclaim Our Schools"), so a speaker the tagger typed as a person is an
 * organisation after all. A plural counts as its singular for the organisation heads, not for the
 * business words ("John Banks" stays a person).
 */
export function endsLikeOrganisation(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const singular = last.endsWith('s') ? last.slice(0, -1) : last;
  const isHead = (word: string): boolean => BODY_HEADS.has(word) || ORGANIZATION_NAME_WORDS.has(word);
  return words.length >= 2 && (isHead(last) || isHead(singular) || isBusinessWord(last));
}

/** Last words of a place's name ("Whangārei Harbour", "Stewart Island"): none of them ends a person's name in news. */
const PLACE_HEADS = new Set(['harbour', 'harbor', 'island', 'islands', 'peninsula', 'river', 'valley', 'canyon', 'strait', 'airport', 'avenue', 'boulevard', 'bridge', 'stadium', 'county', 'province', 'district', 'village', 'city', 'town', 'township', 'street', 'square', 'beach', 'mountains']);

/** Whether a name of two or more words ends with the head word of a place ("Whangārei Harbour"). */
export function endsLikePlace(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && PLACE_HEADS.has(words[words.length - 1]!);
}

/** Lower-case nouns for a body that, right before a name, say the name is that body's ("rescue group Project Jonah"). */
const BODY_NOUNS_BEFORE = new Set(['group', 'firm', 'agency', 'company', 'organization', 'organisation', 'charity', 'nonprofit', 'non-profit', 'outlet', 'magazine', 'newspaper', 'website', 'startup', 'association', 'coalition', 'foundation', 'retailer', 'publisher', 'network', 'laboratory', 'think-tank']);
/** Speech verbs after "It" that say the subject before was a body ("Roscosmos said …. It said most of …"). */
const IT_SPEECH = /^(?:said|says|added|adds|told|noted|stated|announced|confirmed|declined|warned|reported)$/;

/**
 * Whether a name the tagger typed as a person's reads as a body's: a mention comes right after a
 * lower-case body noun ("whale rescue group Project Jonah", "data analysis firm Coresight"), or, for a
 * one-word name, the sentence after a mention opens with "It" and a speech verb ("Roscosmos said …. It
 * said …"), the way people are followed by "He" or "She". (After a full name "It says" is more often a
 * document's: "Salceda cited a memorandum …. It says …".)
 */
export function readsAsBody(tokens: readonly Token[], mentions: readonly { first: number; end: number }[], nameWords: number): boolean {
  for (const { first, end } of mentions) {
    const before = tokens[first - 1];
    if (before && before.sentence === tokens[first]!.sentence && BODY_NOUNS_BEFORE.has(before.text)) return true;
    if (nameWords !== 1) continue;
    const sentence = tokens[end - 1]!.sentence;
    for (let index = end; index < tokens.length && index - end < 80; index++) {
      if (tokens[index]!.sentence === sentence) continue;
      if (tokens[index]!.text === 'It' && IT_SPEECH.test(tokens[index + 1]?.text ?? '')) return true;
      break;
    }
  }
  return false;
}

/**
 * Whether a speaker is named only by one ordinary word, never with a given name or a title before it ("while Target
 * warned of weaker demand", "Next said sales fell"): news names a person in full at least once, so such a
 * speaker is a business or a body the tagger read as a person.
 */
export function isNamedByOrdinaryWord(tokens: readonly Token[], nameTokens: readonly string[], mentions: readonly { first: number }[]): boolean {
  if (nameTokens.length !== 1) return false;
  const lexicon = learnedLexicon();
  const name = nameTokens[0]!;
  if (!isFrequentWord(name.toLowerCase(), lexicon) || lexicon.person.has(name) || isGivenName(name, lexicon)) return false;
  if (mentions.some((mention) => hasTitleBefore(tokens, mention.first))) return false;
  // ("Grant Young, another strategist, said …" … "Young said": written after a given name once, a surname.)
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index]!.text !== name) continue;
    const before = tokens[index - 1]!.text;
    if (isGivenName(before, lexicon)) return false;
  }
  return true;
}

/** Whether the sentence after the one holding token `end - 1` opens with "He" or "She", no person named in between. */
function pronounFollows(tokens: readonly Token[], end: number, isPersonToken: (index: number) => boolean): boolean {
  const sentence = tokens[end - 1]!.sentence;
  for (let index = end; index < tokens.length && index - end < 80; index++) {
    const token = tokens[index]!;
    if (token.sentence !== sentence) return HE_OR_SHE.test(token.text) && token.block - tokens[end - 1]!.block <= 1;
    if (isPersonToken(index)) return false;
  }
  return false;
}

/**
 * Whether a person is named only by a given name the text never completes with a surname ("his wife
 * Michelle", "my parents, James and Olive Meehan"): too little to name a quoted official by, and most
 * often a first name the tagger cut from a longer name. A given name after a title ("Pope Francis") or
 * one that news also writes alone as a surname (the learned person list) still names someone.
 */
export function isLoneGivenName(nameTokens: readonly string[], afterTitle: boolean): boolean {
  if (nameTokens.length !== 1 || afterTitle) return false;
  const lexicon = learnedLexicon();
  const name = nameTokens[0]!;
  return isGivenName(name, lexicon) && !lexicon.person.has(name);
}

/** Whether a capitalised title stands right before token `first` in its sentence ("Pope Francis", "Sen. Cruz"). */
export function hasTitleBefore(tokens: readonly Token[], first: number): boolean {
  const title = tokens[first - 1];
  if (!title || title.sentence !== tokens[first]!.sentence || !UPPER_CASE_START.test(title.text)) return false;
  return PERSON_TITLES.has(title.lower) || HONORIFICS.has(title.text);
}
