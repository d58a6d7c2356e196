// Direct quotes: the spans in quotation marks (or set off as block quotes) that read as someone's words, and whose.
import { isGluedMark } from './quote-tokens.ts';
import { NAMING_PARTICIPLES } from './name-words.ts';
import type { Token } from './tokenize.ts';
import { SENTENCE_END } from './speech-words.ts';
import { INVERTING_VERBS } from './speech-verbs.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, type Cue, type QuoteSpan } from './attribution-context.ts';
import { coordinatedSubject, sentenceSubjectBefore, subjectBefore } from './speech-subjects.ts';
import { makeQuote } from './quote-speakers.ts';
import { findCue, introducedSource } from './quote-cues.ts';

/** A verb in the past or the present participle right before a colon and a quote ("boomed:", "yelling:"). */
const VERB_BEFORE_COLON = /^\p{Ll}{3,}(?:ed|ing)$/u;
/** Verbs that put the words of a sign, a shirt or a label before the quotation mark: written, not said. */
const WRITTEN_ON_THINGS = new Set(['read', 'reads', 'reading', 'emblazoned', 'printed', 'inscribed', 'stamped', 'labeled', 'labelled']);

/** A direct quote read as speech, with what the pass over quotes without a cue of their own reads of it. */
export interface DirectQuote {
  result: AttributedQuote;
  span: QuoteSpan;
  cued: boolean;
  standalone: boolean;
  unnamed: boolean;
}

/** Direct quotes: marked spans that read as speech, not scare quotes, titles or nicknames, each with its cue's speaker; marks their tokens in `insideQuote`. */
export function findDirectQuotes(ctx: AttributionContext): DirectQuote[] {
  const { text, tokens, sentences, quoteSpans, insideQuote } = ctx;
  const direct: DirectQuote[] = [];
  // Whether the last paragraph of a block quote without marks was read as a quote (its next one carries on).
  let blockQuoteAccepted = false;
  for (const span of quoteSpans) {
    const { mark, first, end } = span;
    const inner = text.slice(mark.start, mark.end);
    const words = quoteWords(inner);
    // Token indices of the closing and opening marks; a doubled mark ('') is two tokens, and the cue
    // search starts past both.
    // (A block quote without marks: its first and last words stand where the marks would.)
    let closeMark = mark.unmarked ? end - 1 : end;
    while (!mark.unmarked && isGluedMark(tokens, closeMark + 1, closeMark)) closeMark++;
    let openMark = mark.unmarked ? first : first - 1;
    while (!mark.unmarked && isGluedMark(tokens, openMark - 1, openMark)) openMark--;
    let cue = findCue(ctx, first, end, openMark, closeMark, inner);
    const standalone = isStandalone(tokens, openMark, closeMark, end - 1);
    const punctuated = /[.!?,…]$/.test(inner.trim());
    const titleLike = words.titleLike;
    const colonBefore = openMark > 0 && /^[:,]$/.test(tokens[openMark - 1]?.text ?? '');
    // "with Trump reportedly yelling: “…”", "leaned in and boomed: “…”": any verb before the colon, and its subject.
    // ("Its chief executive, Kelechi Nwosu, was blunt: “…”": a colon after "was" and a word, in a sentence whose subject is a person.)
    const wasBefore = tokens[openMark - 3]?.text === 'was' && /^\p{Ll}{3,}$/u.test(tokens[openMark - 2]?.text ?? '');
    if (!cue && tokens[openMark - 1]?.text === ':' && (VERB_BEFORE_COLON.test(tokens[openMark - 2]?.text ?? '') || wasBefore)) {
      const verb = openMark - 2;
      const sentenceFirst = sentences[tokens[verb]!.sentence]?.first ?? verb;
      const subject = subjectBefore(ctx, verb, sentenceFirst - 1) ?? coordinatedSubject(ctx, verb, sentenceFirst);
      if (subject?.mention && clusterOf(ctx, subject.mention)?.type === 'person') cue = { verb, subject };
    }
    // "Reid has gone after Trump as a “human leech …”": a fragment in a sentence without a speech verb
    // is the words of the person the sentence is about, when it opens with one; not words written on a
    // thing ("a shirt that read “Animal liberation now.”", "a sign reading “…”").
    if (!cue && !titleLike && !WRITTEN_ON_THINGS.has(tokens[openMark - 1]?.text ?? '')) {
      const subject = sentenceSubjectBefore(ctx, openMark);
      if (subject) cue = { verb: subject.end, subject: { mention: subject, first: subject.first, end: subject.end } };
    }
    // "(e.g., “how to optimize a website”)", "often referred to as “one-way”", "a clinical advisory titled “…”": an example or a name.
    if (!mark.continued && namesOrExemplifies(tokens, openMark)) continue;
    // "on CNN’s “New Day,”", "ABC’s “This Week”": words in title case after an owner's possessive name a show or a work.
    if (!mark.continued && titleLike && /^['’]s$/u.test(tokens[openMark - 1]?.text ?? '')) continue;
    // A block quote without marks is a person's words only where the text says whose they are ("Jason:", "as Ward
    // put it:"): pages set off notes, tips, definitions and code so too. Its next paragraphs carry on.
    if (mark.unmarked) {
      // "… these comments from Ian Betteridge, who has been doing this longer:¶<block quote>": words from a person named
      // in the line that introduces them.
      if (!mark.continued && !(cue?.subject?.mention && clusterOf(ctx, cue.subject.mention)?.type === 'person')) {
        const source = introducedSource(ctx, openMark);
        if (source) cue = { verb: openMark - 1, subject: { mention: source, first: source.first, end: source.end } };
      }
      const named: boolean = mark.continued ? blockQuoteAccepted : cue?.subject?.mention != null && clusterOf(ctx, cue.subject.mention)?.type === 'person';
      blockQuoteAccepted = named;
      if (!named) continue;
    }
    const isSpeech =
      mark.continued ||
      (cue !== null && (words.count >= 3 || punctuated || colonBefore) && !(titleLike && !punctuated)) ||
      // A fragment a named speaker's cue frames ("Manafort said Trump has “several ways” of ..."); not one
      // describing a speaker named after the verb ("said George Miller, one of the “big four” negotiators").
      (cue?.subject?.mention != null && !titleLike && !describesSpeakerAfterVerb(tokens, cue, openMark)) ||
      (standalone && words.count >= 4) ||
      (words.count >= 6 && punctuated && !titleLike) ||
      (colonBefore && words.count >= 4);
    if (!isSpeech) continue;
    for (let t = first; t < end; t++) insideQuote[t] = 1;
    // A cue whose subject is found but unnamed ("a spokeswoman said") is an answer: no speaker is inherited.
    direct.push({ result: makeQuote(ctx, mark.start, mark.end, 'direct', cue?.subject ?? null), span, cued: cue !== null, standalone, unnamed: cue?.subject != null && cue.subject.mention === null });
  }
  return direct;
}

/** A word of a quote, for `quoteWords`. */
const QUOTE_WORD = /[\p{L}\p{N}]+/gu;
/** A word that may stand in a title: capitalised or a number, or one of the short function words. */
const TITLE_WORD_START = /^[\p{Lu}\d]/u;
const TITLE_FUNCTION_WORD = /^(of|the|and|a|an|in|on|for|to|at|by|with)$/;
/** The most words the rules on a quote's length count up to. */
const QUOTE_WORDS_COUNTED = 6;

/**
 * What the rules on direct quotes read of a quote's words: how many there are (counted up to
 * QUOTE_WORDS_COUNTED, all the rules need) and whether there are some and all are written as in a title
 * (capitalised, or short function words). Reads no further than it must: a long quote stops at its
 * sixth word once one of them is not title-like.
 */
function quoteWords(inner: string): { count: number; titleLike: boolean } {
  let count = 0;
  let titleLike = true;
  QUOTE_WORD.lastIndex = 0;
  for (let match = QUOTE_WORD.exec(inner); match; match = QUOTE_WORD.exec(inner)) {
    const word = match[0];
    if (count < QUOTE_WORDS_COUNTED) count++;
    if (titleLike && !(TITLE_WORD_START.test(word) || TITLE_FUNCTION_WORD.test(word))) titleLike = false;
    if (!titleLike && count >= QUOTE_WORDS_COUNTED) break;
  }
  return { count, titleLike: count > 0 && titleLike };
}

/** Words that introduce an example ("e.g.", "i.e."). */
const EXAMPLE_WORDS = /^(?:e\.g\.?|i\.e\.?|eg|ie)$/i;

/** Whether the words right before an opening mark introduce an example or a name, not words someone said. */
function namesOrExemplifies(tokens: readonly Token[], openMark: number): boolean {
  let index = openMark - 1;
  while (index >= 0 && /^[,(]$/.test(tokens[index]!.text)) index--;
  const word = tokens[index]?.text ?? '';
  if (EXAMPLE_WORDS.test(word) || NAMING_PARTICIPLES.has(word.toLowerCase())) return true;
  // "known as", "referred to as" (not "such as", which may go on with the speaker's words).
  if (word === 'as' && /^(?:known|to)$/.test(tokens[index - 1]?.text ?? '')) return true;
  // "the author of “a dungeon game”", "this weekend’s broadcast of “Fox News Sunday”", "her memoir “Becoming”": a work's
  // title right after its maker, its part or its kind.
  const before = tokens[openMark - 1]?.text ?? '';
  return (before === 'of' && OF_A_WORK.test(tokens[openMark - 2]?.text ?? '')) || WORKS.test(before);
}

/** Makers and parts of a titled work, before "of" ("the author of “…”", "Tuesday’s episode of “…”"). */
const OF_A_WORK = /^(?:author|authors|co-author|creator|creators|director|writer|composer|editor|host|illustrator|broadcast|episode|edition|season|issue|chapter|segment|installment|premiere|finale)$/;
/** Kinds of titled works, right before the title ("her memoir “Becoming”", "the song ‘Hello’"). */
const WORKS = /^(?:book|books|novel|novels|memoir|film|films|movie|movies|song|songs|album|albums|essay|poem|poems|podcast|documentary|episode|column|op-ed|painting|exhibition|game|opera|musical|anthology|sitcom)$/;

/**
 * Whether the quotation mark at `open` comes in an aside on a speaker named after the verb ("said George
 * Miller, one of the original “big four” negotiators"): words about the speaker, not the speaker's.
 */
function describesSpeakerAfterVerb(tokens: readonly Token[], cue: Cue, open: number): boolean {
  const subject = cue.subject;
  if (!subject || subject.first < cue.verb || open < subject.end || !INVERTING_VERBS.has(tokens[cue.verb]!.lower)) return false;
  for (let index = subject.end; index < open; index++) if (tokens[index]!.text === ',') return true;
  return false;
}

/**
 * A quote that makes up its sentence or its block on its own (a block quote, a pull quote): its marks
 * at `openMark` and `closeMark`, its last word or stop at `last`.
 */
function isStandalone(tokens: readonly Token[], openMark: number, closeMark: number, last: number): boolean {
  const before = tokens[openMark - 1];
  const opening = tokens[openMark];
  const after = tokens[closeMark + 1];
  const closing = tokens[closeMark];
  const startsSentence = !before || !opening || before.sentence !== opening.sentence || before.block !== opening.block || SENTENCE_END.test(before.text);
  const endsSentence = !after || !closing || after.block !== closing.block || after.sentence !== closing.sentence || SENTENCE_END.test(after.text) || SENTENCE_END.test(tokens[last]?.text ?? '');
  return startsSentence && endsSentence;
}
