import type { NameMention } from './types.ts';
import { CALENDAR_WORDS } from './gazetteer.ts';
import { isAnyGivenName, isFrequentWord, isListedPlace, learnedLexicon } from './lexicon.ts';
import { SPEECH_CUES } from './model/speech-cues.ts';
import { isPossessive, LOWER_CASE_BRAND_START, type Token } from './tokenize.ts';
import { LOWER_CASE_START, UPPER_CASE_START } from './word-shapes.ts';

/** Head words of a role or title ("spokesman", "CEO", "Foreign Minister"). */
export const ROLE_HEADS = new Set(
  ('spokesman|spokeswoman|spokesperson|minister|secretary|president|ceo|cfo|coo|cto|md|councilmember|councilman|councilwoman|councilor|councillor|alderman|alderwoman|trustee|chairman|chairwoman|chair|director|chief|executive|officer|head|leader|governor|mayor|senator|representative|ambassador|envoy|commissioner|analyst|economist|professor|founder|co-founder|manager|partner|adviser|advisor|aide|official|lawyer|attorney|barrister|solicitor|notary|actuary|judge|general|premier|chancellor|king|queen|prince|princess|strategist|researcher|scientist|editor|reporter|correspondent|coach|captain|deputy|undersecretary|lawmaker|congressman|congresswoman|mp|investor|trader|banker|consultant|owner|proprietor|boss|prosecutor|sheriff|recorder|assessor|coroner|candidate|nominee|activist|author|emperor|pope|chairperson|vice-president|treasurer|superintendent|inspector|commander|administrator|governor-general|dean|principal|researcher|expert|specialist|engineer|designer|founder|president-elect|speaker|whip|counsel|physician|doctor|surgeon|diplomat|negotiator|regulator|auditor|controller|planner|organizer|organiser|campaigner|campaign|striker|player|driver|champion|spokespeople|journalist|columnist|writer|host|anchor|pollster|commentator|historian|convenor|convener|coordinator|pastor|reverend|archbishop|rabbi|imam|priest|chaplain')
    .split('|'),
);

/** Role heads only a person holds ("a spokeswoman for", "CEO"), unlike "manager" or "partner", which a firm can be too. */
export const PERSON_ONLY_ROLE_HEADS = new Set(
  'spokesman|spokeswoman|spokesperson|ceo|cfo|coo|cto|president|chairman|chairwoman|founder|co-founder|professor|senator|minister|governor|mayor|ambassador|lawmaker|congressman|congresswoman|economist|journalist|columnist|reporter|correspondent|historian|scientist|researcher|writer|author|editor'.split('|'),
);

/** Trades and walks of life a person is described by after "a" ("Le Van Tam, a Vinasun driver"); as titles they lead astray. */
export const PERSON_TRADES = new Set('driver|courier|nurse|teacher|farmer|worker|resident|student|engineer|lawyer|attorney|doctor|physician|chef|pilot|activist'.split('|'));

/**
 * Words that describe who a quoted person is without being a title ("a retired nurse", "a member of the
 * union", "a dealer who runs three showrooms"): a role only in an appositive, where the article introduces them.
 */
export const DESCRIPTION_HEADS = new Set(
  'contributor|co-host|nurse|member|dealer|schoolteacher|dietitian|dietician|nutritionist|therapist|trainer|pharmacist|dentist|instructor|counselor|counsellor|operator|worker|resident|teacher|student|farmer|customer|shopper|employee|volunteer|retiree|veteran|agent|pilot|attendant|mechanic|technician|chef|baker|broker|landlord|tenant|neighbor|neighbour|parent|fan|voter|patient|entrepreneur|developer|clerk|cashier|miner|fisherman|rancher|vendor|tourist|passenger|commuter|staffer|lecturer|fellow|delegate|protester|attendee|homeowner|motorist|driver|grower|survivor|caregiver|carrier|advocate|businessman|businesswoman|electrician|plumber|welder|machinist|cook|waiter|waitress|bartender|hairdresser|barber|nanny|janitor|firefighter|soldier|sailor|homemaker|supervisor|foreman|accountant|cleaner|courier|contractor|rider|subscriber|widow|widower|architect|critic|carpenter|photographer|artist|musician|librarian|builder|tailor|butcher|grocer|shopkeeper|freelancer|programmer|curator'.split('|'),
);

/** Heads of a description after a name only, where a verb cannot stand ("a packaging line lead", "iFixit's European policy lead"). */
const APPOSITIVE_HEADS = new Set([...DESCRIPTION_HEADS, 'lead']);

/**
 * Whether the only head of an appositive is "lead" after a name, as a verb: "Trump, Sanders lead; primary unlikely …"
 * (a lead's title is "Design Lead" or "a packaging line lead").
 */
function isVerbLead(tokens: readonly Token[], first: number, end: number): boolean {
  const lead = tokens.slice(first, end).findIndex((token) => token.text === 'lead');
  if (lead < 0 || hasRoleHead(tokens, first, end) || hasWordOf(tokens, first, end, DESCRIPTION_HEADS)) return false;
  return lead === 0 || isCapitalised(tokens[first + lead - 1]!.text);
}

/** A party's members, described after a name with a title's short form ("Sen. Tobias Reyes, a Michigan Democrat,"). */
const PARTY_MEMBERS = new Set([...DESCRIPTION_HEADS, 'democrat', 'republican', 'independent', 'conservative', 'liberal']);

/** Lower-case words that narrow a title written before a name ("chief government spokesman", "deputy trade minister", "finance chief", "far-right leader", "presidential nominee"). */
export const TITLE_MODIFIERS = new Set(
  'commercial|information|revenue|strategy|customer|creative|content|medical|clinical|design|digital|independent|shift|nursing|innovation|risk|compliance|procurement|supply|human|resources|presidential|vice-presidential|gubernatorial|mayoral|congressional|senatorial|parliamentary|crew|studio|store|shop|radio|show|heritage|culture|arts|sports|film|music|fashion|travel|politics|opinion|far-right|far-left|centre-right|center-right|centre-left|center-left|right-wing|left-wing|opposition|ruling|populist|nationalist|hardline|hard-line|longtime|long-time|veteran|outgoing|incoming|government|trade|finance|financial|economy|economic|foreign|defence|defense|energy|health|media|market|markets|oil|retail|technology|tech|equity|equities|investment|research|policy|security|industry|labour|labor|communications|justice|interior|transport|education|environment|agriculture|senior|deputy|vice|executive|former|acting|interim|assistant|managing|general|principal|lead|junior|associate|regional|national|global|country|city|state|federal|local|campaign|party|union|company|group|bank|fund|portfolio|credit|currency|commodities|bond|data|ministry|foreign-policy|science|legal|mining|chief|top|army|military|police|fire|school|council|board|district|county|village|town|team|club|league|operating|technical|marketing|sales|product|news|investor|consumer|cabinet|prime|first|second|chief-executive'.split('|'),
);

/** Titles written short before a name ("Sen. Margaret Ellison", "Gov.", "Gen."). */
const TITLE_ABBREVIATIONS = new Set(['sen.', 'rep.', 'del.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'supt.', 'det.', 'insp.', 'cllr', 'cllr.']);

/** Whether the word at `index` is a US state's short form after a place, not the title it also writes ("Dover, Del." beside "Del. Marcia Price"). */
function isStateAfterPlace(tokens: readonly Token[], index: number): boolean {
  return tokens[index]!.lower === 'del.' && tokens[index - 1]?.text === ',';
}

/** Honorifics between a title and a name ("Chief Executive Dr. Anita Sorensen"): neither part of the role nor its end. */
const HONORIFICS_BEFORE_NAME = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?$/;

/** Words that open a relative clause: an appositive's role ends before them ("a partner at Sequoia who will join its board"). */
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'whom']);

/** Possessive pronouns before a role ("Its chief executive, Zhou Bin"): not part of the role. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

const ROLE_INNER = new Set(['for', 'of', 'at', 'to', 'in', 'and', '&', 'on', 'the', '’s', "'s", '-']);
const ROLE_STARTERS = new Set(['a', 'an', 'the']);
/** Words that end a role read backwards from a name: verbs, clause words, prepositions that start a phrase. */
const ROLE_STOPS = new Set(
  'said|says|told|and|but|while|that|which|who|when|as|by|with|from|after|before|because|although|though|if|than|then|also|is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|met|according|including|like|between|among|against|about|over|under|into|onto|upon|via|per|where|so|yet|nor|or|not|to'.split('|'),
);

const isWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const isCapitalised = (text: string): boolean => UPPER_CASE_START.test(text);

function hasRoleHead(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) if (isRoleHead(tokens[index]!.lower)) return true;
  return false;
}

/**
 * Whether a lower-case word is a role's head: a listed head, two heads or a narrowing word and a head joined by a
 * hyphen ("secretary-treasurer", "vice-chairman"), or a head about to be taken up ("premier-elect").
 */
export function isRoleHead(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const left = lower.slice(0, hyphen);
  const right = lower.slice(hyphen + 1);
  if (right === 'elect') return ROLE_HEADS.has(left);
  // "co-owner", "co-chair", "co-host": one of two or more holding the title.
  return ROLE_HEADS.has(right) && (ROLE_HEADS.has(left) || TITLE_MODIFIERS.has(left) || left === 'co');
}

/** A short name opening with a figure ("3M"). */
const FIGURE_LED_NAME = /^\d+\p{Lu}{1,3}$/u;

/**
 * How many lower-case nouns end at token `last` and open a title before its head ("sari-sari store" of "sari-sari store
 * owner"): at most two, none a word that ends a role read backwards, a preposition, an article, a verb's or an adverb's
 * form; opened by the sentence's start, by a name the tagger read as a place's or a body's (or as a person's, one word
 * no list knows) or by its possessive ("Leongatha dairy farmer", "Iran's intelligence minister"), or two of them by a
 * comma or an opening mark; 0 otherwise.
 * (Capitalised words before lower-case nouns are read by the narrowing words of TITLE_MODIFIERS: "Cabin crew member".)
 */
function nounsOpeningTitle(tokens: readonly Token[], last: number, inSentence: (index: number) => boolean, mentionAt: (index: number) => NameMention | undefined): number {
  let first = last;
  while (first > last - 2 && inSentence(first) && isNounBeforeTitle(tokens[first]!)) first--;
  if (first === last) return 0;
  if (!inSentence(first)) return last - first;
  // "Leongatha dairy farmer", "Rabobank senior dairy analyst": the nouns between a name (a place, an employer) and the head,
  // none in "-s", a plural's or a verb's ("GOP presidential candidates Sen.", "The drama follows Rep.").
  // (Or its possessive: "Xeneta's senior shipping analyst".)
  const ownerEnd = isPossessive(tokens[first]!.text) ? first : first + 1;
  const owner = mentionAt(ownerEnd - 1);
  const namedOwner = owner?.end === ownerEnd && (owner.modelKind === 'ORG' || owner.modelKind === 'LOC' || isUnknownWordReadAsPerson(tokens, owner));
  // "Leongatha dairy farmer Bronwyn Clancy": a capitalised word opening the sentence, a place or an employer the tagger
  // left alone, opens the title as a name would.
  // (Not a pronoun, an owner's pronoun or an adverb: "I love ReThinking host", "Our very own Coach", "Just ask former senator".)
  const opener = tokens[first]!.lower;
  const nameLike = !SUBJECT_PRONOUNS.has(opener) && !POSSESSIVE_PRONOUNS.has(opener) && !NOT_TITLE_NOUNS.has(opener) && !opener.endsWith('ly');
  const openingName = nameLike && isCapitalised(tokens[first]!.text) && !inSentence(first - 1) && !mentionAt(first);
  if (namedOwner || openingName) {
    for (let index = first + 1; index <= last; index++) if (/[^s]s$/.test(tokens[index]!.text) || VERBS_AND_PARTICLES.has(tokens[index]!.text)) return 0;
    return last - first;
  }
  // After a mark, one lower-case word is as often the verb of an inverted clause ("…,” recalls UX Designer Miche Alvarez",
  // "the Derg, overthrew Emperor Haile Selassie"): two nouns, a compound, open a title there ("In Quezon City, sari-sari store owner").
  if (CLAUSE_BOUNDARY_MARKS.has(tokens[first]!.text)) return last - first === 2 ? 2 : 0;
  return 0;
}

/**
 * Whether a name the tagger read as a person's is one word no list knows as a person's or a given name ("Leongatha" of
 * "Leongatha dairy farmer Bronwyn Clancy", "Rubio" of "Rubio press secretary Brooke Sammon"): before lower-case nouns
 * and a title, it names a place, an employer or the one served, and the title as written holds it.
 */
function isUnknownWordReadAsPerson(tokens: readonly Token[], mention: NameMention): boolean {
  if (mention.modelKind !== 'PER' || mention.end - mention.first !== 1) return false;
  const word = tokens[mention.first]!.text;
  const lexicon = learnedLexicon();
  return !lexicon.person.has(word) && !isAnyGivenName(word, lexicon);
}

/** Pronouns that may be a clause's subject ("He and …", "as he entered"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Whether token `index` is a capitalised ordinary word no person's name holds, as a portfolio's are ("Trade", "Human Services"). */
function isPortfolioWord(tokens: readonly Token[], index: number, mentionAt: (index: number) => NameMention | undefined): boolean {
  const token = tokens[index];
  if (!token || !isCapitalised(token.text) || !isFrequentWord(token.lower) || SUBJECT_PRONOUNS.has(token.lower)) return false;
  return mentionAt(index)?.modelKind !== 'PER';
}

/** Irregular past forms, which no "-ed" ending shows ("took", "spoke"). */
export const IRREGULAR_PASTS = new Set(
  'took|chose|made|gave|met|beat|won|led|left|sent|brought|caught|got|kept|lost|paid|put|ran|said|saw|sold|spent|stood|thought|told|wrote|became|began|came|did|drove|fell|felt|found|heard|held|hit|knew|let|meant|quit|read|rose|set|shot|shut|sought|struck|taught|threw|wore|went|spoke|broke|drew|fought'.split('|'),
);

/** Irregular past forms and particles that look like nouns after a name ("Time Magazine chose", "Tenney took down"). */
const VERBS_AND_PARTICLES = new Set([...IRREGULAR_PASTS, 'down', 'up', 'out', 'off', 'over', 'away', 'back']);

/** Bodies numbered inside their names ("Local 2291", "District 5"). */
const NUMBERED_BODIES = new Set(['Local', 'District', 'Ward', 'Precinct', 'Division', 'Region']);

/** Words that mark speech ("wrote", "recalled"): verbs, no nouns before a title ("…, wrote film director Osman Abu Laban"). */
const SPEECH_CUE_WORDS = new Set(SPEECH_CUES.split('|'));

/** Words that are no noun a title opens with: quantifiers, relatives and adverbs of time and degree ("both former president", "Ever since President"). */
const NOT_TITLE_NOUNS = new Set(['both', 'all', 'each', 'every', 'either', 'neither', 'whose', 'ever', 'even', 'just', 'only', 'since', 'except', 'until', 'unless', 'whether', 'once', 'now', 'then', 'here', 'there', 'how', 'why', 'what']);

/** Whether a token may be a lower-case noun before a title's head: letters and hyphens, no verb's "-ed" or "-ing", no adverb's "-ly". */
function isNounBeforeTitle(token: Token): boolean {
  const lower = token.lower;
  return (
    LOWER_CASE_NOUN.test(token.text) &&
    !ROLE_STOPS.has(lower) &&
    !ROLE_INNER.has(lower) &&
    !ROLE_STARTERS.has(lower) &&
    !POSSESSIVE_PRONOUNS.has(lower) &&
    !NOT_TITLE_NOUNS.has(lower) &&
    !SPEECH_CUE_WORDS.has(lower)
  );
}

/** Marks that end a clause or open an aside, before which a title may start. */
const CLAUSE_BOUNDARY_MARKS = new Set([',', ';', ':', '(', '“', '‘', '—', '–']);

/** A lower-case word that may be a noun: letters and hyphens, not ending as a verb's or an adverb's form does. */
const LOWER_CASE_NOUN = /^\p{Ll}[\p{Ll}\-]*(?<!ly|ed|ing)$/u;

function hasWordOf(tokens: readonly Token[], first: number, end: number, words: ReadonlySet<string>): boolean {
  for (let index = first; index < end; index++) if (words.has(tokens[index]!.lower)) return true;
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** Professions by their ending: "neurologist", "pediatrician", "psychiatrist". */
const PROFESSION_ENDING = /^\p{Ll}{3,}(?:ologist|ician|iatrist)$/u;
/** Nouns of one who does something, by their ending ("hygienist", "exporter", "housekeeper", "consultant", "resident", "trainee"; not "development"). */
const AGENT_NOUN = /^\p{Ll}{3,}(?:ist|er|or|ian|ant|(?<!m)ent|ee)$/u;

/** Prepositions after the head noun of a description ("a housekeeper at the Tropicana", "a junior from Las Vegas"). */
const AFTER_HEAD = new Set(['at', 'in', 'for', 'from', 'of', 'with', 'on', 'by', 'near', 'to', 'who', 'whose', 'and']);

/** The head noun of a description from `first` to `end`: its word before the first preposition, or its last word. */
function descriptionHead(tokens: readonly Token[], first: number, end: number): string {
  let index = first + 1;
  while (index < end && !AFTER_HEAD.has(tokens[index]!.text)) index++;
  return tokens[index - 1]!.text;
}
/** Prepositions that end a description of a person ("a nurse from Tulsa", "a lawyer with the firm ..."). */
const DESCRIPTION_ENDS = new Set(['from', 'with', 'by', 'after', 'since']);

function hasWordLike(tokens: readonly Token[], first: number, end: number, pattern: RegExp): boolean {
  for (let index = first; index < end; index++) if (pattern.test(tokens[index]!.text)) return true;
  return false;
}

/**
 * Where the object of a title written with "of" or "for" starts, when one ends at `titleEnd`: "Secretary of State", "Chief
 * of Staff", "Speaker of the House", "Minister for Foreign Affairs", "Secretary of State for Health" (one to three
 * capitalised words, after "of", "of the" or "for", after a capitalised role head). The index of the first "of" or "for",
 * from which the title's head and the words narrowing it are read; `titleEnd` when none.
 */
function ofTitleStart(tokens: readonly Token[], titleEnd: number, inSentence: (index: number) => boolean): number {
  let start = titleEnd;
  while (start > titleEnd - 3 && inSentence(start - 1) && isCapitalised(tokens[start - 1]!.text) && isWord(tokens[start - 1]!.text)) start--;
  if (start === titleEnd) return titleEnd;
  if (tokens[start - 1]?.text === 'the') start--;
  if (!/^(?:of|for)$/.test(tokens[start - 1]?.text ?? '') || !inSentence(start - 2) || !isCapitalised(tokens[start - 2]!.text)) return titleEnd;
  if (ROLE_HEADS.has(tokens[start - 2]!.lower)) return start - 1;
  // "Minister of State for Manpower", "Secretary of State for Health": a title of two objects.
  const head = tokens[start - 4];
  return tokens[start - 3]?.text === 'of' && inSentence(start - 4) && isCapitalised(head!.text) && ROLE_HEADS.has(head!.lower) ? start - 3 : titleEnd;
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
  // An honorific between title and name is neither ("Chief Executive Dr. Anita Sorensen").
  let titleEnd = mention.first;
  if (inSentence(titleEnd - 1) && HONORIFICS_BEFORE_NAME.test(tokens[titleEnd - 1]!.text)) titleEnd--;
  let first = ofTitleStart(tokens, titleEnd, inSentence);
  let hasHead = false;
  let portfolios = false;
  while (inSentence(first - 1)) {
    const token = tokens[first - 1]!;
    const lower = token.lower;
    // ("3M spokesperson": a name opening with a figure is capitalised as names are; so is a brand found as a name and
    // written with a lower-case opening, "easyJet Chief Commercial Officer".)
    const brand = LOWER_CASE_BRAND_START.test(token.text) && mentionAt(first - 1) !== undefined;
    const capitalised = (isCapitalised(token.text) || FIGURE_LED_NAME.test(token.text) || brand) && isWord(token.text) && !ROLE_STOPS.has(lower) && !CALENDAR_WORDS.has(lower);
    // "sari-sari store owner": once the title has its head, the lower-case nouns before it that say of what, after a
    // comma or an opening mark (not "said store owner").
    const nouns = hasHead && !capitalised ? nounsOpeningTitle(tokens, first - 1, inSentence, mentionAt) : 0;
    if (nouns > 0) {
      first -= nouns;
      continue;
    }
    // "Health and Human Services Secretary", "Trade, Industry and Energy Minister": the portfolios of one capitalised title,
    // its head after the portfolio's words (not "Congress and President Obama", "List and former New York mayor").
    const joinsPortfolios =
      hasHead &&
      (lower === 'and' ? !isRoleHead(tokens[first]!.lower) && isCapitalised(tokens[titleEnd - 1]!.text) : lower === ',' && portfolios) &&
      isPortfolioWord(tokens, first - 2, mentionAt);
    if (joinsPortfolios) portfolios = true;
    if (
      isRoleHead(lower) ||
      (TITLE_ABBREVIATIONS.has(lower) && !isStateAfterPlace(tokens, first - 1)) ||
      // "council member Jerry Lutz", "board member", "shopper Sandeep Gill": a description right before the name.
      (DESCRIPTION_HEADS.has(lower) && first === titleEnd) ||
      // "President and CEO Hiroshi Tanabe": two titles.
      ((lower === 'and' || lower === '&') && hasHead && ROLE_HEADS.has(tokens[first - 2]?.lower ?? '')) ||
      // (The portfolios of one title, read above.)
      joinsPortfolios ||
      (capitalised && (mentionAt(first - 1) || isDemonym(token.text) || isTitleWord(token.text))) ||
      // Once the title has its head, the words that narrow it: "Village President", "deputy trade minister".
      (hasHead && (capitalised || TITLE_MODIFIERS.has(lower)))
    ) {
      if (isRoleHead(lower) || TITLE_ABBREVIATIONS.has(lower) || DESCRIPTION_HEADS.has(lower)) hasHead = true;
      // ("Pick n Pay chief executive": a name before the title is taken whole, whatever lower-case word is inside it.)
      // (Not over "and" or a comma: "Goodlatte and Benghazi Committee Chairman" names two.)
      const owner = capitalised ? mentionAt(first - 1) : undefined;
      const whole = owner !== undefined && owner.end === first && owner.first < first - 1 && inSentence(owner.first) && !tokens.slice(owner.first, first).some((token) => token.text === 'and' || token.text === 'or' || token.text === ',');
      first = whole ? owner.first : first - 1;
    } else if (isPossessive(token.text) && inSentence(first - 2) && (mentionAt(first - 2) || (token.text.length === 1 && isCapitalised(tokens[first - 2]!.text)))) {
      // "Kestrel's chief executive", "Consumers' Counsel".
      first -= 2;
    } else if (hasHead && /^\d+$/.test(token.text) && inSentence(first - 2) && NUMBERED_BODIES.has(tokens[first - 2]!.text)) {
      // "Local 2291 President", "District 5 Supervisor": a body's number inside its name.
      first--;
    } else break;
  }
  // An organisation owning the title stays ("Verizon CEO"); words without a role head are no title.
  // A description of one word says what the person is too: "shopper Sandeep Gill", "Retiree Tan Ah Kow".
  if (first < titleEnd && (hasRoleHead(tokens, first, titleEnd) || hasWordOf(tokens, first, titleEnd, TITLE_ABBREVIATIONS) || (hasHead && first < titleEnd - 1) || hasWordOf(tokens, first, titleEnd, DESCRIPTION_HEADS))) {
    // ("Sen. Margaret Ellison, the subcommittee's chair,": a title's short form alone says less than the appositive after.)
    // ("Sen. Margaret Ellison (R., Ohio), the subcommittee's chair,", "Sen. Tobias Reyes, a Michigan Democrat,": over a party
    // and a state in brackets, and a party's member counts.)
    const shortFormOnly = titleEnd - first === 1 && TITLE_ABBREVIATIONS.has(tokens[first]!.lower);
    let nameEnd = POST_NOMINALS.test(tokens[mention.end]?.text ?? '') ? mention.end + 1 : mention.end;
    if (tokens[nameEnd]?.text === '(') for (let close = nameEnd + 1; close < nameEnd + 7 && inSentence(close); close++) if (tokens[close]!.text === ')') nameEnd = close + 1;
    const after = shortFormOnly ? appositiveRoleAfter(tokens, nameEnd, PARTY_MEMBERS) : null;
    // (Not a clause about the person: "voted for Sen. Marco Rubio, the Florida Republican's subsequent collapse left …".)
    const clause = after !== null && tokens.slice(after.first, after.end).some((token, index, words) => isPossessive(words[index + 1]?.text ?? '') && PARTY_MEMBERS.has(token.lower));
    return after && !clause ? slice(after.first, after.end) : slice(first, titleEnd);
  }

  // Appositive before the name: "<role>, Name" ("Kestrel's chief executive, Mr Adrian Lim": an honorific aside).
  const nameStart = inSentence(mention.first - 1) && HONORIFICS_BEFORE_NAME.test(tokens[mention.first - 1]!.text) ? mention.first - 1 : mention.first;
  if (inSentence(nameStart - 1) && tokens[nameStart - 1]!.text === ',') {
    const end = nameStart - 1;
    let start = end;
    while (inSentence(start - 1) && end - start < 10) {
      const token = tokens[start - 1]!;
      const lower = token.lower;
      if (!isWord(token.text) && !ROLE_INNER.has(lower)) break;
      // "co-founder and chief executive": "and" between two titles.
      const joinsTitles = lower === 'and' && ROLE_HEADS.has(tokens[start - 2]?.lower ?? '') && hasRoleHead(tokens, start, end);
      if (ROLE_STOPS.has(lower) && !joinsTitles) break;
      start--;
      if (ROLE_STARTERS.has(lower) || POSSESSIVE_PRONOUNS.has(lower)) break;
    }
    // ("Its chief executive, Paolo Ferraresi, said": the owner's pronoun stays, as written.)
    while (start < end && ROLE_INNER.has(tokens[start]!.lower) && !ROLE_STARTERS.has(tokens[start]!.lower) && !POSSESSIVE_PRONOUNS.has(tokens[start]!.lower)) start++;
    // (After an honorific, only a title ending on its head: "In an interview on the campaign trail, Mr. Trump said" names no role.)
    const titleBeforeHonorific = nameStart === mention.first || (isRoleHead(tokens[end - 1]!.lower) && tokens[end - 1]!.lower !== 'campaign');
    if (start < end && titleBeforeHonorific && hasRoleHead(tokens, start, end) && lastIsRoleWord(tokens, start, end)) return slice(start, end);
  }

  // Appositive after the name: "Name, <role>," or "Name, <role>." with a role head inside.
  // ("Declan Furlong SC, counsel for Kelvara": the letters after the name stand before the comma.)
  const nameEnd = POST_NOMINALS.test(tokens[mention.end]?.text ?? '') ? mention.end + 1 : mention.end;
  const after = appositiveRoleAfter(tokens, nameEnd, APPOSITIVE_HEADS) ?? familyRoleAfter(tokens, nameEnd);
  if (!after || isVerbLead(tokens, after.first, after.end)) return null;
  // As written, with where the person works or comes from: "an analyst at Elara Capital in Mumbai", "a retired
  // schoolteacher from Pendleton, Oregon" (a place's state or country after a comma is part of it).
  let end = after.end;
  const state = tokens[end]?.text === ',' && isCapitalised(tokens[end - 1]!.text) ? mentionAt(end + 1) : undefined;
  if (state && (state.modelKind === 'LOC' || isListedPlace(tokens[end + 1]!.text)) && /^[,.;]$/.test(tokens[state.end]?.text ?? '.')) end = state.end;
  // "MD & CEO, Konkan Mercantile Bank,": a title, then its employer after a comma, when the title names none.
  const employer = state === undefined && tokens[end]?.text === ',' ? mentionAt(end + 1) : undefined;
  let namesEmployer = false;
  for (let at = after.first; at < end; at++) if (/^(?:at|of|for|with)$/.test(tokens[at]!.text)) namesEmployer = true;
  if (employer && employer.first === end + 1 && employer.modelKind !== 'PER' && employer.modelKind !== 'LOC' && !namesEmployer && hasRoleHead(tokens, after.first, end) && /^[,.;]$/.test(tokens[employer.end]?.text ?? '.')) end = employer.end;
  return slice(after.first, end);
}

/**
 * The role in an appositive right after a name that ends before token `nameEnd`: "Name, <role>," or
 * "Name, <role>." with a role head inside ("Brandon Royal, product manager of AI infrastructure at Google
 * Cloud."), as a token range; null when what follows the comma is no role. With `moreHeads` (words that describe a
 * person, for the role shown), a description counts too and a phrase after it ends it ("a nurse from Tulsa").
 */
export function appositiveRoleAfter(tokens: readonly Token[], nameEnd: number, moreHeads: ReadonlySet<string> = NO_WORDS): { first: number; end: number } | null {
  const comma = tokens[nameEnd];
  const sentence = tokens[nameEnd - 1]?.sentence;
  if (comma === undefined || comma.text !== ',' || comma.sentence !== sentence) return null;
  const inSentence = (index: number): boolean => index < tokens.length && tokens[index]!.sentence === sentence;
  // "Marcus Bell, 34, a machine operator who …": a person's age before the description.
  const afterAge = /^\d{1,3}$/.test(tokens[nameEnd + 1]?.text ?? '') && tokens[nameEnd + 2]?.text === ',' ? nameEnd + 2 : nameEnd;
  // "Vance, now the company's chief executive, said".
  const start = /^(?:now|also|currently|formerly)$/.test(tokens[afterAge + 1]?.text ?? '') ? afterAge + 2 : afterAge + 1;
  let end = start;
  let clause = false;
  while (inSentence(end) && end - start < 20) {
    const text = tokens[end]!.text;
    if (text === ',' || text === '.' || text === ';' || text === ':' || /^[“”"«»]$/.test(text)) break;
    // A short aside in brackets stays ("the United Nations High Commissioner for Refugees (UNHCR)"); a longer one, or one
    // opening in lower case, ends the role before it ("CEO of AMD (during AMD’s Q4 2024 earnings call", "CEO of Walmart
    // (during the call)").
    if (text === '(') {
      let close = end + 1;
      while (close < end + 6 && inSentence(close) && tokens[close]!.text !== ')' && tokens[close]!.text !== ',') close++;
      if (tokens[close]?.text === ')' && inSentence(close) && !LOWER_CASE_START.test(tokens[end + 1]!.text)) {
        end = close + 1;
        continue;
      }
      clause = end > start;
      break;
    }
    // A relative clause ends the role, not the appositive: "a partner at Sequoia who will join its board,".
    if (RELATIVE_WORDS.has(text) && end > start + 1) {
      clause = true;
      break;
    }
    // "a food-safety lawyer with the Seattle firm Marler Clark": who employs a person described.
    // "a retired schoolteacher from Pendleton, Oregon": where a person described is from.
    if ((text === 'with' || text === 'from') && moreHeads !== NO_WORDS && /^(?:the|a|an)$|^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) {
      end++;
      continue;
    }
    // (A capitalised word is a name's, whatever it is in lower case: "chair of Communities Against Gatwick Noise".)
    if (ROLE_STOPS.has(tokens[end]!.text) && !ROLE_INNER.has(tokens[end]!.text)) {
      // Describing a person, a phrase after the description ends it: "a nurse from Tulsa waiting for a connection".
      if (moreHeads === NO_WORDS || !DESCRIPTION_ENDS.has(text) || end < start + 2) return null;
      clause = true;
      break;
    }
    end++;
  }
  const closes = clause || (inSentence(end) ? /^[,.;:]$/.test(tokens[end]!.text) : true);
  const opening = tokens[start]?.lower ?? '';
  // "a spokeswoman", "CEO", "Google's head of", "senior analyst", "product manager of".
  const startsLikeRole =
    ROLE_STARTERS.has(opening) ||
    isRoleHead(opening) ||
    isCapitalised(tokens[start]?.text ?? '') ||
    /^(?:chief|senior|former|deputy|vice|executive|acting)$/.test(opening) ||
    // "stackwise's co-founder": an owner written in lower case.
    /^['’]s$/.test(tokens[start + 1]?.text ?? '') ||
    (end > start + 1 && isRoleHead(tokens[start + 1]!.lower));
  // ("a dental hygienist", "a coffee exporter", "a housekeeper at the Tropicana": after "a", a head noun of one who does
  // something, by its ending.)
  const indefinite = opening === 'a' || opening === 'an';
  const described =
    moreHeads !== NO_WORDS && (hasWordOf(tokens, start, end, moreHeads) || hasWordLike(tokens, start, end, PROFESSION_ENDING) || (indefinite && AGENT_NOUN.test(descriptionHead(tokens, start, end))));
  return closes && end > start && startsLikeRole && (hasRoleHead(tokens, start, end) || described) ? { first: start, end } : null;
}

/** Words for a person's place in a family, which describe a person in an appositive ("a mother of two", "Trayvon's father"). */
const FAMILY_HEADS = new Set(['mother', 'father', 'grandmother', 'grandfather', 'mum', 'mom', 'dad', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'sister', 'brother']);

/**
 * The appositive right after a name that ends before token `nameEnd` when it says whose family the person belongs to:
 * an article or an owner, then a family word in lower case among the next three words ("a mother of two from Lancaster",
 * "the father of modern Zionism", "Trayvon's father"), not deeper inside ("a suggestion from Mr. Cruz's mother").
 */
function familyRoleAfter(tokens: readonly Token[], nameEnd: number): { first: number; end: number } | null {
  const after = appositiveRoleAfter(tokens, nameEnd, FAMILY_HEADS);
  // (Opened by an article or an owner: not a list's next name, "Jenny Lewis, Father John Misty", nor "Clinton and husband Bill".)
  if (!after || !(ROLE_STARTERS.has(tokens[after.first]!.lower) || isPossessive(tokens[after.first + 1]?.text ?? ''))) return null;
  for (let index = after.first + 1; index < Math.min(after.end, after.first + 4); index++) if (FAMILY_HEADS.has(tokens[index]!.text)) return after;
  return null;
}

/** Letters a person's name may carry after it, no part of the name or the role: counsel's ranks and honours. */
export const POST_NOMINALS = /^(?:SC|QC|KC|OBE|CBE|MBE|KBE)$/;

/** Capitalised words that open or narrow a title ("Foreign Minister", "Trade Representative", "Deputy"). */
export function isTitleWord(word: string): boolean {
  return /^(?:Foreign|Prime|Finance|Defence|Defense|Trade|Interior|Health|Deputy|Vice|Chief|Executive|Senior|Former|General|Attorney|Secretary|State|Economy|Industry|Justice|Labor|Labour|Energy|Education|Environment|Transport|Transportation|Treasury|Commerce|Agriculture|Housing|Homeland|Veterans|Home|Cabinet|Acting|Interim|Assistant|Managing|Press|Public)$/.test(word);
}

/** A nationality's adjective ("Hungarian", "Japanese", "British", "Israeli"), as the name lists know it. */
export function isDemonym(word: string, lexicon: ReturnType<typeof learnedLexicon> = learnedLexicon()): boolean {
  return /(?:an|ese|ish|i|ch)$/.test(word) && lexicon.misc.has(word);
}

/** A role ends on its head or on a name it belongs to ("a spokeswoman for Verizon"). */
function lastIsRoleWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = end - 1; index >= first; index--) {
    const text = tokens[index]!.text;
    if (isRoleHead(tokens[index]!.lower)) return true;
    // "vice president of medical affairs": what the title is of.
    if (/^(?:of|for)$/.test(text) && index > first && isRoleHead(tokens[index - 1]!.lower)) return true;
    if (!isCapitalised(text) && !/^\p{Ll}+$/u.test(text)) return false;
  }
  return false;
}

