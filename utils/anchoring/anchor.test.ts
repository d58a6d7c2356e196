import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor, anchorMany, ORPHAN_THRESHOLD } from './anchor.ts';
import { describeSelectors } from './describe.ts';
import type { Anchor, NoteSelector, TextSpan } from './types.ts';

const article = readFileSync(new URL('../../e2e/fixtures/article.txt', import.meta.url), 'utf8').trim();

/** The span of the `occurrence`-th copy of `quote` in `text`. */
function spanOf(text: string, quote: string, occurrence = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" #${occurrence} is not in the text`);
  }
  return { start: at, end: at + quote.length };
}

function noteOn(text: string, quote: string, occurrence = 0): NoteSelector[] {
  return describeSelectors(text, spanOf(text, quote, occurrence));
}

const placed = (text: string, found: Anchor | null) => (found ? text.slice(found.start, found.end) : null);

const LONG_QUOTE = 'the Japanese government has similar concerns about Chinese equipment being used for spying';
const SECOND_PARAGRAPH = '“Cybersecurity is becoming an important issue in Japan.';

interface EditCase {
  name: string;
  quote: string;
  occurrence?: number;
  edit: (text: string) => string;
  /** The text the note must land on after the edit (null: it must be an orphan), its occurrence, and how. */
  expected: string | null;
  expectedOccurrence?: number;
  method?: Anchor['method'];
  confident?: boolean;
}

const cases: EditCase[] = [
  { name: 'unchanged page', quote: 'Yoshihide Suga', edit: (t) => t, expected: 'Yoshihide Suga', method: 'position', confident: true },
  {
    name: 'advert inserted before',
    quote: LONG_QUOTE,
    edit: (t) => t.replace('\n\n', '\n\nAdvertisement\n\nRelated: Huawei sues the US government\n\n'),
    expected: LONG_QUOTE,
    method: 'quote',
    confident: true,
  },
  {
    name: 'word changed just before the quote',
    quote: 'Yoshihide Suga',
    edit: (t) => t.replace('chief government spokesman, Yoshihide', 'top government spokesman, Yoshihide'),
    expected: 'Yoshihide Suga',
    method: 'quote',
  },
  {
    name: 'word changed inside the quote',
    quote: LONG_QUOTE,
    edit: (t) => t.replace('similar concerns', 'serious concerns'),
    expected: LONG_QUOTE.replace('similar', 'serious'),
    method: 'fuzzy',
    confident: false,
  },
  {
    name: 'typographic quotes straightened and spaces made non-breaking',
    quote: 'Japan’s chief government spokesman',
    edit: (t) => t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/chief government/g, 'chief\u00a0government'),
    expected: "Japan's chief\u00a0government spokesman",
    // Same length, so the old offsets still hold the (folded) quote.
    method: 'position',
  },
  {
    name: 'paragraph moved to the end',
    quote: 'Cybersecurity is becoming an important issue in Japan.',
    edit: (t) => {
      const blocks = t.split('\n\n');
      const [moved] = blocks.splice(1, 1);
      return [...blocks, moved].join('\n\n');
    },
    expected: 'Cybersecurity is becoming an important issue in Japan.',
    method: 'quote',
  },
  {
    name: 'sentence holding the note deleted',
    quote: 'ZTE almost risked losing its Android license',
    edit: (t) => t.replace(/ZTE almost risked[^.]*\. /, ''),
    expected: null,
  },
  {
    name: 'next sentence rewritten',
    quote: 'Similarly, Huawei’s proposed carrier deals',
    edit: (t) => t.replace('fell through due to political pressure.', 'collapsed after pressure from Washington.'),
    expected: 'Similarly, Huawei’s proposed carrier deals',
  },
  {
    name: 'a short quote repeated on the page, found by its context',
    quote: 'Huawei',
    occurrence: 4,
    edit: (t) => t.replace('\n\n', '\n\nSign up for our newsletter.\n\n'),
    expected: 'Huawei',
    expectedOccurrence: 4,
  },
  {
    name: 'a short quote deleted while other copies remain',
    quote: 'ZTE',
    occurrence: 2,
    edit: (t) => t.replace('ZTE almost risked losing its Android license and had to pay billions of dollars in fees to continue operating on US soil. ', ''),
    expected: null,
  },
  {
    name: 'whole paragraph deleted',
    quote: SECOND_PARAGRAPH,
    edit: (t) => t.replace(/“Cybersecurity[^\n]*\n\n/, ''),
    expected: null,
  },
];

describe('anchor: re-anchoring after edits', () => {
  it.each(cases)('$name', ({ quote, occurrence, edit, expected, expectedOccurrence, method, confident }) => {
    const selectors = noteOn(article, quote, occurrence);
    const edited = edit(article);
    if (method !== 'position') expect(edited).not.toBe(article);
    const found = anchor(edited, selectors);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(placed(edited, found)).toBe(expected);
    if (expectedOccurrence !== undefined) expect(found?.start).toBe(spanOf(edited, expected, expectedOccurrence).start);
    if (method) expect(found?.method).toBe(method);
    if (confident === true) expect(found?.confidence).toBeGreaterThanOrEqual(0.8);
    if (confident === false) expect(found?.confidence).toBeLessThan(0.8);
    expect(found?.confidence).toBeGreaterThanOrEqual(ORPHAN_THRESHOLD);
  });
});

const HOTEL = [
  'Leave the bag on the floor and keep it zipped.',
  'The old rule of thumb is that for every dollar invested in a room, the hotel should charge a dollar a night.',
  'Hotel rooms are priced according to how expensive they were to build.',
  'Zeev Sharon said that the old rule of thumb is that for every dollar invested in a room, the rate goes up by a dollar.',
].join('\n\n');

const HISTORY = [
  'Evolve: Shared Mutable History',
  'Sharing with a single developer',
  'Publishing and non-publishing repositories',
  'First, we will cover single-user sharing.',
  'Sharing with a single developer¶',
  'Publishing and non-publishing repositories¶',
  'The key to shared mutable history is to keep your changesets in one of three phases.',
].join('\n\n');

const WASI = [
  'Emscripten can call into JS, something like this:',
  'wasm => function musl_writev(..) { .. console.log(..) .. }',
  'musl_writev is an implementation of the writev syscall.',
  'If the API matches WASI, we can get this:',
  'wasm => function __wasi_fd_write(..) { .. console.log(..) .. }',
  "This isn't a big change, just a renaming of the import.",
].join('\n\n');

/** A note's text removed while its words are still elsewhere on the page, in other surroundings: an orphan. */
const removedWithCopies: { name: string; text: string; quote: string; edit: (text: string) => string }[] = [
  {
    name: "a sentence's first words, still found in the middle of another sentence",
    text: HOTEL,
    quote: 'The old rule of thumb is',
    edit: (t) => t.replace(/The old rule[^\n]*\n\n/, ''),
  },
  {
    name: 'words after a capitalised word, still found after a lower-case one',
    text: HOTEL,
    quote: 'old rule of thumb is that',
    edit: (t) => t.replace(/The old rule[^\n]*\n\n/, ''),
  },
  {
    name: 'a contents entry, still found as a heading with a mark run into it',
    text: HISTORY,
    quote: 'Sharing with a single developer',
    edit: (t) => t.replace('Sharing with a single developer\n\n', ''),
  },
  {
    name: 'a line of code, still found changed elsewhere',
    text: WASI,
    quote: 'wasm => function __wasi_fd_write(..) { .. console.log(..) .. }',
    edit: (t) => t.replace('wasm => function __wasi_fd_write(..) { .. console.log(..) .. }\n\n', ''),
  },
];

describe('anchor: removed text whose words remain elsewhere', () => {
  it.each(removedWithCopies)('$name', ({ text, quote, edit }) => {
    const edited = edit(text);
    expect(edited).not.toBe(text);
    expect(anchor(edited, noteOn(text, quote))).toBeNull();
  });

  it('still finds a block moved away from its neighbours (they meet where it was)', () => {
    const edited = HISTORY.replace('Sharing with a single developer\n\n', '') + '\n\nSharing with a single developer';
    const found = anchor(edited, noteOn(HISTORY, 'Sharing with a single developer'));
    expect(found?.start).toBe(edited.lastIndexOf('Sharing with a single developer'));
  });

  it('still finds text whose capitals changed, without high confidence', () => {
    const edited = article.replace('\n\n', '\n\nAdvertisement\n\n').replace(LONG_QUOTE, LONG_QUOTE.toUpperCase());
    const found = anchor(edited, noteOn(article, LONG_QUOTE));
    expect(placed(edited, found)).toBe(LONG_QUOTE.toUpperCase());
    expect(found?.confidence).toBeLessThan(0.8);
    expect(found?.confidence).toBeGreaterThanOrEqual(ORPHAN_THRESHOLD);
  });
});

describe('anchor: awkward input', () => {
  const selectors = noteOn(article, 'Yoshihide Suga');

  it.each([
    ['no selectors', []],
    ['not an array', 'TextQuoteSelector' as unknown as NoteSelector[]],
    ['null selector', [null] as unknown as NoteSelector[]],
    ['quote without exact', [{ type: 'TextQuoteSelector', prefix: 'a', suffix: 'b' }] as unknown as NoteSelector[]],
    ['exact of the wrong type', [{ type: 'TextQuoteSelector', exact: 42, prefix: '', suffix: '' }] as unknown as NoteSelector[]],
    ['empty quote', [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }] as NoteSelector[]],
    ['position only', [{ type: 'TextPositionSelector', start: 10, end: 20 }] as NoteSelector[]],
    ['unknown selector type', [{ type: 'CssSelector', value: 'p' }] as unknown as NoteSelector[]],
  ])('orphans a note with %s, without throwing', (_name, bad) => {
    expect(anchor(article, bad)).toBeNull();
  });

  it.each([
    ['negative', -50, -10],
    ['huge', 1e15, 1e15 + 5],
    ['reversed', 30, 10],
    ['not numbers', '3' as unknown as number, null as unknown as number],
    ['infinite', 0, Number.POSITIVE_INFINITY],
  ])('ignores a %s position and still uses the quote', (_name, start, end) => {
    const quote = selectors[0];
    const found = anchor(article, [quote as NoteSelector, { type: 'TextPositionSelector', start, end }]);
    expect(placed(article, found)).toBe('Yoshihide Suga');
  });

  it('finds a note from its quote alone', () => {
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as NoteSelector;
    expect(placed(article, anchor(article, [quote]))).toBe('Yoshihide Suga');
  });

  it('reads a quote without prefix or suffix: long enough stands alone, a name alone is too little', () => {
    const bare = (exact: string) => [{ type: 'TextQuoteSelector', exact } as unknown as NoteSelector];
    expect(placed(article, anchor(article, bare(LONG_QUOTE)))).toBe(LONG_QUOTE);
    expect(anchor(article, bare('Yoshihide Suga'))).toBeNull();
  });

  it('orphans every note on an empty page', () => {
    expect(anchor('', selectors)).toBeNull();
    expect(anchor(undefined as unknown as string, selectors)).toBeNull();
  });

  it('orphans a quote longer than the page', () => {
    const long = noteOn(article, article.slice(0, 600));
    expect(anchor('Japan Might Be Planning', long)).toBeNull();
  });

  it('handles astral characters without splitting them', () => {
    const text = 'Intro 😀 text.\n\nThe 🇯🇵 flag was raised over the ministry 😀 today, officials said.';
    const note = noteOn(text, '🇯🇵 flag was raised over the ministry 😀');
    const edited = text.replace('Intro', 'Advertisement 🎉\n\nIntro');
    const found = anchor(edited, note);
    expect(placed(edited, found)).toBe('🇯🇵 flag was raised over the ministry 😀');
  });

  it('finds notes on a page of a million characters', () => {
    const filler = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of the filler text says nothing in particular.`).join('\n\n');
    const text = `${filler}\n\n${article}\n\n${filler}`;
    const notes = [noteOn(text, LONG_QUOTE), noteOn(text, 'Yoshihide Suga')];
    const edited = text.replace('Paragraph 10 of', 'Paragraph ten of the edited').replace('similar concerns', 'serious concerns');
    expect(edited.length).toBeGreaterThan(500_000);
    const [first, second] = anchorMany(edited, notes);
    expect(placed(edited, first ?? null)).toBe(LONG_QUOTE.replace('similar', 'serious'));
    expect(placed(edited, second ?? null)).toBe('Yoshihide Suga');
  });
});

describe('anchorMany', () => {
  it('gives the same answers as anchor, one per note, in order', () => {
    const quotes = ['Yoshihide Suga', LONG_QUOTE, 'Huawei', 'Verizon'];
    const notes = quotes.map((q) => noteOn(article, q));
    const edited = article.replace('\n\n', '\n\nAdvertisement\n\n');
    expect(anchorMany(edited, notes)).toEqual(notes.map((n) => anchor(edited, n)));
    expect(anchorMany(edited, notes).map((a) => placed(edited, a))).toEqual(quotes);
  });

  it('returns an empty list for a malformed list of notes', () => {
    expect(anchorMany(article, null as unknown as NoteSelector[][])).toEqual([]);
  });
});
