// Reported speech: "X said (that) …", "…, X said.", "according to X, …": the words a reporting verb reports, and whose.
import type { NameMention } from './types.ts';
import type { Token } from './tokenize.ts';
import { isQuoteMarkText } from './quote-tokens.ts';
import { isRoleHead, SUBJECT_PRONOUNS } from './roles.ts';
import { LOWER_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { CALENDAR_WORDS, CLAUSE_MARKERS, CLAUSE_OPENERS } from './speech-words.ts';
import { CLAUSE_VERBS, DETERMINERS_BEFORE_NOUN, isAdjectiveUse, isHeadlineCue, isPluralNounUse, isPutItCue, isSubjectNounUse, REPORTING_VERBS, SPEECH_VERBS, speechVerbWithin } from './speech-verbs.ts';
import { addsThings, afterVerbIsTail, ASKING_VERBS, asksForComment, commaBeforeSubject, HABIT_VERBS, hasVerbBetween, opensClause, opensObjectPhrase, saysOfWhatIsSaid, THOUGHT_VERBS } from './reported-clauses.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, isMark, isSpeakerType, type Subject, tokenAt } from './attribution-context.ts';
import { isSubjectLike, modifiesNounAfter } from './name-phrases.ts';
import { coordinatedSubject, relativeSubject, skipToSubject, subjectAfter, subjectBefore, unnamedSubjectBefore } from './speech-subjects.ts';
import { makeQuote, personSharingGivenName, personSharingSurname } from './quote-speakers.ts';

/** One word for the people someone speaks to ("told reporters that", "insisted to me that"). */
const LISTENER_WORDS = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists', 'lawmakers', 'investors', 'analysts', 'supporters', 'colleagues', 'voters', 'viewers', 'listeners', 'readers']);

/** Speech verbs of an "as" frame ("As Evans noted, …", "As Smith put it, …"); not "as Clinton talked about …" (while). */
const AS_FRAME_VERBS = new Set('said|says|noted|notes|wrote|writes|told|tells|explained|explains|observed|observes|reported|reports|argued|argues|pointed|put|puts|remarked|recalled|acknowledged|warned|suggested|stated|stressed|emphasized|emphasised'.split('|'));

/** Words that open a phrase of where, when or how before a sentence's subject ("During a rally …, Trump said"), never the words said. */
const SCENE_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'following', 'here', 'meanwhile', 'however', 'earlier', 'later', 'speaking', 'addressing', 'appearing']);

/** Marks that end a sentence or a quotation, left out of what was said after a reporting verb. */
const CONTENT_END_MARKS = new Set(['.', '!', '?', '"', '”', '’', '»']);

/** The words each reporting verb of the text reports ("X said that …", "…, X said.", "according to X, …"), and whose: marks their tokens in `insideReported`. */
export function findReportedSpeech(ctx: AttributionContext): AttributedQuote[] {
  const { tokens, sentences, insideQuote, insideReported } = ctx;
  const reported: AttributedQuote[] = [];
  for (let verb = 0; verb < tokens.length; verb++) {
    const token = tokens[verb]!;
    if (insideQuote[verb] || !isSpeechCueAt(tokens, verb)) continue;
    // Inside words already reported, only a person named right at a speech verb speaks again ("He vowed
    // to keep trying, but the BBC's editor Jon Sopel said …", "South Africa said Mr Mugabe had told …").
    if (insideReported[verb] && !(CLAUSE_VERBS.has(token.text) && namesPersonAt(ctx, verb))) continue;
    const lower = token.lower;
    // "more than 900 claims", "according to early estimates", "the reports": a plural noun, not a verb; "a talk show host",
    // "his claim": a noun after a determiner or an owner's pronoun.
    if (isPluralNounUse(tokens, verb) || isAdjectiveUse(tokens, verb) || isSubjectNounUse(tokens, verb) || DETERMINERS_BEFORE_NOUN.has(tokens[verb - 1]?.lower ?? '')) continue;
    const sentence = token.sentence;
    const sentenceFirst = sentences[sentence]?.first ?? verb;
    const sentenceEnd = sentences[sentence]?.end ?? verb + 1;
    let contentEnd = sentenceEnd;
    while (contentEnd > verb && CONTENT_END_MARKS.has(tokens[contentEnd - 1]!.text)) contentEnd--;

    if (lower === 'according') {
      readAccordingTo(ctx, reported, verb, sentenceFirst, contentEnd);
      continue;
    }
    // A passive ("was told", "is expected", "was once asked") has no speaker as its subject; a progressive ("is saying") does.
    const beforeVerb = /^(?:\p{Ll}{3,}ly|once|also|never|often|still|even|later|then)$/u.test(tokens[verb - 1]?.text ?? '') ? verb - 2 : verb - 1;
    if (/^(?:was|is|be|been|being|were|are|isn’t|isn't|wasn’t|wasn't|aren’t|aren't|\p{L}+['’](?:re|m))$/iu.test(tokens[beforeVerb]?.text ?? '') && !lower.endsWith('ing')) continue;
    // "Lerer reported from Los Angeles.": a byline note, where the verb reports no words.
    if (tokens[verb + 1]?.text === 'from') continue;

    // "X said (that) <clause>": the subject before the verb, the clause after it.
    const subject =
      subjectBefore(ctx, verb, sentenceFirst - 1) ??
      relativeSubject(ctx, verb) ??
      coordinatedSubject(ctx, verb, sentenceFirst) ??
      unnamedSubjectBefore(tokens, verb, sentenceFirst);
    if (subject) {
      readSubjectClause(ctx, reported, verb, lower, subject, sentenceFirst, contentEnd);
      continue;
    }
    // "<clause>, said X.": the subject after the verb; "..., said one GOP source in the room" names nobody.
    const afterComma = tokens[verb - 1]?.text === ',' && verb - 1 > sentenceFirst + 3;
    const inverted = subjectAfter(ctx, verb) ?? (afterComma && CLAUSE_VERBS.has(lower) && contentEnd - verb <= 12 ? { mention: null, first: verb + 1, end: contentEnd } : null);
    if (inverted && afterComma && !hasQuoteIn(ctx, sentenceFirst, verb - 1)) {
      pushReported(ctx, reported, makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[verb - 2]!.end, 'reported', inverted));
    }
  }
  return reported;
}

/**
 * Whether token `verb` may report words: a reporting verb, "according", "put it", or a headline's "Says". The verbs are
 * lower case: a token opening on anything but a lower-case letter is only asked whether it is "According" or a headline's cue.
 */
function isSpeechCueAt(tokens: readonly Token[], verb: number): boolean {
  const text = tokens[verb]!.text;
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return REPORTING_VERBS.has(text) || text === 'according' || isPutItCue(tokens, verb);
  return text === 'According' || isHeadlineCue(tokens, verb);
}

/** "according to X, …" (opening the sentence) or "…, according to X": the words X reports, for the verb "according" at `verb`. */
function readAccordingTo(ctx: AttributionContext, reported: AttributedQuote[], verb: number, sentenceFirst: number, contentEnd: number): void {
  const { tokens, mentionByToken } = ctx;
  if (tokens[verb + 1]?.text !== 'to') return;
  // Source: the first name inside "according to <source>," before the comma.
  let comma = verb + 2;
  let source: NameMention | null = null;
  while (comma < contentEnd && tokens[comma]!.text !== ',') {
    const mention = mentionByToken.get(comma);
    if (!source && mention && isSpeakerType(ctx, mention) && !modifiesNounAfter(ctx, mention)) source = mention;
    comma++;
  }
  // "according to Anna Weber, an analyst at Bernstein, ...": skip the appositive.
  if (verb === sentenceFirst && source) {
    let next = comma + 1;
    while (next < contentEnd && next - comma < 12 && tokens[next]!.text !== ',') next++;
    let hasRole = false;
    for (let t = comma + 1; t < next; t++) if (isRoleHead(tokens[t]!.lower)) hasRole = true;
    if (hasRole && tokens[next]?.text === ',') comma = next;
  }
  const subject: Subject | null = source ? { mention: source, first: source.first, end: source.end } : null;
  if (verb === sentenceFirst && comma < contentEnd - 3 && !hasQuoteIn(ctx, comma + 1, contentEnd)) {
    pushReported(ctx, reported, makeQuote(ctx, tokens[comma + 1]!.start, tokens[contentEnd - 1]!.end, 'reported', subject));
  } else if (verb > sentenceFirst + 3 && tokens[verb - 1]!.text === ',' && !hasQuoteIn(ctx, sentenceFirst, verb - 1)) {
    pushReported(ctx, reported, makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[verb - 2]!.end, 'reported', subject));
  }
}

/**
 * "X said (that) <clause>" or "<clause>, X said.": the clause the verb at `verb` reports, once its subject is found, up to
 * `contentEnd` (the end of its sentence, bar its closing marks).
 */
function readSubjectClause(ctx: AttributionContext, reported: AttributedQuote[], verb: number, lower: string, subject: Subject, sentenceFirst: number, contentEnd: number): void {
  const { tokens, mentionByToken, mentionEndingAt } = ctx;
  // "Sanders, who on Tuesday endorsed Clinton, said …": a relative clause ends at its comma.
  if (tokens[skipToSubject(ctx, verb, sentenceFirst - 1)]?.lower === 'who') {
    for (let t = verb + 1; t < contentEnd; t++) {
      if (tokens[t]!.text !== ',') continue;
      contentEnd = t;
      break;
    }
  }
  const start = clauseStart(ctx, verb, lower, contentEnd);
  // "… contends that it is on track, and Brian Deese, the adviser, said …": a person opening a clause of their own ends it.
  // (Not a list of names: "Obama, Abe, and Xi".)
  for (let t = start + 1; t + 2 < contentEnd; t++) {
    if (tokens[t]!.text !== ',' || !/^(?:and|but)$/.test(tokens[t + 1]!.text) || mentionEndingAt.has(t - 1)) continue;
    const next = mentionByToken.get(t + 2);
    if (next && clusterOf(ctx, next)?.type === 'person' && speechVerbWithin(tokens, next.end, contentEnd)) {
      contentEnd = t;
      break;
    }
  }
  // ("Ars is asking Mojang for comment": a request for words, none of them.)
  const listenerOnly = ((lower === 'told' || lower === 'tells') && isListenerTail(ctx, verb + 1, contentEnd)) || (ASKING_VERBS.has(lower) && asksForComment(tokens, start, contentEnd));
  // No reported clause in where or when words were said ("said in a statement."), nor in the writer's own clause
  // after a comma: "above Wall Street estimates, as demand rose" (a noun that looks like a verb), "said on
  // Tuesday, valuing it at $6 billion" (a participle that is no speech verb).
  const afterComma = tokens[start - 1]?.text === ',' && tokens[start - 2]?.text !== 'that';
  const anotherClause =
    (afterComma && (CLAUSE_OPENERS.has(tokens[start]?.lower ?? '') || (/^\p{Ll}+ing$/u.test(tokens[start]?.text ?? '') && !REPORTING_VERBS.has(tokens[start]!.text)))) ||
    // "Everything Trump says is a lie", "What she said was true": the verb of the clause the words are the subject of
    // (not a noun's clause, whose words these are: "a probe the agency said was ongoing", "a system which Sanders says is rigged").
    (start === verb + 1 && /^(?:is|was|are|were|isn’t|isn't|wasn’t|wasn't)$/.test(tokens[start]?.text ?? '') && saysOfWhatIsSaid(tokens, verb));
  // (Nor a noun, a comma and a speech verb, where the "verb" was a noun's first half: "Anna Weber, a talk show host, said …".)
  const nounBeforeComma = tokens[start + 1]?.text === ',' && REPORTING_VERBS.has(tokens[start + 2]?.text ?? '') && LOWER_CASE_WORD.test(tokens[start]?.text ?? '') && !SUBJECT_PRONOUNS.has(tokens[start]!.text);
  if (!listenerOnly && !anotherClause && !nounBeforeComma && contentEnd - start >= 3 && !afterVerbIsTail(tokens, start, contentEnd) && !hasQuoteIn(ctx, start, contentEnd) && !/^[,;:]$/.test(tokens[start]?.text ?? '')) {
    const clause = makeQuote(ctx, tokens[start]!.start, tokens[contentEnd - 1]!.end, 'reported', subject);
    // "said of the museum", "warned of a travel ban": what the words were about, not the words (a longer phrase may
    // give their gist, "wrote of the purpose, meaning and deep satisfaction people find when …").
    if (tokens[start]!.text === 'of' && contentEnd - start <= 8) {
      pushReported(ctx, reported, { ...clause, reportsWords: false, speaksOf: true });
      return;
    }
    // "stated an interest in ending the deal": after any verb, "a"/"an" opens words only when a clause follows ("said a deal was near").
    const objectOnly =
      opensObjectPhrase(tokens[start]!.text, lower, tokens[start + 1]?.text) ||
      ((!SPEECH_VERBS.has(lower) || /^(?:a|an)$/.test(tokens[start]!.text)) && !opensClause(tokens, start, contentEnd)) ||
      addsThings(tokens, lower, start, contentEnd) ||
      (HABIT_VERBS.has(lower) && !opensClause(tokens, start, contentEnd)) ||
      THOUGHT_VERBS.has(lower);
    pushReported(ctx, reported, objectOnly ? { ...clause, reportsWords: false } : clause);
    return;
  }
  // "<clause>, X said.": the clause before the subject.
  if (verb + 1 >= contentEnd || afterVerbIsTail(tokens, verb + 1, contentEnd) || listenerOnly) {
    const comma = commaBeforeSubject(tokens, subject.first, sentenceFirst);
    // (Not a phrase of where or when alone, with no verb: "During a rally in Raleigh, North Carolina, Trump said after …";
    // "In all, hackers compromised 12 workstations, he said" holds words.)
    const sceneOnly = SCENE_OPENERS.has(tokens[sentenceFirst]!.lower) && !hasVerbBetween(tokens, sentenceFirst, comma);
    if (comma > sentenceFirst + 3 && !hasQuoteIn(ctx, sentenceFirst, comma) && !sceneOnly) {
      pushReported(ctx, reported, makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[comma - 1]!.end, 'reported', subject));
    }
  }
}

/** Adds a reported quote to `reported` and marks its tokens in `insideReported`. */
export function pushReported(ctx: AttributionContext, reported: AttributedQuote[], entry: AttributedQuote): void {
  const { tokens, insideReported } = ctx;
  reported.push(entry);
  for (let t = tokenAt(tokens, entry.quote.start); t < tokens.length && tokens[t]!.start < entry.quote.end; t++) insideReported[t] = 1;
}

/** Whether a quote read as speech or a quotation mark stands among the tokens from `a` to `b`. */
export function hasQuoteIn(ctx: AttributionContext, a: number, b: number): boolean {
  const { insideQuote } = ctx;
  for (let t = a; t < b; t++) if (insideQuote[t] || isMark(ctx, t)) return true;
  return false;
}

/**
 * Where a scan for the "that" opening what was said stops, from the word after `anchor`: on "that", on a clause's word
 * ("would", "had"), on a comma (unless `overNameCommas` and a capitalised word or "that" follows it: "in Toledo, Ohio,
 * that"), or `limit` words on. The caller checks whether it stopped on "that".
 */
function scanToThat(ctx: AttributionContext, anchor: number, limit: number, contentEnd: number, overNameCommas: boolean): number {
  const { tokens } = ctx;
  let index = anchor + 1;
  for (; index < contentEnd && index - anchor < limit; index++) {
    const text = tokens[index]!.text;
    if (text === 'that' || CLAUSE_MARKERS.has(text)) break;
    if (text === ',' && !(overNameCommas && (UPPER_CASE_START.test(tokens[index + 1]?.text ?? '') || tokens[index + 1]?.text === 'that'))) break;
  }
  return index;
}

/** Where the reported clause after a speech verb starts: past a listener ("told Reuters"), "on Monday", "that". */
function clauseStart(ctx: AttributionContext, verb: number, lower: string, contentEnd: number): number {
  const { tokens, mentionByToken } = ctx;
  // "As Michael Dell said last week in Tel Aviv, the company …", "As Clinton told the Daily News, …": after an "as"
  // frame, what was said opens after the frame's comma.
  const frameComma = asFrameComma(ctx, verb, contentEnd);
  if (frameComma >= 0) return frameComma + 1;
  let start = verb + 1;
  if (lower === 'told' || lower === 'tells') {
    // "told MSNBC's “Morning Joe” that ...": a listener however it is written, up to "that".
    let that = start;
    while (that < contentEnd && that - start < 8 && tokens[that]!.text !== 'that' && tokens[that]!.text !== ',') that++;
    // "told Reuters that ...", "told reporters ...": skip the listener.
    const listener = mentionByToken.get(start);
    if (that > start && tokens[that]?.text === 'that') start = that;
    else if (listener) start = listener.end;
    else if (/^(reporters|journalists|lawmakers|investors|analysts|me|us|him|her|them|parliament|congress|cops|police|investigators|officials|supporters|friends|colleagues|staff)$/i.test(tokens[start]?.text ?? '')) start++;
    else if (/^(the|a|an)$/i.test(tokens[start]?.text ?? '')) {
      // "told the newspaper that ...": the listener ends at "that"; without it the clause starts here.
      let next = start + 1;
      while (next < contentEnd && next - start < 4 && /^\p{Ll}+$/u.test(tokens[next]!.text) && tokens[next]!.text !== 'that') next++;
      if (tokens[next]?.text === 'that') start = next;
    }
  }
  // "pointed out that …": the particle belongs to the verb; so does "it" in "as Smith put it, …".
  if ((lower === 'pointed' && tokens[start]?.text === 'out') || ((lower === 'put' || lower === 'puts') && tokens[start]?.text === 'it')) start++;
  // "said in a statement that …": where or when the words were said, up to "that", over the commas around a place or a
  // day ("said at a campaign stop in Toledo, Ohio, that …", "said in a telephone interview Wednesday, that …").
  if (/^(?:in|at|during)$/.test(tokens[start]?.text ?? '')) {
    const that = scanToThat(ctx, start, 16, contentEnd, true);
    if (tokens[that]?.text === 'that') start = that;
  }
  // "said on Friday to Vermont Edition that …", "insisted to reporters that …": the listener, up to "that".
  if (tokens[start]?.text === 'to' || (tokens[start]?.text === 'on' && tokens[start + 2]?.text === 'to' && UPPER_CASE_START.test(tokens[start + 1]?.text ?? ''))) {
    const to = tokens[start]!.text === 'to' ? start : start + 2;
    const that = scanToThat(ctx, to, 8, contentEnd, false);
    // (A listener only: a name, "the" and a name, or one word for people; not "agreed to hear cases that …".)
    let listener = that > to + 1;
    for (let index = to + 1; index < that && listener; index++) {
      const text = tokens[index]!.text;
      listener = UPPER_CASE_START.test(text) || text === '’' || text === "'" || text === '’s' || text === "'s" || (index === to + 1 && (text === 'the' || (that === to + 2 && LISTENER_WORDS.has(text))));
    }
    if (tokens[that]?.text === 'that' && listener) start = that;
  }
  if (tokens[start]?.text === 'on' && UPPER_CASE_START.test(tokens[start + 1]?.text ?? '')) start += 2;
  // "said Wednesday he agrees …": the day is not part of what was said.
  else if (CALENDAR_WORDS.test(tokens[start]?.text ?? '')) start++;
  if (tokens[start]?.text === ',') start++;
  if (tokens[start]?.text === 'that') start++;
  // "said that, if elected, he would ...": the clause opens with an aside.
  if (tokens[start]?.text === ',' && tokens[start - 1]?.text === 'that') start++;
  return start;
}

/**
 * The comma that closes an "as" frame around the speech verb at `verb` ("As Evans noted, …", "As Clinton told the
 * Daily News, …"), or -1: "As" opening the sentence or a clause, a subject of up to six words without a comma that
 * holds a name, and the comma within ten words after the verb.
 */
function asFrameComma(ctx: AttributionContext, verb: number, contentEnd: number): number {
  const { tokens, mentionByToken } = ctx;
  if (!AS_FRAME_VERBS.has(tokens[verb]!.text)) return -1;
  const sentence = tokens[verb]!.sentence;
  let as = verb - 1;
  while (as > 0 && verb - as <= 6 && tokens[as]!.sentence === sentence && tokens[as]!.text !== ',' && !/^[Aa]s$/.test(tokens[as]!.text)) as--;
  if (as < 0 || verb - as < 2 || !/^[Aa]s$/.test(tokens[as]!.text) || tokens[as]!.sentence !== sentence) return -1;
  const before = tokens[as - 1];
  if (before && before.sentence === sentence && !/^(?:,|;|—|–|and|but)$/.test(before.text)) return -1;
  // (A named speaker only: "As I said when I reviewed it, …", "As the saying goes, …" are the writer's own words.)
  let named = false;
  for (let index = as + 1; index < verb && !named; index++) named = mentionByToken.has(index);
  if (!named) return -1;
  for (let index = verb + 1; index < contentEnd && index - verb <= 10 && tokens[index]!.sentence === sentence; index++) {
    if (tokens[index]!.text === ',') return index;
    if (CLAUSE_MARKERS.has(tokens[index]!.text) || isQuoteMarkText(tokens[index]!.text) || tokens[index]!.text === '(') return -1;
  }
  return -1;
}

/** "..., Sen. Lindsey Graham told The Huffington Post.": only the listener follows the verb. */
function isListenerTail(ctx: AttributionContext, first: number, end: number): boolean {
  const { tokens, mentionByToken } = ctx;
  if (first >= end) return false;
  const listener = mentionByToken.get(first) ?? mentionByToken.get(first + 1);
  // "told the Wall Street Journal in July.": the listener, then when or where.
  if (listener !== undefined && listener.end < end - 1 && end - listener.end <= 4 && afterVerbIsTail(tokens, listener.end, end)) return true;
  if (end - first > 5) return false;
  if (listener !== undefined && listener.end >= end - 1) return true;
  // An outlet the entity pass did not type: capitalised words only ("The Huffington Post").
  for (let t = first; t < end; t++) if (!UPPER_CASE_START.test(tokens[t]!.text)) return false;
  return true;
}

/** Whether a person's name is the subject right before the verb at `verb` ("Jon Sopel said", "Mr Mugabe had told"). */
function namesPersonAt(ctx: AttributionContext, verb: number): boolean {
  const { tokens, mentionEndingAt } = ctx;
  const named = mentionEndingAt.get(skipToSubject(ctx, verb, 0));
  if (named === undefined || !isSubjectLike(tokens, named)) return false;
  return clusterOf(ctx, named)?.type === 'person' || personSharingGivenName(ctx, named) !== null || personSharingSurname(ctx, named) !== null;
}
