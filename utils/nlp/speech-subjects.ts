// Who a speech verb's subject is: written before it ("Suga said", "a spokeswoman for Nissan said"), after it ("said
// Suga"), shared with a verb before it ("… and said"), the person a relative clause hangs on, or no one named.
import type { NameMention } from './types.ts';
import { QUOTE_MARK } from './quote-tokens.ts';
import { IRREGULAR_PASTS, isRoleHead } from './roles.ts';
import type { Token } from './tokenize.ts';
import { LOWER_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { APPOSITIVE_WINDOW, CALENDAR_WORDS, DESCRIPTION_STOPS, hasRoleHeadBetween, isAuxiliary, PRONOUNS, SUBJECT_WINDOW, TITLE_WORDS } from './speech-words.ts';
import { INVERTING_VERBS, isVerbLike } from './speech-verbs.ts';
import { type AttributionContext, clusterOf, endsSentence, isMark, isSpeakerType, type Subject } from './attribution-context.ts';
import { untypedNameEndingAt, untypedNameStartingAt } from './untyped-names.ts';
import { afterHonorific, bracketOpening, describesOnly, endsClause, isClauseBetween, isOrdinaryWordsCluster, isPrepositionObject, isSubjectLike, opensPhrase, personAfterOwnedTitle, personAfterRole, personBeforePreposition, personBeforeRole, qualifiesNoun } from './name-phrases.ts';
import { resolveNounPhrase, resolvePronoun } from './pronouns.ts';

/** Plural subjects that speak without a name. */
const UNNAMED_SOURCES = new Set('sources|officials|experts|critics|aides|advisers|advisors|supporters|opponents|democrats|republicans|voters|polls|surveys|reports|studies|documents|records|observers|residents|witnesses|investigators|prosecutors|authorities|people|others|allies|members|leaders|lawmakers|insiders'.split('|'));
/** Participles of speaking that keep the subject of their clause after a preposition ("by saying", "after declaring"). */
const SPEECH_PARTICIPLES = new Set(['saying', 'declaring', 'telling', 'tweeting', 'writing', 'noting', 'insisting', 'adding', 'arguing', 'asking', 'warning']);

/** A clock time's pieces ("9", ":", "34", "p.m."), as live news stamps its entries. */
const CLOCK_TIME = /^(?:\d{1,2}|:|[ap]\.m\.)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'one', 'another']);

/**
 * A subject the name and noun-phrase rules do not read ("Experts on North Korea said", "<clause>, attorneys
 * for the family said"): a short stretch of words right before the verb, opening the sentence or following
 * a comma, with no quotation mark or clause punctuation in it. Speaks, but names nobody.
 */
export function unnamedSubjectBefore(tokens: readonly Token[], verb: number, sentenceFirst: number): { mention: null; first: number; end: number } | null {
  let first = verb;
  while (first > sentenceFirst && verb - first < 8 && /^[\p{L}\p{N}][\p{L}\p{N}'’.\-]*$/u.test(tokens[first - 1]!.text)) first--;
  if (first === verb || verb - first > 7) return null;
  const opensSentence = first === sentenceFirst;
  if (!opensSentence && tokens[first - 1]!.text !== ',') return null;
  // Function words that cannot end a subject ("..., which said", "that said") leave it to the other rules.
  if (/^(?:which|that|who|and|or|but|as|it|this|he|she|they|i|we|you|to|of|in|on|for|with|be|been|being|was|were|is|are|has|have|had)$/i.test(tokens[verb - 1]!.text)) return null;
  return { mention: null, first, end: verb };
}

/**
 * The person a sentence opens with, as its subject ("In July, Gingrich cynically dismissed ..."): the
 * first name within a few tokens of the sentence start and before token `limit`, when it is a person
 * written as a subject and a lower-case word (its verb) follows it.
 */
export function sentenceSubjectBefore(ctx: AttributionContext, limit: number): NameMention | null {
  const { tokens, sentences, mentionByToken } = ctx;
  if (limit <= 0) return null;
  const sentenceFirst = sentences[tokens[limit]!.sentence]?.first ?? limit;
  for (let t = sentenceFirst; t < limit && t - sentenceFirst < SUBJECT_WINDOW; t++) {
    if (isMark(ctx, t)) return null;
    const mention = mentionByToken.get(t);
    if (!mention) continue;
    // Only titles ("Former Florida Gov."), a time ("9:34 p.m.") or an opening phrase closed by a comma ("In July,") come first.
    let lead = mention.first - 1;
    while (lead >= sentenceFirst && (UPPER_CASE_START.test(tokens[lead]!.text) || CLOCK_TIME.test(tokens[lead]!.text))) lead--;
    if (lead >= sentenceFirst && tokens[lead]!.text !== ',') return null;
    // "Clinton campaign spokesman Brian Fallon responded …", "Democratic presidential candidate Bernie Sanders is
    // releasing …": the person holding the role is the subject.
    const subject = (hasRoleHeadBetween(tokens, mention.end, mention.end + 3) ? personAfterRole(ctx, mention.end) : null) ?? mention;
    const isSubject = clusterOf(ctx, subject)?.type === 'person' && isSubjectLike(tokens, subject) && /^(?:\p{Ll}|\()/u.test(tokens[subject.end]?.text ?? '');
    return isSubject ? subject : null;
  }
  return null;
}

/** A subject naming someone's modifier ("Clinton campaign spokesman Brian Fallon"): the person after the role words. */
function headOf(ctx: AttributionContext, subject: Subject): Subject {
  const person = subject.mention ? personAfterRole(ctx, subject.mention.end) : null;
  return person ? { mention: person, first: subject.first, end: person.end } : subject;
}

/**
 * The token before the verb at `verb` once auxiliaries, adverbs and a day are passed ("has also said",
 * "Priebus later Thursday told", "Obama on Friday declared"), not going below `limit`.
 */
export function skipToSubject(ctx: AttributionContext, verb: number, limit: number): number {
  const { tokens } = ctx;
  let index = verb - 1;
  while (index > limit && (isAuxiliary(tokens[index]!.text) || CALENDAR_WORDS.test(tokens[index]!.text) || (tokens[index]!.text === 'on' && CALENDAR_WORDS.test(tokens[index + 1]?.text ?? '')))) index--;
  return index;
}

/**
 * "Trump attacked Clinton ..., saying, ...": a participle's subject is the name the sentence opens with,
 * not one it names later ("The Association of Flight Attendants called Clinton …, citing"), read up to
 * token `limit`.
 */
function participleSubject(ctx: AttributionContext, verb: number, limit: number): Subject | null {
  const { tokens, sentences, mentionByToken, insideQuote, insideMarks } = ctx;
  const sentenceFirst = sentences[tokens[verb]!.sentence]?.first ?? verb;
  for (let t = sentenceFirst; t < limit; t++) {
    const mention = mentionByToken.get(t);
    if (!mention || insideQuote[t] || insideMarks[t]) continue;
    t = mention.end - 1;
    // "Hillary Clinton’s campaign manager Robby Mook ..., arguing": an owner is not the subject, nor
    // is the place of "In Ohio, Trump …".
    if (/^['’]s$/.test(tokens[mention.end]?.text ?? '') || isPrepositionObject(ctx, mention)) continue;
    return isSpeakerType(ctx, mention) ? headOf(ctx, { mention, first: mention.first, end: mention.end }) : null;
  }
  return null;
}

/** The past-tense verb of the clause ending before token `end` (a few words back, no comma or mark between), or -1. */
function finiteVerbBefore(ctx: AttributionContext, end: number, limit: number): number {
  const { tokens } = ctx;
  for (let t = end - 1; t > limit && end - t <= 12 && tokens[t]!.sentence === tokens[end]!.sentence; t--) {
    const word = tokens[t]!.text;
    if (/^[,;:—–(]$/.test(word) || isMark(ctx, t)) return -1;
    if (/^\p{Ll}{3,}ed$/u.test(word) || IRREGULAR_PASTS.has(word)) return t;
  }
  return -1;
}

/** Subject written before the verb at `verb`: a name (possibly with an appositive), a pronoun or a noun phrase. */
export function subjectBefore(ctx: AttributionContext, verb: number, limit: number): Subject | null {
  const { tokens, mentionEndingAt } = ctx;
  let index = skipToSubject(ctx, verb, limit);
  // (Nothing before the verb: no subject, and no token before the text's first to read.)
  if (index < 0) return null;
  // "… a defense of “New York values,” saying …": a comma inside the closing mark; the participle's subject is the sentence's.
  if (tokens[verb]!.text.endsWith('ing') && isMark(ctx, index) && tokens[index - 1]?.text === ',') return participleSubject(ctx, verb, index);
  // "Obama punctuated his list by saying “Too many.”", "she responded to one of his messages by saying, …": a participle
  // after a preposition has the subject of the clause's own verb, when that is a person.
  if (SPEECH_PARTICIPLES.has(tokens[verb]!.text) && index === verb - 1 && /^(?:by|after|while)$/.test(tokens[index]!.text)) {
    const clauseVerb = finiteVerbBefore(ctx, index, limit);
    const subject = clauseVerb >= 0 ? subjectBefore(ctx, clauseVerb, limit) : null;
    if (subject?.mention && clusterOf(ctx, subject.mention)?.type === 'person') return subject;
  }
  // "Gwen Moore (D-Wis.) said", "Paul Stoffregen (who was the author of the story) noted": an aside
  // between the name and the verb.
  if (tokens[index]?.text === ')') {
    let open = index - 1;
    while (open > limit && index - open < 16 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') index = open - 1;
  }
  // "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes.
  if (/^[—–]$/.test(tokens[index]?.text ?? '')) {
    let open = index - 1;
    while (open > limit && index - open < 16 && tokens[open]!.text !== tokens[index]!.text && tokens[open]!.sentence === tokens[index]!.sentence) open--;
    const named = open > limit && tokens[open]!.text === tokens[index]!.text ? mentionEndingAt.get(open - 1) : undefined;
    if (named && clusterOf(ctx, named)?.type === 'person') index = open - 1;
  }
  if (index <= limit || tokens[index]!.sentence !== tokens[verb]!.sentence && !QUOTE_MARK.test(tokens[index]!.text)) return null;
  const token = tokens[index]!;
  const lower = token.lower;
  if (PRONOUNS.has(lower)) return { mention: resolvePronoun(ctx, index, lower), first: index, end: index + 1 };
  const named = mentionEndingAt.get(index) ?? untypedNameEndingAt(ctx, index) ?? undefined;
  // "a spokeswoman for Nissan said": someone unnamed spoke for Nissan.
  if (named && /^(for|of|at|from)$/.test(tokens[named.first - 1]?.text ?? '') && isRoleHead(tokens[named.first - 2]?.lower ?? '')) {
    return { mention: null, first: named.first - 2, end: named.end };
  }
  // "Dan McLaughlin at the National Review agreed": the person before "at (the) <organisation>" spoke.
  // "Sam Lau, the communications director for the Iowa Democratic Party said": the person the role describes.
  // ("Trent Hamm at The Simple Dollar explains": nor a name of ordinary words only, read as a person's.)
  const ownerPerson = named && (clusterOf(ctx, named)?.type !== 'person' || isOrdinaryWordsCluster(ctx, named)) ? personBeforePreposition(ctx, named.first) ?? personBeforeRole(ctx, named.first) : null;
  if (ownerPerson) return { mention: ownerPerson, first: ownerPerson.first, end: ownerPerson.end };
  // "The metalworkers' union in Angra dos Reis said": a noun's place is where the speaker is, not the speaker.
  if (named && /^(?:in|near)$/.test(tokens[named.first - 1]?.text ?? '') && LOWER_CASE_WORD.test(tokens[named.first - 2]?.text ?? '')) {
    return { mention: null, first: named.first - 2, end: named.end };
  }
  if (named && isSpeakerType(ctx, named)) return { mention: named, first: named.first, end: named.end };
  if (named && /^(in|of|at)$/.test(tokens[named.first - 1]?.text ?? '')) {
    // "the Ministry of Finance in Paris said": the body before the place spoke.
    const owner = mentionEndingAt.get(named.first - 2);
    if (owner && isSpeakerType(ctx, owner)) return { mention: owner, first: owner.first, end: owner.end };
  }
  // A place written as the subject of a speech verb speaks: a country's government, or a name read as a place ("Jordan said").
  if (named && named.end === index + 1 && !/^(in|of|at|from|to|for|on|by|with|near)$/i.test(tokens[named.first - 1]?.text ?? '')) {
    return { mention: named, first: named.first, end: named.end };
  }
  if (token.text === ',') return subjectBeforeComma(ctx, verb, index, limit);
  // "bemoaned the unrest and said": a conjunction ends no subject; the coordinated-subject rule reads it.
  if (/^(?:and|or|but|nor)$/.test(token.text)) return null;
  // "Jeb Bush in a Medium post said", "Smith in an interview said": where a person spoke, between them and the verb;
  // "Shaheda Begum of Ishwaripur village said", "George Zornick of The Nation wrote": where they are from.
  for (let t = index - 1; t > limit && index - t <= 5 && /^[\p{L}\-]+$/u.test(tokens[t]!.text); t--) {
    if (!/^(?:in|on|of)$/.test(tokens[t]!.text)) continue;
    // (A phrase opening with an article, an owner or a name: not "Sanders in such states".)
    if (!/^(?:a|an|the|his|her|their|its|this|\p{Lu}\p{L}*)$/u.test(tokens[t + 1]?.text ?? '')) break;
    const speaker = mentionEndingAt.get(t - 1);
    if (speaker && clusterOf(ctx, speaker)?.type === 'person' && isSubjectLike(tokens, speaker)) return { mention: speaker, first: speaker.first, end: speaker.end };
    break;
  }
  return nounPhraseSubject(ctx, index, limit);
}

/** The noun phrase ending at `index` as a verb's subject ("the company", "a spokeswoman for Verizon", "officials"), and whom it stands for. */
function nounPhraseSubject(ctx: AttributionContext, index: number, limit: number): Subject | null {
  const { tokens, mentionByToken } = ctx;
  // A noun phrase: "the company", "a spokeswoman for Verizon".
  let start = index;
  while (start - 1 > limit && index - start < 6 && !DETERMINERS.has(tokens[start]!.lower) && /^[\p{L}\-]+$/u.test(tokens[start - 1]!.text)) start--;
  if (!DETERMINERS.has(tokens[start]!.lower)) {
    // A bare plural of people or records ("officials said", "polls show"): someone unnamed.
    const head = tokens[index]!.lower;
    if (head.endsWith('s') && (isRoleHead(head.slice(0, -1)) || UNNAMED_SOURCES.has(head))) return { mention: null, first: index, end: index + 1 };
    return null;
  }
  for (let t = start; t <= index; t++) {
    const mention = mentionByToken.get(t);
    if (mention && isSpeakerType(ctx, mention) && isRoleHead(tokens[start + 1]?.lower ?? '')) {
      // "a spokeswoman for Verizon" speaks for Verizon but is not Verizon: no named speaker.
      return { mention: null, first: start, end: index + 1 };
    }
  }
  // "a judge found …": one no name stands for, not the judge the text named before.
  if (/^(?:a|an|another|one)$/i.test(tokens[start]!.text) && isRoleHead(tokens[index]!.lower)) return { mention: null, first: start, end: index + 1 };
  return { mention: resolveNounPhrase(ctx, start, index + 1), first: start, end: index + 1 };
}

/** The subject of the verb at `verb` when a comma comes right before it (at `index`): "<role>, Name, said", "Name, <appositive>, said". */
function subjectBeforeComma(ctx: AttributionContext, verb: number, index: number, limit: number): Subject | null {
  const { tokens, sentences, mentionEndingAt } = ctx;
  // "Warren … endorsed Clinton, saying, “…”": a participle's subject is the sentence's, not the name
  // before the comma.
  const participle = tokens[verb]!.text.endsWith('ing') ? participleSubject(ctx, verb, index) : null;
  if (participle) return participle;
  // "<role>, Name, said": the name sits right before the comma.
  // Not the object of a verb before it ("Sanders, who on Tuesday endorsed Hillary Clinton, said").
  const beforeComma = mentionEndingAt.get(index - 1);
  if (beforeComma && isSpeakerType(ctx, beforeComma) && clusterOf(ctx, beforeComma)?.type === 'person' && opensPhrase(ctx, beforeComma)) return { mention: beforeComma, first: beforeComma.first, end: beforeComma.end };
  // "<role>, Jeremy Caldwell of Kirkland & Ellis LLP, told": the person before the body they belong to.
  const memberOf = beforeComma && clusterOf(ctx, beforeComma)?.type !== 'person' ? personBeforePreposition(ctx, beforeComma.first) : null;
  // (A full name there, after the comma of an appositive: not "…, Republican of West Virginia,".)
  if (memberOf && memberOf.end - memberOf.first >= 2 && tokens[memberOf.first - 1]?.text === ',') return { mention: memberOf, first: memberOf.first, end: memberOf.end };
  // "Name, <appositive>, said": find the name before the appositive. A body named inside the appositive
  // ("Senator Richard Shelby, ... who heads the Senate Banking Committee, which oversees the Fed, said")
  // gives way to a person named before it.
  let body: Subject | null = null;
  for (let t = index - 1; t > limit && index - t < APPOSITIVE_WINDOW; t--) {
    if (tokens[t]!.text === ',') {
      // "Rep. Zoe Lofgren (D-Calif.), who introduced a bill ..., said": the name before the bracket.
      const nameEnd = tokens[t - 1]?.text === ')' ? bracketOpening(ctx, t - 1) - 1 : t - 1;
      const mention = mentionEndingAt.get(nameEnd) ?? untypedNameEndingAt(ctx, nameEnd);
      // "A Republican who voted for JFK and Bill Clinton, said": a name after "for"/"and" is an object.
      // "In Decatur, the plant is hanging on, ..., said": a clause of its own after the name is no appositive.
      if (mention && isSpeakerType(ctx, mention) && !isPrepositionObject(ctx, mention) && !isClauseBetween(ctx, t + 1, index)) {
        const subject = headOf(ctx, { mention, first: mention.first, end: mention.end });
        if (clusterOf(ctx, subject.mention)?.type === 'person') return subject;
        body ??= subject;
      }
    }
    if (endsSentence(ctx, t) || isMark(ctx, t)) break;
  }
  if (body) return body;
  if (tokens[verb]!.text.endsWith('ing')) return participleSubject(ctx, verb, index);
  // "The company, run by brothers Alexander and Konstantin Sixt, said": a noun phrase opening the sentence before an aside.
  const sentenceFirst = sentences[tokens[verb]!.sentence]?.first ?? verb;
  let nounEnd = sentenceFirst + 1;
  while (nounEnd < index && nounEnd - sentenceFirst <= 3 && LOWER_CASE_WORD.test(tokens[nounEnd]!.text)) nounEnd++;
  if (sentenceFirst > limit && DETERMINERS.has(tokens[sentenceFirst]!.lower) && nounEnd > sentenceFirst + 1 && tokens[nounEnd]?.text === ',' && nounEnd < index) {
    const mention = resolveNounPhrase(ctx, sentenceFirst, nounEnd);
    if (mention) return { mention, first: sentenceFirst, end: nounEnd };
  }
  return null;
}

/** Subject written after the verb: "said Suga", "said he", "says the spokesman". */
export function subjectAfter(ctx: AttributionContext, verb: number): Subject | null {
  const { tokens, mentionByToken } = ctx;
  // "told a young woman", "called National Nurses United “…”": after most verbs come the listener or
  // the object; only the verbs of "…,” said Suga" put the speaker there.
  if (!INVERTING_VERBS.has(tokens[verb]!.lower)) return null;
  let index = verb + 1;
  // "said Mr. McGinley", "said Sen. Jane Roe": the title is not the name.
  while (index < verb + 5 && UPPER_CASE_START.test(tokens[index]?.text ?? '') && (TITLE_WORDS.test(tokens[index]!.text) || isRoleHead(tokens[index]!.lower))) index++;
  // "says Co-Founder, Stephanie Özcan.": a title, a comma, then the person.
  if (index > verb + 1 && tokens[index]?.text === ',') {
    const person = mentionByToken.get(index + 1);
    if (person && person.first === index + 1 && clusterOf(ctx, person)?.type === 'person' && endsClause(ctx, person.end)) return { mention: person, first: person.first, end: person.end };
  }
  const token = tokens[index];
  if (!token || token.sentence !== tokens[verb]!.sentence) return null;
  const lower = token.lower;
  if (PRONOUNS.has(lower)) return { mention: resolvePronoun(ctx, index, lower), first: index, end: index + 1 };
  const named = mentionByToken.get(index) ?? untypedNameStartingAt(ctx, index) ?? undefined;
  // "said Virginia delegate Beau Correll": a place's role word, then the person who spoke, who ends the clause.
  if (named && named.first === index && !isSpeakerType(ctx, named)) {
    const person = personAfterRole(ctx, named.end);
    if (person && endsClause(ctx, person.end) && describesOnly(ctx, named.end, person.first)) return { mention: person, first: person.first, end: person.end };
  }
  // "said Housing and Urban Development Secretary Ben Carson": a title's first portfolio is no speaker (read below).
  // (A name the text found as a person's is one of two speakers: "said Smith and Jones".)
  const portfolio = named !== undefined && !(mentionByToken.has(index) && clusterOf(ctx, named)?.type === 'person') && tokens[named.end]?.text === 'and' && UPPER_CASE_START.test(tokens[named.end + 1]?.text ?? '');
  if (named && named.first === index && isSpeakerType(ctx, named) && !portfolio) {
    // "said MSNBC host Chris Matthews": an organisation's role word, then the person who spoke.
    // "said Huckabee campaign spokesman Hogan Gidley": a person's role word, then the person who spoke.
    const person = personAfterRole(ctx, named.end) ?? personAfterOwnedTitle(ctx, named.end);
    return person ? { mention: person, first: person.first, end: person.end } : { mention: named, first: named.first, end: named.end };
  }
  // "said chief inspector Jennifer Mattinson": lower-case role words, then the person who spoke.
  // "said delegate Jane Doe.": any lower-case description, when the name ends the clause.
  const titled = personAfterRole(ctx, index);
  if (titled && (hasRoleHeadBetween(tokens, index, index + 3) || (endsClause(ctx, titled.end) && describesOnly(ctx, index, titled.first)))) return { mention: titled, first: titled.first, end: titled.end };
  // "said South Carolina Democratic Party Chairman Jaime Harrison", "said Atlantic City Mayor Don Guardian in an
  // interview": names of places and bodies and the words of a title, then the person who spoke, who ends the clause.
  for (let t = index; t < index + 8 && t < tokens.length && tokens[t]!.sentence === tokens[verb]!.sentence; t++) {
    const mention = mentionByToken.get(t);
    if (mention && clusterOf(ctx, mention)?.type === 'person') {
      if (mention.first === t && t > index && endsClause(ctx, mention.end) && hasRoleHeadBetween(tokens, index, t)) return { mention, first: mention.first, end: mention.end };
      break;
    }
    if (mention) t = mention.end - 1;
    // ("and" between a title's capitalised portfolios: "Housing and Urban Development Secretary".)
    else if (portfolio && tokens[t]!.text === 'and' && UPPER_CASE_START.test(tokens[t + 1]?.text ?? '')) continue;
    else if (!UPPER_CASE_START.test(tokens[t]!.text) && (!LOWER_CASE_WORD.test(tokens[t]!.text) || DESCRIPTION_STOPS.has(tokens[t]!.text) || isVerbLike(tokens[t]!.text) || isAuxiliary(tokens[t]!.text))) break;
  }
  if (DETERMINERS.has(lower)) {
    // "said the company's chief executive, John J. Ferriola.": the person the role names, after a comma.
    for (let t = index + 1; t < index + 8 && t < tokens.length && tokens[t]!.sentence === tokens[verb]!.sentence; t++) {
      if (tokens[t]!.text !== ',') continue;
      const named = afterHonorific(ctx, t + 1);
      const person = mentionByToken.get(named);
      if (person && person.first === named && clusterOf(ctx, person)?.type === 'person' && endsClause(ctx, person.end) && hasRoleHeadBetween(tokens, index, t)) return { mention: person, first: person.first, end: person.end };
      break;
    }
    let end = index + 1;
    while (end < tokens.length && end - index < 5 && /^[\p{Ll}\-]+$/u.test(tokens[end]!.text)) end++;
    if (end > index + 1) return { mention: resolveNounPhrase(ctx, index, end), first: index, end };
  }
  return null;
}

/** "Cruz exhorted Republicans ... and said he was ...": a second verb shares the sentence's subject. */
export function coordinatedSubject(ctx: AttributionContext, verb: number, sentenceFirst: number): Subject | null {
  const { tokens, mentionByToken } = ctx;
  let index = verb - 1;
  while (index > sentenceFirst && isAuxiliary(tokens[index]!.text)) index--;
  if ((tokens[index]?.text !== 'and' && tokens[index]?.text !== 'but') || index - sentenceFirst > 30) return null;
  const lower = tokens[sentenceFirst]!.lower;
  if (PRONOUNS.has(lower)) return { mention: resolvePronoun(ctx, sentenceFirst, lower), first: sentenceFirst, end: sentenceFirst + 1 };
  const named = mentionByToken.get(sentenceFirst);
  if (named && named.first === sentenceFirst && isSpeakerType(ctx, named)) return { mention: named, first: named.first, end: named.end };
  // "Democratic candidate Hillary Clinton, like Obama, has encouraged … but has said": a person after a title.
  const subject = sentenceSubjectBefore(ctx, index);
  return subject ? { mention: subject, first: subject.first, end: subject.end } : null;
}

/** "an architect who said ...", "Mr. Kamin, who emphasized that ...": the person the relative clause hangs on. */
export function relativeSubject(ctx: AttributionContext, verb: number): Subject | null {
  const { tokens, mentionEndingAt } = ctx;
  const index = skipToSubject(ctx, verb, 0);
  if (tokens[index]?.lower !== 'who') return null;
  const before = tokens[index - 1]?.text === ',' ? index - 2 : index - 1;
  const named = mentionEndingAt.get(before);
  // "nervous Democrats on Capitol Hill, who have argued": after a preposition the name only qualifies the
  // noun the clause hangs on.
  if (named && clusterOf(ctx, named)?.type === 'person' && !qualifiesNoun(ctx, named)) return { mention: named, first: named.first, end: named.end };
  return { mention: null, first: index, end: index + 1 };
}
