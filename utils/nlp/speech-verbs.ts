// Speech verbs, and whether a word is used as one where it stands: "the governor states" but not "one of the states".
import { REPORTING_CUES, SPEECH_CUES } from './model/speech-cues.ts';
import type { Token } from './tokenize.ts';
import { UPPER_CASE_START } from './word-shapes.ts';
import { APPOSITIVE_WINDOW, PRONOUNS } from './speech-words.ts';

/** Verbs that introduce what someone said as a clause ("X said that ...", "..., X told Reuters"). */
export const CLAUSE_VERBS = new Set(
  'said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|explains|argued|argues|claimed|claims|warned|warns|insisted|insists|wrote|writes|acknowledged|acknowledges|announced|announces|suggested|suggests|predicted|predicts|confirmed|confirms|reiterated|stressed|stresses|emphasized|emphasised|conceded|admitted|admits|asserted|asserts|recalled|recalls|replied|responded|tweeted|observed|remarked|maintained|maintains|believes|believed|contended|contends|cautioned|estimated|estimates|reported|reports|revealed|concluded|declared|declares|promised|vowed|pointed'.split('|'),
);
/** Verbs of finding, showing and believing that introduce a reported clause as the speech verbs do ("the poll shows that ..."). */
export const REPORTING_VERBS = new Set([
  ...CLAUSE_VERBS,
  // Learned from PolNeAR train: words that mark an attribution in most of their uses ("cited", "questioned", "mocked").
  ...REPORTING_CUES.split('|'),
  ...'show|shows|showed|found|finds|indicated|indicates|agreed|agrees|thinks|thought|feels|felt|hopes|hoped|fears|feared|expects|insist|argue|say|suggest|claim|warn|denied|denies|admitted|assured|reminded|signaled|signalled|hinted|hints|complained|alleged|alleges|testified|recommended|learned|determined|acknowledge|announce|deny|predict|know|knows|knew|contend|assert|accused|accuses|vowed|vows|pledged|pledges|urged|urges|recommends'.split('|'),
]);
/** Verbs of advice and remark that service and feature writing puts beside quotes ("“Start slow,” advises Ana Ruiz"). */
const ADVICE_VERBS = 'advises|advised|recommends|recommended|suggests|encourages|cautions|urges|reminds|shares|jokes|quips|observes|agrees|explains|notes|adds|warns'.split('|');
/** Every learned attribution cue, plus the clause verbs: enough to tie a direct quote to a speaker. */
const QUOTE_CUES = new Set([...SPEECH_CUES.split('|'), ...CLAUSE_VERBS, 'says', 'asks', 'continues', 'continued', ...ADVICE_VERBS]);
/** Verbs that may put their speaker after them ("…,” said Suga; “…?” asked the senator). */
export const INVERTING_VERBS = new Set([...[...CLAUSE_VERBS].filter((verb) => verb !== 'told' && verb !== 'tells'), 'asked', 'asks', 'continued', 'continues', 'wrote', 'writes', ...ADVICE_VERBS]);

/** Whether "put it" or "puts it" starts at token `index`. */
function isPutIt(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]!.text;
  return (text === 'put' || text === 'puts') && tokens[index + 1]?.text === 'it';
}

/** "As Smith put it, …", "as Jane Doe, the lab's director, puts it, …": "put it" reports words after "as" and a subject (with its appositive), and before a comma. */
export function isPutItCue(tokens: readonly Token[], index: number): boolean {
  if (!isPutIt(tokens, index) || tokens[index + 2]?.text !== ',') return false;
  for (let t = index - 1; t >= 0 && index - t <= APPOSITIVE_WINDOW && tokens[t]!.sentence === tokens[index]!.sentence; t--) if (/^[Aa]s$/.test(tokens[t]!.text)) return true;
  return false;
}

/** Common irregular past tenses that report words ("shot back", "went on", "spoke"). */
const IRREGULAR_SPEECH_PASTS = new Set(['shot', 'went', 'spoke', 'hit', 'struck', 'began', 'told', 'wrote', 'said']);

/**
 * Whether a lower-case word after a speaker's name reads as the verb that reports the words: a speech or
 * reporting verb, a past tense in -ed or a common irregular one, or a present in -s or -es whose past is a
 * reporting verb ("concludes", "answers"; not "supporters" or "aides").
 */
export function isSpeechVerbForm(word: string): boolean {
  if (!/^\p{Ll}{2,}$/u.test(word)) return false;
  if (REPORTING_VERBS.has(word) || QUOTE_CUES.has(word) || IRREGULAR_SPEECH_PASTS.has(word) || (word.length > 4 && word.endsWith('ed'))) return true;
  if (!word.endsWith('s')) return false;
  const stem = word.slice(0, -1);
  return REPORTING_VERBS.has(`${stem}d`) || REPORTING_VERBS.has(`${stem}ed`) || (stem.endsWith('e') && REPORTING_VERBS.has(`${stem.slice(0, -1)}ed`)) || QUOTE_CUES.has(`${stem}ed`) || QUOTE_CUES.has(`${stem}d`);
}

/** A lower-case word that reads as a verb: a speech or reporting verb, or a past or present participle. */
export function isVerbLike(word: string): boolean {
  return REPORTING_VERBS.has(word) || QUOTE_CUES.has(word) || /(?:ed|ing)$/.test(word);
}

/** Whether a speech verb ("said", "told") follows within a few words of token `from`, before `end`. */
export function speechVerbWithin(tokens: readonly Token[], from: number, end: number): boolean {
  for (let t = from; t < end && t < from + 15; t++) if (SPEECH_VERBS.has(tokens[t]!.text)) return true;
  return false;
}

/** Speech verbs in the plural of the present, cues only after two names ("Chiou and Howlett write"): alone they are as often imperatives. */
const PLURAL_SPEECH_VERBS = new Set(['write', 'note', 'explain', 'add', 'observe', 'conclude', 'recall', 'report']);

/** Words after which a cue word is a noun ("the states", "his notes", "Trump’s claims"), not a verb. */
const NOUN_LEAD = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s', 'The', 'A', 'An', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your']);

/**
 * Determiners and owners' pronouns after which a word is a noun, never a verb ("a show", "its report"): the lower-case
 * words of `NOUN_LEAD` and "this", not "her" ("heard her say").
 */
export const DETERMINERS_BEFORE_NOUN = new Set([...[...NOUN_LEAD].filter((word) => /^\p{Ll}+$/u.test(word) && word !== 'her'), 'this']);

/**
 * Words before a plural noun that no verb follows: the determiners and owners' pronouns of `NOUN_LEAD` (in lower case),
 * quantities, prepositions, adjectives of reports.
 */
const BEFORE_PLURAL_NOUN = new Set([
  ...[...NOUN_LEAD].filter((word) => /^\p{Ll}+$/u.test(word)),
  ...'some|many|more|most|few|fewer|several|all|no|any|such|other|both|early|initial|preliminary|official|recent|latest|further|new|previous|false|similar|insurance|media|news|press|of|to|in|on|for|by|with|from|about|under|over|after|before|between|among|into|against|despite'.split('|'),
]);

/** Whether a reporting word ending in "s" is a plural noun where it stands ("900 claims", "early estimates", "the reports"). */
export function isPluralNounUse(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (!/^\p{Ll}{3,}s$/u.test(word) || word.endsWith('ss')) return false;
  const previous = tokens[index - 1];
  if (!previous || previous.sentence !== tokens[index]!.sentence) return false;
  // "swing states like Colorado", "member states trump everything": "states" is the noun unless "that" follows or a name
  // or a pronoun says it ("the governor states that …", "Smith states", "she states").
  if (word === 'states' && tokens[index + 1]?.text !== 'that' && !UPPER_CASE_START.test(previous.text) && !PRONOUNS.has(previous.lower)) return true;
  // "some US states have", "Dashboard reports can be shared": a plural before the verb of its own clause (not a speech
  // verb after its subject, before the clause it reports: "which the company says will be staffed", "which he estimates will").
  const next = tokens[index + 1];
  if (next && next.sentence === previous.sentence && VERBS_AFTER_PLURAL_SUBJECT.has(next.text) && word !== 'says' && !PRONOUNS.has(previous.lower)) return true;
  // (A capital only where the sentence opens: "The claims", but not "the Daily News claims".)
  return /^\d/.test(previous.text) || BEFORE_PLURAL_NOUN.has(isSentenceOpener(tokens, index - 1) ? previous.lower : previous.text);
}

/** Verbs a plural subject takes ("states have", "reports can"): after one of them, a word in "-s" is that subject, no speech verb. */
const VERBS_AFTER_PLURAL_SUBJECT = new Set(['have', 'are', 'were', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'do', 'did', "don't", "can't", "won't"]);

/**
 * Whether a reporting word ending in "ed" is an adjective where it stands: after a determiner, a quantity or a number
 * and before a plural noun ("1,237 pledged delegates", "the promised cuts").
 */
export function isAdjectiveUse(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!/^\p{Ll}{3,}ed$/u.test(word) || !previous || !next || previous.sentence !== tokens[index]!.sentence || next.sentence !== previous.sentence) return false;
  if (!/^\p{Ll}{3,}s$/u.test(next.text) || next.text.endsWith('ss') || PRONOUNS.has(next.text)) return false;
  return /^\d/.test(previous.text) || BEFORE_PLURAL_NOUN.has(isSentenceOpener(tokens, index - 1) ? previous.lower : previous.text);
}

/** Finite verbs that follow a sentence's subject, never a reporting verb ("The Tate Britain show has it all"). */
const FINITE_AFTER_SUBJECT = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could']);

/** Reporting words that are nouns too ("the show", "the claims"), unlike "said" in "a probe the agency said was ongoing". */
const NOUN_REPORTING_WORDS = new Set(['show', 'shows', 'report', 'reports', 'claim', 'claims', 'call', 'calls', 'note', 'notes']);

/** Whether a reporting word is a noun, the subject of the finite verb right after it ("the show has", "the claims were"). */
export function isSubjectNounUse(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // (Not after a pronoun, the verb's subject: "who he claims has been unfair".)
  const previous = tokens[index - 1]?.lower ?? '';
  return NOUN_REPORTING_WORDS.has(tokens[index]!.text) && !PRONOUNS.has(previous) && next !== undefined && next.sentence === tokens[index]!.sentence && FINITE_AFTER_SUBJECT.has(next.text);
}

/** A speech cue used as a verb: "states" in "the governor states" but not in "one of the states". */
export function isQuoteCue(tokens: readonly Token[], index: number): boolean {
  // "As Jane Doe, the lab's director, puts it, “…”": "put it" before a comma or a colon.
  if (isPutIt(tokens, index) && (tokens[index + 2]?.text === ',' || tokens[index + 2]?.text === ':')) return true;
  // "Chiou and Howlett write": the plural of a speech verb after two people named (not "Users write formulas", "told me to write “…”").
  if (PLURAL_SPEECH_VERBS.has(tokens[index]!.text)) return UPPER_CASE_START.test(tokens[index - 1]?.text ?? '') && (tokens[index - 2]?.text === 'and' || tokens[index - 3]?.text === 'and');
  // ("Said Dorothy Poynter, …, “…”": an inverted verb opening its sentence, before the name, is capitalised.)
  const word = tokens[index]!.text;
  const invertedOpener = isSentenceOpener(tokens, index) && INVERTING_VERBS.has(word.toLowerCase()) && UPPER_CASE_START.test(tokens[index + 1]?.text ?? '');
  // "telling the court that …", "warning that …": these participles are speech only before the clause they report.
  const reportsClause = (word === 'telling' || word === 'warning') && tokens.slice(index + 1, index + 6).some((token) => token.text === 'that' && token.sentence === tokens[index]!.sentence);
  return (QUOTE_CUES.has(word) || invertedOpener || reportsClause) && !NOUN_LEAD.has(tokens[index - 1]?.text ?? '');
}

/** Whether token `index` opens its sentence. */
function isSentenceOpener(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence;
}

/**
 * Verbs of saying whose object is words, whatever follows ("said the plan", "told reporters", "wrote the rule was
 * wrong"). After other reporting verbs the object is words only when it is a clause ("argued the plan would fail",
 * "revealed that ..."), not a thing done ("challenged photography’s role", "portrayed herself", "declared the shoe the best").
 */
export const SPEECH_VERBS = new Set(
  (
    'said|says|say|saying|told|tells|telling|added|adds|adding|noted|notes|noting|stated|states|explained|explains|explaining|wrote|writes|replied|responded|tweeted|remarked|commented|asked|asks|insisted|insists|argued|argues|claimed|claims|warned|warns|acknowledged|acknowledges|admitted|admits|conceded|stressed|stresses|emphasized|emphasised|reiterated|suggested|suggests|asserted|asserts|contended|contends|cautioned|maintained|maintains|' +
    // Speech acts, whose object is what was said ("called climate change a hoax", "called for repeal", "accused him of lying").
    'recommends|recommended|called|calls|calling|denied|denies|denying|confirmed|confirms|announced|announces|announcing|disputed|disputes|thanked|apologized|apologised|described|describes|describing|cited|cites|citing|accused|accuses|accusing|urged|urges|urging|criticized|criticised|criticizes|criticises|praised|praises|denounced|denounces|blasted|blasts|slammed|slams|condemned|condemns|demanded|demands|pledged|pledges|vowed|vows|promised|promises|proposed|proposes|rejected|rejects|dismissed|questioned|defended|defends|joked|quipped|boasted|complained|complains|lamented|touted|touts'
  ).split('|'),
);

/** "…, Lindsey Graham Says": a title-case headline verb right after a name, not opening the sentence. */
export function isHeadlineCue(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text !== 'Says' && token.text !== 'Said' && token.text !== 'Tells') return false;
  const before = tokens[index - 1];
  return before !== undefined && before.sentence === token.sentence && UPPER_CASE_START.test(before.text);
}
