// Names seen outside headlines are found again wherever they recur, whole tokens only.
import { KNOWN_ORGANIZATIONS, MEDIA_COMPANIES, PLACES } from './gazetteer.ts';
import type { Token } from './tokenize.ts';
import type { NameMention } from './types.ts';
import { ACRONYM_LIKE, isKnownCompanyName, isKnownName, mayStartName, nameTokens, surfaceOf } from './name-words.ts';
import { HAS_LOWER_CASE } from './word-shapes.ts';
import { isFrequentWord } from './lexicon.ts';
import { isAmountAt, type NameContext } from './name-context.ts';

/** The candidates a headline does not cast doubt on, and every other place the text writes one of them again (in order). */
export function findRecurringMentions(context: NameContext, candidates: readonly NameMention[], inWebPath: Uint8Array | null): NameMention[] {
  const { tokens, lexicon, titled, inTitle } = context;
  const supported = (mention: NameMention): boolean => {
    const surface = surfaceOf(tokens, mention.first, mention.end);
    return (
      !inTitle(mention.first) ||
      lexicon.organization.has(surface) ||
      lexicon.location.has(surface) ||
      lexicon.person.has(surface) ||
      PLACES.has(surface) ||
      MEDIA_COMPANIES.has(surface) ||
      KNOWN_ORGANIZATIONS.has(surface) ||
      ACRONYM_LIKE.test(surface)
    );
  };
  const surfaces = new Map<string, number[]>();
  const bodySurfaces = new Set<string>();
  for (const mention of candidates) {
    if (inTitle(mention.first)) continue;
    const key = tokens[mention.first]!.text;
    const lengths = surfaces.get(key) ?? [];
    // The name without its legal suffix recurs too ("Sony Corp" ... "Sony").
    const stripped = nameTokens(tokens, mention);
    const forms = stripped[0] === key ? [mention.end - mention.first, stripped.length] : [mention.end - mention.first];
    for (const length of forms) {
      if (!lengths.includes(length)) lengths.push(length);
      bodySurfaces.add(surfaceOf(tokens, mention.first, mention.first + length));
    }
    surfaces.set(key, lengths.sort((a, b) => b - a));
  }
  // Their forms in capitals, for words in capitals in headlines only (most texts have none).
  const upperBodySurfaces = new Set<string>();
  const upperSurfaces = new Map<string, number[]>();
  if (titled.size > 0) {
    for (const surface of bodySurfaces) upperBodySurfaces.add(surface.toUpperCase());
    for (const [first, lengths] of surfaces) upperSurfaces.set(first.toUpperCase(), [...new Set([...(upperSurfaces.get(first.toUpperCase()) ?? []), ...lengths])].sort((a, b) => b - a));
  }
  // A name may open with a lower-case word holding a digit ("x86"): only then is every token looked up.
  let lowerCaseKeys = false;
  for (const key of surfaces.keys()) if (!mayStartName(key)) lowerCaseKeys = true;
  const mentions: NameMention[] = candidates
    .map((mention) => withoutHeadingWords(context, mention, bodySurfaces))
    .filter((mention) => supported(mention) || bodySurfaces.has(surfaceOf(tokens, mention.first, mention.end)));
  const covered = new Int32Array(tokens.length).fill(-1);
  for (const mention of mentions) for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  if (inWebPath) for (let index = 0; index < tokens.length; index++) if (inWebPath[index]) covered[index] = 1;
  for (let index = 0; index < tokens.length; index++) {
    if (covered[index]! >= 0 || (!lowerCaseKeys && !mayStartName(tokens[index]!.text)) || isAmountAt(tokens, index)) continue;
    // In a headline written in capitals, "SONY" is the "Sony" of the body.
    const capitals = titled.size > 0 && inTitle(index) && !HAS_LOWER_CASE.test(tokens[index]!.text);
    const lengths = capitals ? upperSurfaces.get(tokens[index]!.text) : surfaces.get(tokens[index]!.text);
    if (!lengths) continue;
    for (const length of lengths) {
      const end = index + length;
      if (end > tokens.length || tokens[end - 1]!.sentence !== tokens[index]!.sentence) continue;
      let free = true;
      for (let t = index; t < end; t++) if (covered[t]! >= 0) free = false;
      const surface = surfaceOf(tokens, index, end);
      if (!free || !(capitals ? upperBodySurfaces.has(surface) : bodySurfaces.has(surface))) continue;
      // "Disney" must not be found inside "Disney+" or glued to a longer capitalised name.
      const next = tokens[end];
      if (next && next.start === tokens[end - 1]!.end && /^[+\-&]/.test(next.text)) continue;
      mentions.push({ first: index, end, modelKind: null, cluster: -1 });
      for (let t = index; t < end; t++) covered[t] = 1;
      break;
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  return mentions;
}

/**
 * "Why I Chose" + "Squaremouth Insurance": a heading's ordinary words before a name the text writes in its running
 * text, of two words or more, are the heading's, not the name's. (A name known as a whole keeps them: "Royal Mail".)
 */
function withoutHeadingWords(context: NameContext, mention: NameMention, bodySurfaces: ReadonlySet<string>): NameMention {
  const { tokens, lexicon } = context;
  if (mention.end - mention.first < 3 || !isHeadingWord(context, mention.first) || !isHeadingLine(tokens, mention)) return mention;
  for (let first = mention.first + 1; first <= mention.end - 2; first++) {
    if (!bodySurfaces.has(surfaceOf(tokens, first, mention.end))) {
      if (isHeadingWord(context, first)) continue;
      return mention;
    }
    return isKnownName(surfaceOf(tokens, mention.first, mention.end), lexicon) ? mention : { ...mention, first };
  }
  return mention;
}

/** An ordinary word, not a known company's name ("Google Merchant Center", "Apple HomePod Mini" keep their maker). */
function isHeadingWord({ tokens, lexicon }: NameContext, index: number): boolean {
  return isFrequentWord(tokens[index]!.lower, lexicon) && !isKnownCompanyName(tokens[index]!.text, lexicon);
}

/** Whether a mention's line is a heading: a paragraph of one sentence, ending on a word. */
function isHeadingLine(tokens: readonly Token[], mention: NameMention): boolean {
  const block = tokens[mention.first]!.block;
  const sentence = tokens[mention.first]!.sentence;
  let last = mention.end - 1;
  while (tokens[last + 1]?.block === block) last++;
  let first = mention.first;
  while (tokens[first - 1]?.block === block) first--;
  return tokens[first]!.sentence === sentence && tokens[last]!.sentence === sentence && /[\p{L}\p{N}]$/u.test(tokens[last]!.text);
}
