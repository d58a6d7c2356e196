// Words the rules of attribution share: pronouns, auxiliaries, titles, days, clause markers, labels, and the tests on them.
import { isRoleHead, SUBJECT_PRONOUNS } from './roles.ts';
import { HONORIFIC_WORDS } from './speech-person.ts';
import type { Token } from './tokenize.ts';
import { UPPER_CASE_START } from './word-shapes.ts';

/** Words that open a clause of their own after a comma, never the words someone said: "…, as demand rose". */
export const CLAUSE_OPENERS = new Set(['as', 'because', 'while', 'after', 'before', 'but', 'and', 'although', 'though', 'since', 'when', 'where', 'which', 'who', 'whose', 'if', 'so', 'or']);
/** Pronouns that stand for a speaker: the subject pronouns but "you" ("he said", "they noted"). */
export const PRONOUNS = new Set([...SUBJECT_PRONOUNS].filter((word) => word !== 'you'));
const AUXILIARIES = new Set('also|already|always|never|often|still|even|now|later|then|previously|recently|repeatedly|once|has|had|have|was|is|publicly|privately|separately|further|again|earlier|reportedly|simply|flatly|firmly|only|just'.split('|'));
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['ally', 'rally', 'family', 'bully', 'belly', 'tally', 'reply', 'supply', 'apply', 'italy', 'july']);
/** Words between a subject and its verb: auxiliaries and adverbs ("Gingrich cynically dismissed", "has also said"). */
export function isAuxiliary(word: string): boolean {
  // Most words are already lower case: no new string for them.
  const lower = word.charCodeAt(0) >= 97 ? word : word.toLowerCase();
  return AUXILIARIES.has(lower) || (word.length > 4 && word.endsWith('ly') && /^\p{Ll}+$/u.test(word) && !NOT_ADVERBS.has(lower));
}

export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A label written in capitals, as transcripts name their speakers ("WALLACE:"). */
export const CAPITALS_LABEL = /^[\p{Lu}\s.'’\-]+$/u;
/** One-word rubrics a writer puts before a colon ("TIP:", "Note:", "UPDATE:"), which name no speaker. */
export const RUBRIC_LABELS = new Set(['tip', 'tips', 'note', 'notes', 'update', 'updated', 'warning', 'caution', 'disclaimer', 'disclosure', 'source', 'sources', 'bonus', 'summary', 'verdict', 'takeaway', 'important', 'reminder', 'example', 'hint', 'fact', 'correction', 'editor’s', "editor's", 'answer', 'question', 'todo', 'fixme', 'nb', 'ps', 'faq', 'faqs']);
/** Words that open or join clauses and phrases: no part of a description before a name. */
export const DESCRIPTION_STOPS = new Set([...CLAUSE_OPENERS, 'that', 'this', 'these', 'those', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'like', 'than', 'not', 'no', 'how', 'what', 'why', 'whether', 'against', 'including']);
/** How far into its sentence a subject may start: room for an opening phrase ("In recent weeks, Reid ..."). */
export const SUBJECT_WINDOW = 8;
/** How long an appositive between a name and its verb may be ("Rich Heffley, a top … operative who …, said"). */
export const APPOSITIVE_WINDOW = 40;
/** Titles written before a name ("said Chief Executive Anders Opedal", "said Sen. Jane Roe"). */
export const TITLE_WORDS = new RegExp(`^(?:${HONORIFIC_WORDS}|Sens|Reps|Gen|Foreign|Prime|Finance|Defence|Defense|Trade|Interior|Vice|Deputy|Acting|Former|Senior)\\.?$`);
export const SENTENCE_END = /^[.!?]$/;
/** Days and months: capitalised but never a speaker ("Sanders, who on Tuesday endorsed Clinton, said"). */
export const CALENDAR_WORDS = new RegExp(`^(?:${WEEKDAYS}|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Today|Yesterday|Tomorrow)$`);

/** Whether a role head ("inspector", "spokesman") is one of the tokens from `first` to `end` (exclusive). */
export function hasRoleHeadBetween(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end && index < tokens.length; index++) if (isRoleHead(tokens[index]!.lower)) return true;
  return false;
}

/** A role written as a title ("Secretary-Treasurer", "Spokesman"): a role head, alone or in a compound. */
export function isRoleWord(word: string): boolean {
  return UPPER_CASE_START.test(word) && word.toLowerCase().split('-').some((part) => isRoleHead(part));
}

/** Words that make the words after a reporting verb a clause: a finite auxiliary or a modal. */
export const CLAUSE_MARKERS = new Set('would|will|could|can|should|may|might|must|is|was|are|were|has|had|have|did|does|do|isn’t|isn\'t|wasn’t|wasn\'t|won’t|won\'t|can’t|can\'t|wouldn’t|wouldn\'t|don’t|don\'t|doesn’t|doesn\'t|didn’t|didn\'t|hasn’t|hasn\'t|haven’t|haven\'t|needed|needs|wanted|wants|planned|plans'.split('|'));
