// Labelled speech: "Name: <statement>" opening a sentence, as headlines, interviews and transcripts write it, and the
// labels of lists and specifications, which name no speaker.
import type { NameMention } from './types.ts';
import { COMMON_ACRONYMS } from './gazetteer.ts';
import type { Token } from './tokenize.ts';
import { LOWER_CASE_START } from './word-shapes.ts';
import { CAPITALS_LABEL, RUBRIC_LABELS } from './speech-words.ts';
import { type AttributedQuote, type AttributionContext, clusterOf, isSpeakerType } from './attribution-context.ts';
import { untypedNameStartingAt } from './untyped-names.ts';
import { makeQuote } from './quote-speakers.ts';
import { hasQuoteIn, pushReported } from './reported-speech.ts';

/** "Name: <statement>" opening a sentence: the words of the name, added to `reported`. */
export function findLabelledSpeech(ctx: AttributionContext, reported: AttributedQuote[]): void {
  const { text, tokens, sentences, clusters, mentionByToken, insideQuote, insideReported } = ctx;
  // "Name: <statement>" opening a sentence (headlines, interview lines): the name speaks the rest. A label
  // the text also puts before figures ("INTERVAL: Up to 100,000 miles") heads facts, not words, everywhere.
  const labelled: { named: NameMention; first: number; end: number; label: string }[] = [];
  const factLabels = new Set<string>();
  // A text of many labelled paragraphs is a list ("Odoo: View real-time data, …", "Permit Fees: Retain proof of payment").
  const labelledBlocks = countLabelledBlocks(tokens);
  const labelList = labelledBlocks >= 3;
  for (const sentence of sentences) {
    let first = sentence.first;
    if (insideQuote[first] || insideReported[first]) continue;
    const named = mentionByToken.get(first) ?? untypedNameStartingAt(ctx, first);
    if (!named || named.first !== first || !isSpeakerType(ctx, named) || clusterOf(ctx, named)?.type === 'location') continue;
    // "TIP: Limiting foods …", "NOTE:", "UPDATE:": a writer's own rubric, in capitals or not, is nobody speaking.
    // ("Q:", "A:", "L:" and "R:" under photos: a letter alone labels a question, an answer or a side, and names no one.)
    if (named.end === first + 1 && (RUBRIC_LABELS.has(tokens[first]!.lower) || tokens[first]!.text.length === 1)) continue;
    const colon = named.end;
    if (tokens[colon]?.text !== ':' || tokens[colon]!.sentence !== tokens[first]!.sentence) continue;
    first = colon + 1;
    let end = sentence.end;
    while (end > first && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
    if (end <= first) continue;
    const label = text.slice(tokens[named.first]!.start, tokens[named.end - 1]!.end);
    // "Scalability: Resources can be scaled …": a list's heading, not a speaker. A label speaks when it names a
    // person, is written in capitals (a transcript's), or names a body the text also names outside its labels.
    // (A capitalised word the entity pass did not find is read as a name here, but names no one found.)
    const cluster = clusters.get(named.cluster);
    const speaks = CAPITALS_LABEL.test(label) || (cluster !== undefined && (cluster.type === 'person' || cluster.mentions.some((mention) => tokens[mention.end]?.text !== ':')));
    if (!speaks) continue;
    // "MIR: checks lifetimes and runs the borrow checker": a turn opening in lower case defines the label, it is no one's words.
    if (LOWER_CASE_START.test(tokens[first]!.text)) continue;
    // "CPU: Intel Core Ultra 7 | RAM: 32GB", "SEM: Search engine marketing entails …": a specification's or a glossary's
    // label (an ordinary acronym, or one the words after it spell out) heads facts, not words.
    if (COMMON_ACRONYMS.has(label) || spellsOut(label, tokens, first, end)) continue;
    if (readsAsFigure(text.slice(tokens[first]!.start, tokens[end - 1]!.end))) factLabels.add(label);
    else if (end - first >= 4 && !hasQuoteIn(ctx, first, end)) labelled.push({ named, first, end, label });
  }
  const labelsOfSpeaker = new Map<number, number>();
  for (const { named } of labelled) labelsOfSpeaker.set(named.cluster, (labelsOfSpeaker.get(named.cluster) ?? 0) + 1);
  // A conversation: a few voices taking turns ("Matthews: …", "Lopez: …", "Matthews: …") in most of the labelled
  // paragraphs, where a list repeats no label or has many, most naming no one.
  const conversation = labelsOfSpeaker.size >= 2 && labelsOfSpeaker.size <= CONVERSATION_VOICES && labelled.length * 2 >= labelledBlocks;
  for (const { named, first, end, label } of labelled) {
    // In a list, a label in title case speaks in the first person, or in its turns in a conversation.
    const listItem = labelList && !CAPITALS_LABEL.test(label) && !hasFirstPerson(tokens, first, end) && !(conversation && (labelsOfSpeaker.get(named.cluster) ?? 0) >= 2);
    if (!factLabels.has(label) && !listItem) pushReported(ctx, reported, makeQuote(ctx, tokens[first]!.start, tokens[end - 1]!.end, 'reported', { mention: named, first: named.first, end: named.end }));
  }
}

/** Where the search for a label ends: its colon, or the end of a sentence. */
const LABEL_ENDS = new Set([':', '.', '!', '?']);

/** Paragraphs opening with a label of at most five words and a colon ("Permit Fees:", "5. Rocket Languages:"). */
function countLabelledBlocks(tokens: readonly Token[]): number {
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (index > 0 && tokens[index - 1]!.block === tokens[index]!.block) continue;
    // A list's number ("5.") before the label.
    let first = index;
    if (/^\d+\.?$/.test(tokens[first]!.text)) first += tokens[first + 1]?.text === '.' ? 2 : 1;
    for (let t = first + 1; t < first + 6 && t < tokens.length && tokens[t]!.block === tokens[index]!.block; t++) {
      if (tokens[t]!.text === ':') count++;
      if (LABEL_ENDS.has(tokens[t]!.text)) break;
    }
  }
  return count;
}

/** Most voices a conversation written as labelled lines has (a host and a panel). */
const CONVERSATION_VOICES = 5;

const FIRST_PERSON = /^(?:I|I['’](?:m|ve|ll|d)|we|We|we['’](?:re|ve|ll|d)|We['’](?:re|ve|ll|d)|my|My|our|Our|me|us)$/;

/** Whether the words from `first` to `end` speak in the first person. */
function hasFirstPerson(tokens: readonly Token[], first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (FIRST_PERSON.test(tokens[t]!.text)) return true;
  return false;
}

/** Whether the words from `first` spell out the acronym `label` by their initials ("SEM: Search engine marketing …"). */
function spellsOut(label: string, tokens: readonly Token[], first: number, end: number): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(label) || end - first < label.length) return false;
  for (let index = 0; index < label.length; index++) if (tokens[first + index]!.text.charAt(0).toUpperCase() !== label.charAt(index)) return false;
  return true;
}

/** Whether what follows a label's colon is a figure or a date of a list of facts ("INTERVAL: Up to 100,000 miles", "PRICE: $373", "TCEA: January 31-February 4"), not words spoken. */
export function readsAsFigure(statement: string): boolean {
  return /^(?:[\d$€£¥]|up to\b|about \d|around \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d)/iu.test(statement.trim());
}
