// Lists of companies: the items of "A, B, C and D" that hold companies, and the short title-case paragraphs that head
// the entries of a list of businesses ("1. TomboyX").
import { COMMON_ACRONYMS, isBusinessWord, KNOWN_ORGANIZATIONS } from './gazetteer.ts';
import { isFrequentWord, learnedLexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import type { NameMention } from './types.ts';
import { BASED_IN, EVENT_HEADS, HAS_LETTER, isCapitalised, isKnownCompanyName, mayStartName, NAME_JOINERS, NAME_PARTICLES, onlyFrequentWords, PLACE_PREPOSITIONS } from './name-words.ts';
import { TITLE_CASE_START, TITLE_CASE_WORD } from './word-shapes.ts';

/** A name in a list: a found mention, or capitalised words nothing was found in (`mention` null). */
interface ListItem {
  first: number;
  end: number;
  mention: NameMention | null;
  /** A numbered list's heading ("7. Perfect Moving"), which is a name however ordinary its words. */
  numbered?: boolean;
  /** A heading already read as a company's name (its `mention`), one of those that make the list one of companies. */
  named?: boolean;
}

/**
 * The items of lists of companies ("A, B, C and D" holding at least two companies, and more companies than
 * other names): mentions, and capitalised words that no mention covers (one to three capitalised tokens, or
 * a web name, "Booking.com", none of them an ordinary word; `mention` null). Mentions whose kind is only the
 * tagger's guess (`isGuessedName`) count with the uncovered words, never more of them than of companies.
 */
export function listCompletions(
  tokens: readonly Token[],
  sentences: readonly { first: number; end: number }[],
  mentions: readonly NameMention[],
  isCompany: (mention: NameMention) => boolean,
  isOrdinaryWord: (token: Token) => boolean,
  isKindWord: (token: Token) => boolean,
  isGuessedName: (mention: NameMention) => boolean,
): { items: ListItem[]; kinds: NameMention[] } {
  const mentionAt = new Map<number, NameMention>();
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) {
    mentionAt.set(mention.first, mention);
    for (let t = mention.first; t < mention.end; t++) covered[t] = 1;
  }
  const found: ListItem[] = [];
  const kinds: NameMention[] = [];
  const itemAt = (index: number, end: number): ListItem | null => {
    const mention = mentionAt.get(index);
    if (mention) return mention.end <= end ? { first: index, end: mention.end, mention } : null;
    let last = index;
    // (Not a place's compound adjective: "London-listed Ocado", "Seattle-based Amazon".)
    while (last < end && last - index < 3 && !covered[last] && mayStartName(tokens[last]!.text) && HAS_LETTER.test(tokens[last]!.text) && !isOrdinaryWord(tokens[last]!) && !BASED_IN.test(tokens[last]!.text)) last++;
    // "Meanwhile, Siemens Energy and Shell said": a word nobody named, opening the sentence before a comma, is an adverb.
    if (last === index + 1 && (index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence) && tokens[last]?.text === ',') return null;
    // "led the Series B, and Index Ventures and Kleiner Perkins joined": a letter alone nobody named is a round's, a grade's or a plan's.
    // (Not "X", the network once called Twitter.)
    if (last === index + 1 && tokens[index]!.text.length === 1 && tokens[index]!.text !== 'X') return null;
    return last > index ? { first: index, end: last, mention: null } : null;
  };
  const close = (items: ListItem[]): void => {
    // "Revolut and Monzo": a company and one word nobody named, joined by "and".
    if (items.length === 2) {
      const [left, right] = items as [ListItem, ListItem];
      const pair = tokens[left.end]?.text === 'and' && right.first === left.end + 1;
      const unnamed = left.mention === null ? left : right.mention === null ? right : null;
      const known = left.mention !== null ? left.mention : right.mention;
      const word = tokens[unnamed?.first ?? 0]!.text;
      // ("Kuehne+Nagel and DHL", "DigitalOcean and AWS": or a brand's joined or inner-capital spelling.)
      const plainName = /^\p{Lu}\p{Ll}{2,}(?:[+\-]?\p{Lu}\p{Ll}+)?$/u.test(word) || (/^\p{Lu}{2,5}$/u.test(word) && !COMMON_ACRONYMS.has(word));
      if (pair && unnamed && unnamed.end - unnamed.first === 1 && plainName && known && isCompany(known)) found.push(unnamed);
      // "Hy-Vee and Fareway", "Uber Freight and Trimble": or one word the tagger only guessed was a place.
      const [guessed, company] = left.mention && isCompany(left.mention) ? [right, left] : [left, right];
      if (pair && !unnamed && company.mention && isCompany(company.mention) && guessed.mention?.modelKind === 'LOC' && guessed.end - guessed.first === 1 && isGuessedName(guessed.mention)) found.push(guessed);
      return;
    }
    if (items.length < 3) return;
    // "Industries Served: Automotive, Entertainment, Food & Drink, Gaming, Sports, Travel": a list of mostly ordinary words names kinds, not firms.
    // An item of kinds is one word, or words joined by "&" ("Food & Drink"); names of bodies and firms have more ("Department of Nutrition", "Famous Footwear").
    const isKindItem = (item: ListItem): boolean => {
      for (let t = item.first; t < item.end; t++) if ((t - item.first) % 2 === 1 ? tokens[t]!.text !== '&' : !isKindWord(tokens[t]!)) return false;
      return (item.end - item.first) % 2 === 1;
    };
    const ordinary = items.filter(isKindItem);
    if (ordinary.length >= 2 && ordinary.length * 2 > items.length) {
      for (const item of ordinary) if (item.mention) kinds.push(item.mention);
      return;
    }
    const named = items.filter((item) => item.mention !== null);
    const companies = named.filter((item) => isCompany(item.mention!)).length;
    const guessed = named.filter((item) => !isCompany(item.mention!) && isGuessedName(item.mention!)).length;
    const unknown = items.length - named.length + guessed;
    if (companies < 2 || companies * 2 <= named.length - guessed || unknown > companies) return;
    found.push(...items);
  };
  // Only sentences naming a company can hold a list of them: most sentences are passed over at once.
  const companiesIn = new Map<number, number>();
  for (const mention of mentions) if (isCompany(mention)) companiesIn.set(tokens[mention.first]!.sentence, (companiesIn.get(tokens[mention.first]!.sentence) ?? 0) + 1);
  for (const sentence of sentences) {
    if ((companiesIn.get(tokens[sentence.first]?.sentence ?? -1) ?? 0) < 1) continue;
    let items: ListItem[] = [];
    let index = sentence.first;
    while (index < sentence.end) {
      const item = itemAt(index, sentence.end);
      if (!item) {
        close(items);
        items = [];
        index++;
        continue;
      }
      items.push(item);
      let next = item.end;
      if (tokens[next]?.text === ',') next++;
      if (next < sentence.end && (tokens[next]!.text === 'and' || tokens[next]!.text === 'or')) next++;
      if (next === item.end || next >= sentence.end) {
        close(items);
        items = [];
        index = Math.max(next, item.end);
        continue;
      }
      index = next;
    }
    close(items);
  }
  return { items: found, kinds };
}

/** Lower-case words and marks a heading's name may hold ("Men on the Move", "Man with A Van", "Liberty Moving & Storage"). */
const HEADING_NAME_WORDS = new Set([...NAME_PARTICLES, ...PLACE_PREPOSITIONS, '&', '+']);

/** A short paragraph in title case that heads an entry of a list. */
interface ListHeading {
  first: number;
  end: number;
  numbered: boolean;
  /** The run of one-name paragraphs the heading stands in (an unnumbered list: "UnitedHealthcare" / "Humana" / …), or -1. */
  run: number;
}

/** A brand written in lower case before a capital inside it ("roomLift", "iFood", "eBay"). */
const INNER_CAPITAL_BRAND = /^\p{Ll}{1,6}\p{Lu}\p{L}*$/u;

/** Whether a word is written as a name's: capitalised, or a brand's lower case with a capital inside. */
function isNameShaped(word: string): boolean {
  return isCapitalised(word) || INNER_CAPITAL_BRAND.test(word);
}

/** A list written as paragraphs of one name each, one after another: at least this many, of at most so many words each. */
const NAME_RUN_LENGTH = 4;
/** How many words a numbered heading's name before its subtitle holds at most ("3. Puma: Bold and Affordable"). */
const SUBTITLED_NAME_WORDS = 4;
/** How many words a numbered heading's subtitle holds at most ("Bold and Affordable", "The Innovator of Athletic Footwear"). */
const SUBTITLE_WORDS = 6;
const RUN_NAME_WORDS = 8;

/**
 * The headings of a list's entries: paragraphs of at most six words in title case (a name, with an aside in brackets
 * after it: "Florida Blue (GuideWell)"), numbered ("7. Perfect Moving"), written again in one of the next three
 * paragraphs ("Bambee" ... "Bambee is an HR platform …"), or one of four or more such paragraphs in a row.
 */
function listHeadings(tokens: readonly Token[]): ListHeading[] {
  const blockStarts: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (index === 0 || tokens[index - 1]!.block !== tokens[index]!.block) blockStarts.push(index);
  const headings = new Map<number, ListHeading>();
  let run: ListHeading[] = [];
  let runs = 0;
  const closeRun = (): void => {
    if (run.length >= NAME_RUN_LENGTH) {
      for (const heading of run) headings.set(heading.first, { ...heading, run: runs });
      runs++;
    }
    run = [];
  };
  blockStarts.forEach((index, order) => {
    // "1. Havenly", or "1" in a paragraph of its own before "Havenly".
    const numberedInline = /^\d{1,2}\.?$/.test(tokens[index]!.text);
    const previousStart = blockStarts[order - 1];
    const numbered = numberedInline || (previousStart !== undefined && index - previousStart <= 2 && /^\d{1,2}$/.test(tokens[previousStart]!.text) && (index - previousStart === 1 || tokens[previousStart + 1]!.text === '.'));
    const first = numberedInline ? index + (tokens[index + 1]?.text === '.' ? 2 : 1) : index;
    let end = blockStarts[order + 1] ?? tokens.length;
    // "Florida Blue (GuideWell)": the aside in brackets after a name.
    if (tokens[end - 1]?.text === ')') for (let t = first + 1; t < end - 1; t++) if (tokens[t]!.text === '(') end = t;
    // "3. Puma: Bold and Affordable", "4. Vans – The Urban Trendsetter": a numbered heading's name, before its subtitle
    // (a short one, no sentence: not "1. Assess: Evaluating the effectiveness of your current efforts").
    // (On the heading's line, and a name: not "12. Black Hat USA¶Date: …", "Honorable Mention: 2027 Chevrolet Bolt EV".)
    if (numbered && end - first <= SUBTITLED_NAME_WORDS + SUBTITLE_WORDS + 1 && !/^[.!?]$/.test(tokens[end - 1]!.text)) {
      for (let t = first + 1; t < Math.min(end - 1, first + SUBTITLED_NAME_WORDS + 1) && tokens[t]!.sentence === tokens[first]!.sentence; t++) {
        if (tokens[t]!.text === ':' || /^[–—]$/.test(tokens[t]!.text)) {
          if (isNamePart(tokens, first, t)) end = t;
          break;
        }
      }
    }
    if (end <= first || end - first > RUN_NAME_WORDS || tokens[first]!.block !== tokens[index]!.block || !isNameShaped(tokens[first]!.text) || !isNameShaped(tokens[end - 1]!.text)) {
      closeRun();
      return;
    }
    for (let t = first; t < end; t++) {
      if (!isNameShaped(tokens[t]!.text) && !HEADING_NAME_WORDS.has(tokens[t]!.text)) {
        closeRun();
        return;
      }
    }
    if (!numbered) run.push({ first, end, numbered, run: -1 });
    else closeRun();
    if (end - first > 6) return;
    // Written again in one of the next three paragraphs ("Flightpath" … "★★★★★" … "Flightpath assists …").
    const writtenAgain = blockStarts.slice(order + 1, order + 4).some((next, offset) => {
      const nextEnd = blockStarts[order + offset + 2] ?? tokens.length;
      for (let at = next; at + (end - first) <= nextEnd; at++) {
        let same = true;
        for (let k = 0; k < end - first && same; k++) if (tokens[at + k]!.text !== tokens[first + k]!.text) same = false;
        if (same) return true;
      }
      return false;
    });
    if (numbered || writtenAgain) headings.set(first, { first, end, numbered, run: -1 });
  });
  closeRun();
  return [...headings.values()].sort((a, b) => a.first - b.first);
}

/**
 * The headings of a list whose headings are mostly companies' names: at least half of a numbered list's, or a third
 * (and three) of a list whose entries write their heading again. Each comes with the mention that covers it exactly, if
 * any, or none; those already read as companies are marked `named`.
 */
export function companyListHeadings(
  tokens: readonly Token[],
  mentions: readonly NameMention[],
  isCompany: (mention: NameMention) => boolean,
  isPlainWord: (token: Token) => boolean,
): ListItem[] {
  const headings = listHeadings(tokens);
  const mentionAt = new Map<number, NameMention>();
  for (const mention of mentions) mentionAt.set(mention.first, mention);
  const exactMention = (heading: ListHeading): NameMention | null => {
    const mention = mentionAt.get(heading.first);
    return mention !== undefined && mention.end === heading.end ? mention : null;
  };
  const isNamed = (heading: ListHeading): boolean => {
    const mention = exactMention(heading);
    return mention !== null && isCompany(mention);
  };
  const item = (heading: ListHeading): ListItem => ({ first: heading.first, end: heading.end, mention: exactMention(heading), numbered: heading.numbered });
  // A run of one-name paragraphs is a list of its own: a third of its names (and three) companies make the rest companies.
  const inRuns = new Map<number, ListHeading[]>();
  for (const heading of headings) if (heading.run >= 0) inRuns.set(heading.run, [...(inRuns.get(heading.run) ?? []), heading]);
  const items: ListItem[] = [];
  for (const run of inRuns.values()) {
    // (A table's headers in the run, "Company", "Type", are no names either way.)
    const names = run.filter((heading) => heading.end - heading.first > 1 || !isPlainWord(tokens[heading.first]!));
    const named = names.filter(isNamed);
    if (named.length >= 3 && named.length * 3 >= names.length) items.push(...names.map((heading) => (named.includes(heading) ? { ...item(heading), named: true } : item(heading))));
  }
  const entries = headings.filter((heading) => heading.run < 0);
  const named = entries.filter(isNamed);
  const numbered = entries.filter((heading) => heading.numbered).length * 2 >= entries.length;
  const enough = entries.length >= 3 && named.length >= 2 && (numbered ? named.length * 2 >= entries.length : named.length >= 3 && named.length * 3 >= entries.length);
  // (Of a numbered list the text introduces as businesses, every heading; of another, the headings that read as names.)
  const introducedNames = enough ? [] : businessesOfIntroducedList(tokens, entries, numbered, isPlainWord);
  const companies = enough || (numbered && introducedNames.length > 0) ? entries : introducedNames;
  items.push(...companies.map((heading) => (named.includes(heading) ? { ...item(heading), named: true } : item(heading))));
  return items;
}

/** Plurals of businesses that introduce a list of them ("these are our favorite brands for …", "the best moving companies"). */
const LISTED_BUSINESSES = new Set('brands|companies|firms|businesses|retailers|stores|shops|boutiques|startups|labels|makers|manufacturers|providers|insurers|lenders|banks|airlines|carriers|agencies|vendors|suppliers|chains'.split('|'));
/** How far before a list's first heading its introduction is read, in tokens. */
const INTRODUCTION_LENGTH = 300;

/**
 * The headings of a list of three entries or more that is one of businesses by its introduction and its headings: a
 * plural of businesses in the words before the first heading ("… these are our favorite brands for plus size sustainable
 * clothing" … "1. TomboyX", "2. Warp + Weft"), and two headings in three holding a word that is no ordinary one (not
 * "1. Use A Password Manager"). Only those headings are returned: not an event's name ("Great American Franchise Expo"),
 * a known company's product ("Amazon SageMaker") or, in a list without numbers, a code in capitals ("GTIN"). None when
 * the list is not one.
 */
function businessesOfIntroducedList(tokens: readonly Token[], entries: readonly ListHeading[], numbered: boolean, isPlainWord: (token: Token) => boolean): ListHeading[] {
  if (entries.length < 3) return [];
  const start = entries[0]!.first;
  let introduced = false;
  for (let t = Math.max(0, start - INTRODUCTION_LENGTH); t < start && !introduced; t++) introduced = LISTED_BUSINESSES.has(tokens[t]!.lower);
  if (!introduced) return [];
  const lexicon = learnedLexicon();
  const names = entries.filter((heading) => {
    if (EVENT_HEADS.has(tokens[heading.end - 1]!.lower) || (heading.end - heading.first > 1 && isKnownCompanyName(tokens[heading.first]!.text, lexicon))) return false;
    // (A numbered list's headings in capitals are its names written so: "1. ROSEWOOD".)
    if (!numbered && heading.end - heading.first === 1 && CODE_IN_CAPITALS.test(tokens[heading.first]!.text)) return false;
    for (let t = heading.first; t < heading.end; t++) if (HAS_LETTER.test(tokens[t]!.text) && !HEADING_NAME_WORDS.has(tokens[t]!.text) && !isPlainWord(tokens[t]!)) return true;
    return false;
  });
  return names.length * 3 >= entries.length * 2 ? names : [];
}

/** Whether the words `first`..`end` hold one that is no ordinary word, or are a known company's name ("New Balance"). */
function isNamePart(tokens: readonly Token[], first: number, end: number): boolean {
  const lexicon = learnedLexicon();
  return !onlyFrequentWords(tokens, first, end, lexicon) || isKnownCompanyName(tokens.slice(first, end).map((token) => token.text).join(' '), lexicon);
}

/** A code or an acronym in capitals and figures ("GTIN", "MPN", "WHY2025"), no business's heading by itself. */
const CODE_IN_CAPITALS = /^[\p{Lu}\d]+$/u;

/**
 * Whether the name at `first`..`end` opens its paragraph and the paragraph before is that name alone, a list entry's
 * heading, numbered or not ("Passwork" … "Passwork is an enterprise-grade …", "3. Decorilla" … "Decorilla asks you …").
 */
export function headsParagraphBefore(tokens: readonly Token[], first: number, end: number): boolean {
  const block = tokens[first]!.block;
  // (The paragraph goes on after the name: not a menu's or a table's column of words, "Aa" / "Aa".)
  if (first === 0 || tokens[first - 1]!.block === block || tokens[end + 3]?.block !== block) return false;
  const length = end - first;
  let at = first - length;
  if (at < 0 || tokens[at]!.block !== tokens[first - 1]!.block) return false;
  for (let k = 0; k < length; k++) if (tokens[at + k]!.text !== tokens[first + k]!.text) return false;
  // What stands before the heading in its paragraph: nothing, or a number ("3", "3.").
  if (at > 0 && tokens[at - 1]!.block === tokens[at]!.block && tokens[at - 1]!.text === '.') at--;
  if (at > 0 && tokens[at - 1]!.block === tokens[at]!.block && /^\d{1,2}$/.test(tokens[at - 1]!.text)) at--;
  return at === 0 || tokens[at - 1]!.block !== tokens[at]!.block;
}
/** Words that open a ranking or an award's title, not a name ("Clutch’s Top Social Media Company", "The Best Web Design Platforms"). */
export const RANKING_WORDS = new Set(['Top', 'Best', 'Leading', 'Largest', 'Biggest', 'Most', 'Favorite', 'Favourite', 'Greatest', 'Fastest']);

/** Nouns that open a heading of a topic before a preposition ("Types of …", "Benefits of …", "Tips for …"). */
const HEADING_NOUNS = new Set('Types|Type|Future|Benefits|Pros|Cons|Advantages|Disadvantages|Tips|Examples|Pillars|Basics|Importance|Role|Impact|Rise|History|Cost|Costs|Guide|Opportunity|Integration|Practice|Tools|Ways|Uses|Features|Alternatives|Overview|Introduction|Principles|Elements|Stages|Steps|Challenges|Risks'.split('|'));
const TOPIC_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'in', 'on']);

/** Function words that a name writes in lower case ("Bank of America") and a title-case heading capitalises ("Must Haves For Every Budget"). */
export const TITLE_CASE_FUNCTION_WORDS = new Set(['For', 'And', 'Or', 'Of', 'The', 'To', 'In', 'On', 'At', 'By', 'With', 'From', 'Every', 'Your', 'Our', 'How', 'What', 'Why', 'When', 'Must', 'Can', 'Will', 'Is', 'Are']);

/**
 * Whether a name read as a body's is a heading's title case rather than a name: a function word capitalised
 * inside it ("Top Home Gym Must Haves For Every Budget"), a ranking's word opening it, only words the text also
 * writes in lower case ("Wedding Ideas", "Email Marketing & Automation"), a name's own words seldom being so, or,
 * where no mention stands in running text, only ordinary words of today's pages. Known names are names, and so are the
 * headings of a list of companies (`listName`: see detectEntities) unless a function word or a ranking's word is in them.
 */
export function isHeadingPhrase(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>, writtenInLowerCase: (lower: string) => boolean, inRunningText: boolean, listName = false): boolean {
  if (isKnownCompanyOrBody(words, lexicon)) return false;
  if (words.some((word, index) => index > 0 && TITLE_CASE_FUNCTION_WORDS.has(word))) return true;
  // "Types of Mobile Apps", "Future of Real-Time Analytics", "Tips for Managing Google Product": a topic's heading.
  if (words.length > 2 && HEADING_NOUNS.has(words[0]!) && TOPIC_PREPOSITIONS.has(words[1]!)) return true;
  // "Best Web Design Platforms": a ranking's heading ("Best Western" and "Best Buy" are two words).
  if (words.length > 2 && RANKING_WORDS.has(words[0]!)) return true;
  // "Comparison of the Best VPNs": a ranking's word inside a name is a heading's.
  if (words.length > 2 && words.some((word, index) => index > 0 && RANKING_WORDS.has(word))) return true;
  // (A list of companies' heading is a name of ordinary words: "7. Perfect Moving", "3. Girlfriend Collective", "Bright Health".)
  if (listName) return false;
  const content = words.filter((word) => !NAME_JOINERS.has(word));
  if (content.length > 0 && content.every((word) => TITLE_CASE_START.test(word) && writtenInLowerCase(word.toLowerCase()))) return true;
  // "Pros & Cons", "Design Flexibility & Scalability", "AI & Automation": words a heading joins with an ampersand are
  // ordinary words or common initials, where a firm's are names ("Condon & Forsyth", "Hudson Moving & Storage").
  // A name ending in a business word is a firm's ("Farmers & Merchants State Bank").
  if (inRunningText || content.length < 2 || isBusinessWord(content[content.length - 1]!.toLowerCase())) return false;
  return content.every((word) => COMMON_ACRONYMS.has(word) || (TITLE_CASE_WORD.test(word) && isOrdinaryLowerWord(word.toLowerCase(), lexicon, writtenInLowerCase)));
}

/** Whether a lower-cased word is an ordinary one: common in news or on today's pages, or written so in this text. */
export function isOrdinaryLowerWord(lower: string, lexicon: ReturnType<typeof learnedLexicon>, writtenInLowerCase: (lower: string) => boolean): boolean {
  return isFrequentWord(lower, lexicon) || writtenInLowerCase(lower);
}

/** Whether a name is on a list of companies, news outlets or bodies, hand-written or learned. */
export function isKnownCompanyOrBody(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): boolean {
  const name = words.join(' ');
  return isKnownCompanyName(name, lexicon) || KNOWN_ORGANIZATIONS.has(name) || lexicon.organization.has(name);
}
