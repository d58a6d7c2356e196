// How a name stands in its phrase: a role or a title around it, a preposition before it, an appositive, whether it
// is written as a subject or an object.
import type { NameMention } from './types.ts';
import { isOrdinaryWordsName } from './cluster-kind.ts';
import { PERSON_TITLES } from './gazetteer.ts';
import { isRoleHead } from './roles.ts';
import { isPossessive, type Token } from './tokenize.ts';
import { LOWER_CASE_START, LOWER_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { CLAUSE_MARKERS, CLAUSE_OPENERS, DESCRIPTION_STOPS, isAuxiliary, isRoleWord, TITLE_WORDS, WEEKDAYS } from './speech-words.ts';
import { isVerbLike } from './speech-verbs.ts';
import { type AttributionContext, clusterOf, isMark } from './attribution-context.ts';
import { untypedNameEndingAt } from './untyped-names.ts';

/**
 * Words that open an aside inside a sentence: a relative clause or a clause of time or cause ("Cruz, when asked what
 * is wrong, responded"); the clause openers but the conjunctions that join main clauses.
 */
const ASIDE_OPENERS = new Set([...[...CLAUSE_OPENERS].filter((word) => !['and', 'but', 'or', 'so'].includes(word)), 'that', 'whom', 'whether']);

/** What may follow a speaker's name at the end of an inverted clause: punctuation, "of", "from", "who", a phrase of time or place. */
const CLAUSE_AFTER_NAME = new RegExp(`^(?:[,;:.!?(—–]|of|from|who|in|on|at|during|via|last|this|earlier|later|yesterday|today|${WEEKDAYS})$`, 'u');
/** Honorifics written before a person's name ("Mr Adrian Lim", "Dr. Jane Roe"). */
const PERSONAL_HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;

/** Words before a name that make it an object, not a subject ("with Obama", "against Clinton"). */
const OBJECT_LEAD = /^(?:with|of|to|for|by|against|about|from|at|on|in|into|over|than|like|and|or|nor|as|toward|towards|behind|under|between|among|after|before|including|unlike|via|per)$/;

/** Whether a person mention reads as a subject: not possessive ("Trump’s claim"), not after a preposition. */
export function isSubjectLike(tokens: readonly Token[], mention: { first: number; end: number }): boolean {
  if (/^['’]s?$/u.test(tokens[mention.end]?.text ?? '')) return false;
  let before = mention.first - 1;
  // "Former Florida Gov. Jeb Bush", "Sen. Rubio": titles and capitalised modifiers are part of the subject;
  // so is an owner ("with CNN’s Wolf Blitzer" is still the object of "with").
  // (Not a preposition that opens the sentence: "In Eagle Point, Lorna Beckett …".)
  while (
    before >= 0 &&
    (UPPER_CASE_START.test(tokens[before]!.text) || /^['’]s$/u.test(tokens[before]!.text)) &&
    tokens[before]!.sentence === tokens[mention.first]!.sentence &&
    !(OBJECT_LEAD.test(tokens[before]!.lower) && !/^(?:And|Or|Nor|As)$/.test(tokens[before]!.text))
  )
    before--;
  // "she told Hartnett": whom words were told to is no subject either, nor what a participle takes ("students using Headspace").
  const lead = tokens[before]?.lower ?? '';
  // ("…, and Hillary Clinton said she would …": "and" after a comma opens a clause of its own.)
  if (lead === 'and' && tokens[before - 1]?.text === ',') return true;
  return !OBJECT_LEAD.test(lead) && !/^(?:told|tells|telling)$/.test(lead) && !(/^\p{Ll}{2,}ing$/u.test(lead) && lead !== 'according');
}

/**
 * Whether the name starting at token `first` is the source of "according to" ("According to Ham, the
 * administration …"), titles aside: the one whose words the sentence reports, as a subject would be.
 */
export function isAccordingToSource(tokens: readonly Token[], first: number): boolean {
  let before = first - 1;
  while (before > 0 && TITLE_WORDS.test(tokens[before]!.text) && tokens[before]!.sentence === tokens[first]!.sentence) before--;
  return tokens[before]?.text === 'to' && /^[Aa]ccording$/.test(tokens[before - 1]?.text ?? '');
}

/** Whether the tokens from `first` to `end` hold a clause of their own: a finite verb, and no word that opens an aside. */
export function isClauseBetween(ctx: AttributionContext, first: number, end: number): boolean {
  const { tokens } = ctx;
  let finite = false;
  for (let index = first; index < end; index++) {
    const word = tokens[index]!.lower;
    if (ASIDE_OPENERS.has(word)) return false;
    if (CLAUSE_MARKERS.has(word)) finite = true;
  }
  return finite;
}

/** Whether the tokens from `first` to `end` describe someone: nouns and titles, no word of a clause ("wrote that Taylor"). */
export function describesOnly(ctx: AttributionContext, first: number, end: number): boolean {
  const { tokens } = ctx;
  for (let index = first; index < end; index++) if (DESCRIPTION_STOPS.has(tokens[index]!.lower) || isAuxiliary(tokens[index]!.text)) return false;
  return true;
}

/**
 * Whether a clause ends before token `index`: at a comma, a bracket, a sentence's end or the text's, at "of"/"who"
 * after a name, or where a phrase of time or place begins ("in a telephone interview", "on Monday").
 */
export function endsClause(ctx: AttributionContext, index: number): boolean {
  const { tokens } = ctx;
  const token = tokens[index];
  return !token || token.sentence !== tokens[index - 1]?.sentence || CLAUSE_AFTER_NAME.test(token.text) || isMark(ctx, index);
}

/** A person named before a comma and a role that ends at token `orgFirst` ("Sam Lau, the director for <organisation>"). */
export function personBeforeRole(ctx: AttributionContext, orgFirst: number): NameMention | null {
  const { tokens, mentionEndingAt } = ctx;
  let hasRole = false;
  for (let t = orgFirst - 1; t > 0 && orgFirst - t < 12; t--) {
    const word = tokens[t]!.text;
    if (word === ',') {
      const person = mentionEndingAt.get(t - 1);
      return hasRole && person && clusterOf(ctx, person)?.type === 'person' ? person : null;
    }
    if (!/^[\p{L}&\-]/u.test(word) || tokens[t]!.sentence !== tokens[orgFirst]!.sentence) return null;
    if (isRoleHead(word.toLowerCase())) hasRole = true;
  }
  return null;
}

/** Whether a mention's cluster is a person's by a name of ordinary words only ("Simple Dollar"), which the analysis shows as a body's or not at all. */
export function isOrdinaryWordsCluster(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens, lexicon } = ctx;
  const cluster = clusterOf(ctx, mention);
  return cluster !== null && cluster.type === 'person' && isOrdinaryWordsName(tokens, cluster.mentions, cluster.nameTokens, lexicon);
}

/** A person named right before "at/of/from/with (the) <organisation>" starting at token `orgFirst`. */
export function personBeforePreposition(ctx: AttributionContext, orgFirst: number): NameMention | null {
  const { tokens, mentionEndingAt } = ctx;
  let index = orgFirst - 1;
  // "Barbara O’Neil of the Rutger’s Cooperative Extension suggests": the body's owner before it.
  if (isPossessive(tokens[index]?.text ?? '') && UPPER_CASE_START.test(tokens[index - 1]?.text ?? '')) index = (mentionEndingAt.get(index - 1)?.first ?? index - 1) - 1;
  if (/^(the|The)$/.test(tokens[index]?.text ?? '')) index--;
  if (!/^(at|of|from|with)$/.test(tokens[index]?.text ?? '')) return null;
  const person = mentionEndingAt.get(index - 1);
  if (person) return clusterOf(ctx, person)?.type === 'person' ? person : null;
  // "As Trent Hamm at The Simple Dollar explains": a name of two or more words the tagger missed, before the body.
  const untyped = untypedNameEndingAt(ctx, index - 1);
  return untyped && untyped.end - untyped.first >= 2 ? untyped : null;
}

/**
 * Whether a name is the object of a preposition ("voted for JFK and Bill Clinton", "a partner at Lenox"),
 * looking past a coordinated name before it; "as Eric Garner ... said" keeps its subject.
 */
export function isPrepositionObject(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens } = ctx;
  const sentence = tokens[mention.first]!.sentence;
  // "a spokesman for House Speaker Paul Ryan": titles before the name; "of Immigration and Customs
  // Enforcement": the name coordinated with it.
  const skipCapitalised = (index: number): number => {
    while (index > 0 && UPPER_CASE_START.test(tokens[index]!.text) && tokens[index]!.sentence === sentence) index--;
    return index;
  };
  let lead = skipCapitalised(mention.first - 1);
  if (/^(?:and|or)$/.test(tokens[lead]?.text ?? '')) lead = skipCapitalised(lead - 1);
  // "run by brothers Alexander and Konstantin Sixt", "with analyst Jane Roe": a role's words between the preposition and the name.
  const roleWord = (text: string): boolean => LOWER_CASE_START.test(text) && (isRoleHead(text.replace(/s$/, '')) || PERSON_TITLES.has(text.replace(/s$/, '')));
  for (let words = 0; words < 2 && roleWord(tokens[lead]?.text ?? ''); words++) lead--;
  return /^(?:with|of|to|for|by|against|about|from|at|on|in|into|over|than|like|toward|towards|behind|under|between|among|after|before|including|unlike|via|per)$/.test(tokens[lead]?.text ?? '');
}

/** "an EU official", "a Shell spokesperson": a name before a lower-case noun only says whose the noun is. */
export function modifiesNounAfter(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens } = ctx;
  const next = tokens[mention.end];
  return next !== undefined && next.sentence === tokens[mention.first]!.sentence && /^\p{Ll}+$/u.test(next.text) && !/^(?:and|or|of|in|at|on|for|to|with|by|from|who|which|that|said|says|told|reported)$/.test(next.text);
}

/**
 * Whether a name, titles aside, follows a preposition that hangs it on a noun before it ("Democrats on
 * Capitol Hill", "a spokesman for Sen. Reid"): that noun, not the name, is what a relative clause after it
 * is about. "by" and "with" name an agent or a partner, who may be.
 */
export function qualifiesNoun(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens } = ctx;
  let lead = mention.first - 1;
  while (lead > 0 && UPPER_CASE_START.test(tokens[lead]!.text) && tokens[lead]!.sentence === tokens[mention.first]!.sentence) lead--;
  return /^(?:of|for|at|on|in|from)$/.test(tokens[lead]?.text ?? '');
}

/**
 * "says Maxi Moving's Vice President, Ivan Cheptenari": after a body's possessive (at `index`), a
 * capitalised title holding a role head and an optional comma, the person who holds it.
 */
export function personAfterOwnedTitle(ctx: AttributionContext, index: number): NameMention | null {
  const { tokens, mentionByToken } = ctx;
  if (!/^['’]s$/u.test(tokens[index]?.text ?? '')) return null;
  let next = index + 1;
  let role = false;
  // ("said Hengrui's general manager, Xu Lanying": role words in lower case, then a comma.)
  let lowerCase = false;
  while (next < index + 5 && /^\p{L}/u.test(tokens[next]?.text ?? '') && !mentionByToken.has(next)) {
    if (LOWER_CASE_START.test(tokens[next]!.text)) lowerCase = true;
    if (isRoleHead(tokens[next]!.lower)) role = true;
    next++;
  }
  if (!role || (lowerCase && tokens[next]?.text !== ',')) return null;
  if (tokens[next]?.text === ',') next = afterHonorific(ctx, next + 1);
  const person = mentionByToken.get(next);
  return person && person.first === next && tokens[next]!.sentence === tokens[index]!.sentence && clusterOf(ctx, person)?.type === 'person' ? person : null;
}

/** Token `index`, or the one after it when it is an honorific before a name ("…, Mr Adrian Lim"). */
export function afterHonorific(ctx: AttributionContext, index: number): number {
  const { tokens } = ctx;
  return (PERSONAL_HONORIFIC.test(tokens[index]?.text ?? '') && UPPER_CASE_START.test(tokens[index + 1]?.text ?? '') ? index + 1 : index);
}

/** Whether a name opens its phrase: at the sentence start or after a comma, titles aside ("chief spokesman, Yoshihide Suga"). */
export function opensPhrase(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens } = ctx;
  let lead = mention.first - 1;
  while (lead >= 0 && UPPER_CASE_START.test(tokens[lead]!.text) && tokens[lead]!.sentence === tokens[mention.first]!.sentence) lead--;
  return lead < 0 || tokens[lead]!.sentence !== tokens[mention.first]!.sentence || tokens[lead]!.text === ',' || isMark(ctx, lead);
}

/** Index of the "(" that opens the bracket closed at `close`, within a few tokens; -1 when there is none. */
export function bracketOpening(ctx: AttributionContext, close: number): number {
  const { tokens } = ctx;
  for (let t = close - 1; t >= 0 && close - t < 8; t--) if (tokens[t]!.text === '(') return t;
  return -1;
}

/**
 * A person named after one or two lower-case role words ("MSNBC host Chris Matthews") or a title-case one
 * ("Secretary-Treasurer"), and then perhaps a few capitalised titles, from token `index`.
 */
export function personAfterRole(ctx: AttributionContext, index: number): NameMention | null {
  const { tokens, mentionByToken } = ctx;
  let next = index;
  // Role words are nouns: not "called" in "The Association called Hillary Clinton …".
  while (next < index + 3 && LOWER_CASE_WORD.test(tokens[next]?.text ?? '') && !isVerbLike(tokens[next]!.text)) next++;
  if (next === index && (isRoleWord(tokens[next]?.text ?? '') || TITLE_WORDS.test(tokens[next]?.text ?? ''))) next++;
  // A role ends in a noun, not in a preposition: "went after Trump", "met with Trump" name no role.
  if (next === index || /^(?:and|or|said|says|told|in|on|at|of|for|to|after|before|with|from|by|about|like|as|than|against|including|into|over|under|toward|towards|behind|between|among|via|per|up|down|off|out|through)$/.test(tokens[next - 1]!.text)) return null;
  // "United Auto Workers Secretary-Treasurer Gary Casteel", "Pentagon spokesman Navy Capt. Jeff Davis":
  // capitalised titles may follow the role word.
  const roleEnd = next;
  // (A body's or a place's name before a title among them, "Navy Capt.", is passed over.)
  while (next < roleEnd + 3 && UPPER_CASE_START.test(tokens[next]?.text ?? '') && tokens[next]!.sentence === tokens[index]!.sentence) {
    const named = mentionByToken.get(next);
    if (named && (named.first !== next || clusterOf(ctx, named)?.type === 'person' || !TITLE_WORDS.test(tokens[named.end]?.text ?? ''))) break;
    next = named ? named.end : next + 1;
  }
  const person = mentionByToken.get(next);
  return person && person.first === next && clusterOf(ctx, person)?.type === 'person' ? person : null;
}
