// The context of attribution in one text: its tokens, mentions and clusters, and the lookups every rule reads (the
// mention at a token, the quote spans, the people by surname and given name), built once per text.
import type { EntityCluster, NameMention, Quote } from './types.ts';
import type { TextSpan } from '../anchoring/types.ts';
import { findQuotationMarks, type MarkedQuote, unmarkedBlockQuotes } from './quote-marks.ts';
import { isPossessiveApostrophe, isQuoteMarkText } from './quote-tokens.ts';
import { learnedLexicon, type LearnedLexicon } from './lexicon.ts';
import { hasHonorificBefore } from './speech-person.ts';
import type { Gender } from './gender.ts';
import type { Sentence, Token } from './tokenize.ts';
import { SENTENCE_END } from './speech-words.ts';
import { partitionPoint } from '../sorted/partition-point.ts';

/** A speech verb (or the mark that stands for one: a dash, a colon) tied to a quote, with its subject. */
export interface Cue {
  verb: number;
  subject: Subject | null;
}

/** What a speech verb's subject turned out to be. */
export interface Subject {
  /** The name mention that says who spoke, when there is one. */
  mention: NameMention | null;
  /** Where the subject is written (a name, a pronoun, "the spokesman"). */
  first: number;
  end: number;
}

export interface AttributionInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly NameMention[];
  /**
   * The entity clusters. A speaker the tagger typed as a company, organisation or place that reads as a
   * person (`looksLikePerson`) is retyped to a person here, in place, so the people list and the
   * highlights built after attribution agree with it; a speaker the tagger missed that reads as a person
   * is added, with a negative id.
   */
  clusters: Map<number, EntityCluster>;
  roles: ReadonlyMap<number, string | null>;
  /** The spans of the text the page sets off as block quotes (`<blockquote>`), if known. */
  blockQuotes?: readonly TextSpan[];
}

/** A quote with the cluster of its speaker (person or organisation). */
export interface AttributedQuote {
  quote: Quote;
  speakerCluster: number | null;
  /** A second person the speaker is coordinated with ("Mr. Grassley and Mr. Leahy said"), who speaks too. */
  coSpeakerCluster: number | null;
  /**
   * Whether the quote reports words: false for the object of a reporting verb ("Mr. Clinton ordered a
   * cruise missile strike"), which is an attribution but makes no one a quoted person.
   */
  reportsWords: boolean;
  /** The speaker spoke here, but of the words' subject ("she said of the election"): the next quote may still be theirs. */
  speaksOf?: true;
}

/**
 * A map from token index to a value, with the `get`, `has` and `set` of a `Map`: an array read instead
 * of hashing the index, for maps the rules consult for token after token. `undefined` is never a value.
 */
export class TokenMap<T> {
  private readonly values: (T | undefined)[];

  constructor(tokenCount: number) {
    this.values = new Array<T | undefined>(tokenCount).fill(undefined);
  }

  /** The value at token `index`; undefined for none, and for an index outside the text (as a `Map` would give). */
  get(index: number): T | undefined {
    return index >= 0 && index < this.values.length ? this.values[index] : undefined;
  }

  has(index: number): boolean {
    return this.get(index) !== undefined;
  }

  set(index: number, value: T): void {
    this.values[index] = value;
  }
}

/** A span of the text in quotation marks (or set off as a block quote), with the tokens it holds. */
export interface QuoteSpan {
  mark: MarkedQuote;
  first: number;
  end: number;
}

/**
 * What the rules of attribution read of one text, built once by `createAttributionContext`. Fixed once built, but
 * for the fields marked as written by the passes (in the order `attributeQuotes` runs them) and the memos.
 */
export interface AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly NameMention[];
  /** The entity clusters, retyped and added to in place once the quotes are attributed (see `AttributionInput`). */
  readonly clusters: Map<number, EntityCluster>;
  readonly roles: ReadonlyMap<number, string | null>;
  readonly lexicon: LearnedLexicon;
  /** The mention holding each token. */
  readonly mentionByToken: TokenMap<NameMention>;
  /** The mention ending at each token. */
  readonly mentionEndingAt: TokenMap<NameMention>;
  /** Every span in quotation marks or set off as a block quote, in text order. */
  readonly quoteSpans: readonly QuoteSpan[];
  /** 1 for each token of a quote read as speech: written by the direct-quote pass as it accepts each quote. */
  readonly insideQuote: Uint8Array;
  /** 1 for each token of a marked span, speech or not. */
  readonly insideMarks: Uint8Array;
  /** 1 for each token of words reported ("X said that …"): written by the passes of reported speech as they find them. */
  readonly insideReported: Uint8Array;
  /** The clusters of untyped speakers, by id (negative): written as such names are read (see `nameRun`). */
  readonly adhocClusters: Map<number, EntityCluster>;
  /** The id of the cluster of each untyped name written: written with `adhocClusters`. */
  readonly adhocByName: Map<string, number>;
  /** The people the entity pass found, by surname in lower case (the first person with it). */
  readonly personBySurname: ReadonlyMap<string, EntityCluster>;
  /** The people named in full, by given name (null when two share it). */
  readonly personByGivenName: ReadonlyMap<string, EntityCluster | null>;
  /** A memo of `hasHonorific`, per word. */
  readonly honorifics: Map<string, boolean>;
  /** A person's gender, as far as the text tells it (see `fullNameGender`), read once per person: a memo of `genderOf`. */
  readonly genders: Map<number, Gender | null>;
  /** The blocks that are a picture's caption: they name a credit ("… | Photo by Lisa Jennings"). Found on first use, by `isCaptionBlock`. */
  captionBlocks: Set<number> | null;
}

/** The context of attribution in one text: its lookups, its quote spans, its people by name. */
export function createAttributionContext(input: AttributionInput): AttributionContext {
  const { text, tokens, mentions, clusters } = input;
  const mentionByToken = new TokenMap<NameMention>(tokens.length);
  for (const mention of mentions) for (let t = mention.first; t < mention.end; t++) mentionByToken.set(t, mention);
  const mentionEndingAt = new TokenMap<NameMention>(tokens.length);
  for (const mention of mentions) mentionEndingAt.set(mention.end - 1, mention);

  // Direct quotes: marked spans that read as speech, not scare quotes, titles or nicknames.
  const markedInText = findQuotationMarks(text);
  const blockQuoted = input.blockQuotes && input.blockQuotes.length > 0 ? unmarkedBlockQuotes(text, input.blockQuotes, markedInText) : [];
  const marked = blockQuoted.length > 0 ? [...markedInText, ...blockQuoted].sort((a, b) => a.start - b.start) : markedInText;
  const insideQuote = new Uint8Array(tokens.length);
  // Every marked span, speech or not: a pronoun never points at a name inside quotation marks, not even
  // inside the quote it is attributing (which is not marked as speech until its cue is read).
  const insideMarks = new Uint8Array(tokens.length);
  const quoteSpans: QuoteSpan[] = [];
  for (const mark of marked) {
    const first = tokenAt(tokens, mark.start);
    const end = tokenAt(tokens, mark.end);
    // (A block quote's span holding no whole token, as a span cut inside a word would: nothing to read.)
    if (mark.unmarked && end <= first) continue;
    quoteSpans.push({ mark, first, end });
    for (let t = first; t < end; t++) insideMarks[t] = 1;
  }

  // Speakers the entity pass did not type (a capitalised name right at a speech verb) get a cluster of
  // their own here, or join the person whose surname they are.
  const adhocClusters = new Map<number, EntityCluster>();
  const lexicon = learnedLexicon();
  // The people the entity pass found, by surname (lower case; the first person with it): a capitalised
  // common word ("Bush", "Rice") that is one of them is a name at a speech verb.
  const personBySurname = new Map<string, EntityCluster>();
  for (const cluster of clusters.values()) {
    const surname = cluster.type === 'person' ? cluster.nameTokens[cluster.nameTokens.length - 1]?.toLowerCase() : undefined;
    if (surname && !personBySurname.has(surname)) personBySurname.set(surname, cluster);
  }
  // Whether the text writes a word after an honorific somewhere ("Ms. Gao"), memoised per word.
  const honorifics = new Map<string, boolean>();
  // The people named in full, by given name (null when two share it): "Fiona" or "Lupita" alone, after
  // "Fiona Parry" or "Lupita Nyong'o", is that person.
  const personByGivenName = new Map<string, EntityCluster | null>();
  for (const cluster of clusters.values()) {
    if (cluster.type !== 'person' || cluster.nameTokens.length < 2) continue;
    const given = cluster.nameTokens[0]!;
    personByGivenName.set(given, personByGivenName.has(given) && personByGivenName.get(given) !== cluster ? null : cluster);
  }
  // One cluster per name written, so every quote of an untyped speaker counts for one person.
  const adhocByName = new Map<string, number>();
  return { text, tokens, sentences: input.sentences, mentions, clusters, roles: input.roles, lexicon, mentionByToken, mentionEndingAt, quoteSpans, insideQuote, insideMarks, insideReported: new Uint8Array(tokens.length), adhocClusters, adhocByName, personBySurname, personByGivenName, honorifics, genders: new Map(), captionBlocks: null };
}

/** The index of the token holding character `offset`, or of the first token after it (a binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (index) => tokens[index]!.end <= offset);
}

/** The cluster of a mention: the entity pass's, else an untyped speaker's; null for none. */
export function clusterOf(ctx: AttributionContext, mention: NameMention | null | undefined): EntityCluster | null {
  const { clusters, adhocClusters } = ctx;
  return mention ? clusters.get(mention.cluster) ?? adhocClusters.get(mention.cluster) ?? null : null;
}

/** Whether the text writes `word` after an honorific somewhere ("Ms. Gao"), memoised per word. */
export function hasHonorific(ctx: AttributionContext, word: string): boolean {
  const { text, honorifics } = ctx;
  let found = honorifics.get(word);
  if (found === undefined) honorifics.set(word, (found = hasHonorificBefore(text, word)));
  return found;
}

/** A full stop that ends its sentence: not the dot of "R-Ky., said", which the tokenizer keeps in the sentence. */
export function endsSentence(ctx: AttributionContext, index: number): boolean {
  const { tokens } = ctx;
  return SENTENCE_END.test(tokens[index]!.text) && tokens[index + 1]?.sentence !== tokens[index]!.sentence;
}

/**
 * Whether a line break comes between token `index` and the one before it: a paragraph of its own in
 * texts that break paragraphs with one newline, where a quote's cue is never on the next line.
 */
export function lineBreakBefore(ctx: AttributionContext, index: number): boolean {
  const { text, tokens } = ctx;
  const token = tokens[index];
  const before = tokens[index - 1];
  if (!token || !before || token.sentence === before.sentence) return false;
  for (let at = before.end; at < token.start; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

/** A quotation mark, not the apostrophe of a plural possessive ("veterans' families"). */
export function isMark(ctx: AttributionContext, index: number): boolean {
  const { tokens, insideMarks } = ctx;
  return index >= 0 && index < tokens.length && isQuoteMarkText(tokens[index]!.text) && !isPossessiveApostrophe(tokens, index, insideMarks);
}

/** Whether a mention's cluster may speak: any but a place's. */
export function isSpeakerType(ctx: AttributionContext, mention: NameMention | null | undefined): boolean {
  const cluster = clusterOf(ctx, mention);
  return cluster !== null && cluster.type !== 'location';
}
