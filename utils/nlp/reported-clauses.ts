// What the words around a reporting verb are: a clause of what was said, an object, a tail of where and when, the
// comma that ends the clause before a subject.
import { SUBJECT_PRONOUNS } from './roles.ts';
import type { Token } from './tokenize.ts';
import { UPPER_CASE_START } from './word-shapes.ts';
import { CLAUSE_MARKERS, PRONOUNS, WEEKDAYS } from './speech-words.ts';
import { CLAUSE_VERBS } from './speech-verbs.ts';

/** Words that open where, when or to whom words were said, after the verb ("said on Tuesday", "told reporters"). */
const TAIL_OPENERS = new RegExp(`^(on|in|at|after|before|during|following|last|this|yesterday|today|late|early|earlier|later|told|to|reporters|Reuters|${WEEKDAYS})$`, 'i');
/**
 * Words for a whole of what is said ("everything", "nothing"; "What" opening a sentence: after a verb, "end what she said
 * were overly punitive policies" says what she called them).
 */
const WHOLE_OF_WHAT_IS_SAID = /^(?:everything|Everything|What|nothing|Nothing|anything|Anything|All|Whatever|Much)$/;
/** A day or a time right after a speech verb ("said Friday", "said yesterday"). */
const WHEN_SAID = new RegExp(`^(?:yesterday|today|tonight|earlier|later|${WEEKDAYS})$`, 'i');
/** Words that open a clause of time after a speech verb ("said when …", "said once …"; not "while", which also concedes). */
const TIME_SUBORDINATORS = new Set(['when', 'once', 'until', 'whenever']);

/**
 * Whether the words after a verb open its object rather than a reported clause: a topic ("wrote about
 * Wall Street") after any verb, an indefinite noun phrase ("ordered a cruise missile strike", "found an
 * organic cereal") after a verb that is not a speech verb proper (those may open a clause with "a": "said a
 * deal was near").
 */
export function opensObjectPhrase(first: string, verb: string, second = ''): boolean {
  // "has said about 20 people have …": "about" a number is a clause's subject.
  if (first === 'about') return !/^\d/.test(second);
  // "adding to her delegate lead": what was added to, not words.
  if (first === 'to' && /^add(?:s|ed|ing)?$/.test(verb)) return true;
  // "Kroger and Albertsons called off their merger", "she called into a radio program": a thing cancelled, a call made, not words.
  if ((first === 'off' || first === 'into') && /^call(?:s|ed|ing)?$/.test(verb)) return true;
  // "She currently writes for Talk Android": whom one writes for, not words.
  if (first === 'for' && /^(?:write|writes|writing|wrote)$/.test(verb)) return true;
  // "asked him a question": whom, then what was asked, not its words.
  if (/^ask(?:s|ed|ing)?$/.test(verb) && /^(?:him|her|them|me|us)$/.test(first) && /^(?:a|an|the)$/.test(second)) return true;
  // "asks timely questions about …", "asked questions": questions asked, not their words.
  if (/^ask(?:s|ed|ing)?$/.test(verb) && (first === 'questions' || second === 'questions')) return true;
  return (first === 'a' || first === 'an') && !CLAUSE_VERBS.has(verb);
}

/**
 * Speech verbs in the present that say what a product or a body does as often as what someone says, and report words
 * only before a clause ("Apache Flink adds stateful stream processing", "KFF maintains full editorial control").
 */
export const HABIT_VERBS = new Set(['adds', 'maintains']);
/** Verbs of thinking, hoping and seeming: they report a belief or a look, not words ("she thinks he can win", "Kasich appears to have"). */
export const THOUGHT_VERBS = new Set(
  'think|thinks|thought|believe|believes|believed|hope|hopes|hoped|realize|realizes|realized|realise|realises|realised|learn|learns|learned|learnt|wonder|wonders|wondered|know|knows|knew|feel|feels|felt|fear|fears|feared|appear|appears|appeared|seem|seems|seemed|want|wants|wanted|assume|assumes|assumed|suspect|suspects|suspected|doubt|doubts|doubted|worry|worries|worried|expect|expects|expected'.split('|'),
);
/** Whether a word after "this" makes it a clause's subject, not a phrase of time: a finite verb ("this is", "this means"). */
function isFiniteAfterThis(word: string): boolean {
  return CLAUSE_MARKERS.has(word) || word === 'means' || word === 'shows' || word === 'makes';
}

/**
 * Whether "added" counts things rather than words: a figure ("added 151,000 jobs", "adds 2 million subscribers") or a
 * bare noun of two words at most before a comma or the sentence's end ("Netflix added subscribers, and …").
 */
export function addsThings(tokens: readonly Token[], verb: string, start: number, end: number): boolean {
  if (!/^add(?:s|ed|ing)$/.test(verb) || opensClause(tokens, start, end)) return false;
  if (/^\d/.test(tokens[start]!.text)) return true;
  let last = start;
  while (last < end && last - start < 3 && /^\p{Ll}+$/u.test(tokens[last]!.text) && !PRONOUNS.has(tokens[last]!.text)) last++;
  return last > start && last - start <= 2 && (last === end || /^[,;.]$/.test(tokens[last]!.text));
}

/** Whether the words from `start` open a clause: "that ...", or an auxiliary or a modal within its first words. */
export function opensClause(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start]?.text === 'that') return true;
  for (let t = start; t < Math.min(end, start + 10); t++) {
    if (CLAUSE_MARKERS.has(tokens[t]!.text)) return true;
    if (tokens[t]!.text === ',') break;
  }
  return false;
}

/**
 * Whether the verb at `verb` says of a whole of what was said ("Everything Trump says", "What she said", "Nothing he
 * says"): such a word, then the speaker (a name of up to three words or a pronoun), then the verb.
 */
export function saysOfWhatIsSaid(tokens: readonly Token[], verb: number): boolean {
  let t = verb - 1;
  while (t > verb - 4 && t >= 0 && (UPPER_CASE_START.test(tokens[t]!.text) || SUBJECT_PRONOUNS.has(tokens[t]!.lower)) && !WHOLE_OF_WHAT_IS_SAID.test(tokens[t]!.text)) t--;
  return t < verb - 1 && t >= 0 && WHOLE_OF_WHAT_IS_SAID.test(tokens[t]!.text) && tokens[t]!.sentence === tokens[verb]!.sentence;
}

/** Whether a finite verb stands between `first` and `end`: an auxiliary or a modal, or a past in "-ed". */
export function hasVerbBetween(tokens: readonly Token[], first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (CLAUSE_MARKERS.has(tokens[t]!.text) || /^\p{Ll}{3,}ed$/u.test(tokens[t]!.text)) return true;
  return false;
}

/** Whether a token may open a clause's subject: a pronoun, a capitalised word, an article or a possessive. */
function opensSubject(token: Token | undefined): boolean {
  return token !== undefined && (SUBJECT_PRONOUNS.has(token.lower) || UPPER_CASE_START.test(token.text) || /^(?:the|a|an|his|her|their|its|our|my|even|some|many|most)$/.test(token.text));
}

/** Verbs of asking, whose request for comment reports no words. */
export const ASKING_VERBS = new Set(['ask', 'asks', 'asked', 'asking']);

/** Whether the words after a verb of asking, from `start`, are its listener and "for comment" ("asking Mojang for comment"). */
export function asksForComment(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = start; t < Math.min(end - 1, start + 6); t++) if ((tokens[t]!.text === 'for' || tokens[t]!.text === 'to') && /^comments?$/.test(tokens[t + 1]!.text)) return true;
  return false;
}

/** An adverb of how something was said ("rhetorically", "quietly"), after a verb of nothing but saying (not "declined sharply"). */
const MANNER_ADVERB = /^\p{Ll}{3,}ly$/u;
const SAYING_VERBS = /^(?:said|says|asked|asks|added|adds|replied|answered|responded)$/;

/** Whether what follows a speech verb is only a tail like "on Monday" or "in a statement". */
export function afterVerbIsTail(tokens: readonly Token[], first: number, end: number): boolean {
  // "said Friday as he entered the talks", "she said when she resigned", "said after reading the outline": a clause of when
  // the words were said, however long, unless "that" opens the words later ("said when asked that …").
  const at = WHEN_SAID.test(tokens[first]?.text ?? '') ? first + 1 : first;
  const subordinator = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower ?? '';
  // ("said after the convention he would not accept …": "after" and "before" may close a phrase before the words; only
  // before a participle they open a clause of time, "said after reading the outline".)
  const timeClause = TIME_SUBORDINATORS.has(subordinator) || ((subordinator === 'after' || subordinator === 'before') && /^\p{Ll}{3,}ing$/u.test(next)) || (subordinator === 'as' && SUBJECT_PRONOUNS.has(next));
  if (timeClause) {
    // (Nor when the clause of time opens the words, before a comma and their subject: "said once Fields filed her
    // complaint, police had no choice", "said when I announced I wasn't running, I'm not going to remain silent".)
    let words = false;
    for (let t = at + 1; t < end && !words; t++) words = tokens[t]!.text === 'that' || (tokens[t]!.text === ',' && opensSubject(tokens[t + 1]));
    if (!words) return true;
  }
  // "asked rhetorically, shaking his head no": how the words were said, and what the speaker did meanwhile.
  if (SAYING_VERBS.test(tokens[first - 1]?.text ?? '') && MANNER_ADVERB.test(tokens[first]?.text ?? '') && tokens[first + 1]?.text === ',' && /^\p{Ll}{2,}ing$/u.test(tokens[first + 2]?.text ?? '')) return true;
  if (!TAIL_OPENERS.test(tokens[first]?.text ?? '')) return false;
  // "this week" is when; "this is no joke" is a clause.
  if (/^this$/i.test(tokens[first]!.text) && isFiniteAfterThis(tokens[first + 1]?.text ?? '')) return false;
  if (end - first <= 5) return true;
  // "said at Sprout’s Glow Beyond the Grid webinar": a longer phrase of where or when, with no clause in it.
  if (end - first > 12 || !/^(?:at|in|on|during)$/i.test(tokens[first]!.text)) return false;
  for (let t = first + 1; t < end; t++) if (tokens[t]!.text === 'that' || tokens[t]!.text === ',' || CLAUSE_MARKERS.has(tokens[t]!.text)) return false;
  return true;
}

/**
 * Words a subject may open with before its name or head ("the Tax Foundation", "top black lawmakers", "Sen. Graham",
 * "Algerian foreign affairs ministry spokesman": a nationality's adjective too).
 */
const SUBJECT_LEAD = /^(?:[\p{Ll}\-]+|\p{Lu}\p{Ll}{0,3}\.|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|\d+)$/u;

/** Conjunctions that join two clauses of their own ("…, and X declined to comment"). */
const COORDINATING_CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet']);

/**
 * The comma that ends the clause before a subject ("<clause>, the Tax Foundation said"): the subject may
 * open with a few determiners, modifiers or titles before the words the subject finder marked.
 * Returns -1 when no comma closes the clause.
 */
export function commaBeforeSubject(tokens: readonly Token[], subjectFirst: number, sentenceFirst: number): number {
  let index = subjectFirst - 1;
  while (index > sentenceFirst && subjectFirst - index <= 6 && tokens[index]!.text !== ',' && SUBJECT_LEAD.test(tokens[index]!.text)) index--;
  // "<clause>, and Jet2 declined to comment": a clause of its own after a conjunction, not what was said before it.
  if (tokens[index]?.text === ',' && COORDINATING_CONJUNCTIONS.has(tokens[index + 1]!.lower)) return -1;
  return tokens[index]?.text === ',' ? index : -1;
}
