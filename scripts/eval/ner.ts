// `npm run eval -- ner`: exact-span P/R/F1 per type on CoNLL-2003 dev, ours and compromise in the same run,
// then the seed article against e2e/fixtures/expected.json (the seed check needs no shared data).
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/nlp/index.ts';
import { findNames } from '../../utils/nlp/ner.ts';
import { tokenize } from '../../utils/nlp/tokenize.ts';
import { readConll } from '../train/conll.ts';

const DEV_PATH = '../shared/data/ner/conll2003/dev.jsonl';
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

interface Span {
  type: string;
  start: number;
  end: number;
}

class SpanScore {
  private readonly counts = new Map<string, { gold: number; found: number; correct: number }>();

  add(gold: readonly Span[], found: readonly Span[]): void {
    const goldKeys = new Set(gold.map((span) => `${span.type}:${span.start}:${span.end}`));
    for (const span of gold) this.count(span.type).gold++;
    for (const span of found) {
      const count = this.count(span.type);
      count.found++;
      if (goldKeys.has(`${span.type}:${span.start}:${span.end}`)) count.correct++;
    }
  }

  row(type: string): string {
    const { gold, found, correct } = this.count(type);
    const precision = found ? correct / found : 0;
    const recall = gold ? correct / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (gold ${gold}, found ${found})`;
  }

  private count(type: string): { gold: number; found: number; correct: number } {
    let count = this.counts.get(type);
    if (!count) {
      count = { gold: 0, found: 0, correct: 0 };
      this.counts.set(type, count);
    }
    return count;
  }
}

const PRODUCT_TYPE: Record<string, string> = { company: 'ORG', organization: 'ORG', person: 'PER', location: 'LOC' };

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const spans: Span[] = [];
  const add = (type: string, matches: CompromiseMatch[]): void => {
    for (const match of matches) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      // compromise's offsets carry trailing punctuation and spaces; trimming them is fair to it.
      while (end > start && /[\s.,;:'"!?)]/.test(text[end - 1] ?? '')) end--;
      while (start < end && /[\s"'(]/.test(text[start] ?? '')) start++;
      if (end > start) spans.push({ type, start, end });
    }
  };
  add('ORG', doc.organizations().json({ offset: true }) as CompromiseMatch[]);
  add('PER', doc.people().json({ offset: true }) as CompromiseMatch[]);
  add('LOC', doc.places().json({ offset: true }) as CompromiseMatch[]);
  return spans;
}

function evaluateConll(): void {
  const documents = readConll(DEV_PATH);
  if (!documents) {
    console.log(`CoNLL dev not found at ${DEV_PATH} (the shared data folder next to the repository); skipping the CoNLL part.`);
    return;
  }
  const tagger = new SpanScore();
  const product = new SpanScore();
  const baseline = new SpanScore();
  let words = 0;
  let taggerMs = 0;
  let productMs = 0;
  let baselineMs = 0;
  for (const document of documents) {
    const gold = document.entities.map((entity) => ({ type: entity.type, start: entity.start, end: entity.end }));
    words += document.text.split(/\s+/).length;

    let started = performance.now();
    const tokenized = tokenize(document.text);
    const names = findNames(tokenized).map((name) => ({
      type: name.kind,
      start: tokenized.tokens[name.first]!.start,
      end: tokenized.tokens[name.end - 1]!.end,
    }));
    taggerMs += performance.now() - started;
    tagger.add(gold, names);

    started = performance.now();
    const analysis = analyzeText(document.text);
    productMs += performance.now() - started;
    product.add(
      gold.filter((span) => span.type !== 'MISC'),
      analysis.entities.map((entity) => ({ type: PRODUCT_TYPE[entity.type] ?? '?', start: entity.start, end: entity.end })),
    );

    started = performance.now();
    const compromiseFound = compromiseSpans(document.text);
    baselineMs += performance.now() - started;
    baseline.add(gold.filter((span) => span.type !== 'MISC'), compromiseFound);
  }
  const perThousand = (ms: number): string => `${((ms / words) * 1000).toFixed(2)} ms / 1,000 words`;
  console.log(`CoNLL-2003 dev: ${documents.length} documents, ${words} words. Exact spans.`);
  console.log(`\nOur tagger alone (CoNLL types, MISC included), ${perThousand(taggerMs)}:`);
  for (const type of TYPES) console.log(`  ${type.padEnd(4)} ${tagger.row(type)}`);
  console.log(`\nanalyzeText (company+organization -> ORG, person -> PER, location -> LOC), ${perThousand(productMs)}:`);
  for (const type of TYPES.slice(0, 3)) console.log(`  ${type.padEnd(4)} ${product.row(type)}`);
  console.log(`\ncompromise 14 (organizations, people, places), ${perThousand(baselineMs)}:`);
  for (const type of TYPES.slice(0, 3)) console.log(`  ${type.padEnd(4)} ${baseline.row(type)}`);
}

interface ExpectedSeed {
  companies: { name: string; mentions: string[] }[];
  quotedOfficials: { name: string; role: string; quotes: { kind: string; text: string }[] }[];
  notHighlighted: Record<string, string[]>;
}

/** Article body as the page's extractor gives it: no headline, no Related line. */
export function seedBodyText(articleText: string): string {
  const blocks = articleText.split(/\n\s*\n/);
  return blocks
    .slice(1)
    .filter((block) => !block.startsWith('trade-warRelated'))
    .join('\n\n')
    .trim();
}

function evaluateSeed(): void {
  const expected = JSON.parse(readFileSync('e2e/fixtures/expected.json', 'utf8')) as ExpectedSeed;
  const articleText = readFileSync('e2e/fixtures/article.txt', 'utf8');
  for (const [label, text] of [
    ['seed body text', seedBodyText(articleText)],
    ['seed article.txt', articleText],
  ] as const) {
    const analysis = analyzeText(text);
    const companies = new Set(analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical));
    const expectedCompanies = new Set(expected.companies.map((company) => company.name));
    const missing = [...expectedCompanies].filter((name) => !companies.has(name));
    const extra = [...companies].filter((name) => !expectedCompanies.has(name));
    const quoted = analysis.people.filter((person) => person.quoted);
    console.log(`\n${label}: companies ${companies.size} (${[...companies].join(', ')})`);
    console.log(`  missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'}`);
    for (const official of expected.quotedOfficials) {
      const person = quoted.find((candidate) => candidate.name === official.name);
      const quotes = analysis.quotes.filter((quote) => quote.speaker?.name === official.name);
      const quotesRight = official.quotes.filter((want) => quotes.some((quote) => quote.kind === want.kind && quote.text === want.text)).length;
      console.log(
        `  ${official.name}: ${person ? 'quoted' : 'NOT quoted'}; role ${JSON.stringify(person?.role ?? null)} (want ${JSON.stringify(official.role)}); quotes right ${quotesRight}/${official.quotes.length}`,
      );
    }
    console.log(`  quoted people: ${quoted.map((person) => person.name).join(', ') || 'none'}`);
  }
}

export async function run(args: string[]): Promise<void> {
  void args;
  evaluateConll();
  evaluateSeed();
}
