// `npm run eval -- quotes`: direct quotes and speakers on PolNeAR dev, ours and a compromise baseline in the
// same run, plus reported speech against PolNeAR's attributions.
import nlp from 'compromise';
import { analyzeText, type Quote } from '../../utils/nlp/index.ts';
import { COMPANY_NAME_WORDS, KNOWN_ORGANIZATIONS, MEDIA_COMPANIES, ORGANIZATION_NAME_WORDS, PERSON_TITLES, PLACES } from '../../utils/nlp/gazetteer.ts';
import { readPolnear } from '../train/cues.ts';

const DEV_PATH = '../shared/data/quotes/polnear/dev.jsonl';
const PRONOUNS = /^(he|she|they|i|we|it|his|her|him|them|you)$/i;

interface GoldQuote {
  start: number;
  end: number;
  speaker: { start: number; end: number; text: string } | null;
}

interface PolnearDev {
  id: string;
  text: string;
  quotes: GoldQuote[];
  attributions: { content: [number, number][]; source: [number, number][] | null }[];
}

/** Gold spans include the quotation marks; ours do not. */
function innerSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”„«»‘’'‹›]/u.test(text[start]!)) start++;
  while (end > start && /[\s"“”„«»‘’'‹›]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

const overlap = (a: [number, number], b: [number, number]): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const matches = (a: [number, number], b: [number, number]): boolean => overlap(a, b) >= 0.5 * Math.max(a[1] - a[0], b[1] - b[0]);

/** A gold speaker that is a name: capitalised words, not a pronoun, not "the report". */
function isNamed(speaker: GoldQuote['speaker']): boolean {
  if (!speaker) return false;
  const text = speaker.text.trim();
  return !PRONOUNS.test(text) && /^\p{Lu}/u.test(text) && !/^(The|A|An|This|That|These|Those|His|Her|Their|Its)\b/u.test(text);
}

const words = (value: string): string[] => value.match(/\p{Lu}[\p{L}'’\-]+/gu) ?? [];

/** Our speaker is right when it names the gold speaker (a shared capitalised word) or points at the gold span. */
function sameSpeaker(ours: Quote['speaker'], gold: NonNullable<GoldQuote['speaker']>, goldName: string | null): boolean {
  if (!ours) return false;
  if (overlap([ours.start, ours.end], [gold.start, gold.end]) > 0) return true;
  const target = goldName ?? gold.text;
  const goldWords = new Set(words(target));
  return words(ours.name).some((word) => goldWords.has(word));
}

/** A name's matching key: its last capitalised word, lower-cased, without a possessive ("Mr. Obama's" -> "obama"). */
export function surnameKey(name: string): string | null {
  const capitalised = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/gu, '')
    .replace(/\b(?:Jr|Sr|II|III|IV)\b\.?/g, ' ')
    .match(/\p{Lu}[\p{L}'’\-]*/gu);
  return capitalised ? capitalised[capitalised.length - 1]!.replace(/’/g, "'").toLowerCase() : null;
}

/** Words that are not a person's name: places, organisations, media and the words of organisation names. */
const NOT_NAME_WORDS = new Set(
  [...PLACES, ...KNOWN_ORGANIZATIONS, ...MEDIA_COMPANIES, ...ORGANIZATION_NAME_WORDS, ...COMPANY_NAME_WORDS].flatMap((name) => name.toLowerCase().split(' ')),
);
/** Capitalised words that open sentences and phrases, so they say nothing about the word after them. */
const FUNCTION_WORDS = new Set('the|a|an|this|that|these|those|in|on|at|for|but|and|or|if|when|as|after|before|while|with|by|from|of|to|his|her|their|its|our|my|so|then|now|yet|also|said|says'.split('|'));

/**
 * Surnames the article itself shows to be people's: capitalised words written right after a title
 * ("Mr. Clarke", "Sen. Kaine") or after a capitalised word that is neither a function word nor part of a
 * place or organisation name ("Angela Merkel", "Donald J. Trump"). PolNeAR does not type its sources, and
 * this check uses neither our tagger nor our attribution, so the score it gates stays honest.
 */
export function personSurnames(text: string): Set<string> {
  const tokens = text.match(/[\p{L}][\p{L}'’\-.]*/gu) ?? [];
  const surnames = new Set<string>();
  const capitalised = /^\p{Lu}/u;
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index]!.replace(/['’]s$/u, '').replace(/\.$/, '');
    const before = tokens[index - 1]!;
    const beforeLower = before.replace(/\.$/, '').toLowerCase();
    if (!capitalised.test(word) || !capitalised.test(before)) continue;
    if (PERSON_TITLES.has(beforeLower) || PERSON_TITLES.has(`${beforeLower}.`) || (!FUNCTION_WORDS.has(beforeLower) && !NOT_NAME_WORDS.has(beforeLower))) {
      surnames.add(word.replace(/’/g, "'").toLowerCase());
    }
  }
  const lowerCaseWords = new Set(text.match(/(?<![\p{L}'’\-])\p{Ll}[\p{Ll}'’\-]*/gu) ?? []);
  for (const surname of [...surnames]) {
    // "Senate Republicans": a plural of a word the article also uses in the singular is a group, not a surname.
    // A word the article also writes in lower case ("Lawmakers", "Polls" in a headline) is a common noun.
    if (NOT_NAME_WORDS.has(surname) || lowerCaseWords.has(surname) || (surname.endsWith('s') && new RegExp(`\\b${surname.slice(0, -1)}\\b`, 'i').test(text))) surnames.delete(surname);
  }
  return surnames;
}

/** Named gold sources that are people, as surname keys: quote speakers and attribution sources ("Obama and Clinton" gives both). */
export function goldQuotedPeople(article: PolnearDev): Set<string> {
  const people = personSurnames(article.text);
  const spans = [...article.quotes.flatMap((quote) => (quote.speaker ? [[quote.speaker.start, quote.speaker.end] as [number, number]] : [])), ...article.attributions.flatMap((attribution) => attribution.source ?? [])];
  const keys = new Set<string>();
  for (const [start, end] of spans) {
    // "Rendell, a Clinton surrogate,": the name before the appositive; "Clinton campaign": no name ends it.
    const source = article.text.slice(start, end).split(',')[0]!.replace(/\([^)]*\)/g, ' ').trim();
    if (!isNamed({ start, end, text: source }) || !/\p{Lu}[\p{L}'’\-.]*$/u.test(source.replace(/['’]s$/u, ''))) continue;
    for (const part of source.split(/\s+(?:and|&)\s+/)) {
      const key = surnameKey(part);
      if (key && people.has(key)) keys.add(key);
    }
  }
  return keys;
}

/** Compromise baseline: the person nearest to the quote in its sentence, else the last person named before. */
function compromiseSpeaker(text: string, people: { start: number; end: number; text: string }[], quote: [number, number]): Quote['speaker'] {
  const sentenceStart = Math.max(text.lastIndexOf('\n', quote[0]), text.lastIndexOf('. ', quote[0] - 2)) + 1;
  let sentenceEnd = text.indexOf('\n', quote[1]);
  if (sentenceEnd < 0) sentenceEnd = text.length;
  let best: (typeof people)[number] | null = null;
  let bestDistance = Infinity;
  for (const person of people) {
    if (person.start < sentenceStart || person.end > sentenceEnd || (person.start >= quote[0] && person.end <= quote[1])) continue;
    const distance = person.start > quote[1] ? person.start - quote[1] : quote[0] - person.end;
    if (distance < bestDistance) [best, bestDistance] = [person, distance];
  }
  if (!best) for (const person of people) if (person.end <= quote[0]) best = person;
  return best ? { name: best.text, start: best.start, end: best.end } : null;
}

export async function run(args: string[]): Promise<void> {
  // `--data <jsonl>` measures another PolNeAR split (e.g. train, while developing rules); `--limit N` its first N articles.
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const path = option('--data') ?? DEV_PATH;
  const limit = Number(option('--limit')) || Infinity;
  // `--verbose` prints each quote found whose named speaker we got wrong.
  const verbose = args.includes('--verbose');
  const articles = (readPolnear(path) as PolnearDev[] | null)?.slice(0, limit) ?? null;
  if (!articles) {
    console.log(`PolNeAR data not found at ${path} (the shared data folder next to the repository); nothing to evaluate.`);
    return;
  }
  let goldQuotes = 0;
  let foundDirect = 0;
  let matchedGold = 0;
  let correctFound = 0;
  const speaker = { named: 0, namedRight: 0, namedBaseline: 0, namedFound: 0, namedFoundRight: 0, all: 0, allRight: 0, allBaseline: 0 };
  let reportedFound = 0;
  let reportedRight = 0;
  let goldReported = 0;
  let goldReportedFound = 0;
  const quotedPeople = { ours: 0, gold: 0, right: 0, found: 0 };
  let milliseconds = 0;
  let wordCount = 0;
  for (const article of articles) {
    const text = article.text;
    wordCount += text.split(/\s+/).length;
    const started = performance.now();
    const analysis = analyzeText(text);
    milliseconds += performance.now() - started;
    const direct = analysis.quotes.filter((quote) => quote.kind === 'direct');
    const reported = analysis.quotes.filter((quote) => quote.kind === 'reported');
    const gold = article.quotes.map((quote) => ({ ...quote, inner: innerSpan(text, quote.start, quote.end) }));
    const people = (nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((person) => ({
      text: person.text.replace(/[\s.,;:'"’”]+$/u, ''),
      start: person.offset.start,
      end: person.offset.start + person.text.replace(/[\s.,;:'"’”]+$/u, '').length,
    }));

    // A gold pronoun speaker stands for the latest named gold source before it (a proxy for coreference).
    const namedSources = article.attributions
      .flatMap((attribution) => attribution.source ?? [])
      .map(([start, end]) => ({ start, end, text: text.slice(start, end) }))
      .filter((source) => isNamed({ ...source }))
      .sort((a, b) => a.start - b.start);
    const referent = (speakerSpan: NonNullable<GoldQuote['speaker']>): string | null => {
      let name: string | null = null;
      for (const source of namedSources) if (source.start < speakerSpan.start) name = source.text;
      return name;
    };

    goldQuotes += gold.length;
    foundDirect += direct.length;
    for (const quote of direct) if (gold.some((candidate) => matches([quote.start, quote.end], candidate.inner))) correctFound++;
    for (const candidate of gold) {
      const ours = direct.find((quote) => matches([quote.start, quote.end], candidate.inner));
      const baseline = compromiseSpeaker(text, people, candidate.inner);
      if (ours) matchedGold++;
      const goldSpeaker = candidate.speaker;
      let right = false;
      let baselineRight = false;
      if (goldSpeaker && isNamed(goldSpeaker)) {
        speaker.named++;
        right = ours ? sameSpeaker(ours.speaker, goldSpeaker, null) : false;
        baselineRight = sameSpeaker(baseline, goldSpeaker, null);
        if (right) speaker.namedRight++;
        if (ours) speaker.namedFound++;
        if (ours && right) speaker.namedFoundRight++;
        if (verbose && ours && !right) console.log(`  ${article.id}: speaker ${JSON.stringify(ours.speaker?.name ?? null)} for ${JSON.stringify(goldSpeaker.text)}: “${text.slice(candidate.inner[0], candidate.inner[0] + 60)}…”`);
        if (baselineRight) speaker.namedBaseline++;
      } else if (goldSpeaker && PRONOUNS.test(goldSpeaker.text.trim())) {
        const name = referent(goldSpeaker);
        right = ours ? sameSpeaker(ours.speaker, goldSpeaker, name) : false;
        baselineRight = sameSpeaker(baseline, goldSpeaker, name);
      } else if (goldSpeaker) {
        right = ours ? ours.speaker === null || sameSpeaker(ours.speaker, goldSpeaker, null) : false;
        baselineRight = baseline === null || sameSpeaker(baseline, goldSpeaker, null);
      } else {
        right = ours ? ours.speaker === null : false;
        baselineRight = baseline === null;
      }
      speaker.all++;
      if (right) speaker.allRight++;
      if (baselineRight) speaker.allBaseline++;
    }

    // Quoted people: our people marked quoted against named gold sources who are people, by surname.
    const goldPeople = goldQuotedPeople(article);
    const ourPeople = new Set(analysis.people.filter((person) => person.quoted).map((person) => surnameKey(person.name)).filter((key): key is string => key !== null));
    quotedPeople.ours += ourPeople.size;
    quotedPeople.gold += goldPeople.size;
    for (const key of ourPeople) if (goldPeople.has(key)) quotedPeople.right++;
    for (const key of goldPeople) if (ourPeople.has(key)) quotedPeople.found++;

    // Reported speech: attributions whose content carries no quotation marks (two apostrophes, '', are one too).
    const contents = article.attributions
      .flatMap((attribution) => attribution.content)
      .filter(([start, end]) => !/["“”«»]|''/u.test(text.slice(start, end)));
    goldReported += contents.length;
    reportedFound += reported.length;
    for (const quote of reported) if (contents.some((content) => overlap([quote.start, quote.end], content) > 0)) reportedRight++;
    for (const content of contents) if (reported.some((quote) => overlap([quote.start, quote.end], content) > 0)) goldReportedFound++;
  }
  const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(`PolNeAR ${path === DEV_PATH ? 'dev' : path}: ${articles.length} articles, ${goldQuotes} gold quotes (quotation-marked), analyzeText ${((milliseconds / wordCount) * 1000).toFixed(2)} ms / 1,000 words.`);
  console.log(`Direct quotes (a match overlaps at least half of the longer span):`);
  console.log(`  precision ${ratio(correctFound, foundDirect)} (${correctFound}/${foundDirect})  recall ${ratio(matchedGold, goldQuotes)} (${matchedGold}/${goldQuotes})`);
  console.log(`Speaker, counted over every gold quote (a quote we missed counts as wrong for us):`);
  console.log(`  named gold speaker: ours ${ratio(speaker.namedRight, speaker.named)}  compromise baseline ${ratio(speaker.namedBaseline, speaker.named)}  (${speaker.named} quotes)`);
  console.log(`  named gold speaker, on the quotes we found: ours ${ratio(speaker.namedFoundRight, speaker.namedFound)} (${speaker.namedFound} quotes)`);
  console.log(`  all quotes:         ours ${ratio(speaker.allRight, speaker.all)}  compromise baseline ${ratio(speaker.allBaseline, speaker.all)}  (${speaker.all} quotes; a pronoun speaker stands for the latest named gold source before it)`);
  const peoplePrecision = quotedPeople.right / quotedPeople.ours;
  const peopleRecall = quotedPeople.found / quotedPeople.gold;
  console.log(
    `Quoted people, per article (ours: people marked quoted; gold: named sources of a quote or attribution whose surname the article writes after a title or a first-name-like capitalised word; matched by surname = last capitalised word):`,
  );
  console.log(
    `  precision ${ratio(quotedPeople.right, quotedPeople.ours)} (${quotedPeople.right}/${quotedPeople.ours})  recall ${ratio(quotedPeople.found, quotedPeople.gold)} (${quotedPeople.found}/${quotedPeople.gold})  F1 ${((2 * peoplePrecision * peopleRecall) / (peoplePrecision + peopleRecall)).toFixed(3)}`,
  );
  console.log(`Reported speech (overlap with an attribution content without quotation marks):`);
  console.log(`  precision ${ratio(reportedRight, reportedFound)} (${reportedRight}/${reportedFound})  recall ${ratio(goldReportedFound, goldReported)} (${goldReportedFound}/${goldReported})`);
}
