// A direct quote's cue: the speech verb (or the dash, the colon, the name against it) that says who spoke it, before
// the quote or after it, with its subject.
import type { NameMention } from './types.ts';
import type { Token } from './tokenize.ts';
import { RUBRIC_LABELS, SENTENCE_END, TITLE_WORDS } from './speech-words.ts';
import { isQuoteCue, isSpeechVerbForm } from './speech-verbs.ts';
import { type AttributionContext, clusterOf, type Cue, endsSentence, isMark, isSpeakerType, lineBreakBefore } from './attribution-context.ts';
import { untypedNameEndingAt, untypedNameStartingAt } from './untyped-names.ts';
import { modifiesNounAfter } from './name-phrases.ts';
import { coordinatedSubject, subjectAfter, subjectBefore } from './speech-subjects.ts';

/** Nouns for someone's words that, after a possessive, name the quote that follows ("Cowen’s phrase “…”"). */
const SPEECH_NOUNS = new Set(['phrase', 'words', 'quip', 'motto', 'slogan', 'catchphrase']);
/** Nouns of words a person wrote or said, before "from" or "by" and the person ("comments from", "a reply by"). */
const INTRODUCED_WORDS = new Set(['comment', 'comments', 'reply', 'replies', 'response', 'responses', 'words', 'note', 'notes', 'message', 'messages', 'tweet', 'tweets', 'post', 'posts', 'statement', 'remarks', 'quote', 'quotes', 'email', 'letter', 'thoughts']);
/** How far after a closing quotation mark its speech verb may come: room for a name with an appositive. */
const CUE_WINDOW = 24;
/**
 * How far before an opening mark its speech verb may come, within the sentence: room for a clause that
 * frames a fragment ("Brazile said Sunday that she’s glad ... and looks forward to “seeing her back ...”").
 */
const CUE_BEFORE_WINDOW = 30;

/** Whether token `index` is a lower-case past-tense verb in the block of the mark at `closeMark` ("instructed", "quipped"). */
function isInvertedPastVerb(tokens: readonly Token[], index: number, closeMark: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.block === tokens[closeMark]!.block && /^\p{Ll}{3,}ed$/u.test(token.text);
}

/** Quoted words that run on into the sentence of their cue: they end with a comma, "?", "!" or a dash. */
const RUNS_ON = /[,?!…—\-]\s*$/u;

/** How many tokens a credit line after a quote holds at most ("Doug McMillon, CEO of Walmart (during Walmart’s Q2 2025 earnings call on August 15, 2024)"). */
const CREDIT_LINE_TOKENS = 32;
/** A credit line this short may end in a full stop. */
const SHORT_CREDIT_LINE_TOKENS = 8;

/**
 * Whether the paragraph opening at token `first` reads as a credit line: as short as one, and no sentence (no full stop
 * ends it), unless very short ("Lisa Su, CEO of AMD."); "John Smith (R) is running against her." is a sentence.
 */
function isCreditLineFrom(tokens: readonly Token[], first: number): boolean {
  const block = tokens[first]!.block;
  let end = first;
  while (end < tokens.length && tokens[end]!.block === block) if (++end - first > CREDIT_LINE_TOKENS) return false;
  return end - first <= SHORT_CREDIT_LINE_TOKENS || !SENTENCE_END.test(tokens[end - 1]!.text);
}

/**
 * The person named right after the closing mark at `closeMark` (a comma and titles aside) when a verb
 * follows the name: "“…,” Trump shot back", "“…?” Bozell answers". Only for a quote whose words run on
 * into the sentence (they end with a comma, a question or exclamation mark, or a comma follows the mark).
 */
function personBeforeVerbAfter(ctx: AttributionContext, closeMark: number, inner: string): NameMention | null {
  const { tokens, mentionByToken } = ctx;
  let index = closeMark + 1;
  const comma = tokens[index]?.text === ',';
  if (!comma && !RUNS_ON.test(inner)) return null;
  if (comma) index++;
  while (index < closeMark + 4 && TITLE_WORDS.test(tokens[index]?.text ?? '')) index++;
  const named = mentionByToken.get(index);
  if (!named || named.first !== index || clusterOf(ctx, named)?.type !== 'person') return null;
  // ("“… too big to regulate?” Vitter demanded.": after a question or an exclamation the name opens a sentence of its
  // own, which the verb ends.)
  const ownSentence = tokens[index]!.sentence !== tokens[closeMark]!.sentence;
  if (ownSentence && !(/[?!…]\s*$/u.test(inner) && tokens[index]!.block === tokens[closeMark]!.block && /^[.,;]$/.test(tokens[named.end + 1]?.text ?? ''))) return null;
  return isSpeechVerbForm(tokens[named.end]?.text ?? '') ? named : null;
}

/**
 * The source of "according to <source>" starting at token `first`, read up to a comma or `limit`: its
 * first person ("according to Virginia AFL-CIO President Doris Crouse-Mays"), else its first body.
 */
function accordingToSource(ctx: AttributionContext, first: number, limit: number): NameMention | null {
  const { tokens, mentionByToken, insideMarks } = ctx;
  let body: NameMention | null = null;
  for (let t = first; t < limit && t - first < 10 && tokens[t]!.text !== ',' && tokens[t]!.sentence === tokens[first]!.sentence; t++) {
    const mention = mentionByToken.get(t);
    if (!mention || insideMarks[t] || !isSpeakerType(ctx, mention) || modifiesNounAfter(ctx, mention)) continue;
    if (clusterOf(ctx, mention)?.type === 'person') return mention;
    body ??= mention;
  }
  return body;
}

/** A speaker's name ending at `index` that opens its sentence, as a label before a colon does ("Kasich:"). */
function labelEndingAt(ctx: AttributionContext, index: number): NameMention | null {
  const { tokens, sentences, mentionEndingAt } = ctx;
  if (index < 0) return null;
  const named = mentionEndingAt.get(index) ?? untypedNameEndingAt(ctx, index);
  const sentenceFirst = sentences[tokens[index]!.sentence]?.first ?? -1;
  if (!named || named.first !== sentenceFirst || !isSpeakerType(ctx, named)) return null;
  return named;
}

/**
 * The person whose words a line ending in a colon right before token `open` introduces by a noun of words and "from"
 * or "by": "these comments from Ian Betteridge, who …:", "a reply by Jane Roe:". Null for none.
 */
export function introducedSource(ctx: AttributionContext, open: number): NameMention | null {
  const { tokens, mentionByToken } = ctx;
  if (tokens[open - 1]?.text !== ':') return null;
  const sentence = tokens[open - 1]!.sentence;
  for (let t = open - 2; t > 0 && open - t < 40 && tokens[t]!.sentence === sentence; t--) {
    if (!/^(?:from|by)$/.test(tokens[t]!.text) || !INTRODUCED_WORDS.has(tokens[t - 1]!.lower)) continue;
    const source = mentionByToken.get(t + 1);
    return source && source.first === t + 1 && clusterOf(ctx, source)?.type === 'person' ? source : null;
  }
  return null;
}

/** Cue after the quote: "”, Suga said" / "”, said Suga" / "” he said". */
function cueAfter(ctx: AttributionContext, closeMark: number): Cue | null {
  const { tokens } = ctx;
  for (let t = closeMark + 1; t < Math.min(tokens.length, closeMark + CUE_WINDOW); t++) {
    const token = tokens[t]!;
    // A bracketed aside ("Rep. Gwen Moore (D-Wis.) said") may hold a full stop that ends nothing.
    if (token.text === '(') {
      let close = t + 1;
      while (close < tokens.length && close - t < 8 && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')') {
        t = close;
        continue;
      }
    }
    if (token.block !== tokens[Math.max(0, closeMark - 1)]!.block || isMark(ctx, t) || endsSentence(ctx, t) || lineBreakBefore(ctx, t)) break;
    if (token.text === 'according' && tokens[t + 1]?.text === 'to') {
      // "“Bobby!” ..., according to Virginia AFL-CIO President Doris Crouse-Mays."
      const source = accordingToSource(ctx, t + 2, tokens.length);
      return { verb: t, subject: source ? { mention: source, first: source.first, end: source.end } : null };
    }
    if (isQuoteCue(tokens, t)) {
      // "…, forcing her to fend off both Trump and Sanders, said Brad Bannon": after a comma the verb
      // is inverted, and the name after it spoke.
      const inverted = tokens[t - 1]?.text === ',' ? subjectAfter(ctx, t) : null;
      if (inverted?.mention) return { verb: t, subject: inverted };
      return { verb: t, subject: subjectBefore(ctx, t, closeMark) ?? subjectAfter(ctx, t) };
    }
  }
  return null;
}

/**
 * Cue before the quote: "Suga said: “" / "Suga said, “" / "according to Suga, “": the nearest cue that
 * names its speaker, else the last one with a subject, else the nearest cue.
 */
function cueBefore(ctx: AttributionContext, first: number, openMark: number): Cue | null {
  const { tokens, sentences } = ctx;
  let cue: Cue | null = null;
  // "Dr. Ward stated:¶¶“…”": a colon ending the paragraph before hands the quote its cue.
  const colonLeads = tokens[openMark - 1]?.text === ':';
  const cueBlock = colonLeads ? tokens[openMark - 1]!.block : tokens[Math.max(0, first)]?.block;
  for (let t = openMark - 1; t >= 0 && openMark - t < CUE_BEFORE_WINDOW; t--) {
    const token = tokens[t]!;
    if (token.block !== cueBlock || endsSentence(ctx, t) || isMark(ctx, t) || (lineBreakBefore(ctx, t + 1) && !(colonLeads && t + 1 === openMark))) break;
    const lower = token.lower;
    if (lower === 'according' && tokens[t + 1]?.text === 'to') {
      const named = accordingToSource(ctx, t + 2, openMark);
      if (named) cue = { verb: t, subject: { mention: named, first: named.first, end: named.end } };
      break;
    }
    if (isQuoteCue(tokens, t)) {
      const sentenceFirst = sentences[token.sentence]?.first ?? t;
      // The speaker follows the verb only where it is inverted ("…, said Smith, “…”", "Said Dorothy
      // Poynter, …"); in "63 percent said Clinton was “justified”" the name after it is the object.
      const inverted = t === sentenceFirst || /^[,;:]$/.test(tokens[t - 1]?.text ?? '') || isMark(ctx, t - 1);
      const subject = subjectBefore(ctx, t, -1) ?? (inverted ? subjectAfter(ctx, t) : null) ?? coordinatedSubject(ctx, t, sentenceFirst);
      if (subject || !cue) cue = { verb: t, subject };
      // "Tester said, referring to the excuse, “…”": a cue naming nobody may follow the one that names the speaker.
      if (subject?.mention) break;
    }
  }
  return cue;
}

/** Names written right against the quote, as headlines, transcripts and lists of reactions do. */
function adjacentCue(ctx: AttributionContext, first: number, openMark: number, closeMark: number, inner: string): Cue | null {
  const { tokens, mentionByToken, mentionEndingAt } = ctx;
  const cueFor = (verb: number, named: NameMention | null | undefined): Cue | null => (named ? { verb, subject: { mention: named, first: named.first, end: named.end } } : null);
  // A name after a dash: "“…” ― Jane Doe".
  if (/^[―—–-]$/.test(tokens[closeMark + 1]?.text ?? '')) {
    const named = mentionByToken.get(closeMark + 2) ?? untypedNameStartingAt(ctx, closeMark + 2);
    if (named && named.first === closeMark + 2 && isSpeakerType(ctx, named)) return cueFor(closeMark + 1, named);
  }
  // "“Jeb wants to be a tough guy tonight,” Trump shot back.": a person named right after a quote that
  // runs on into its sentence, then a verb, is its speaker whatever the verb.
  const named = personBeforeVerbAfter(ctx, closeMark, inner);
  if (named) return cueFor(named.end, named);
  // "“Don’t get nervous,” instructed Milton Velez": any past-tense verb between the quote and a person's
  // name put straight after it is a speech verb, inverted.
  const verbAfter = closeMark + (tokens[closeMark + 1]?.text === ',' ? 2 : 1);
  if (isInvertedPastVerb(tokens, verbAfter, closeMark)) {
    const named = mentionByToken.get(verbAfter + 1);
    if (named && named.first === verbAfter + 1 && clusterOf(ctx, named)?.type === 'person' && /^[,.;]$/.test(tokens[named.end]?.text ?? '.')) return cueFor(verbAfter, named);
  }
  // "(in economist Tyler Cowen’s phrase) “markets in everything”": the words a person's phrase names.
  const noun = tokens[openMark - 1]?.text === ')' ? openMark - 2 : openMark - 1;
  if (SPEECH_NOUNS.has(tokens[noun]?.text ?? '') && /^['’]s$/u.test(tokens[noun - 1]?.text ?? '')) {
    const owner = mentionEndingAt.get(noun - 2);
    if (owner && clusterOf(ctx, owner)?.type === 'person') return cueFor(noun, owner);
  }
  // A credit line: "“We’re finding tangible ways …”¶¶Doug McMillon, CEO of Walmart (during …)": a quote filling its
  // paragraph, and the short paragraph after it opening with a person's name, then a comma, a bracket or nothing.
  const credit = closeMark + 1;
  if (tokens[credit] && tokens[credit]!.block !== tokens[closeMark]!.block && tokens[openMark - 1]?.block !== tokens[openMark]!.block) {
    const named = mentionByToken.get(credit);
    const after = named ? tokens[named.end] : undefined;
    if (named && named.first === credit && clusterOf(ctx, named)?.type === 'person' && (!after || after.block !== tokens[credit]!.block || after.text === ',' || after.text === '(') && isCreditLineFrom(tokens, credit)) return cueFor(credit, named);
  }
  // "In the words of Marie Kondo: “…”": the words of a person named right before the quote, a role between.
  const nameEnd = /^[:,]$/.test(tokens[openMark - 1]?.text ?? '') ? openMark - 2 : openMark - 1;
  const speaker = mentionEndingAt.get(nameEnd);
  if (speaker && clusterOf(ctx, speaker)?.type === 'person') {
    let of = speaker.first - 1;
    while (of > speaker.first - 4 && /^\p{Ll}+$/u.test(tokens[of]?.text ?? '') && tokens[of]!.text !== 'of') of--;
    if (tokens[of]?.text === 'of' && SPEECH_NOUNS.has(tokens[of - 1]?.text ?? '') && tokens[of - 2]?.lower === 'the') return cueFor(of - 1, speaker);
  }
  // A transcript quoted whole: "“PENCE: Well, the …”" is Pence's.
  if (/^\p{Lu}{2,}[\p{Lu}'’\-]*$/u.test(tokens[first]?.text ?? '') && tokens[first + 1]?.text === ':' && !RUBRIC_LABELS.has(tokens[first]!.lower)) {
    const label = mentionByToken.get(first) ?? untypedNameStartingAt(ctx, first);
    if (label && label.end === first + 1 && isSpeakerType(ctx, label)) return cueFor(first + 1, label);
  }
  // A name before a dash: "the former candidate Mitt Romney -- ''It is disqualifying …''".
  if (/^[―—–-]$/.test(tokens[openMark - 1]?.text ?? '')) {
    let index = openMark - 1;
    while (index > 0 && /^[―—–-]$/.test(tokens[index]!.text)) index--;
    const named = mentionEndingAt.get(index);
    if (named && clusterOf(ctx, named)?.type === 'person') return cueFor(openMark - 1, named);
  }
  // "Kasich: ‘We Are Going …’" (a headline), "TAPPER: “…”": a name opening the sentence, a colon, the quote.
  if (tokens[openMark - 1]?.text === ':') return cueFor(openMark - 1, labelEndingAt(ctx, openMark - 2));
  return null;
}

/**
 * The cue of the quote from token `first` to `end`, its marks at `openMark` and `closeMark`: a name written against it,
 * else the cue before it or the one after it, whichever names its speaker.
 */
export function findCue(ctx: AttributionContext, first: number, end: number, openMark: number, closeMark: number, inner: string): Cue | null {
  const { tokens } = ctx;
  let cue = adjacentCue(ctx, first, openMark, closeMark, inner);
  let before: Cue | null | undefined;
  // A quote that closes its sentence ("… called the orders “quite dangerous.” New Jersey Gov. Chris
  // Christie said …") belongs to the cue before it; what follows may be the next sentence's.
  // So does a quote framed as the clause of a verb before it ("Mackey said in a memo that the “price
  // distinction …” as Whole Foods lowered its prices, Yahoo Finance reported").
  const framedByThat = tokens[openMark - 1]?.text === 'that' || (tokens[openMark - 2]?.text === 'that' && /^(?:the|a|an|his|her|its|their)$/.test(tokens[openMark - 1]?.text ?? ''));
  if (!cue && (SENTENCE_END.test(tokens[end - 1]?.text ?? '') || framedByThat)) {
    before = cueBefore(ctx, first, openMark);
    if (before?.subject?.mention) cue = before;
  }
  cue ??= cueAfter(ctx, closeMark);
  // "Liu Meifang told a briefing that Japan should “stop politicizing …,” according to Xinhua": the outlet after the
  // quote reports it; the person the sentence names before it with a speech verb spoke it.
  if (cue && tokens[cue.verb]?.text === 'according' && cue.subject?.mention && clusterOf(ctx, cue.subject.mention)?.type !== 'person') {
    before ??= cueBefore(ctx, first, openMark);
    if (before?.subject?.mention && clusterOf(ctx, before.subject.mention)?.type === 'person') cue = before;
  }
  // A cue after the quote that names nobody gives way to one before it with a subject.
  if (!cue || !cue.subject?.mention) {
    before ??= cueBefore(ctx, first, openMark);
    if (before && (before.subject || !cue)) cue = before;
  }
  return cue;
}
