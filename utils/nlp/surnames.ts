// A surname alone standing for the one person of the text who bears it, or for none when two people share it.
import { learnedLexicon } from './lexicon.ts';
import { fullNameGender, type Gender, titleGender } from './gender.ts';
import type { Token } from './tokenize.ts';
import type { NameMention } from './types.ts';
import { isCapitalised, isKnownNonPersonWord, looseKey } from './name-words.ts';

/**
 * Whether a name the tagger did not read as a person's is one all the same: its last word is written
 * alone elsewhere, more often read as a person than as anything else ("Barack Obama", typed as a body
 * by a tagger that never saw "Barack", beside "Obama" many times), and no word of it is a body's, a
 * place's or an ordinary word. A name written more often in full than its surname alone keeps its type.
 */
export function endsWithLoneSurname(
  words: readonly string[],
  fullMentions: number,
  byKey: ReadonlyMap<string, number>,
  clusterMentions: readonly (readonly NameMention[])[],
  lexicon: ReturnType<typeof learnedLexicon>,
): boolean {
  const lone = byKey.get(looseKey(words.slice(-1)));
  if (lone === undefined) return false;
  let person = 0;
  let other = 0;
  for (const mention of clusterMentions[lone]!) {
    if (mention.modelKind === 'PER') person++;
    else if (mention.modelKind !== null) other++;
  }
  if (person <= other || person < fullMentions) return false;
  return words.every((word) => isCapitalised(word) && !isKnownNonPersonWord(word, lexicon));
}

/**
 * Files a person under their given name; a second person with that given name makes it ambiguous (-1),
 * unless they share the surname too ("Hillary Clinton", "Hillary Rodham Clinton").
 */
export function addGivenName(byGivenName: Map<string, number>, words: readonly string[], id: number, clusterWords: readonly (readonly string[])[]): void {
  const given = words[0]!;
  const known = byGivenName.get(given);
  if (known === undefined) byGivenName.set(given, id);
  else if (known >= 0 && clusterWords[known]!.at(-1) !== words.at(-1)) byGivenName.set(given, -1);
}

/** One person a lone surname may stand for, while its mentions are read in text order. */
interface Namesake {
  id: number;
  gender: Gender | null;
  /** Where the person is named, in text order (token index of each mention). */
  positions: number[];
  /** How many of `positions` lie before the mention being read. */
  passed: number;
  /** The latest lone-surname mention given to this person. */
  lastGiven: number;
}

/**
 * Gives each mention of a lone surname to the person it stands for when two people of the text share
 * the surname, or when a title of the other gender than the one person named in full is written before
 * it ("Mr. Obama" beside "Michelle Obama": then the surname alone names a person of its own, the lone
 * cluster `loneId`). A mention after a gendered title goes to a person of that gender; any other to the
 * person named most recently before it (in full or by a surname already given to them), else to the
 * first named after it. Returns false, changing nothing, when there is one person to join.
 */
export function resolveSharedSurname(
  tokens: readonly Token[],
  loneId: number,
  loneMentions: readonly NameMention[],
  namesakeIds: readonly number[],
  clusterWords: readonly (readonly string[])[],
  clusterMentions: readonly (readonly NameMention[])[],
): boolean {
  const namesakes: Namesake[] = namesakeIds.map((id) => ({
    id,
    gender: fullNameGender(tokens, clusterWords[id]!, clusterMentions[id]!),
    positions: clusterMentions[id]!.map((mention) => mention.first).sort((a, b) => a - b),
    passed: 0,
    lastGiven: -1,
  }));
  // A surname after a title no one named in full can have is a person of its own.
  const ownPositions: number[] = [];
  let ownGender: Gender | null = null;
  for (const mention of loneMentions) {
    const gender = titleGender(tokens, mention.first);
    if (gender && !namesakes.some((namesake) => namesake.gender === null || namesake.gender === gender)) {
      ownPositions.push(mention.first);
      ownGender ??= gender;
    }
  }
  if (namesakes.length < 2 && ownPositions.length === 0) return false;
  if (ownPositions.length > 0) namesakes.push({ id: loneId, gender: ownGender, positions: ownPositions, passed: 0, lastGiven: -1 });
  const ordered = [...loneMentions].sort((a, b) => a.first - b.first);
  for (const mention of ordered) {
    const gender = titleGender(tokens, mention.first);
    let best: Namesake | null = null;
    let bestSeen = -1;
    let nextFirst: Namesake | null = null;
    for (const namesake of namesakes) {
      while (namesake.passed < namesake.positions.length && namesake.positions[namesake.passed]! < mention.first) namesake.passed++;
      if (gender && namesake.gender && namesake.gender !== gender) continue;
      const seen = Math.max(namesake.passed > 0 ? namesake.positions[namesake.passed - 1]! : -1, namesake.lastGiven);
      if (seen > bestSeen) {
        best = namesake;
        bestSeen = seen;
      }
      const upcoming = namesake.positions[namesake.passed];
      if (upcoming !== undefined && (nextFirst === null || upcoming < nextFirst.positions[nextFirst.passed]!)) nextFirst = namesake;
    }
    const chosen = best ?? nextFirst;
    if (!chosen) continue;
    chosen.lastGiven = mention.first;
    mention.cluster = chosen.id;
  }
  return true;
}
