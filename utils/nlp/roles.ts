import type { NameMention } from './entities.ts';
import { learnedLexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** Head words of a role or title ("spokesman", "CEO", "Foreign Minister"). */
export const ROLE_HEADS = new Set(
  ('spokesman|spokeswoman|spokesperson|minister|secretary|president|ceo|cfo|coo|cto|chairman|chairwoman|chair|director|chief|executive|officer|head|leader|governor|mayor|senator|representative|ambassador|envoy|commissioner|analyst|economist|professor|founder|co-founder|manager|partner|adviser|advisor|aide|official|lawyer|attorney|judge|general|premier|chancellor|king|queen|prince|princess|strategist|researcher|scientist|editor|reporter|correspondent|coach|captain|deputy|undersecretary|lawmaker|congressman|congresswoman|mp|investor|trader|banker|consultant|owner|boss|prosecutor|sheriff|candidate|nominee|activist|author|emperor|pope|chairperson|vice-president|treasurer|superintendent|inspector|commander|administrator|governor-general|dean|principal|researcher|expert|specialist|engineer|designer|founder|president-elect|speaker|whip|counsel|physician|doctor|surgeon|diplomat|negotiator|regulator|auditor|controller|planner|organizer|organiser|campaigner|campaign|striker|player|driver|champion|spokespeople|journalist|columnist|writer|host|anchor|pollster|commentator|historian')
    .split('|'),
);

/** Role heads only a person holds ("a spokeswoman for", "CEO"), unlike "manager" or "partner", which a firm can be too. */
export const PERSON_ONLY_ROLE_HEADS = new Set(
  'spokesman|spokeswoman|spokesperson|ceo|cfo|coo|cto|president|chairman|chairwoman|founder|co-founder|professor|senator|minister|governor|mayor|ambassador|lawmaker|congressman|congresswoman|economist|journalist|columnist|reporter|correspondent|historian|scientist|researcher|writer|author|editor'.split('|'),
);

const ROLE_INNER = new Set(['for', 'of', 'at', 'to', 'in', 'and', '&', 'on', 'the', '’s', "'s", '-']);
const ROLE_STARTERS = new Set(['a', 'an', 'the']);
/** Words that end a role read backwards from a name: verbs, clause words, prepositions that start a phrase. */
const ROLE_STOPS = new Set(
  'said|says|told|and|but|while|that|which|who|when|as|by|with|from|after|before|because|although|though|if|than|then|also|is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|met|according|including|like|between|among|against|about|over|under|into|onto|upon|via|per|where|so|yet|nor|or|not|to'.split('|'),
);

const isWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);

function hasRoleHead(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (ROLE_HEADS.has(tokens[index]!.text.toLowerCase())) return true;
  return false;
}

/**
 * The role a sentence gives a person at one mention, as written: a title right before the name
 * ("Foreign Minister Taro Kono"), an appositive before it ("Japan's chief government spokesman,
 * Yoshihide Suga") or after it ("Tim Cook, Apple's chief executive, said").
 */
export function roleAt(text: string, tokens: readonly Token[], mention: NameMention, mentionAt: (index: number) => NameMention | undefined): string | null {
  const sentence = tokens[mention.first]!.sentence;
  const inSentence = (index: number): boolean => index >= 0 && index < tokens.length && tokens[index]!.sentence === sentence;
  const slice = (first: number, end: number): string => text.slice(tokens[first]!.start, tokens[end - 1]!.end);

  // Title right before the name: capitalised role words, organisation names and acronyms ("Verizon CEO").
  let first = mention.first;
  while (inSentence(first - 1)) {
    const token = tokens[first - 1]!;
    const lower = token.text.toLowerCase();
    if (ROLE_HEADS.has(lower) || (isCapitalised(token.text) && isWord(token.text) && !ROLE_STOPS.has(lower) && (mentionAt(first - 1) || ROLE_HEADS.has(lower) || isDemonym(token.text) || /^(?:Foreign|Prime|Finance|Defence|Defense|Trade|Interior|Health|Deputy|Vice|Chief|Executive|Senior|Former|General|Attorney|Secretary|State|Economy|Industry|Justice|Labor|Labour|Energy|Education|Environment|Transport|Transportation|Treasury|Commerce|Agriculture|Housing|Homeland|Veterans|Home|Cabinet|Acting|Interim|Assistant|Managing|Press)$/.test(token.text)))) {
      first--;
    } else if ((token.text === '’s' || token.text === "'s") && inSentence(first - 2) && mentionAt(first - 2)) {
      first -= 2;
    } else break;
  }
  // An organisation owning the title stays ("Verizon CEO"); words without a role head are no title.
  if (first < mention.first && hasRoleHead(tokens, first, mention.first)) return slice(first, mention.first);

  // Appositive before the name: "<role>, Name".
  if (inSentence(mention.first - 1) && tokens[mention.first - 1]!.text === ',') {
    const end = mention.first - 1;
    let start = end;
    while (inSentence(start - 1) && end - start < 10) {
      const token = tokens[start - 1]!;
      const lower = token.text.toLowerCase();
      if (!isWord(token.text) && !ROLE_INNER.has(lower)) break;
      if (ROLE_STOPS.has(lower)) break;
      start--;
      if (ROLE_STARTERS.has(lower)) break;
    }
    while (start < end && ROLE_INNER.has(tokens[start]!.text.toLowerCase()) && !ROLE_STARTERS.has(tokens[start]!.text.toLowerCase())) start++;
    if (start < end && hasRoleHead(tokens, start, end) && lastIsRoleWord(tokens, start, end)) return slice(start, end);
  }

  // Appositive after the name: "Name, <role>," or "Name, <role>." with a role head inside.
  const after = appositiveRoleAfter(tokens, mention.end);
  return after ? slice(after.first, after.end) : null;
}

/**
 * The role in an appositive right after a name that ends before token `nameEnd`: "Name, <role>," or
 * "Name, <role>." with a role head inside ("Brandon Royal, product manager of AI infrastructure at Google
 * Cloud."), as a token range; null when what follows the comma is no role.
 */
export function appositiveRoleAfter(tokens: readonly Token[], nameEnd: number): { first: number; end: number } | null {
  const comma = tokens[nameEnd];
  const sentence = tokens[nameEnd - 1]?.sentence;
  if (comma === undefined || comma.text !== ',' || comma.sentence !== sentence) return null;
  const inSentence = (index: number): boolean => index < tokens.length && tokens[index]!.sentence === sentence;
  const start = nameEnd + 1;
  let end = start;
  while (inSentence(end) && end - start < 12) {
    const text = tokens[end]!.text;
    if (text === ',' || text === '.' || text === ';' || text === ':' || /^[“”"«»]$/.test(text)) break;
    if (ROLE_STOPS.has(text.toLowerCase()) && !ROLE_INNER.has(text.toLowerCase())) return null;
    end++;
  }
  const closes = inSentence(end) ? /^[,.;:]$/.test(tokens[end]!.text) : true;
  const opening = tokens[start]?.text.toLowerCase() ?? '';
  // "a spokeswoman", "CEO", "Google's head of", "senior analyst", "product manager of".
  const startsLikeRole =
    ROLE_STARTERS.has(opening) ||
    ROLE_HEADS.has(opening) ||
    isCapitalised(tokens[start]?.text ?? '') ||
    /^(?:chief|senior|former|deputy|vice|executive|acting)$/.test(opening) ||
    (end > start + 1 && ROLE_HEADS.has(tokens[start + 1]!.text.toLowerCase()));
  return closes && end > start && startsLikeRole && hasRoleHead(tokens, start, end) ? { first: start, end } : null;
}

/** A nationality's adjective ("Hungarian", "Japanese", "British", "Israeli"), as the name lists know it. */
function isDemonym(word: string): boolean {
  return /(?:an|ese|ish|i|ch)$/.test(word) && learnedLexicon().misc.has(word);
}

/** A role ends on its head or on a name it belongs to ("a spokeswoman for Verizon"). */
function lastIsRoleWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = end - 1; index >= first; index--) {
    const text = tokens[index]!.text;
    if (ROLE_HEADS.has(text.toLowerCase())) return true;
    if (!isCapitalised(text)) return false;
  }
  return false;
}
