// Makers and their products: "AMD Ryzen 5" names the company AMD and a model no one, "Tesla Model Y" the same;
// a name written before several product words across a text is a maker's.
import { CALENDAR_WORDS, COMMON_ACRONYMS, isBusinessWord, KNOWN_ORGANIZATIONS, ORGANIZATION_NAME_WORDS, PERSON_TITLES, PLACES } from './gazetteer.ts';
import { isFrequentWord, isGivenName, isListedPlace, learnedLexicon } from './lexicon.ts';
import { ROLE_HEADS } from './roles.ts';
import type { NameSpan } from './ner.ts';
import type { Token } from './tokenize.ts';
import { type ClusterDecision, MASTHEADS } from './cluster-kind.ts';
import { isKnownCompanyOrBody, TITLE_CASE_FUNCTION_WORDS } from './company-lists.ts';
import type { NameMention } from './types.ts';
import {
  isBodyOrBusinessWord,
  isCapitalised,
  isKnownCompanyName,
  isModelWord,
  isSentenceFirstWord,
  knownCompanyNamesOf,
  lowerOf,
  MODEL_MARK,
  positionsOfWords,
  ROLE_WORDS,
  surfaceOf,
} from './name-words.ts';
import { HAS_DIGIT } from './word-shapes.ts';

/** A name's first word that may be a maker's: not a person's, a place's, a people's, a title's or a body's word. */
function mayNameMaker(word: string, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  // (Not a word with a figure or a lower-case compound: "VX5", "AI-powered".)
  if (word.length < 2 || !/^\p{Lu}[\p{L}&]*(?:-\p{Lu}[\p{L}&]*)*$/u.test(word) || COMMON_ACRONYMS.has(word) || TITLE_CASE_FUNCTION_WORDS.has(word)) return false;
  if (isGivenName(word, lexicon) || lexicon.person.has(word) || lexicon.location.has(word) || lexicon.misc.has(word) || lexicon.organization.has(word) || KNOWN_ORGANIZATIONS.has(word) || PLACES.has(word)) return false;
  const lower = word.toLowerCase();
  return !isFrequentWord(lower, lexicon) && !ROLE_WORDS.has(lower) && !ROLE_HEADS.has(lower) && !PERSON_TITLES.has(lower) && !CALENDAR_WORDS.has(lower) && !isBodyOrBusinessWord(lower);
}

/**
 * Names a maker written before its products ("Acer Nitro 16", "Acer Chromebook 516 GE", "Asus ROG Zephyrus G14"): a
 * word that opens names of the text and is written alone too ("Acer did include", "Asus’s") is the maker's name.
 * Its products are no companies: each mention of one becomes a mention of the maker on its word, and the maker is a
 * company wherever the text writes it. A known company the text names before a product's model (`productMakers`:
 * "Acer Nitro 16") opens its products' names even where they carry no model's mark ("the Acer Nitro"). Names that are a
 * business's own (a known name, a business word, a legal form: "Acer Group"), people's ("Kim Jong Un") and an ordinary
 * word the text also writes in lower case ("Visual Studio Code") are left alone.
 */
export function namesMakersOfProducts(
  tokens: readonly Token[],
  groups: Map<number, NameMention[]>,
  clusterWords: string[][],
  typed: Map<number, ClusterDecision>,
  lexicon: ReturnType<typeof learnedLexicon>,
  writtenInLowerCase: (lower: string) => boolean,
  productMakers: ReadonlySet<string> = new Set(),
): void {
  const productsByMaker = new Map<string, number[]>();
  const bodies = new Set<string>();
  const alone = new Map<string, number>();
  // A product's word that is a business's own, or a place's (nor is a business's arm in a place a product: "Woolworths NZ").
  const ownWord = (word: string): boolean => isBodyOrBusinessWord(word.toLowerCase()) || word === 'News' || MASTHEADS.has(word) || isListedPlace(word, lexicon);
  for (const [id, group] of groups) {
    if (group.length === 0) continue;
    const words = clusterWords[id]!;
    if (words.length === 1) {
      alone.set(words[0]!, id);
      continue;
    }
    const decision = typed.get(id)!;
    if (decision.kind === 'PER' || decision.kind === 'LOC' || decision.aliased || isKnownCompanyOrBody(words, lexicon)) continue;
    if (words.slice(1).some(ownWord)) {
      // ("Apache Software Foundation": the word opens a body's name too, so it is short for the body.)
      if (words.slice(1).some((word) => ORGANIZATION_NAME_WORDS.has(word.toLowerCase()))) bodies.add(words[0]!);
      continue;
    }
    // A product written after another name is that name's ("MSI Sword 15"), not its first word's.
    if (group.some((mention) => mention.first > 0 && isCapitalised(tokens[mention.first - 1]!.text) && tokens[mention.first - 1]!.sentence === tokens[mention.first]!.sentence && !isSentenceFirstWord(tokens, mention.first - 1))) continue;
    const list = productsByMaker.get(words[0]!);
    if (list) list.push(id);
    else productsByMaker.set(words[0]!, [id]);
  }
  for (const word of [...productsByMaker.keys()]) if (bodies.has(word) || !mayNameMaker(word, lexicon)) productsByMaker.delete(word);
  if (productsByMaker.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const group of groups.values()) for (const mention of group) for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  // Where each possible maker is written alone and no name was found: not at a sentence's start, where any word is
  // capitalised (one pass over the text for all of them).
  const freeAt = positionsOfWords(tokens, productsByMaker, (t) => !covered[t] && !isSentenceFirstWord(tokens, t));
  for (const [word, products] of productsByMaker) {
    const aloneId = alone.get(word);
    const aloneDecision = aloneId === undefined ? null : typed.get(aloneId)!;
    if (aloneDecision && (aloneDecision.kind === 'PER' || aloneDecision.kind === 'LOC' || aloneDecision.organizationEvidence > 0)) continue;
    const free = freeAt.get(word) ?? [];
    // (A lone mention may have joined a product's cluster as its short form: "Lenovo IdeaPad 5" … "Lenovo’s".)
    const shortForm = products.some((product) => groups.get(product)!.some((mention) => mention.end - mention.first === 1));
    if ((aloneId === undefined && free.length === 0 && !shortForm) || writtenInLowerCase(word.toLowerCase())) continue;
    // Capitals are as often a term's ("RGB", "PCI"): they name a maker the tagger read alone as a body.
    if (/^\p{Lu}+$/u.test(word) && aloneDecision?.kind !== 'ORG') continue;
    // A product's name carries a model's mark: a figure, capitals or a capital inside a word ("Nitro 16", "ROG", "IdeaPad").
    const marked = (product: number): boolean =>
      clusterWords[product]!.slice(1).some((part) => MODEL_MARK.test(part)) || groups.get(product)!.some((mention) => /^\d/.test(tokens[mention.end]?.text ?? ''));
    if (!products.some(marked) && !productMakers.has(word)) continue;
    let makerId = aloneId;
    if (makerId === undefined) {
      makerId = clusterWords.length;
      clusterWords.push([word]);
      groups.set(makerId, []);
    }
    const scores = { PER: 0, ORG: 3, LOC: 0, MISC: 0 };
    typed.set(makerId, { kind: 'ORG', company: true, organizationEvidence: 0, scores, votes: { ...scores }, aliased: null, firm: true });
    const makerMentions = groups.get(makerId)!;
    for (const product of products) {
      for (const mention of groups.get(product)!) {
        // (The maker's word, after a "The" the name does not count.)
        let at = mention.first;
        while (at < mention.end - 1 && tokens[at]!.text !== word) at++;
        if (tokens[at]!.text === word) makerMentions.push({ first: at, end: at + 1, modelKind: mention.modelKind, cluster: makerId });
      }
      groups.delete(product);
    }
    for (const t of free) makerMentions.push({ first: t, end: t + 1, modelKind: null, cluster: makerId });
  }
}

/**
 * Words after a known company's name that make a name of their own, not a product's: a business's or a body's
 * ("Ford Motor", "Sony Group", "Ford Foundation"), a newsroom's ("ABC News"), a place's or a venue's ("Amazon River",
 * "Wells Fargo Center"), an event's or a scheme's ("Dell Technologies World", "Visa Waiver Program").
 */
const NOT_PRODUCT_WORDS = new Set(
  ('news|channel|network|radio|television|tv|magazine|daily|international|worldwide|global|philanthropies|l.p.|lp|llp|' +
    'electric|heavy|industry|auto|chem|precision|cross|shield|computer|computers|ai|' +
    'center|centre|arena|stadium|field|park|hall|theater|theatre|tower|building|plaza|square|garden|gardens|pavilion|dome|bowl|campus|headquarters|' +
    'river|basin|rainforest|forest|valley|mountains|mountain|lake|island|islands|bay|beach|delta|circle|street|avenue|road|palace|hotel|' +
    'world|expo|conference|summit|festival|awards|award|prize|cup|open|classic|championship|championships|tour|marathon|fellowship|scholars|' +
    'program|programme|act|law|bill|index|average|challenge').split('|'),
);

/**
 * How many words of a name name a known company that makes what the rest of the name names ("Microsoft" in
 * "Microsoft Azure", "AMD" in "AMD Ryzen 5"), or 0: the rest is capitalised words or model numbers, no business's,
 * body's, place's or event's word, not a known company's name, and no surname after a given name ("Dell Curry").
 */
export function makerBeforeProduct(tokens: readonly Token[], first: number, end: number, kind: NameSpan['kind'] | null, lexicon: ReturnType<typeof learnedLexicon>): number {
  if (end - first < 2) return 0;
  // (Most names open with no known company's name: asked first, of the name's first word.)
  if (!knownCompanyFirstWordsOf(lexicon).has(tokens[first]!.text)) return 0;
  for (let index = first + 1; index < end; index++) {
    const text = tokens[index]!.text;
    const lower = text.toLowerCase();
    if (!(isCapitalised(text) || HAS_DIGIT.test(text)) || isBusinessWord(lower) || ORGANIZATION_NAME_WORDS.has(lower) || NOT_PRODUCT_WORDS.has(lower)) return 0;
  }
  for (let length = Math.min(3, end - first - 1); length >= 1; length--) {
    const maker = surfaceOf(tokens, first, first + length);
    if (!isKnownCompanyName(maker, lexicon)) continue;
    const rest = surfaceOf(tokens, first + length, end);
    if (isKnownCompanyName(rest, lexicon) || isListedPlace(rest, lexicon) || isListedPlace(tokens[first + length]!.text, lexicon)) return 0;
    if (kind === 'PER' && isGivenName(maker, lexicon)) return 0;
    // A model's mark says a product ("Ryzen 5", "Model Y", "Lumix S5 II", "GeForce"): a word alone may name a unit or a
    // business of the company's own ("Bloomberg Intelligence", "Optum Rx", "Vodafone Idea").
    let marked = false;
    for (let index = first + length; index < end; index++) if (isModelWord(tokens[index]!.text)) marked = true;
    // ("AMD Ryzen" + "5": the figure the tagger left after the name.)
    if (tokens[end] && tokens[end]!.sentence === tokens[first]!.sentence && /^\d/.test(tokens[end]!.text)) marked = true;
    // ("Nikkei 225 index": a figure before "index" names the index.)
    if (!marked || NOT_PRODUCT_WORDS.has(lowerOf(tokens[end]))) return 0;
    return length;
  }
  return 0;
}

/**
 * Whether the name at `first`..`end` follows a known company's one-word name and a figure ("Boeing 737 MAX", "Airbus
 * A350 XWB"): the rest of a model's name, not a business's, unless a business's or a body's word is in it.
 */
export function isModelNameAfterMaker(tokens: readonly Token[], first: number, end: number, lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const figure = tokens[first - 1];
  const maker = tokens[first - 2];
  if (!figure || !maker || !/\d/.test(figure.text) || maker.sentence !== tokens[first]!.sentence || figure.sentence !== maker.sentence) return false;
  if (!isKnownCompanyName(maker.text, lexicon)) return false;
  for (let index = first; index < end; index++) if (isBodyOrBusinessWord(lowerOf(tokens[index]))) return false;
  return true;
}

let knownCompanyFirstWords: Set<string> | null = null;
let knownCompanyFirstWordsFor: Set<string> | null = null;

/** The first word of every known company's name ("Microsoft", "Goldman"), in one set. */
function knownCompanyFirstWordsOf(lexicon: ReturnType<typeof learnedLexicon>): Set<string> {
  const names = knownCompanyNamesOf(lexicon);
  if (knownCompanyFirstWords && knownCompanyFirstWordsFor === names) return knownCompanyFirstWords;
  knownCompanyFirstWords = new Set([...names].map((name) => name.split(/[ '’]/)[0]!));
  knownCompanyFirstWordsFor = names;
  return knownCompanyFirstWords;
}
