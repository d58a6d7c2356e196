// Names the entity pass did not type, read where a speaker is written ("Jordan said", "TAPPER:"): a cluster of
// their own for each, or the person whose surname they are.
import type { NameMention } from './types.ts';
import { ADVERB } from './name-words.ts';
import { CONTRACTION } from './tokenize.ts';
import { UPPER_CASE_START } from './word-shapes.ts';
import { CALENDAR_WORDS, isRoleWord, PRONOUNS, TITLE_WORDS } from './speech-words.ts';
import type { AttributionContext } from './attribution-context.ts';

/** A word that may stand before a name in a run of capitalised words, but is not part of it: a title, a role, an ordinary word. */
function isLeadWord(word: string, commonWords: ReadonlySet<string>): boolean {
  return TITLE_WORDS.test(word) || isRoleWord(word) || commonWords.has(word.toLowerCase());
}

/** Whether token `index` may be a word of a name no entity covers: capitalised, outside quotes, no pronoun, ordinary word or day. */
function isNameWord(ctx: AttributionContext, index: number): boolean {
  const { tokens, lexicon, insideQuote, personBySurname } = ctx;
  const token = tokens[index];
  if (!token || !UPPER_CASE_START.test(token.text) || insideQuote[index]) return false;
  const lower = token.lower;
  // Nor a contraction of a pronoun or a function word ("I’ve", "We’re"), nor an adverb ("Frequently asked questions").
  if (CONTRACTION.test(token.text) || ADVERB.test(token.text)) return false;
  return !PRONOUNS.has(lower) && (!lexicon.commonWords.has(lower) || personBySurname.has(lower)) && !CALENDAR_WORDS.test(token.text) && !/^(Mr|Mrs|Ms|Dr)\.?$/.test(token.text);
}

/** The mention of the untyped name from `first` to `end`: the person whose surname it is, else a cluster of its own. */
function nameRun(ctx: AttributionContext, first: number, end: number): NameMention {
  const { text, tokens, lexicon, adhocClusters, adhocByName, personBySurname } = ctx;
  // A transcript label in capitals ("TAPPER:") is the surname of "Jake Tapper".
  const person = personBySurname.get(tokens[end - 1]!.lower);
  if (person) return { first, end, modelKind: null, cluster: person.id };
  // "White House Press Secretary Josh Earnest said", "As President Obama ...": titles and ordinary
  // words before the name are not part of it.
  while (end - first > 1 && isLeadWord(tokens[first]!.text, lexicon.commonWords)) first++;
  const canonical = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  let id = adhocByName.get(canonical);
  if (id === undefined) {
    id = -1 - adhocClusters.size;
    adhocByName.set(canonical, id);
    const nameTokens: string[] = [];
    for (let index = first; index < end; index++) nameTokens.push(tokens[index]!.text);
    adhocClusters.set(id, { id, type: 'person', canonical, nameTokens, mentions: [] });
  }
  return { first, end, modelKind: null, cluster: id };
}

/** A capitalised name ending at `index` that no entity covers ("Jordan said", "Vann R. Newkirk II, ..."). */
export function untypedNameEndingAt(ctx: AttributionContext, index: number): NameMention | null {
  const { tokens, mentionByToken, insideQuote } = ctx;
  if (mentionByToken.has(index) || !isNameWord(ctx, index)) return null;
  let first = index;
  while (first > 0 && index - first < 4 && tokens[first - 1]!.sentence === tokens[index]!.sentence && !mentionByToken.has(first - 1) && UPPER_CASE_START.test(tokens[first - 1]!.text) && !insideQuote[first - 1]) first--;
  return nameRun(ctx, first, index + 1);
}

/** A capitalised name starting at `index` that no entity covers ("said Jordan", "TAPPER:"). */
export function untypedNameStartingAt(ctx: AttributionContext, index: number): NameMention | null {
  const { tokens, mentionByToken } = ctx;
  if (mentionByToken.has(index) || !isNameWord(ctx, index)) return null;
  let end = index + 1;
  while (end < tokens.length && end - index < 4 && tokens[end]!.sentence === tokens[index]!.sentence && !mentionByToken.has(end) && UPPER_CASE_START.test(tokens[end]!.text)) end++;
  return nameRun(ctx, index, end);
}
