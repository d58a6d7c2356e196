import type { NoteRecord } from '../db/types';
import type { SavedPage } from '../db/saved-page';
import { NOTE_COLORS } from '../db/types';
import { wordsOf } from '../db/notes';
import { entityKey } from '../db/saved-page';

const COMPANIES = ['Huawei', 'ZTE', 'Apple', 'Toyota', 'Sony', 'Nokia', 'Ericsson', 'Samsung'];
const PEOPLE = [
  { name: 'Yoshihide Suga', role: 'Chief Cabinet Secretary' },
  { name: 'Ren Zhengfei', role: 'Founder of Huawei' },
  { name: 'Margrethe Vestager', role: 'European Commissioner' },
];
const WORDS = ['network', 'security', 'tariff', 'supply', 'chip', 'export', 'ban', 'market', 'investor', 'regulator', 'Café', 'Zürich'];

/** A deterministic library of `noteCount` notes over `articleCount` articles, as the database stores them. */
export function makeLibrary(noteCount: number, articleCount: number, start = Date.UTC(2025, 0, 1)): { notes: NoteRecord[]; pages: SavedPage[] } {
  const pages: SavedPage[] = [];
  for (let a = 0; a < articleCount; a++) {
    const site = `news${a % 17}.example`;
    const url = `https://${site}/2025/${a}/story`;
    const companies = [COMPANIES[a % COMPANIES.length]!, COMPANIES[(a * 3 + 1) % COMPANIES.length]!]
      .filter((name, i, all) => all.indexOf(name) === i)
      .map((name, i) => ({ name, mentions: 1 + ((a + i) % 5) }));
    const person = PEOPLE[a % PEOPLE.length]!;
    const people = [{ name: person.name, role: person.role, quotes: [`We will look at ${WORDS[a % WORDS.length]} closely, ${a}.`] }];
    pages.push({
      url,
      site,
      title: `Story ${a}: ${companies.map((c) => c.name).join(' and ')} face ${WORDS[a % WORDS.length]} questions`,
      savedAt: start + a * 60_000,
      companies,
      people,
      entityKeys: [...companies.map((c) => entityKey('company', c.name)), ...people.map((p) => entityKey('person', p.name))],
    });
  }
  const notes: NoteRecord[] = [];
  for (let n = 0; n < noteCount; n++) {
    const page = pages[n % articleCount]!;
    const exact = `Quoted passage ${n} about ${WORDS[n % WORDS.length]} and ${page.companies[0]!.name} “in quotes”\nsecond line`;
    const created = start + n * 1000;
    const note: NoteRecord = {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      page: page.url,
      site: page.site,
      pageTitle: page.title,
      created,
      updated: created + (n % 3) * 500,
      target: {
        source: page.url,
        selector: [
          { type: 'TextQuoteSelector', exact, prefix: `before ${n} `, suffix: ' after' },
          { type: 'TextPositionSelector', start: n * 10, end: n * 10 + exact.length },
        ],
      },
      body: n % 4 === 0 ? '' : `Note ${n}: check the ${WORDS[(n + 3) % WORDS.length]} angle *bold* <b>not html</b>`,
      color: NOTE_COLORS[n % NOTE_COLORS.length]!,
      tags: n % 5 === 0 ? [] : [`tag${n % 7}`, ...(n % 2 ? ['follow up'] : [])],
      words: [],
    };
    note.words = wordsOf(note);
    notes.push(note);
  }
  return { notes, pages };
}
