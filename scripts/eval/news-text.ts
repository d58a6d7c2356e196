// `npm run eval -- news [--verbose] [--development]`: companies, quoted people and their roles on news-style
// articles written for this test (business, politics and local news in wire, newspaper and broadcast styles; every
// quoted person is fictional), labelled by their writers: a development set read while rules were written and a
// held-out set only measured. The articles live in the repository (scripts/eval/news-text/), so this needs no ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../utils/nlp/index.ts';
import { projectRoot } from '../lib/files.ts';
import { SetScore, companyKey, matchNames } from './pages.ts';
import { surnameKey } from './quotes.ts';

export interface NewsTextArticle {
  id: string;
  text: string;
  companies: { name: string; aliases: string[] }[];
  /** Names a careful reader could count either way: neither a hit nor a miss. */
  uncertainCompanies: string[];
  /** Each quoted person's role as the article writes it (up to a relative clause), or null when it gives none. */
  quotedPeople: { name: string; role: string | null }[];
  uncertainPeople: string[];
}

const SETS = [
  { title: 'News-style articles, development set', file: 'development.jsonl', heldOut: false },
  { title: 'News-style articles, development set, second batch (measured once unseen, then read)', file: 'development-2.jsonl', heldOut: false },
  { title: 'News-style articles, development set, third batch (measured once unseen)', file: 'development-3.jsonl', heldOut: false },
  { title: 'News-style articles, development set, fourth batch (measured once unseen)', file: 'development-4.jsonl', heldOut: false },
  { title: 'News-style articles, development set, fifth batch (measured once unseen)', file: 'development-5.jsonl', heldOut: false },
  { title: 'News-style articles, development set, sixth batch (measured once unseen)', file: 'development-6.jsonl', heldOut: false },
  { title: 'News-style articles, development set, seventh batch (measured once unseen)', file: 'development-7.jsonl', heldOut: false },
  { title: 'News-style articles, development set, eighth batch (measured once unseen)', file: 'development-8.jsonl', heldOut: false },
  { title: 'News-style articles, development set, ninth batch (measured once unseen)', file: 'development-9.jsonl', heldOut: false },
  { title: 'News-style articles, development set, tenth batch (measured once unseen)', file: 'development-10.jsonl', heldOut: false },
  { title: 'News-style articles, held out (never read while writing rules)', file: 'held-out.jsonl', heldOut: true },
];

export function readNewsText(file: string): NewsTextArticle[] {
  return readFileSync(join(projectRoot, 'scripts', 'eval', 'news-text', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as NewsTextArticle);
}

/** A role as compared: one kind of apostrophe, lower case. */
export function roleKey(role: string): string {
  return role.replace(/’/g, "'").toLowerCase();
}

function measure(title: string, articles: readonly NewsTextArticle[], verbose: boolean): void {
  const companies = new SetScore();
  const people = new SetScore();
  let rolesRight = 0;
  let roles = 0;
  let words = 0;
  for (const article of articles) {
    const analysis = analyzeText(article.text);
    words += article.text.match(/\S+/g)?.length ?? 0;
    const found = analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical);
    const gold = article.companies.map((company) => ({ label: company.name, keys: [company.name, ...company.aliases].map(companyKey) }));
    const companyResult = matchNames(found, gold, new Set(article.uncertainCompanies.map(companyKey)), companyKey);
    companies.add(companyResult.score);
    const quoted = analysis.people.filter((person) => person.quoted);
    const goldPeople = article.quotedPeople.map((person) => ({ label: person.name, keys: [surnameKey(person.name) ?? person.name.toLowerCase()] }));
    const peopleResult = matchNames(
      quoted.map((person) => person.name),
      goldPeople,
      new Set(article.uncertainPeople.map((name) => surnameKey(name) ?? name)),
      surnameKey,
    );
    people.add(peopleResult.score);
    const wrongRoles: string[] = [];
    for (const person of article.quotedPeople) {
      const ours = quoted.find((candidate) => surnameKey(candidate.name) === surnameKey(person.name));
      if (!ours || person.role === null) continue;
      roles++;
      if (ours.role !== null && roleKey(ours.role) === roleKey(person.role)) rolesRight++;
      else wrongRoles.push(`${person.name}: "${ours.role}" for "${person.role}"`);
    }
    if (verbose && (companyResult.extra.length || companyResult.missing.length || peopleResult.extra.length || peopleResult.missing.length || wrongRoles.length)) {
      console.log(`${article.id}`);
      console.log(`  companies: extra ${JSON.stringify(companyResult.extra)}, missing ${JSON.stringify(companyResult.missing)}`);
      console.log(`  quoted people: extra ${JSON.stringify(peopleResult.extra)}, missing ${JSON.stringify(peopleResult.missing)}`);
      for (const line of wrongRoles) console.log(`  role ${line}`);
    }
  }
  console.log(`${title}: ${articles.length} articles, ${words} words.`);
  console.log(`  companies (canonical names per article):   ${companies.row()}`);
  console.log(`  quoted people (per article, by surname):   ${people.row()}`);
  console.log(`  roles of the quoted people found, as written: ${rolesRight} of ${roles} (${((100 * rolesRight) / Math.max(1, roles)).toFixed(1)}%)`);
}

export async function run(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  // While rules are being written, `--development` keeps the held-out articles out of sight.
  const sets = args.includes('--development') ? SETS.filter((set) => !set.heldOut) : SETS;
  for (const set of sets) measure(set.title, readNewsText(set.file), verbose);
}
