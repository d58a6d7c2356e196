// What the stages of finding names share about one text (see entities.ts), and their small helpers for candidate mentions.
import { type LearnedLexicon, learnedLexicon } from './lexicon.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import type { NameMention } from './types.ts';
import { occursAsWord, titleLikeSentences } from './name-words.ts';

/** One text as every stage of finding its names reads it. */
export interface NameContext {
  readonly tokenized: TokenizedText;
  readonly tokens: readonly Token[];
  readonly lexicon: LearnedLexicon;
  /** Sentences written like titles (headlines, headings), and those of them in capitals only. */
  readonly titled: ReadonlySet<number>;
  readonly capitalsSentences: ReadonlySet<number>;
  /** Whether token `index` is in a sentence written like a title. */
  readonly inTitle: (index: number) => boolean;
  /** Whether the text writes a (lower-case) word in lower case somewhere: asked for a few words only, so searched on demand. */
  readonly writtenInLowerCase: (lower: string) => boolean;
}

/** The context of a text's names. */
export function nameContext(tokenized: TokenizedText): NameContext {
  const { tokens } = tokenized;
  const lexicon = learnedLexicon();
  const { titled, capitals: capitalsSentences } = titleLikeSentences(tokenized, lexicon.commonWords);
  const inTitle = (index: number): boolean => titled.has(tokens[index]!.sentence);
  const lowerCaseSeen = new Map<string, boolean>();
  const writtenInLowerCase = (lower: string): boolean => {
    let seen = lowerCaseSeen.get(lower);
    if (seen === undefined) {
      seen = occursAsWord(tokenized.text, lower);
      lowerCaseSeen.set(lower, seen);
    }
    return seen;
  };
  return { tokenized, tokens, lexicon, titled, capitalsSentences, inTitle, writtenInLowerCase };
}

/** Legal forms also spelled in lower case ("Jet2 plc", "Acme llc", "Morava Seal a.s.", "Foo s.r.o."). */
export const LOWER_CASE_LEGAL_FORMS = /^(?:plc|llc|a\.s\.|s\.r\.o\.|d\.o\.o\.)$/;

const FIGURE_OPENING = /^\d/;

/** Signs written before a sum or a rough count ("$3M", "~3M"). */
const AMOUNT_SIGNS = new Set(['$', '£', '€', '¥', '~', '≈', '+']);

/** Whether token `index` is a sum or a count written short after its sign ("$3M in assets", "~3M members"), not a name ("3M"). */
export function isAmountAt(tokens: readonly Token[], index: number): boolean {
  return FIGURE_OPENING.test(tokens[index]!.text) && AMOUNT_SIGNS.has(tokens[index - 1]?.text ?? '') && tokens[index - 1]!.end === tokens[index]!.start;
}

/** The first of `mentions` that holds token `index` past its first token. */
export function mentionHolding(mentions: readonly NameMention[], index: number): NameMention | undefined {
  return mentions.find((mention) => mention.first < index && mention.end > index);
}
