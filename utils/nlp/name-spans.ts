// Mending the tagger's name spans before they become mentions: a business's name the tagger cut in two, a person's
// name it cut, ran on or missed (a given name and a surname no list knows, a family name before a hyphenated given name).
import { CALENDAR_WORDS, COMPANY_SUFFIXES, isBusinessWord, ORGANIZATION_NAME_WORDS, PERSON_TITLES, PLACES } from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isGivenName, isListedPlace, learnedLexicon } from './lexicon.ts';
import { RANKING_WORDS } from './company-lists.ts';
import { ROLE_HEADS } from './roles.ts';
import type { NameSpan } from './ner.ts';
import { INITIAL } from './speech-person.ts';
import { CONTRACTION, isPossessive, type Token, type TokenizedText } from './tokenize.ts';
import {
  BASED_IN,
  BODY_HEAD_WORDS,
  GENERATIONAL_SUFFIX,
  HAS_LOWER_LETTER,
  holdsRoleWord,
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  isKnownNonPersonWord,
  isSentenceFirstWord,
  isShopHead,
  isSurnameWord,
  KOREAN_GIVEN_NAME,
  letterCase,
  lowerOf,
  NAME_PARTICLES,
  NICKNAME_CLOSING_MARKS,
  occursAsWord,
  oneSpaceApart,
  onlyFrequentWords,
  ROLE_WORDS,
  SHOP_HEADS,
  STARTS_UPPER,
  surfaceOf,
  SURNAME_SHAPE,
  TELL_FORMS,
} from './name-words.ts';
import { LOWER_CASE_START, TITLE_CASE_START, TITLE_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';

/**
 * Whether the token before `index` is a capitalised word of the same name, one space before it, mid-sentence or a word
 * no dictionary holds: no title, day, article or nationality.
 */
function isGluedNameWordBefore(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  const word = tokens[index - 1]!;
  const lower = word.lower;
  return (
    word.sentence === tokens[index]!.sentence &&
    /^\p{Lu}[\p{L}\-.&]*$/u.test(word.text) &&
    // (Words in capitals are a headline's more often than a name's: one short one is initials, "DAT Freight & Analytics".)
    (/\p{Ll}|^\p{Lu}\.?$|^(?:\p{Lu}\.)+$|&/u.test(word.text) || (word.text.length <= 5 && !/^\p{Lu}{2,}$/u.test(tokens[index - 2]?.text ?? ''))) &&
    !/^(?:The|A|An)$/.test(word.text) &&
    // (Nor a nationality: "Jewish West Bank settlements".)
    !/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$/u.test(word.text) &&
    oneSpaceApart(tokenized, index - 1, index) &&
    // (A sentence's first word is capitalised whatever it is: only a word no dictionary holds, "Mai" of "Mai Linh Group".)
    (!isSentenceFirstWord(tokens, index - 1) || !isFrequentWord(lower, lexicon)) &&
    !ROLE_WORDS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !lexicon.misc.has(word.text)
  );
}

/** Last words of firms' names that no product's or event's name ends with: a legal form aside, these. */
const FIRM_HEADS = new Set(['Bank', 'Airlines', 'Airways', 'Securities', 'Capital', 'Partners', 'Insurance', 'Industries', 'Motors', 'Foods', 'Pharmaceuticals', 'Petroleum', 'Bancorp', 'Financial', 'Investments', 'Ventures', 'Exchange']);

/**
 * "First" + "Abu" + "Dhabi Bank", "Trans" + "World Airlines": mid-sentence, a run of capitalised words that ends in a
 * business word and holds a word the tagger read as a name (not a person's) is one business's name, whatever pieces
 * the tagger cut it into. Not a place's ("the West Bank"), nor a single word before the business word that the tagger
 * alone read ("the Left" + "Bank").
 */
export function joinBusinessNameRuns(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    // (Most tokens open with no capital A to Z: passed over by their first letter.)
    const code = word.charCodeAt(0);
    if (code < 65 || code > 90 || !(FIRM_HEADS.has(word) || (word.length <= 12 && COMPANY_SUFFIXES.has(tokens[index]!.lower))) || !TITLE_CASE_START.test(word)) continue;
    // (The business word ends the run, legal forms aside: "the NAIC Health Insurance Report" is a report's name.)
    const next = tokens[index + 1];
    if (next && next.sentence === tokens[index]!.sentence && UPPER_CASE_START.test(next.text) && !COMPANY_SUFFIXES.has(next.lower) && oneSpaceApart(tokenized, index, index + 1)) continue;
    let first = index;
    while (first > 0 && isGluedNameWordBefore(tokenized, first, lexicon)) first--;
    if (first === index || index - first < 2 || isListedPlace(surfaceOf(tokens, first, index + 1), lexicon)) continue;
    const joined = withRunJoined(result, first, index);
    // (A sentence's first word the tagger read as a person's name stays out of the run: "Chepsir" + "Tea Estates Ltd".)
    result = joined === result && index - first >= 3 && isSentenceFirstWord(tokens, first) ? withRunJoined(result, first + 1, index) : joined;
  }
  return result;
}

/**
 * `spans` with those over the run of words from `first` to its business word at `head` joined into one business's
 * name: unchanged when none overlaps the run, or one holds it whole. (A helper rather than closures in the loop over
 * every token above, whose variables they would make the engine allocate for each token.)
 */
function withRunJoined(spans: readonly NameSpan[], first: number, head: number): readonly NameSpan[] {
  const overlapping = spans.filter((span) => span.end > first && span.first <= head);
  // (A person read before the business word keeps the run apart; the business word read alone as a person does not.)
  if (overlapping.length === 0 || overlapping.some((span) => span.kind === 'PER' && span.first < head)) return spans;
  if (overlapping.length === 1 && overlapping[0]!.first <= first && overlapping[0]!.end > head) return spans;
  const end = Math.max(head + 1, ...overlapping.map((span) => span.end));
  const start = Math.min(first, ...overlapping.map((span) => span.first));
  return [...spans.filter((span) => !overlapping.includes(span)), { kind: 'ORG' as const, first: start, end }].sort((a, b) => a.first - b.first);
}

/**
 * "told The Australian Financial Review", "told The Information": after a verb of telling, "The" and a run of capitalised
 * words (with "of" or "&" inside) name one outlet, however the tagger cut them; a person's name never opens with "The".
 */
export function joinOutletsAfterListenerVerbs(tokenized: TokenizedText, spans: readonly NameSpan[]): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== 'The' || !TELL_FORMS.has(tokens[index - 1]!.text) || tokens[index - 1]!.sentence !== tokens[index]!.sentence) continue;
    let end = index + 1;
    while (end < tokens.length && end - index <= 6 && tokens[end]!.sentence === tokens[index]!.sentence && oneSpaceApart(tokenized, end - 1, end) && (isOutletNameWord(tokens[end]!) || ((tokens[end]!.text === 'of' || tokens[end]!.text === '&') && isCapitalised(tokens[end + 1]?.text ?? '')))) end++;
    if (end === index + 1) continue;
    const overlapping = result.filter((span) => span.end > index && span.first < end);
    // (Left as it is where the tagger read one name over the run, no name at all, or a name running past it: "told The
    // Atlantic’s Jeffrey Goldberg".)
    if (overlapping.length === 0 || overlapping.some((span) => span.end > end) || (overlapping.length === 1 && overlapping[0]!.first <= index + 1)) continue;
    result = [...result.filter((span) => !overlapping.includes(span)), { kind: 'ORG' as const, first: index, end }].sort((a, b) => a.first - b.first);
  }
  return result;
}

/** The labels of a question and its answer opening a paragraph ("Q. How long …", "A. Appinventiv follows …"). */
const ANSWER_LABELS = new Set(['Q.', 'A.', 'Q:', 'A:']);

/** The tagger's spans less a question's or an answer's label opening a paragraph, which is no initial of a name. */
export function withoutAnswerLabels(tokenized: TokenizedText, spans: readonly NameSpan[]): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (const span of spans) {
    const label = tokens[span.first]!;
    if (!ANSWER_LABELS.has(label.text) || tokens[span.first - 1]?.block === label.block) continue;
    result = span.end - span.first > 1 ? withSpanChanged(result, span, { first: span.first + 1 }) : result.filter((other) => other !== span);
  }
  return result;
}

/**
 * "Hank's Hardware", "Duvall's Watch & Clock Repair", "Southern Glazer's Wine & Spirits": one or two capitalised words,
 * a possessive, and capitalised words (with "&" between) ending in a shop's or a business's head name one business,
 * however the tagger cut them. Not a known company's or a place's possessive before what it owns ("Apple's App Store",
 * "Ohio's Farm Bureau"), not a person's full name's, nor an ordinary word's ("Farmer's Market").
 */
export function joinPossessiveShopNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (!isPossessive(tokens[index]!.text) || !oneSpaceApart(tokenized, index, index + 1)) continue;
    const sentence = tokens[index]!.sentence;
    const sameName = (at: number): boolean => tokens[at]?.sentence === sentence && oneSpaceApart(tokenized, at - 1, at);
    const ownerWord = (at: number): boolean => /^\p{Lu}[\p{Ll}\-]+$/u.test(tokens[at]?.text ?? '') && !isFrequentWord(tokens[at]!.lower, lexicon);
    if (!ownerWord(index - 1) || tokens[index - 1]!.sentence !== sentence) continue;
    let first = index - 1;
    if (first > 0 && ownerWord(first - 1) && sameName(first) && !isSentenceFirstWord(tokens, first)) first--;
    // ("Southern Glazer's Wine & Spirits": an owner of two words the tagger read as one name, the first an ordinary word.)
    const ownerSpan = first === index - 1 ? result.find((span) => span.end === index && span.first === index - 2) : undefined;
    if (ownerSpan && TITLE_CASE_WORD.test(tokens[index - 2]!.text) && sameName(index - 1)) first = index - 2;
    // ("St. Martin's Press".)
    if (first === index - 1 && tokens[first - 1]?.text === 'St.' && sameName(first)) first--;
    const owner = surfaceOf(tokens, first, index);
    if (isKnownCompanyName(owner, lexicon) || isListedPlace(owner, lexicon) || PLACES.has(owner)) continue;
    // (A person named in full owns a business of another name: "Len Blavatnik's Access Industries", "Roy Choi's Kogi BBQ";
    // so does one named by surname whom the text names in full elsewhere, "Lasry's Avenue Capital Group" beside "Marc
    // Lasry", unless a shop's head ends the name: "Villarreal's Fuel & Tacos" beside "Rosa Villarreal".)
    // (Not an owner read as a person that opens with an ordinary word no one is called: "Southern Glazer's Wine & Spirits".)
    const ordinaryOpener = isFrequentWord(tokens[first]!.lower, lexicon) && !isAnyGivenName(tokens[first]!.text, lexicon);
    if (first < index - 1 && (isGivenName(tokens[first]!.text, lexicon) || (!ordinaryOpener && result.some((span) => span.kind === 'PER' && span.first <= first && span.end >= index)))) continue;
    // (Words in title case: not a ranking, "Clutch's Top Marketing Company", nor an acronym's, "Pangeanic's DoD Iron Bank".)
    if (RANKING_WORDS.has(tokens[index + 1]!.text)) continue;
    let end = index + 1;
    let head = -1;
    // (Whether the owner is a surname of a person named elsewhere is asked once a word of the name follows: most
    // possessives are followed by none, and the question reads the whole text.)
    let person: boolean | undefined;
    while (end < tokens.length && end - index <= 5 && sameName(end) && (TITLE_CASE_WORD.test(tokens[end]!.text) || (tokens[end]!.text === '&' && TITLE_CASE_WORD.test(tokens[end + 1]?.text ?? '')))) {
      person ??= first === index - 1 && isSurnameOfNamedPerson(tokens, owner, lexicon);
      if (person ? SHOP_HEADS.has(tokens[end]!.lower) : isShopHead(tokens[end]!.lower)) head = end;
      end++;
    }
    // (The head ends the name: "Hank's Hardware on Main Street", not "Hank's Hardware Tuesday".)
    if (head < 0 || head !== end - 1) continue;
    const overlapping = result.filter((span) => span.end > first && span.first < end);
    // (A span the tagger ran over a list up to the name keeps what stands before the list's joiner: "Kettle & Crumb
    // Bakery and" + "Hank's Hardware".)
    const listJoiner = first > 0 && (tokens[first - 1]!.text === 'and' || tokens[first - 1]!.text === ',') ? first - 1 : -1;
    const listBefore = overlapping.filter((span) => span.first < listJoiner && span.end <= end);
    if (overlapping.some((span) => (span.first < first && !listBefore.includes(span)) || span.end > end)) continue;
    const kept = listBefore.map((span) => ({ ...span, end: listJoiner }));
    result = [...result.filter((span) => !overlapping.includes(span)), ...kept, { kind: 'ORG' as const, first, end }].sort((a, b) => a.first - b.first);
    index = end - 1;
  }
  return result;
}

/** Whether the text writes `word` after a given name somewhere, as a person's surname ("Marc Lasry"). */
function isSurnameOfNamedPerson(tokens: readonly Token[], word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  for (let index = 1; index < tokens.length; index++) if (tokens[index]!.text === word && isAnyGivenName(tokens[index - 1]!.text, lexicon)) return true;
  return false;
}

/** A word of an outlet's name: capitalised, and no day or month after the name ("told The New York Times Tuesday"). */
function isOutletNameWord(token: Token): boolean {
  return isCapitalised(token.text) && !CALENDAR_WORDS.has(token.lower);
}

/** Particles inside Romance names of businesses ("Banco do Brasil", "Banco de Chile"). */
const ROMANCE_NAME_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des']);

/** "And" in the languages of businesses' registered names ("Grupo Aval Acciones y Valores SA", "Hizmetler ve Ticaret AŞ"). */
export const FOREIGN_NAME_CONJUNCTIONS = new Set(['y', 'e', 'et', 've', 'und', 'och', 'og']);

/**
 * "Nippon Telegraph" + "and" + "Telephone Corp.": a business's name the tagger read as two names either side of "and"
 * (or "&") when the right one is ordinary words and a legal form only, which is no business's whole name ("Telephone
 * Corp.", "Lighting Company Plc"). The left one is capitalised words of no known company ("Alphabet and Power Corp."
 * stay two). Across a particle of a Romance name or a foreign "and" the two are one whatever either holds ("Banco" +
 * "do" + "Brasil SA", "DuPont" + "de" + "Nemours Inc.", "Grupo Aval Acciones" + "y" + "Valores SA").
 */
export function joinAndedBusinessNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result: NameSpan[] | null = null;
  for (let index = 1; index < spans.length; index++) {
    const left = spans[index - 1]!;
    const right = spans[index]!;
    const joiner = left.end;
    // (The legal form may follow the right name outside it: "Valores" + "SA".)
    const formAfter = right.end < tokens.length && !COMPANY_SUFFIXES.has(lowerOf(tokens[right.end - 1])) && COMPANY_SUFFIXES.has(lowerOf(tokens[right.end])) && UPPER_CASE_START.test(tokens[right.end]!.text);
    const rightEnd = formAfter ? right.end + 1 : right.end;
    // (The tagger may leave an ordinary word before the right one out of it: "Adani Ports and" + "Special" + "Economic Zone Ltd".)
    let gap = right.first - joiner - 1;
    for (let t = joiner + 1; t < right.first && gap <= 2; t++) if (!TITLE_CASE_WORD.test(tokens[t]!.text) || !isFrequentWord(tokens[t]!.lower, lexicon)) gap = 3;
    if (gap < 0 || gap > 2 || rightEnd - right.first < 2 || !COMPANY_SUFFIXES.has(lowerOf(tokens[rightEnd - 1]))) continue;
    const particle = ROMANCE_NAME_PARTICLES.has(tokens[joiner]!.text) || FOREIGN_NAME_CONJUNCTIONS.has(tokens[joiner]!.text);
    if ((tokens[joiner]!.text !== 'and' && tokens[joiner]!.text !== '&' && !particle) || !oneSpaceApart(tokenized, joiner - 1, joiner) || !oneSpaceApart(tokenized, joiner, joiner + 1)) continue;
    let ordinary = !isKnownCompanyName(surfaceOf(tokens, joiner + 1, rightEnd - 1), lexicon);
    for (let t = joiner + 1; t < rightEnd - 1 && ordinary; t++) {
      const lower = lowerOf(tokens[t]);
      ordinary = TITLE_CASE_WORD.test(tokens[t]!.text) && (isFrequentWord(lower, lexicon) || COMPANY_SUFFIXES.has(lower));
    }
    if (!ordinary && !particle) continue;
    let capitalised = true;
    for (let t = left.first; t < left.end && capitalised; t++) capitalised = UPPER_CASE_START.test(tokens[t]!.text);
    // (A known company's name before a particle opens its own longer name: "DuPont" + "de" + "Nemours Inc.".)
    if (!capitalised || (!particle && isKnownCompanyName(surfaceOf(tokens, left.first, left.end), lexicon))) continue;
    result ??= [...spans];
    const at = result.indexOf(left);
    if (at >= 0 && result[at + 1] === right) result.splice(at, 2, { kind: 'ORG', first: left.first, end: rightEnd });
  }
  return result ?? spans;
}

/** The text `mendCutNames` mends the names of: what each rule reads. */
interface CutNameText {
  readonly tokenized: TokenizedText;
  readonly tokens: readonly Token[];
  readonly lexicon: ReturnType<typeof learnedLexicon>;
  /** The tagger's spans, in order. */
  readonly spans: readonly NameSpan[];
  /** The names mended so far, in order. */
  readonly mended: readonly NameSpan[];
  /** Each span's surface, built the first time a rule reads one (most texts need none). */
  spanSurfaces: string[] | undefined;
}

/** Where `mendCutNames` stands in the tagger's spans: the name being mended, and what comes after it. */
interface CutNameCursor {
  /** The name being mended, replaced by each rule that mends it. */
  span: NameSpan;
  /** The span after the last one the name has swallowed, if any. */
  next: NameSpan | undefined;
  /** The index of the last span the name has swallowed (its own, until it swallows one). */
  index: number;
  /** The index of the token before the span as the tagger read it, whatever the rules since made of the span. */
  before: number;
}

/** Whether token `before` is no part of a name mended already: a rule may take it into the name after it. */
function isFreeBefore({ mended }: CutNameText, before: number): boolean {
  return mended.length === 0 || mended[mended.length - 1]!.end <= before;
}

/** Whether the token before the cursor's span opens its sentence, glued to the span and free to join it. */
function isSentenceOpenerBefore(text: CutNameText, { span, before }: CutNameCursor): boolean {
  return before >= 0 && isFreeBefore(text, before) && isSentenceFirstWord(text.tokens, before) && oneSpaceApart(text.tokenized, before, span.first);
}

/** The name swallows the span after it: the one after that comes next. */
function swallowNext(text: CutNameText, cursor: CutNameCursor): void {
  cursor.next = text.spans[++cursor.index + 1];
}

/**
 * Mends names the tagger cut in two (it learned from 1996 news and knows few of today's names):
 * - a person's name followed by the head word of a body is the body named after them ("Clinton"
 *   + "Foundation": "Clinton Foundation", not the person and an untyped "Foundation");
 * - an unknown word right before a person's name is its given name ("Barack" + "Obama");
 * - a name opening with a given name runs on over one more unknown capitalised word ("Christina N
 *   Luis" + "Olidem").
 * Only across one space in one sentence: a line break or a mark between two names keeps them apart.
 */
export function mendCutNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): NameSpan[] {
  const mended: NameSpan[] = [];
  if (spans.length === 0) return mended;
  const text: CutNameText = { tokenized, tokens: tokenized.tokens, lexicon, spans, mended, spanSurfaces: undefined };
  const cursor: CutNameCursor = { span: spans[0]!, next: undefined, index: 0, before: -1 };
  for (; cursor.index < spans.length; cursor.index++) {
    const span = spans[cursor.index]!;
    cursor.span = span;
    cursor.next = spans[cursor.index + 1];
    cursor.before = span.first - 1;
    joinGivenNameBeforeGuessedWord(text, cursor);
    joinSentenceFirstGivenName(text, cursor);
    joinSentenceFirstWordOfBusiness(text, cursor);
    joinMidSentenceGivenName(text, cursor);
    joinUnknownWordBeforePerson(text, cursor);
    joinNameReadWholeElsewhere(text, cursor);
    joinBusinessWordsAfterName(text, cursor);
    joinWordBeforeBusinessReadAsPerson(text, cursor);
    joinSurnameAfterMiddleInitial(text, cursor);
    joinMiddleInitial(text, cursor);
    joinRomancePlaceParticle(text, cursor);
    joinBodyNamedAfterPerson(text, cursor);
    joinPublicationHead(text, cursor);
    joinUnknownWordAfterName(text, cursor);
    joinSurnameAfterLoneGivenName(text, cursor);
    mended.push(cursor.span);
  }
  return mended;
}

/**
 * "Carly" + "Fiorina" (read as a place): a known given name the tagger left alone, glued to one word it only
 * guessed was a body or a place, opens a person's name.
 */
function joinGivenNameBeforeGuessedWord(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, before } = cursor;
  if (
    span.kind !== 'PER' &&
    span.end - span.first === 1 &&
    before >= 0 &&
    isFreeBefore(text, before) &&
    isGivenName(tokens[before]!.text, lexicon) &&
    oneSpaceApart(tokenized, before, span.first) &&
    !isKnownNonPersonWord(tokens[span.first]!.text, lexicon) &&
    !PLACES.has(tokens[span.first]!.text)
  ) {
    cursor.span = { kind: 'PER', first: before, end: span.end };
  }
}

/**
 * "Charlotte" + "Meehan", "Harry" + "M. Reid": the tagger leaves a sentence's first word out of the person's name
 * it opens; a given name there, glued to the name, is its first word ("Comedian Sarah Silverman" stays as it is).
 */
function joinSentenceFirstGivenName(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, before } = cursor;
  if (
    span.kind === 'PER' &&
    isSentenceOpenerBefore(text, cursor) &&
    isGivenName(tokens[before]!.text, lexicon) &&
    isCapitalised(tokens[before]!.text) &&
    !isKnownNonPersonWord(tokens[before]!.text, lexicon) &&
    !lexicon.ordinaryWords.has(tokens[before]!.lower) &&
    !isListedPlace(tokens[before]!.text, lexicon) &&
    !occursAsWord(tokenized.text, tokens[before]!.lower)
  ) {
    cursor.span = { ...span, first: before };
  }
}

/**
 * "Bitterroot" + "Bagel Works": the tagger leaves a sentence's first word out of a business's name it opens too; an
 * unknown word there, glued to a name a shop's or a business's head ends, is its first word.
 */
function joinSentenceFirstWordOfBusiness(text: CutNameText, cursor: CutNameCursor): void {
  const { tokens, lexicon } = text;
  const { span, before } = cursor;
  if (
    span.end - span.first >= 2 &&
    isShopHead(tokens[span.end - 1]!.lower) &&
    TITLE_CASE_WORD.test(tokens[span.end - 1]!.text) &&
    isSentenceOpenerBefore(text, cursor) &&
    TITLE_CASE_WORD.test(tokens[before]!.text) &&
    !isFrequentWord(tokens[before]!.lower, lexicon) &&
    // (Not a plural noun saying what the business is: "Liquidators Gordon Brothers were hired".)
    !tokens[before]!.lower.endsWith('s') &&
    !isAnyGivenName(tokens[before]!.text, lexicon) &&
    !isListedPlace(tokens[before]!.text, lexicon) &&
    !isKnownNonPersonWord(tokens[before]!.text, lexicon)
  ) {
    cursor.span = { kind: 'ORG', first: before, end: span.end };
  }
}

/**
 * "Senators Harry Reid of Nevada, Elizabeth" + "Warren": mid-sentence, a given name the tagger left alone, glued to
 * a person's name, is its first word.
 */
function joinMidSentenceGivenName(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, before } = cursor;
  if (
    before >= 0 &&
    span.kind === 'PER' &&
    span.first === before + 1 &&
    isFreeBefore(text, before) &&
    !isSentenceFirstWord(tokens, before) &&
    GIVEN_NAME_SHAPE.test(tokens[before]!.text) &&
    isGivenName(tokens[before]!.text, lexicon) &&
    !ROYAL_TITLES.test(tokens[before]!.text) &&
    !PERSON_TITLES.has(tokens[before]!.lower) &&
    !holdsRoleWord(tokens, span.first, span.end) &&
    oneSpaceApart(tokenized, before, span.first)
  ) {
    cursor.span = { ...span, first: before };
  }
}

/** "Barack" + "Obama": an unknown single word glued to a person's name is their given name. */
function joinUnknownWordBeforePerson(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, next } = cursor;
  if (
    next !== undefined &&
    next.kind === 'PER' &&
    next.first === span.end &&
    span.end - span.first === 1 &&
    oneSpaceApart(tokenized, span.first, next.first) &&
    !isKnownNonPersonWord(tokens[span.first]!.text, lexicon)
  ) {
    cursor.span = { kind: 'PER', first: span.first, end: next.end };
    swallowNext(text, cursor);
  }
}

/**
 * "Golden" + "Valley" beside "Golden Valley Pupil Transportation Inc.": two names glued together that the tagger read
 * as one name, or as the opening of one, elsewhere in the text are one name, of the kind it read there.
 */
function joinNameReadWholeElsewhere(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, spans } = text;
  const { span, next } = cursor;
  if (next !== undefined && next.first === span.end && oneSpaceApart(tokenized, span.end - 1, next.first)) {
    const joined = surfaceOf(tokens, span.first, next.end);
    // (Each span's surface built once, however many cut names are read against it.)
    const spanSurfaces = (text.spanSurfaces ??= spans.map((other) => surfaceOf(tokens, other.first, other.end)));
    let whole: NameSpan | undefined;
    for (let other = 0; other < spans.length && !whole; other++) {
      const candidate = spans[other]!;
      if ((candidate.first >= next.end || candidate.end <= span.first) && opensWith(spanSurfaces[other]!, joined)) whole = candidate;
    }
    if (whole) {
      cursor.span = { kind: whole.kind, first: span.first, end: next.end };
      swallowNext(text, cursor);
    }
  }
}

/** "Qatar" + "Airways": a name the tagger cut before the business words that end it, which it read as a name of their own. */
function joinBusinessWordsAfterName(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens } = text;
  const { span, next } = cursor;
  if (next !== undefined && next.first === span.end && oneSpaceApart(tokenized, span.end - 1, next.first) && onlyCapitalisedBusinessWords(tokens, next.first, next.end)) {
    cursor.span = { kind: 'ORG', first: span.first, end: next.end };
    swallowNext(text, cursor);
  }
}

/**
 * "United" + "Van Lines", "American" + "Van Lines": a name the tagger cut before a particle it read as a person's
 * ("van"), glued to the rest, which ends in a business word, is one business's name; so is a word it read as a
 * person's name glued to such a "person" ("North" + "Pier Capital").
 */
function joinWordBeforeBusinessReadAsPerson(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens } = text;
  const { span, next } = cursor;
  if (
    next !== undefined &&
    next.first === span.end &&
    span.end - span.first === 1 &&
    next.end - next.first >= 2 &&
    isBusinessWord(lowerOf(tokens[next.end - 1])) &&
    (NAME_PARTICLES.has(tokens[next.first]!.lower) || (span.kind === 'PER' && next.kind === 'PER')) &&
    oneSpaceApart(tokenized, span.first, next.first)
  ) {
    cursor.span = { kind: 'ORG', first: span.first, end: next.end };
    swallowNext(text, cursor);
  }
}

/** "George W." + "Bush": a given name and its middle initial, cut from the surname after them. */
function joinSurnameAfterMiddleInitial(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, next } = cursor;
  const afterInitial = tokens[span.end];
  if (
    span.end - span.first === 2 &&
    INITIAL.test(tokens[span.end - 1]!.text) &&
    afterInitial !== undefined &&
    isGivenName(tokens[span.first]!.text, lexicon) &&
    oneSpaceApart(tokenized, span.end - 1, span.end) &&
    isSurnameAfterInitial(afterInitial.text) &&
    // The surname tagged alone joins; one that opens a longer name ("Bush Administration") stays as the tagger read it.
    (next === undefined || next.first > span.end || next.end === span.end + 1)
  ) {
    cursor.span = { kind: 'PER', first: span.first, end: span.end + 1 };
    if (next !== undefined && next.first === cursor.span.end - 1) swallowNext(text, cursor);
  }
}

/** "Vann" + "R." + "Newkirk II": the words on either side of a middle initial name one person. */
function joinMiddleInitial(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, next } = cursor;
  if (next !== undefined && next.first === span.end + 1 && INITIAL.test(tokens[span.end]!.text) && isNameAroundInitial(tokenized, span, next, lexicon)) {
    cursor.span = { kind: 'PER', first: span.first, end: next.end };
    swallowNext(text, cursor);
  }
}

/**
 * "Angra" + "dos Reis", "Foz" + "do Iguaçu": a place's name the tagger cut before a particle of a Romance place name
 * runs on over the particle and up to two capitalised words after it.
 */
function joinRomancePlaceParticle(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens } = text;
  const { span, next } = cursor;
  if (span.kind === 'LOC' && ROMANCE_NAME_PARTICLES.has(tokens[span.end]?.text ?? '')) {
    let end = span.end + 1;
    while (end < tokens.length && end - span.end <= 2 && tokens[end]!.sentence === tokens[span.first]!.sentence && TITLE_CASE_WORD.test(tokens[end]!.text) && oneSpaceApart(tokenized, end - 1, end)) end++;
    // (A name the tagger read after the particle joins only when it ends there too: "Reis" of "Angra dos Reis".)
    if (end > span.end + 1 && oneSpaceApart(tokenized, span.end - 1, span.end) && (next === undefined || next.first >= end || next.end <= end)) {
      while (cursor.next !== undefined && cursor.next.first < end) swallowNext(text, cursor);
      cursor.span = { ...span, end };
    }
  }
}

/** "Clinton" + "Foundation": the body named after a person (a singular head: "Clinton Democrats" are people). */
function joinBodyNamedAfterPerson(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens } = text;
  const span = cursor.span;
  if (span.kind === 'PER') {
    let end = span.end;
    while (end < tokens.length && oneSpaceApart(tokenized, end - 1, end) && isBodyHead(tokens[end]!.text)) end++;
    if (end > span.end) {
      // The head may have been tagged on its own: it joins the name.
      while (cursor.next !== undefined && cursor.next.first >= span.end && cursor.next.first < end) {
        end = Math.max(end, cursor.next.end);
        swallowNext(text, cursor);
      }
      cursor.span = { kind: 'ORG', first: span.first, end };
    }
  }
}

/**
 * "MIT Technology" + "Review": a publication's name the tagger cut before the word that says what it is, in running
 * text (not a heading of its own, "LearnWorlds Review", nor a review someone wrote: "read our Mighty Networks Review").
 */
function joinPublicationHead(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens } = text;
  const { span, next } = cursor;
  const publication = tokens[span.end];
  if (
    span.kind === 'ORG' &&
    !REVIEWERS.test(tokens[span.first - 1]?.text ?? '') &&
    publication !== undefined &&
    PUBLICATION_HEADS.has(publication.text) &&
    oneSpaceApart(tokenized, span.end - 1, span.end) &&
    tokens[span.end + 1]?.sentence === publication.sentence &&
    tokens[span.end + 1]!.block === publication.block &&
    (next === undefined || next.first > span.end)
  ) {
    cursor.span = { ...span, end: span.end + 1 };
  }
}

/** "Christina N Luis" + "Olidem": a name opening with a given name takes one more unknown capitalised word. */
function joinUnknownWordAfterName(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, next } = cursor;
  const following = tokens[span.end];
  if (
    span.end - span.first > 1 &&
    following &&
    (next === undefined || next.first > span.end) &&
    isGivenName(tokens[span.first]!.text, lexicon) &&
    oneSpaceApart(tokenized, span.end - 1, span.end) &&
    (letterCase(following.text) & (STARTS_UPPER | HAS_LOWER_LETTER)) === (STARTS_UPPER | HAS_LOWER_LETTER) &&
    !UPPER_CASE_START.test(tokens[span.end + 1]?.text ?? '') &&
    !CONTRACTION.test(following.text) &&
    !isKnownNonPersonWord(following.text, lexicon)
  ) {
    cursor.span = { ...span, end: span.end + 1 };
  }
}

/**
 * "Ted" + "Cruz" (left alone, or read as a body or a place): a given name read as a person, glued to a surname,
 * where the text also writes the surname alone ("Mr. Cruz"), which makes the tagger doubt the pair.
 */
function joinSurnameAfterLoneGivenName(text: CutNameText, cursor: CutNameCursor): void {
  const { tokenized, tokens, lexicon } = text;
  const { span, next } = cursor;
  // (One word, so the rule before, which mends names of two words or more, left it as it was.)
  const following = tokens[span.end];
  if (
    span.kind === 'PER' &&
    span.end - span.first === 1 &&
    following &&
    (next === undefined || next.first > span.end || (next.first === span.end && next.end === span.end + 1 && next.kind !== 'PER')) &&
    oneSpaceApart(tokenized, span.first, span.end) &&
    isGivenNameAndSurname(tokens, span.first, lexicon) &&
    !UPPER_CASE_START.test(tokens[span.end + 1]?.text ?? '')
  ) {
    if (next !== undefined && next.first === span.end) swallowNext(text, cursor);
    cursor.span = { ...span, end: span.end + 1 };
  }
}

/** Whether the words of `first`..`end` are capitalised business words alone, marks aside ("Airways ,", "Media Group"). */
function onlyCapitalisedBusinessWords(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  for (let index = first; index < end; index++) {
    const token = tokens[index]!;
    if (/^[,.;:]$/.test(token.text)) continue;
    if (!TITLE_CASE_START.test(token.text) || !isBusinessWord(token.lower) || COMPANY_SUFFIXES.has(token.lower)) return false;
    words++;
  }
  return words > 0;
}

/**
 * "Nurul Aisyah" + "binti" + "Rahman": two persons' names with only the particles of a surname between them are one
 * person's name, as are a person's name, particles and one surname-shaped word ("Marisol" + "de la" + "Fuente").
 */
export function joinParticleNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const joined: NameSpan[] = [];
  let changed = false;
  for (const next of spans) {
    const span = joined[joined.length - 1];
    const gap = span ? next.first - span.end : 0;
    if (span && span.kind === 'PER' && gap >= 1 && gap <= 2 && onlyParticlesBetween(tokenized, span.end, next.first) && isSurnameAfterParticles(tokenized.tokens, span, next, lexicon)) {
      joined[joined.length - 1] = { kind: 'PER', first: span.first, end: next.end };
      changed = true;
    } else joined.push(next);
  }
  return changed ? joined : spans;
}

/**
 * Whether `next`, after a person's name `span` and a surname's particles, is the surname: a person's name, or one word the
 * tagger read as another kind of name after a name opening with a given name ("Marisol de la" + "Fuente"; not "Casa de" +
 * "Perrin").
 */
function isSurnameAfterParticles(tokens: readonly Token[], span: NameSpan, next: NameSpan, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (next.kind === 'PER') return true;
  return isAnyGivenName(tokens[span.first]!.text, lexicon) && next.end - next.first === 1 && SURNAME_SHAPE.test(tokens[next.first]!.text) && !isListedPlace(tokens[next.first]!.text, lexicon);
}

/** Whether tokens `from`..`to` are a surname's particles, one space apart from each other and from the names around them. */
function onlyParticlesBetween(tokenized: TokenizedText, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!SURNAME_PARTICLES.has(tokenized.tokens[at]!.text)) return false;
  for (let at = from - 1; at < to; at++) if (!oneSpaceApart(tokenized, at, at + 1)) return false;
  return true;
}

/** Ranks and honorifics written short, after which capitalised words are a person's name ("Army Capt. Christian Pardo"). */
const RANKS_BEFORE_NAME = new Set(['Capt.', 'Lt.', 'Col.', 'Sgt.', 'Maj.', 'Cpl.', 'Pvt.', 'Adm.', 'Cmdr.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.']);

/**
 * Persons' names the tagger, trained on other news, may leave untagged or read as a body: the name after a rank or
 * an honorific ("said Army Capt. Christian Pardo": one to three name words, one space apart), and a name with a
 * generational suffix ("Brent Bozell III").
 */
export function mendPersonNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    // (The marks are one character each: a longer token is passed over by its length.)
    const nicknameEnd = text.length === 1 && NICKNAME_CLOSING_MARKS.has(text) ? endOfNicknamedName(tokenized, result, index, lexicon) : 0;
    if (nicknameEnd > 0) {
      // The given name may close a longer name the tagger read ("Mary Ann" + "“Sis”" + "Stone").
      const before = result.find((span) => span.kind === 'PER' && span.first < index - 1 && span.end === index);
      result = withPersonSpan(result, before ? before.first : index - 1, nicknameEnd);
      continue;
    }
    // Ranks and suffixes end in a full stop, an "I" or a "V", a possessive in an "s": most tokens are passed over by their last letter.
    const last = text.charCodeAt(text.length - 1);
    if (last === 115) {
      // "NFL Network’s Rich Eisen", "National Review’s Jonah Goldberg": a given name and a surname after a possessive inside
      // a name the tagger read as a body's are a person's, the body's own.
      const owner = isPossessive(text) ? result.find((span) => span.first < index && span.end > index) : undefined;
      if (owner !== undefined && owner.kind !== 'PER' && isPersonNameAfterOwner(tokenized, index + 1, owner.end, lexicon)) {
        result = withPersonSpan(result, index + 1, owner.end);
        // (What the tagger read as a whole work's name is a body's: "American Action Forum’s Douglas Holtz-Eakin".)
        const ownerLeft = result.find((span) => span.first === owner.first && span.end === index + 1);
        if (ownerLeft?.kind === 'MISC') result = withSpanChanged(result, ownerLeft, { kind: 'ORG' });
      } else if (
        owner !== undefined &&
        onlyFrequentWords(tokens, index + 1, owner.end, lexicon) &&
        !isBodyOrBusinessWord(tokens[owner.end - 1]!.lower) &&
        !SHOP_HEADS.has(tokens[owner.end - 1]!.lower) &&
        isNamedAlone(tokens, owner.first, index)
      ) {
        // "Arlo’s Features" beside "Arlo": ordinary words after the possessive of a name the text writes alone too are no
        // part of it (not "Sam's Club", "Dick's Sporting Goods": no "Sam" or "Dick" alone; nor a body's or a business's
        // name, "Alzheimer's Association", nor a shop's, "Schuler's Market" beside its owner "Tom Schuler").
        result = withSpanChanged(result, owner, { end: index + 1 });
      }
      continue;
    }
    if (last !== 46 && last !== 73 && last !== 86) continue;
    if (RANKS_BEFORE_NAME.has(text)) {
      let end = index + 1;
      while (end < tokens.length && end - index <= 3 && oneSpaceApart(tokenized, end - 1, end) && (isSurnameAfterInitial(tokens[end]!.text) || INITIAL.test(tokens[end]!.text))) end++;
      if (end > index + 1 && !INITIAL.test(tokens[end - 1]!.text)) result = withPersonSpan(result, index + 1, end);
    } else if (
      // "Brent Bozell III": a given name, a surname and a generational suffix are a person's name.
      index >= 2 &&
      GENERATIONAL_SUFFIX.test(text) &&
      oneSpaceApart(tokenized, index - 1, index) &&
      oneSpaceApart(tokenized, index - 2, index - 1) &&
      isGivenName(tokens[index - 2]!.text, lexicon) &&
      isSurnameAfterInitial(tokens[index - 1]!.text)
    ) {
      result = withPersonSpan(result, index - 2, index + 1);
    }
  }
  return result;
}

/**
 * Where a person's name ends that holds a nickname in quotation marks, opening at token `open` (`Marcia "Cia" Price`,
 * `Dwayne “The Rock” Johnson`, `Thomas ‘Tip’ O’Neill`), or 0: a given name (known, or a person's name the tagger
 * read) one space before the mark, one to three capitalised words in the marks, and a surname one space after them.
 */
function endOfNicknamedName(tokenized: TokenizedText, spans: readonly NameSpan[], open: number, lexicon: ReturnType<typeof learnedLexicon>): number {
  const { tokens } = tokenized;
  if (open === 0 || !oneSpaceApart(tokenized, open - 1, open)) return 0;
  if (!isGivenName(tokens[open - 1]!.text, lexicon) && !spans.some((span) => span.kind === 'PER' && span.end === open)) return 0;
  const closing = NICKNAME_CLOSING_MARKS.get(tokens[open]!.text);
  let close = open + 1;
  while (close < tokens.length && close - open <= 3 && TITLE_CASE_START.test(tokens[close]!.text) && tokens[close - 1]!.end === tokens[close]!.start - (close === open + 1 ? 0 : 1)) close++;
  if (close === open + 1 || close + 1 >= tokens.length || tokens[close]!.text !== closing || tokens[close]!.start !== tokens[close - 1]!.end) return 0;
  const surname = tokens[close + 1]!.text;
  const fits = isSurnameAfterInitial(surname) || GAELIC_SURNAME.test(surname);
  return oneSpaceApart(tokenized, close, close + 1) && fits && !isGivenName(surname, lexicon) ? close + 2 : 0;
}

/** A surname opening with a capital and an apostrophe ("O’Neill", "D'Angelo"). */
const GAELIC_SURNAME = /^\p{Lu}['’]\p{Lu}\p{Ll}/u;

/** A lawmaker's party and state ("R-Utah", "D-Ga"). */
export const PARTY_AND_STATE = /^[RDI]-\p{Lu}\p{L}*$/u;

/** Titles that open names of things as often as a person's ("King James Bible", "Prince Edward Island"). */
const ROYAL_TITLES = /^(?:King|Queen|Prince|Princess|Saint|Pope|Emperor|Empress)$/;
/** Words for what a person is that end a title before their name ("Public Advocate", "Ranking Democrat"), beyond the role heads. */
const TITLE_ENDS = new Set(['advocate', 'democrat', 'republican', 'delegate', 'assemblyman', 'assemblywoman']);

/** Whether a capitalised word ends a title written before a person's name ("Editor", "Whip", "Advocate"; not "King"). */
export function isTitleBeforeName(word: string): boolean {
  const lower = word.toLowerCase();
  return (ROLE_HEADS.has(lower) || TITLE_ENDS.has(lower)) && !ROYAL_TITLES.test(word);
}

const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;


/**
 * Whether tokens `index` and `index + 1` are a given name of any language and a surname ("Jamal Simmons"; not "Madison
 * Avenue"), or a short family name before a hyphenated Chinese or Korean given name ("Chen Yu-ting", "Han Ji-soo").
 */
export function isGivenNameAndSurname(tokens: readonly Token[], index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const given = tokens[index]?.text ?? '';
  const surname = tokens[index + 1]?.text ?? '';
  if (given.length <= 5 && surname.includes('-') && KOREAN_GIVEN_NAME.test(surname) && GIVEN_NAME_SHAPE.test(given) && !isListedPlace(given, lexicon)) {
    // (Not two English words joined, "White House-era", nor a compound's ending: "Green Bay-area", "The Korea-born".)
    const [first, second] = surname.toLowerCase().split('-') as [string, string];
    return !(lexicon.commonWords.has(first) && lexicon.commonWords.has(second)) && !BASED_IN.test(surname);
  }
  return (
    GIVEN_NAME_SHAPE.test(given) &&
    isAnyGivenName(given, lexicon) &&
    SURNAME_SHAPE.test(surname) &&
    isSurnameWord(surname, lexicon) &&
    !isListedPlace(surname, lexicon) &&
    !isKnownCompanyName(surname, lexicon)
  );
}

/** Whether token `index` is a family name one space before a hyphenated Chinese or Korean given name ("Ban Ki-moon", "Han Ji-soo"). */
export function isFamilyNameBeforeGivenName(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const given = tokenized.tokens[index + 1];
  return given !== undefined && KOREAN_GIVEN_NAME.test(given.text) && oneSpaceApart(tokenized, index, index + 1) && isGivenNameAndSurname(tokenized.tokens, index, lexicon);
}

const lowerBeforeCapitals = new WeakMap<readonly Token[], Set<string>>();

/** The pairs of a lower-case word and a capitalised word after it in a text ("de Blasio"), computed once per text. */
function lowerWordsBeforeCapitals(tokens: readonly Token[]): Set<string> {
  let pairs = lowerBeforeCapitals.get(tokens);
  if (!pairs) {
    pairs = new Set();
    for (let index = 0; index + 1 < tokens.length; index++) {
      const word = tokens[index]!.text;
      if (LOWER_CASE_START.test(word) && UPPER_CASE_START.test(tokens[index + 1]!.text)) pairs.add(word + ' ' + tokens[index + 1]!.text);
    }
    lowerBeforeCapitals.set(tokens, pairs);
  }
  return pairs;
}

/** Given names that are also verbs opening a question ("Will Cruz win?"). */
const AUXILIARY_GIVEN_NAMES = new Set(['Will', 'May', 'Can']);

/**
 * Whether the tokens from `first` to `end` are a common given name that is also a word and a surname ("Mark Zuckerberg",
 * "Bill Gates"): a name whole even where a sentence starts and its first word might be the ordinary word. Not a particle
 * the text writes in lower case before the same surname ("De Blasio" beside "Bill de Blasio"), nor a verb opening a
 * question ("Will Cruz win?").
 */
export function isGivenNameBeforeSurname(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  if (end - first !== 2 || !isGivenName(tokens[first]!.text, lexicon) || !isGivenNameAndSurname(tokens, first, lexicon)) return false;
  const given = tokens[first]!.text;
  if (lowerWordsBeforeCapitals(tokens).has(given.toLowerCase() + ' ' + tokens[first + 1]!.text)) return false;
  if (AUXILIARY_GIVEN_NAMES.has(given)) {
    const sentence = tokens[first]!.sentence;
    for (let index = first + 2; index < tokens.length && tokens[index]!.sentence === sentence; index++) if (tokens[index]!.text === '?') return false;
  }
  return true;
}

/**
 * "Jeb Bush", "Mark Price": a common given name and a surname that is also a word, which the text never writes in lower
 * case (so not "Grace Church" where it writes "church", nor a body's or a business's word).
 */
export function isGivenNameAndWordSurname(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const given = tokenized.tokens[index]?.text ?? '';
  const surname = tokenized.tokens[index + 1]?.text ?? '';
  const lower = surname.toLowerCase();
  return (
    GIVEN_NAME_SHAPE.test(given) &&
    isGivenName(given, lexicon) &&
    GIVEN_NAME_SHAPE.test(surname) &&
    lexicon.commonWords.has(lower) &&
    !FUNCTION_WORDS_BEFORE_NAME.test(lower) &&
    !isBodyOrBusinessWord(lower) &&
    !BODY_HEAD_WORDS.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !ROLE_WORDS.has(lower) &&
    !ROLE_HEADS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !isListedPlace(surname, lexicon) &&
    !isKnownCompanyName(surname, lexicon) &&
    !occursAsWord(tokenized.text, lower)
  );
}

/** Particles of a surname ("van der", "de la", "von"): how many follow a given name at `index` before a capitalised surname, or 0. */
function particlesAfterGivenName(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): number {
  const { tokens } = tokenized;
  const given = tokens[index]!.text;
  if (!GIVEN_NAME_SHAPE.test(given) || !SURNAME_PARTICLES.has(tokens[index + 1]?.text ?? '') || !isAnyGivenName(given, lexicon)) return 0;
  let count = 1;
  if (SURNAME_PARTICLES.has(tokens[index + 2]?.text ?? '')) count++;
  const surname = tokens[index + count + 1];
  if (!surname || !SURNAME_SHAPE.test(surname.text) || isListedPlace(surname.text, lexicon) || isKnownCompanyName(surname.text, lexicon)) return 0;
  for (let at = index; at < index + count + 1; at++) if (!oneSpaceApart(tokenized, at, at + 1)) return 0;
  return count;
}

/** Lower-case particles inside a surname. */
const SURNAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'von', 'da', 'dos', 'das', 'du', 'di', 'del', 'bin', 'binti', 'bte', 'al']);

/** Speech verbs that follow a speaker's name ("said", "told"). */
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'warned', 'announced', 'argued', 'insisted']);

/**
 * Whether tokens `index` and `index + 1` are two name words no list knows, after a capitalised title and before a
 * speech verb ("Cabinet Secretary Wanjiru Kamau said"): a person's name whatever the given name.
 */
function isUnknownNameAfterTitle(tokenized: TokenizedText, index: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  const title = tokens[index - 1];
  if (!title || !UPPER_CASE_START.test(title.text) || !ROLE_HEADS.has(title.lower) || !SPEAKER_VERBS.has(tokens[index + 2]?.text ?? '')) return false;
  for (const word of [tokens[index]!.text, tokens[index + 1]?.text ?? '']) {
    if (!SURNAME_SHAPE.test(word) || lexicon.commonWords.has(word.toLowerCase()) || isListedPlace(word, lexicon) || isKnownCompanyName(word, lexicon)) return false;
  }
  return true;
}

/**
 * "Jamal Simmons is a Democratic consultant", "Ilya Shapiro argues …": a given name and a surname the tagger left
 * alone (most often where a sentence starts, where a capital says nothing) are a person's name. The surname is no
 * ordinary word, place, body's or business's word, and no capitalised word follows it (a longer name).
 */
export function untaggedPersonNames(tokenized: TokenizedText, spans: readonly NameSpan[], lexicon: ReturnType<typeof learnedLexicon>): readonly NameSpan[] {
  const { tokens } = tokenized;
  let result = spans;
  let next = 0;
  for (let index = 0; index + 1 < tokens.length; index++) {
    while (next < spans.length && spans[next]!.end <= index) next++;
    // Most tokens open with no capital: passed over by their first letter.
    const code = tokens[index]!.text.charCodeAt(0);
    if (code < 192 && (code < 65 || code > 90)) continue;
    const covering = next < spans.length && spans[next]!.first <= index ? spans[next]! : null;
    if (covering) {
      // "Senate Minority Whip Dick" + "Durbin": a title and a given name the tagger read as a body's name, cut before
      // the surname, run on over it (where names are split, the title is then the role, the rest the person).
      const cutBeforeSurname =
        covering.kind !== 'PER' &&
        covering.end === index + 1 &&
        covering.first < index &&
        isTitleBeforeName(tokens[index - 1]!.text) &&
        spans[next + 1]?.first !== index + 1 &&
        oneSpaceApart(tokenized, index, index + 1) &&
        isGivenNameAndSurname(tokens, index, lexicon);
      if (cutBeforeSurname) result = withSpanChanged(result, covering, { end: index + 2 });
      // "Han Ji-soo" read as a MISC name ("Han" as in Han Chinese), "Ban" + "Ki-moon" read as two: a family name and a
      // hyphenated given name are a person's.
      if (covering.kind !== 'PER' && covering.first === index && isFamilyNameBeforeGivenName(tokenized, index, lexicon)) {
        if (covering.end === index + 2) result = withSpanChanged(result, covering, { kind: 'PER' });
        else if (covering.end === index + 1 && !(spans[next + 1]?.first === index + 1 && spans[next + 1]!.end > index + 2)) result = withPersonSpan(result, index, index + 2);
      }
      continue;
    }
    // "Pieter van der Merwe, a resources analyst": a given name, the particles of a surname and the surname, whatever the
    // tagger read the last word as.
    const particles = particlesAfterGivenName(tokenized, index, lexicon);
    if (particles > 0) {
      result = withPersonSpan(result, index, index + particles + 2);
      index += particles + 1;
      continue;
    }
    const surnameSpan = next < spans.length && spans[next]!.first === index + 1 ? spans[next]! : null;
    // A family name that is also a word, before the hyphenated given name the tagger read as a person's alone ("Ban Ki-moon").
    if (surnameSpan?.kind === 'PER' && surnameSpan.end === index + 2 && isFamilyNameBeforeGivenName(tokenized, index, lexicon)) {
      result = withSpanChanged(result, surnameSpan, { first: index });
      continue;
    }
    if (surnameSpan && (surnameSpan.kind === 'PER' || surnameSpan.end > index + 2)) continue;
    // "Agriculture Cabinet Secretary Wanjiru Kamau said": two unknown name words after a title and before a speech verb.
    const titledSpeaker = isUnknownNameAfterTitle(tokenized, index, lexicon);
    if (!(titledSpeaker || isGivenNameAndSurname(tokens, index, lexicon) || isGivenNameAndWordSurname(tokenized, index, lexicon)) || !oneSpaceApart(tokenized, index, index + 1)) continue;
    const after = tokens[index + 2];
    if (after && oneSpaceApart(tokenized, index + 1, index + 2) && UPPER_CASE_START.test(after.text)) continue;
    result = withPersonSpan(result, index, index + 2);
  }
  return result;
}

/**
 * `spans` with a person's name from token `first` to `end` in them, unless a person already holds it or a longer
 * name the tagger read holds it: spans it overlaps give way (one that opens before it ends where it begins).
 */
function withPersonSpan(spans: readonly NameSpan[], first: number, end: number): readonly NameSpan[] {
  if (spans.some((span) => span.first <= first && span.end >= end && (span.kind === 'PER' || span.end > end))) return spans;
  const kept: NameSpan[] = [];
  for (const span of spans) {
    if (span.end <= first || span.first >= end) kept.push(span);
    else if (span.first < first) kept.push({ ...span, end: first });
  }
  kept.push({ kind: 'PER', first, end });
  return kept.sort((a, b) => a.first - b.first);
}

/** Whether `first`..`end` is a given name and one or two surnames, one space apart ("Rich Eisen", not "Jules" alone). */
function isPersonNameAfterOwner(tokenized: TokenizedText, first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  if (end - first < 2 || end - first > 3 || !isAnyGivenName(tokens[first]!.text, lexicon) || !oneSpaceApart(tokenized, first - 1, first)) return false;
  for (let at = first + 1; at < end; at++) if (!SURNAME_SHAPE.test(tokens[at]!.text) || !oneSpaceApart(tokenized, at - 1, at)) return false;
  return true;
}

/**
 * Whether the text writes the words `first`..`end` elsewhere as a name of their own: not before a possessive or another
 * capitalised word ("Kovra sells …", "Kovra - Top Video Resolution"; not "Sam Walton").
 */
function isNamedAlone(tokens: readonly Token[], first: number, end: number): boolean {
  const length = end - first;
  for (let at = 0; at + length <= tokens.length; at++) {
    if (at === first || tokens[at]!.text !== tokens[first]!.text) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = tokens[at + k]!.text === tokens[first + k]!.text;
    const next = tokens[at + length];
    if (same && (next === undefined || (!isPossessive(next.text) && !isCapitalised(next.text)))) return true;
  }
  return false;
}

/** `spans` with `changed` replaced by a copy with `change` made to it. */
function withSpanChanged(spans: readonly NameSpan[], changed: NameSpan, change: Partial<NameSpan>): readonly NameSpan[] {
  return spans.map((span) => (span === changed ? { ...span, ...change } : span));
}

/**
 * Whether two tagged spans around a middle initial are one person's name: one or two words before it, one or two
 * after it (a generational suffix aside), one space apart, none of them a word that is no part of a person's name.
 */
function isNameAroundInitial(tokenized: TokenizedText, before: NameSpan, after: NameSpan, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const { tokens } = tokenized;
  let afterEnd = after.end;
  if (afterEnd - after.first > 1 && GENERATIONAL_SUFFIX.test(tokens[afterEnd - 1]!.text)) afterEnd--;
  if (before.end - before.first > 2 || afterEnd - after.first > 2) return false;
  if (!oneSpaceApart(tokenized, before.end - 1, before.end) || !oneSpaceApart(tokenized, before.end, after.first)) return false;
  // After a given name and an initial, a company's name is a surname ("Robert S. Ford").
  const givenNameFirst = isGivenName(tokens[before.first]!.text, lexicon);
  for (let index = before.first; index < afterEnd; index++) {
    if (index === before.end) continue;
    const word = tokens[index]!.text;
    const fits = givenNameFirst && index > before.end ? isSurnameAfterInitial(word) : TITLE_CASE_START.test(word) && !isKnownNonPersonWord(word, lexicon) && !isBodyHead(word);
    if (!fits) return false;
  }
  return true;
}

/** Function words, which open no surname. */
const FUNCTION_WORDS_BEFORE_NAME = /^(?:the|a|an|and|or|but|of|in|on|at|to|for|by|with|from|as|is|was|this|that|these|those|it|he|she|they|we|i|his|her|their|its|our|if|when|so|not|no)$/;

/**
 * A word that may be a surname after a given name and a middle initial: a name's spelling, no function word,
 * title or word of a body's name; a common word ("Bush") or a company's name ("Ford") may be one.
 */
function isSurnameAfterInitial(word: string): boolean {
  const lower = word.toLowerCase();
  const title = (ROLE_WORDS.has(lower) || PERSON_TITLES.has(lower)) && !SURNAME_TITLES.test(lower);
  return TITLE_CASE_START.test(word) && !FUNCTION_WORDS_BEFORE_NAME.test(lower) && !CALENDAR_WORDS.has(lower) && !title && !isBodyOrBusinessWord(lower);
}

/** Words that end a publication's name ("MIT Technology Review", "Popular Science Monthly"). */
const PUBLICATION_HEADS = new Set(['Review', 'Magazine', 'Journal', 'Monthly', 'Quarterly', 'Weekly']);
/** Words before a review of something that someone wrote ("our full … Review"). */
const REVIEWERS = /^(?:our|my|your|their|his|her|its|full|detailed|in-depth)$/;

/** Titles that are also common surnames ("Peter T. King", "Stephen G. Judge"). */
const SURNAME_TITLES = /^(?:king|lord|judge|justice|bishop|dean|pope|major|marshal|coach|sheriff|knight)$/;

/** A capitalised singular head word of a body's name ("Foundation", "Institute"), not a plural of members ("Democrats"). */
function isBodyHead(word: string): boolean {
  if (!(letterCase(word) & STARTS_UPPER)) return false;
  const lower = word.toLowerCase();
  return ORGANIZATION_NAME_WORDS.has(lower) && !lower.endsWith('s');
}

/** Whether a name opens with `words`, whole words only ("Golden Valley Pupil" opens with "Golden Valley"). */
function opensWith(name: string, words: string): boolean {
  return name.startsWith(words) && (name.length === words.length || name[words.length] === ' ');
}
