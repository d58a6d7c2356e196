// From a speech verb's subject to a quote's speaker: the whole name written, the person it is (by surname or given
// name), a person coordinated with it, and the attributed quote made of them.
import type { EntityCluster, NameMention, Quote } from './types.ts';
import { hasTitleBefore, INITIAL } from './speech-person.ts';
import type { Token } from './tokenize.ts';
import { TITLE_CASE_START } from './word-shapes.ts';
import { CALENDAR_WORDS, TITLE_WORDS } from './speech-words.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, hasHonorific, type Subject } from './attribution-context.ts';
import { bracketOpening, isSubjectLike } from './name-phrases.ts';

/**
 * Whether a name found as a speaker is a date: it opens with a day or a month, and that word is not the
 * given name of a name in words ("Mar Hicks", "June Carter"), i.e. a number, a dot or nothing comes after it.
 */
function isDateName(tokens: readonly Token[], mention: { first: number; end: number }): boolean {
  const first = tokens[mention.first]!.text;
  if (!CALENDAR_WORDS.test(first.replace(/\.$/, ''))) return false;
  const next = tokens[mention.first + 1];
  return first.endsWith('.') || mention.end - mention.first === 1 || !next || !TITLE_CASE_START.test(next.text);
}

/**
 * For a speaker typed as a company, organisation or place ("Cruz said", tagged as a company): the person
 * of the text whose surname it is, if any. Speaking makes the person reading the likelier one.
 */
export function personSharingSurname(ctx: AttributionContext, mention: NameMention | null): EntityCluster | null {
  const { tokens, personBySurname } = ctx;
  const cluster = clusterOf(ctx, mention);
  if (!mention || !cluster || cluster.type === 'person') return null;
  const person = personBySurname.get(tokens[mention.end - 1]!.lower);
  return person && person.nameTokens[person.nameTokens.length - 1] === tokens[mention.end - 1]!.text ? person : null;
}

/**
 * For a speaker written with one word that is the given name of exactly one person named in full ("her
 * mother, Fiona, said" beside "Fiona Parry"; "Lupita told cops" beside "Lupita Nyong'o"), whatever the
 * tagger typed it: that person, unless the word is also someone's surname.
 */
export function personSharingGivenName(ctx: AttributionContext, mention: NameMention | null): EntityCluster | null {
  const { tokens, lexicon, personBySurname, personByGivenName } = ctx;
  if (!mention || mention.end - mention.first !== 1) return null;
  const word = tokens[mention.first]!.text;
  // Not a word news writes alone as a surname ("Trump" of "Trump Train") or after an honorific ("Ms. Gao"
  // of "Gao Junlan", written surname first).
  if (lexicon.person.has(word) || hasHonorific(ctx, word)) return null;
  // Nor a word written after a title ("President Xi" of "Xi Jinping").
  if ((clusterOf(ctx, mention)?.mentions ?? [mention]).some((written) => hasTitleBefore(tokens, written.first))) return null;
  const person = personByGivenName.get(word);
  // The full name is a person's, not a headline or a slogan the tagger took for one ("Trump Train").
  if (person?.nameTokens.some((name) => lexicon.commonWords.has(name.toLowerCase()))) return null;
  const surnameOf = personBySurname.get(word.toLowerCase());
  const isSurname = surnameOf !== undefined && surnameOf.nameTokens.length > 1;
  return person && !isSurname && clusterOf(ctx, mention) !== person ? person : null;
}

/**
 * A person's name the tagger split at a middle initial: "Mark S. Mellman" tagged as "Mark" and
 * "S. Mellman" is the one with the surname; "Senator Mark S. Kirk" tagged as "Mark" alone is the person
 * of the text whose surname follows the initial.
 */
function wholeName(ctx: AttributionContext, mention: NameMention): NameMention {
  const { tokens, mentionByToken, personBySurname } = ctx;
  if (clusterOf(ctx, mention)?.type !== 'person') return mention;
  let after = mention.end;
  while (INITIAL.test(tokens[after]?.text ?? '')) after++;
  const next = mentionByToken.get(after);
  if (next) return next.first >= mention.end && next.first <= after && clusterOf(ctx, next)?.type === 'person' ? next : mention;
  const surname = after > mention.end && TITLE_CASE_START.test(tokens[after]?.text ?? '') ? personBySurname.get(tokens[after]!.lower) : undefined;
  return surname ? { first: mention.first, end: after + 1, modelKind: null, cluster: surname.id } : mention;
}

/** The words from character `start` to `end`, trimmed, attributed to the speaker `subject` names (if any), as a quote of `kind`. */
export function makeQuote(ctx: AttributionContext, start: number, end: number, kind: Quote['kind'], subject: Subject | null): AttributedQuote {
  const { text, tokens, adhocClusters } = ctx;
  let trimmedEnd = end;
  while (trimmedEnd > start && /[\s,]/.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  let trimmedStart = start;
  while (trimmedStart < trimmedEnd && /\s/.test(text[trimmedStart]!)) trimmedStart++;
  // "WASHINGTON, Dec. 8 (UPI)": a date the tagger took for a name speaks for no one (but "Mar Hicks" is a name).
  const written = subject?.mention && !isDateName(tokens, subject.mention) ? subject.mention : null;
  const mention = written ? wholeName(ctx, written) : null;
  // (A name a noun phrase or a pronoun stands for, "The company said" for Sixt, is what the phrase resolved it to, not
  // a person it shares a word with: "Konstantin Sixt".)
  const writtenAtCue = written !== null && subject !== null && written.first >= subject.first && written.end <= subject.end;
  const cluster = (writtenAtCue ? personSharingSurname(ctx, mention) : null) ?? personSharingGivenName(ctx, mention) ?? clusterOf(ctx, mention);
  // An untyped speaker keeps the mentions it speaks at: they are its evidence and its highlights.
  if (mention && cluster && adhocClusters.has(cluster.id) && !cluster.mentions.some((known) => known.first === mention.first)) cluster.mentions.push(mention);
  return {
    quote: {
      start: trimmedStart,
      end: trimmedEnd,
      text: text.slice(trimmedStart, trimmedEnd),
      kind,
      speaker: mention && cluster ? { name: cluster.canonical, start: tokens[mention.first]!.start, end: tokens[mention.end - 1]!.end } : null,
    },
    speakerCluster: cluster ? cluster.id : null,
    reportsWords: true,
    // Only a name written at the cue is read for a coordinated one, not a name a pronoun stands for.
    coSpeakerCluster: writtenAtCue ? coSpeakerCluster(ctx, mention, cluster) : null,
  };
}

/** The person coordinated with a speaking person: "Mr. Grassley and Mr. Leahy said", "said Tester and Vitter". */
export function coSpeakerCluster(ctx: AttributionContext, mention: NameMention | null, cluster: EntityCluster | null): number | null {
  const { tokens, mentionByToken, mentionEndingAt, insideQuote } = ctx;
  if (!mention || cluster?.type !== 'person') return null;
  const sentence = tokens[mention.first]!.sentence;
  const inSentence = (index: number): boolean => tokens[index]?.sentence === sentence;
  // Before: "<person> (R-Iowa) and Mr. <speaker>".
  let and = mention.first - 1;
  while (and > 0 && inSentence(and) && TITLE_WORDS.test(tokens[and]!.text)) and--;
  let other: NameMention | undefined;
  if (tokens[and]?.text === 'and' && inSentence(and)) {
    let end = and - 1;
    if (tokens[end]?.text === ')') end = bracketOpening(ctx, end) - 1;
    other = mentionEndingAt.get(end);
  } else if (tokens[mention.end]?.text === 'and' && inSentence(mention.end)) {
    // After: "<speaker> and Sen. <person>".
    let first = mention.end + 1;
    while (inSentence(first) && TITLE_WORDS.test(tokens[first]!.text)) first++;
    other = mentionByToken.get(first);
    if (other && other.first !== first) other = undefined;
  }
  // "with Daron Acemoglu and Brendan Price": a pair after a preposition is an object, not a subject.
  const pairFirst = other && other.first < mention.first ? other : mention;
  const otherCluster = other && !insideQuote[other.first] && isSubjectLike(tokens, pairFirst) ? clusterOf(ctx, other) : null;
  return otherCluster?.type === 'person' && otherCluster.id !== cluster.id ? otherCluster.id : null;
}
