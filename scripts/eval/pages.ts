// `npm run eval -- pages [--verbose] [--development]`: companies and quoted people on real news pages, from the HTML end to
// end (article body on the page, then the text analysis), against hand-made labels (names only) for pages
// of ../shared/data/articles: a development set and a held-out set (see LABEL_SETS).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeArticle, blockQuoteRanges } from '../../utils/article/index.ts';
import { analyzeText } from '../../utils/nlp/index.ts';
import { DROPPED_SUFFIXES } from '../../utils/nlp/gazetteer.ts';
import { parseHtmlDocument } from '../lib/dom.ts';
import { surnameKey } from './quotes.ts';

const SHARED_DIR = '../shared/data/articles';
/**
 * The development pages were read while the rules were written; the held-out pages were labelled
 * afterwards and are only measured, so their figures are what a reader can expect elsewhere.
 */
/** The hand-labelled page sets, each measured on its own. */
export const LABEL_SETS = [
  { title: 'Real news pages, development set (Readability test pages and WCXB pages, hand-labelled)', path: 'scripts/eval/news-pages.labels.json', heldOut: false },
  { title: 'Real pages, development set, second batch (30 WCXB dev articles, hand-labelled)', path: 'scripts/eval/news-pages-dev-2.labels.json', heldOut: false },
  { title: 'Real pages, development set, third batch (30 WCXB dev articles drawn at random, hand-labelled from their reference text, measured once unseen)', path: 'scripts/eval/news-pages-dev-3.labels.json', heldOut: false },
  { title: 'Real pages, development set, fourth batch (30 WCXB dev articles drawn at random, hand-labelled from their reference text, measured once unseen)', path: 'scripts/eval/news-pages-dev-4.labels.json', heldOut: false },
  { title: 'Real pages, held out (WCXB dev pages, hand-labelled, never tuned on)', path: 'scripts/eval/news-pages-heldout.labels.json', heldOut: true },
  { title: 'Real pages, held out, second set (24 more WCXB dev articles, hand-labelled later, never tuned on)', path: 'scripts/eval/news-pages-heldout-2.labels.json', heldOut: true },
];

export interface PageLabels {
  case: string;
  companies: { name: string; aliases?: string[] }[];
  /** Names a careful reader could count either way: neither a hit nor a miss. */
  uncertainCompanies?: string[];
  quotedPeople: { name: string; role: string | null }[];
  uncertainPeople?: string[];
}

/** A company name's matching key: lower case, no leading "the", no possessive, no legal form, no ".com", no punctuation. */
export function companyKey(name: string): string {
  const words = name
    .replace(/['’]s?$/u, '')
    .toLowerCase()
    .replace(/[.,&'’]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && DROPPED_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  // A web address's ending is no part of the name ("Amazon.com" is Amazon).
  if (words.length > 1 && words[words.length - 1] === 'com') words.pop();
  return words.join(' ');
}

/** Counts of one page or of all: found, gold and right, for exact-set precision and recall. */
export class SetScore {
  found = 0;
  gold = 0;
  right = 0;

  add(other: { found: number; gold: number; right: number }): void {
    this.found += other.found;
    this.gold += other.gold;
    this.right += other.right;
  }

  row(): string {
    const precision = this.found ? this.right / this.found : 0;
    const recall = this.gold ? this.right / this.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (gold ${this.gold}, found ${this.found}, right ${this.right})`;
  }
}

/**
 * Matches found names against gold entries (each with its own set of keys): a found name is right when
 * its key is one of an unmatched gold entry's keys; a found name whose key is uncertain counts for nothing.
 */
export function matchNames(
  found: readonly string[],
  gold: readonly { label: string; keys: readonly string[] }[],
  uncertain: ReadonlySet<string>,
  keyOf: (name: string) => string | null,
): { score: { found: number; gold: number; right: number }; extra: string[]; missing: string[] } {
  const unmatched = new Set(gold.map((_, index) => index));
  const extra: string[] = [];
  let counted = 0;
  let right = 0;
  for (const name of new Set(found)) {
    const key = keyOf(name);
    const hit = key === null ? undefined : [...unmatched].find((index) => gold[index]!.keys.includes(key));
    if (hit !== undefined) {
      unmatched.delete(hit);
      right++;
      counted++;
    } else if (key === null || !uncertain.has(key)) {
      // A second spelling of a company already matched is neither right nor wrong twice over.
      if (key !== null && gold.some((entry, index) => !unmatched.has(index) && entry.keys.includes(key))) continue;
      extra.push(name);
      counted++;
    }
  }
  return { score: { found: counted, gold: gold.length, right }, extra, missing: [...unmatched].map((index) => gold[index]!.label) };
}

/** A labelled page's HTML: "wcxb/NNNN" is a WCXB dev page, any other case a Readability test page. */
export function pagePath(page: string): string {
  const wcxb = /^wcxb\/(\d+)$/.exec(page);
  return wcxb ? `${SHARED_DIR}/wcxb-dev/html/${wcxb[1]}.html.gz` : `${SHARED_DIR}/readability/${page}/source.html.gz`;
}

/** Measures one set of labelled pages and prints its lines. */
function measure(title: string, labels: readonly PageLabels[], verbose: boolean): void {
  const companies = new SetScore();
  const people = new SetScore();
  const missedCompaniesAs = new Map<string, number>();
  let missedPeopleFoundUnquoted = 0;
  let words = 0;
  let ms = 0;
  for (const page of labels) {
    const html = gunzipSync(readFileSync(pagePath(page.case))).toString('utf8');
    const started = performance.now();
    const article = analyzeArticle(parseHtmlDocument(html));
    const analysis = analyzeText(article.body.text, { blockQuotes: blockQuoteRanges(article.body) });
    ms += performance.now() - started;
    words += article.body.text.match(/\S+/g)?.length ?? 0;

    const foundCompanies = analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical);
    const goldCompanies = page.companies.map((company) => ({ label: company.name, keys: [company.name, ...(company.aliases ?? [])].map(companyKey) }));
    const companyResult = matchNames(foundCompanies, goldCompanies, new Set((page.uncertainCompanies ?? []).map(companyKey)), companyKey);
    companies.add(companyResult.score);
    // What a missed company was found as: another type, or no name at all.
    const typeByKey = new Map<string, string>();
    for (const entity of analysis.entities) {
      const key = companyKey(entity.canonical);
      if (!typeByKey.has(key)) typeByKey.set(key, entity.type);
    }
    for (const label of companyResult.missing) {
      const gold = goldCompanies.find((entry) => entry.label === label)!;
      const type = gold.keys.map((key) => typeByKey.get(key)).find((found) => found !== undefined) ?? 'no name';
      missedCompaniesAs.set(type, (missedCompaniesAs.get(type) ?? 0) + 1);
    }

    const foundPeople = analysis.people.filter((person) => person.quoted).map((person) => person.name);
    const goldPeople = page.quotedPeople.map((person) => ({ label: person.name, keys: [surnameKey(person.name) ?? person.name.toLowerCase()] }));
    const peopleResult = matchNames(foundPeople, goldPeople, new Set((page.uncertainPeople ?? []).map((name) => surnameKey(name) ?? name)), surnameKey);
    people.add(peopleResult.score);
    for (const label of peopleResult.missing) {
      const key = surnameKey(label);
      if (analysis.people.some((person) => surnameKey(person.name) === key)) missedPeopleFoundUnquoted++;
    }

    if (verbose) {
      console.log(`${page.case}${article.isArticle ? '' : ' (not taken for an article)'}`);
      console.log(`  companies: extra ${JSON.stringify(companyResult.extra)}, missing ${JSON.stringify(companyResult.missing)}`);
      console.log(`  quoted people: extra ${JSON.stringify(peopleResult.extra)}, missing ${JSON.stringify(peopleResult.missing)}`);
    }
  }
  console.log(`${title}: ${labels.length} pages, ${words} words of article body, HTML to analysis ${((ms / words) * 1000).toFixed(1)} ms / 1,000 words.`);
  console.log(`  companies (canonical names per page):      ${companies.row()}`);
  console.log(`  quoted people (per page, by surname):      ${people.row()}`);
  const missedAs = [...missedCompaniesAs].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`).join(', ');
  console.log(`  missed companies, found as: ${missedAs || 'none missed'}; missed quoted people found as people but not quoted: ${missedPeopleFoundUnquoted} of ${people.gold - people.right}`);
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(SHARED_DIR)) {
    console.log(`${SHARED_DIR} not found (the shared data folder next to the repository); nothing to measure.`);
    return;
  }
  const verbose = args.includes('--verbose');
  // While rules are being written, `--development` keeps the held-out pages out of sight.
  const sets = args.includes('--development') ? LABEL_SETS.filter((set) => !set.heldOut) : LABEL_SETS;
  for (const set of sets) {
    if (!existsSync(set.path)) continue;
    measure(set.title, JSON.parse(readFileSync(set.path, 'utf8')) as PageLabels[], verbose);
  }
}
