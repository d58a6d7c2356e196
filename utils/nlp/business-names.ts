// Businesses' names made whole: legal forms and business words extend a name or reveal one the tagger missed, names cut
// at "&", at commas between partners or before a country are joined, tickers and web addresses' paths are no names.
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COMPANY_NAME_WORDS,
  COMPANY_SUFFIXES,
  CORPORATION_FORMS,
  DROPPED_SUFFIXES,
  isBusinessWord,
  MEDIA_COMPANIES,
  PLACES,
} from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, isListedPlace } from './lexicon.ts';
import { isDemonym } from './roles.ts';
import { isPossessive, type Token, type TokenizedText } from './tokenize.ts';
import { isTickerAside } from './cluster-kind.ts';
import { isOrdinaryLowerWord, RANKING_WORDS, TITLE_CASE_FUNCTION_WORDS } from './company-lists.ts';
import type { NameMention } from './types.ts';
import {
  allCapitalised,
  isCapitalised,
  isKnownCompanyName,
  isLegalFormOnly,
  letterCase,
  lowerOf,
  oneSpaceApart,
  onlyFrequentWords,
  PHRASE_OPENERS,
  ROLE_WORDS,
  STARTS_UPPER,
  surfaceOf,
} from './name-words.ts';
import { TITLE_CASE_WORD } from './word-shapes.ts';
import { LOWER_CASE_LEGAL_FORMS, type NameContext } from './name-context.ts';

/** US states' postal codes written like a legal form ("Denver, CO"). */
const STATE_CODES_LIKE_LEGAL_FORMS = new Set(['CO', 'NV']);

/** A brand's name opening with a figure ("7-Eleven", "3M", "99Food"). */
const FIGURE_LED_BRAND = /^\d+-?\p{Lu}[\p{L}\d\-]*$/u;

/** Whether a word may be a business name's before its legal form: capitalised and no phrase's opener, or led by a figure. */
function mayOpenBusinessName(text: string): boolean {
  return (isCapitalised(text) && !PHRASE_OPENERS.has(text)) || FIGURE_LED_BRAND.test(text);
}

/** Business words that end the name of a group of businesses, never a product's ("Anker Innovations", "Tata Industries"). */
const GROUP_WORDS = new Set(['innovations', 'industries', 'holdings', 'group', 'enterprises', 'international', 'brands', 'technologies', 'ventures']);

/** A web address's host ("github.com", "www.Example.com", "Facebook.com"). */
const WEB_HOST = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/iu;

/**
 * The tokens of the paths of web addresses ("OpenAI" of "github.com/OpenAI/Whisper", "GUMCUpdate" of
 * "Facebook.com/GUMCUpdate"): the tokens after a host's "/" written with no space between them. Null when the
 * text has no "/" (most have none).
 */
export function webAddressPaths(tokenized: TokenizedText): Uint8Array | null {
  if (!tokenized.text.includes('/')) return null;
  const { tokens } = tokenized;
  const inPath = new Uint8Array(tokens.length);
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (tokens[index + 1]!.text !== '/' || tokens[index + 1]!.start !== tokens[index]!.end || !WEB_HOST.test(tokens[index]!.text)) continue;
    for (let at = index + 2; at < tokens.length && tokens[at]!.start === tokens[at - 1]!.end; at++) inPath[at] = 1;
  }
  return inPath;
}

/**
 * "Pick n Pay": a lower-case "n" between two capitalised words joins them into one name, where the tagger found a name on
 * either side (one side may be a word it left alone). `covered` gives each token's candidate, or -1.
 */
function joinNamesAroundN({ tokenized }: NameContext, { candidates, covered }: CoveredNames): void {
  const { tokens } = tokenized;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== 'n' || !TITLE_CASE_WORD.test(tokens[index - 1]!.text) || !TITLE_CASE_WORD.test(tokens[index + 1]!.text)) continue;
    if (!oneSpaceApart(tokenized, index - 1, index) || !oneSpaceApart(tokenized, index, index + 1)) continue;
    const left = covered[index - 1]! >= 0 ? candidates[covered[index - 1]!]! : null;
    const right = covered[index + 1]! >= 0 ? candidates[covered[index + 1]!]! : null;
    if ((!left && !right) || (left && left.end !== index) || (right && right.first !== index + 1) || covered[index]! >= 0) continue;
    const first = left ? left.first : index - 1;
    const end = right ? right.end : index + 2;
    const kept = left ?? right!;
    const keptIndex = covered[left ? index - 1 : index + 1]!;
    if (left && right) right.end = right.first;
    kept.first = first;
    kept.end = end;
    kept.modelKind = 'ORG';
    for (let t = first; t < end; t++) covered[t] = keptIndex;
  }
}

/** The candidates found so far, and which of them covers each token (-1 for none). */
interface CoveredNames {
  readonly candidates: NameMention[];
  readonly covered: Int32Array;
}

/** Where the capitalised words no name covers, right before token `index` in its sentence, begin (a figure may open them: "7-Eleven", "3M"). */
function uncoveredNameBefore(tokens: readonly Token[], covered: Int32Array, index: number): number {
  let first = index;
  while (first > 0 && index - first < 4 && mayOpenBusinessName(tokens[first - 1]!.text) && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === tokens[index]!.sentence) first--;
  return first;
}

/**
 * A legal form or a business word right after a name extends it ("Nissan Motor" + "Co", a name the tagger cut short:
 * "SiliconANGLE Media"), or reveals the name the tagger missed before it ("Foo Bar Inc"); a legal form after a comma
 * closes the name before it ("Acme Widgets, Inc.").
 */
function extendByBusinessWordsAndLegalForms({ tokenized, tokens, lexicon, writtenInLowerCase }: NameContext, { candidates, covered }: CoveredNames): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (covered[index]! >= 0 || !(letterCase(token.text) & STARTS_UPPER || LOWER_CASE_LEGAL_FORMS.test(token.text))) continue;
    const lower = token.lower;
    const legalForm = COMPANY_SUFFIXES.has(lower);
    if (!legalForm && !COMPANY_NAME_WORDS.has(lower)) continue;
    if (tokens[index - 1]!.sentence !== token.sentence) continue;
    const before = covered[index - 1]!;
    if (!legalForm) {
      // Only as the name's last word, glued to a name by a space: "SiliconANGLE Media’s", not "Google Research Labs".
      const mention = before >= 0 ? candidates[before]! : null;
      const next = tokens[index + 1];
      const endsName = !(next && next.sentence === token.sentence && isCapitalised(next.text));
      // "Firebelly Marketing", "Puma Moving Company": or a name nobody found, opened by a word that is no ordinary
      // word (the title case of a heading is: "Big Data Analytics", "Best Travel Insurance"), nor a known business's
      // (its product: "Google Analytics"), unless a word of a group of businesses ends it ("Anker Innovations").
      if (!mention && endsName) {
        let first = index;
        while (first > 0 && index - first < 3 && covered[first - 1]! < 0 && tokens[first - 1]!.sentence === token.sentence && /^\p{Lu}[\p{L}\-]+$/u.test(tokens[first - 1]!.text)) first--;
        const opener = tokens[first]!.text;
        const ordinary = (word: string): boolean => {
          const lower = word.toLowerCase();
          return isOrdinaryLowerWord(lower, lexicon, writtenInLowerCase) || ROLE_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || RANKING_WORDS.has(word) || TITLE_CASE_FUNCTION_WORDS.has(word) || isBusinessWord(lower) || PLACES.has(word) || COMMON_ACRONYMS.has(word);
        };
        if (first < index && !ordinary(opener) && (!isKnownCompanyName(opener, lexicon) || GROUP_WORDS.has(lower)) && !isGivenName(opener, lexicon)) {
          candidates.push({ first, end: index + 1, modelKind: null, cluster: -1 });
          for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
        }
        continue;
      }
      // (Not after a person's name, unless one word no list gives anyone nor any business: "Rocket" + "Mortgage".)
      if (!mention || mention.end !== index || (mention.modelKind === 'PER' && (mention.end - mention.first > 1 || isAnyGivenName(tokens[mention.first]!.text, lexicon) || isKnownCompanyName(tokens[mention.first]!.text, lexicon)))) continue;
      // (Business words may run on to the name's end: "Pennant" + "Telecoms Research".)
      let last = index;
      if (!endsName) {
        while (tokens[last + 1]?.sentence === token.sentence && isCapitalised(tokens[last + 1]!.text) && COMPANY_NAME_WORDS.has(tokens[last + 1]!.lower) && covered[last + 1]! < 0) last++;
        const after = tokens[last + 1];
        if (last === index || (after && after.sentence === token.sentence && isCapitalised(after.text))) continue;
      }
      mention.end = last + 1;
      mention.modelKind = 'ORG';
      for (let t = index; t <= last; t++) covered[t] = before;
      index = last;
      continue;
    }
    // "Operadora Portuaria Costa Azul, S.A.B. de C.V.", "Acme Widgets, Inc.": a legal form after a comma closes the name before it.
    const beforeComma = before < 0 && tokens[index - 1]!.text === ',' && index >= 2 ? covered[index - 2]! : -1;
    // (Not a state's postal code after a city: "Denver, CO", "Las Vegas, NV".)
    if (beforeComma >= 0 && candidates[beforeComma]!.end === index - 1 && DROPPED_SUFFIXES.has(lower) && isCapitalised(token.text) && !STATE_CODES_LIKE_LEGAL_FORMS.has(token.text) && candidates[beforeComma]!.modelKind !== 'LOC') {
      const mention = candidates[beforeComma]!;
      let end = index + 1;
      while (end < tokens.length && tokens[end]!.sentence === token.sentence && (COMPANY_SUFFIXES.has(tokens[end]!.lower) || isLegalFormOnly(tokens, end - 1, end + 2))) end++;
      const after = tokens[end];
      if (after && after.sentence === token.sentence && isCapitalised(after.text)) continue;
      // (The capitalised words the tagger left before it are the name's too: "Philips Oral" + "Healthcare, LLC".)
      const first = uncoveredNameBefore(tokens, covered, mention.first);
      for (let t = first; t < end; t++) covered[t] = beforeComma;
      mention.first = first;
      mention.end = end;
      mention.modelKind = 'ORG';
      index = end - 1;
      continue;
    }
    if (before >= 0) {
      const mention = candidates[before]!;
      // (A person's name before a capitalised legal form names the business: "George Weston Ltd.")
      if (mention.end === index && (mention.modelKind !== 'PER' || isCapitalised(token.text) || LOWER_CASE_LEGAL_FORMS.test(token.text))) {
        mention.end = index + 1;
        mention.modelKind = 'ORG';
        covered[index] = before;
      }
      continue;
    }
    const first = uncoveredNameBefore(tokens, covered, index);
    if (first === index || tokens[first]!.start === tokens[first]!.end) continue;
    candidates.push({ first, end: index + 1, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t <= index; t++) covered[t] = candidates.length - 1;
  }
}

/**
 * "7-Eleven" + "Inc.": a legal form the tagger read as a name of its own, the name before it left alone.
 * ("Stonemaier" + "Games": a business word so read opens with the one word before it that is no ordinary word.)
 */
function openBusinessWordsAndLegalForms({ tokenized, tokens, lexicon }: NameContext, { candidates, covered }: CoveredNames): void {
  candidates.forEach((mention, at) => {
    if (mention.end - mention.first !== 1 || !isCapitalised(tokens[mention.first]!.text)) return;
    if (!COMPANY_SUFFIXES.has(tokens[mention.first]!.lower)) {
      const word = tokens[mention.first - 1];
      if (!COMPANY_NAME_WORDS.has(tokens[mention.first]!.lower) || !word || covered[mention.first - 1]! >= 0 || !oneSpaceApart(tokenized, mention.first - 1, mention.first)) return;
      if (!/^\p{Lu}\p{Ll}[\p{L}\-]*$/u.test(word.text) || isFrequentWord(word.lower, lexicon) || isDemonym(word.text, lexicon) || isListedPlace(word.text, lexicon) || PLACES.has(word.text) || isAnyGivenName(word.text, lexicon)) return;
      covered[mention.first - 1] = at;
      mention.first--;
      mention.modelKind = 'ORG';
      return;
    }
    const first = uncoveredNameBefore(tokens, covered, mention.first);
    if (first === mention.first) return;
    for (let t = first; t < mention.first; t++) covered[t] = at;
    mention.first = first;
    mention.modelKind = 'ORG';
  });
}

/**
 * "Harwich Offshore Wind Ltd", "Great Harvest Bread Co.": names the tagger cut in pieces before a legal form are one.
 */
function joinPiecesBeforeLegalForms({ tokenized, tokens }: NameContext, { candidates, covered }: CoveredNames): void {
  for (let index = candidates.length - 1; index >= 0; index--) {
    const mention = candidates[index]!;
    const last = tokens[mention.end - 1]!;
    if (!COMPANY_SUFFIXES.has(lowerOf(last)) || !(isCapitalised(last.text) || LOWER_CASE_LEGAL_FORMS.test(last.text))) continue;
    let before = mention.first > 0 ? covered[mention.first - 1]! : -1;
    while (before >= 0 && before !== index) {
      const piece = candidates[before]!;
      if (piece.end !== mention.first || !oneSpaceApart(tokenized, piece.end - 1, mention.first)) break;
      if (!allCapitalised(tokens, piece.first, piece.end) || PHRASE_OPENERS.has(tokens[piece.first]!.text)) break;
      for (let t = piece.first; t < piece.end; t++) covered[t] = index;
      mention.first = piece.first;
      mention.modelKind = 'ORG';
      piece.end = piece.first;
      before = mention.first > 0 ? covered[mention.first - 1]! : -1;
    }
  }
}

/**
 * "Simpson Thacher & Bartlett": names the tagger cut at a spaced ampersand are one firm's (people are joined by "and").
 * (The name after it may be one found after the tagger's, before a legal form: "King & Spalding LLP".)
 */
function joinNamesAtAmpersands({ tokenized, tokens }: NameContext, { candidates, covered }: CoveredNames): void {
  for (let index = candidates.length - 1; index >= 0; index--) {
    const left = candidates[index]!;
    const right = candidates[covered[left.end + 1] ?? -1];
    if (tokens[left.end]?.text !== '&' || !right || right === left || right.first !== left.end + 1 || left.end <= left.first || right.end <= right.first) continue;
    if (!oneSpaceApart(tokenized, left.end - 1, left.end) || !oneSpaceApart(tokenized, left.end, right.first)) continue;
    for (let t = left.end; t < right.end; t++) covered[t] = index;
    left.end = right.end;
    left.modelKind = 'ORG';
    right.end = right.first;
  }
}

/**
 * "Clayton, Dubilier & Rice", "Wachtell, Lipton, Rosen & Katz": a firm of partners' names runs over the one-word names
 * before it, joined by commas, that are no ordinary word and no known business's or place's.
 */
function joinPartnersNames({ tokenized, tokens, lexicon }: NameContext, { candidates, covered }: CoveredNames): void {
  for (let index = 0; index < candidates.length; index++) {
    const firm = candidates[index]!;
    // (Not a firm whose possessive gives a person's role: "Tasha Greene, Crumb & Co.'s chief operating officer".)
    // ("Wharton & Garrison LLP": the firm's legal form may end it.)
    const partners = firm.end - firm.first - (firm.end - firm.first === 4 && COMPANY_SUFFIXES.has(lowerOf(tokens[firm.end - 1])) ? 1 : 0);
    if (partners !== 3 || tokens[firm.first + 1]!.text !== '&' || isPossessive(tokens[firm.end]?.text ?? '')) continue;
    let first = firm.first;
    while (first >= 2 && tokens[first - 1]!.text === ',' && tokens[first - 2]!.end === tokens[first - 1]!.start && oneSpaceApart(tokenized, first - 1, first)) {
      const word = tokens[first - 2]!;
      // (A name's last word, the name running on before it, is no partner's: "Tasha Greene, …".)
      if (isCapitalised(tokens[first - 3]?.text ?? '') && tokens[first - 3]!.sentence === word.sentence) break;
      const piece = covered[first - 2]! >= 0 ? candidates[covered[first - 2]!]! : null;
      if (piece && (piece.first !== first - 2 || piece.end !== first - 1)) break;
      if (!TITLE_CASE_WORD.test(word.text) || word.sentence !== tokens[firm.first]!.sentence || isFrequentWord(word.lower, lexicon) || isKnownCompanyName(word.text, lexicon) || isListedPlace(word.text, lexicon)) break;
      if (piece) piece.end = piece.first;
      first -= 2;
    }
    if (first === firm.first) continue;
    for (let t = first; t < firm.first; t++) covered[t] = index;
    firm.first = first;
    firm.modelKind = 'ORG';
  }
}

/**
 * "National Grid Corp. of the Philippines", "Life Insurance Corp. of India": a corporation's legal form and the country
 * it was founded for are one name, as the business writes it, when what comes before names no one by itself (ordinary
 * words; "Kia Motor Corp of South Korea" is Kia's, of a country).
 */
function joinCorporationsOfCountries({ tokens, lexicon }: NameContext, { candidates, covered }: CoveredNames): void {
  for (let index = 0; index < candidates.length; index++) {
    const mention = candidates[index]!;
    if (mention.end - mention.first < 2 || !CORPORATION_FORMS.has(lowerOf(tokens[mention.end - 1])) || tokens[mention.end]?.text !== 'of') continue;
    if (!onlyFrequentWords(tokens, mention.first, mention.end - 1, lexicon)) continue;
    const placeFirst = tokens[mention.end + 1]?.text === 'the' ? mention.end + 2 : mention.end + 1;
    const at = placeFirst < tokens.length ? covered[placeFirst]! : -1;
    const place = at >= 0 ? candidates[at]! : null;
    if (!place || place.first !== placeFirst || place.end - place.first > 3 || tokens[place.first]!.sentence !== tokens[mention.first]!.sentence) continue;
    if (place.modelKind !== 'LOC' && !PLACES.has(surfaceOf(tokens, place.first, place.end))) continue;
    for (let t = mention.end; t < place.end; t++) covered[t] = index;
    mention.end = place.end;
    mention.modelKind = 'ORG';
    place.end = place.first;
  }
}

/**
 * "Mladost (BJ)", "Radnicki (N)": a team's region code in brackets tells two clubs of one name apart and is part of it
 * (not a name's own initials: "United Nations (UN)").
 */
function keepRegionCodes({ tokens }: NameContext, { candidates }: CoveredNames): void {
  for (const mention of candidates) {
    const code = tokens[mention.end + 1]?.text ?? '';
    // (Only after a body's name: "Roy Cooper (D)" is a party, "WASHINGTON (AP)" a dateline.)
    if (mention.modelKind !== 'ORG' || mention.end <= mention.first || tokens[mention.end]?.text !== '(' || tokens[mention.end + 2]?.text !== ')' || !/^\p{Lu}{1,2}$/u.test(code) || MEDIA_COMPANIES.has(code)) continue;
    let initials = '';
    for (let t = mention.first; t < mention.end; t++) initials += tokens[t]!.text.charAt(0);
    if (initials === code || tokens[mention.end + 1]!.sentence !== tokens[mention.first]!.sentence) continue;
    mention.end += 3;
    // The code is no name of its own.
    for (const other of candidates) if (other !== mention && other.first === mention.end - 2) other.end = other.first;
  }
}

/** "Dumbo Moving & Storage", "Smith & Sons": business words after an ampersand end the name before it. */
function endNamesWithBusinessWords({ tokenized, tokens }: NameContext, { candidates, covered }: CoveredNames): void {
  const hasAmpersand = tokenized.text.includes('&');
  for (let index = 1; hasAmpersand && index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== '&' || covered[index]! >= 0) continue;
    const before = covered[index - 1]!;
    if (before < 0 || candidates[before]!.end !== index || candidates[before]!.modelKind === 'PER') continue;
    const sentence = tokens[index]!.sentence;
    let end = index + 1;
    while (end < tokens.length && end - index <= 2 && tokens[end]!.sentence === sentence && isCapitalised(tokens[end]!.text) && isBusinessWord(tokens[end]!.lower)) end++;
    if (end === index + 1 || (tokens[end] && isCapitalised(tokens[end]!.text) && tokens[end]!.sentence === sentence)) continue;
    // The words after the ampersand may have been read as a name of their own: they join this one.
    const after = covered[index + 1]!;
    if (after >= 0 && (candidates[after]!.first !== index + 1 || candidates[after]!.end !== end)) continue;
    const mention = candidates[before]!;
    mention.end = end;
    mention.modelKind = 'ORG';
    for (let t = index; t < end; t++) covered[t] = before;
    if (after >= 0) candidates[after]!.end = candidates[after]!.first;
  }
}

/**
 * A stock ticker in brackets is no name of its own ("Coinbase Global Inc (COIN.O)", "IBM (NYSE: IBM)"). Run last: the
 * candidates in tickers go, and so do the pieces the passes before it emptied by joining them to another name.
 */
function setTickersApart({ tokenized, tokens }: NameContext, { candidates, covered }: CoveredNames): void {
  const inTicker = new Uint8Array(tokens.length);
  const hasBracket = tokenized.text.includes('(');
  for (let index = 0; hasBracket && index < tokens.length; index++) {
    if (tokens[index]!.text !== '(' || !isTickerAside(tokens, index)) continue;
    for (let t = index + 1; t < tokens.length && tokens[t]!.text !== ')'; t++) inTicker[t] = 1;
    // "Snap-on (SNA.N)": the name before a ticker that the tagger left alone is a listed company's.
    const first = uncoveredNameBefore(tokens, covered, index);
    if (first === index) continue;
    candidates.push({ first, end: index, modelKind: 'ORG', cluster: -1 });
    for (let t = first; t < index; t++) covered[t] = candidates.length - 1;
  }
  for (let index = candidates.length - 1; index >= 0; index--) if (candidates[index]!.end <= candidates[index]!.first || inTicker[candidates[index]!.first]) candidates.splice(index, 1);
}

/** The passes that make businesses' names whole, in the order they run. */
const BUSINESS_NAME_PASSES: readonly ((context: NameContext, names: CoveredNames) => void)[] = [
  extendByBusinessWordsAndLegalForms,
  openBusinessWordsAndLegalForms,
  joinPiecesBeforeLegalForms,
  joinNamesAtAmpersands,
  joinNamesAroundN,
  joinPartnersNames,
  joinCorporationsOfCountries,
  keepRegionCodes,
  endNamesWithBusinessWords,
  setTickersApart,
];

/**
 * Legal-form suffixes extend a name or reveal one the tagger missed ("Foo Bar Inc"); business words extend one; names
 * the tagger cut in pieces are joined; no name stays inside a stock ticker or a web address's path (`inWebPath`).
 */
export function extendBusinessNames(context: NameContext, candidates: NameMention[], inWebPath: Uint8Array | null): void {
  const covered = new Int32Array(context.tokens.length).fill(-1);
  candidates.forEach((mention, index) => {
    for (let t = mention.first; t < mention.end; t++) covered[t] = index;
  });
  const names: CoveredNames = { candidates, covered };
  for (const pass of BUSINESS_NAME_PASSES) pass(context, names);
  // No name is read in a web address's path ("github.com/OpenAI/Whisper"), nor found again there.
  if (inWebPath) {
    for (let index = candidates.length - 1; index >= 0; index--) if (inWebPath[candidates[index]!.first]) candidates.splice(index, 1);
  }
}
