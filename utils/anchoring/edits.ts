/**
 * Edits a page's text model the way news pages change between two visits, keeping track of where
 * each note's text goes: every edit is a splice (or a paragraph move) and the notes' spans follow it.
 * A note whose text an edit removes, or cuts through, has no place any more (null): it must be orphaned.
 */
import type { Random } from './random.ts';
import type { TextSpan } from './types.ts';

export type EditKind =
  | 'word-near'
  | 'word-inside'
  | 'insert-before'
  | 'move-paragraph'
  | 'typography'
  | 'whitespace'
  | 'delete'
  | 'rewrite-sentence';

export const EDIT_KINDS: readonly EditKind[] = [
  'word-near',
  'word-inside',
  'insert-before',
  'move-paragraph',
  'typography',
  'whitespace',
  'delete',
  'rewrite-sentence',
];

const BLOCK_SEPARATOR = '\n\n';

/** A page being edited, with the current place of each note (null once its text is gone). */
export interface EditedPage {
  text: string;
  spans: (TextSpan | null)[];
}

/** The splice [start, end) → `insert` applied to a span: where it goes, or null if its text is cut. */
export function followSplice(span: TextSpan, start: number, end: number, insert: number): TextSpan | null {
  const delta = insert - (end - start);
  if (end <= span.start) {
    return { start: span.start + delta, end: span.end + delta };
  }
  if (start >= span.end) return span;
  // Replacing all of a note's text removes it, even if something else takes its place.
  if (start <= span.start && end >= span.end) return null;
  if (start >= span.start && end <= span.end) {
    const moved = { start: span.start, end: span.end + delta };
    return moved.end > moved.start ? moved : null;
  }
  return null;
}

export function splice(page: EditedPage, start: number, end: number, insert: string): void {
  page.text = page.text.slice(0, start) + insert + page.text.slice(end);
  page.spans = page.spans.map((span) => (span ? followSplice(span, start, end, insert.length) : null));
}

/**
 * Applies non-overlapping splices (any order) from the last to the first, so offsets stay valid.
 * An insertion and a replacement at the same offset: the insertion goes first.
 */
export function spliceAll(page: EditedPage, splices: readonly { start: number; end: number; insert: string }[]): void {
  const ordered = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
  if (ordered.length === 0) return;
  // One pass over the text, then each span is shifted by the splices before it.
  let text = page.text;
  const parts: string[] = [];
  let cursor = text.length;
  for (const s of ordered) {
    parts.push(text.slice(s.end, cursor), s.insert);
    cursor = s.start;
  }
  parts.push(text.slice(0, cursor));
  text = parts.reverse().join('');
  const ascending = [...ordered].reverse();
  page.spans = page.spans.map((span) => {
    let current: TextSpan | null = span;
    let shift = 0;
    for (const s of ascending) {
      if (!current) break;
      const moved: TextSpan | null = followSplice(current, s.start + shift, s.end + shift, s.insert.length);
      shift += s.insert.length - (s.end - s.start);
      current = moved;
    }
    return current;
  });
  page.text = text;
}

/**
 * Whether changing [start, end) would cut through a note's text: overlap it without removing it whole.
 * A small change inside a note (a word) is allowed with `allowInside`; larger ones would leave a
 * note whose text is partly gone, which is neither placed nor removed.
 */
function cutsThroughNote(page: EditedPage, start: number, end: number, allowInside = false): boolean {
  return page.spans.some((span) => {
    if (!span || end <= span.start || start >= span.end) return false;
    const containsNote = start <= span.start && end >= span.end;
    const insideNote = start >= span.start && end <= span.end;
    return !containsNote && !(allowInside && insideNote);
  });
}

/** Whether an insertion at `offset` would land inside a note's text. */
function insideNote(page: EditedPage, offset: number): boolean {
  return page.spans.some((span) => span !== null && offset > span.start && offset < span.end);
}

export function paragraphs(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    const next = text.indexOf(BLOCK_SEPARATOR, start);
    const end = next === -1 ? text.length : next;
    if (end > start) found.push({ start, end });
    if (next === -1) break;
    start = next + BLOCK_SEPARATOR.length;
  }
  return found;
}

function words(text: string, from: number, to: number): TextSpan[] {
  const found: TextSpan[] = [];
  const pattern = /[^\s]+/g;
  pattern.lastIndex = Math.max(0, from);
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end <= to) found.push({ start: match.index, end });
  }
  return found;
}

/** Sentences of one paragraph: ends at . ! ? (optionally followed by a closing quote) and a space. */
export function sentences(text: string, paragraph: TextSpan): TextSpan[] {
  const found: TextSpan[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  const boundary = /[.!?]["'”’)]?(?= )/g;
  let start = 0;
  for (let match = boundary.exec(body); match; match = boundary.exec(body)) {
    const end = match.index + match[0].length;
    found.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end + 1;
  }
  if (start < body.length) found.push({ start: paragraph.start + start, end: paragraph.end });
  return found;
}

function paragraphAt(text: string, offset: number): TextSpan | null {
  return paragraphs(text).find((p) => offset >= p.start && offset < p.end) ?? null;
}

const VOCABULARY = (
  'government officials company market network security report minister statement analysts investors ' +
  'equipment carriers industry pressure agency regulators country week month year plans measures deal ' +
  'talks board shares profit losses growth exports imports suppliers customers products service data ' +
  'privacy lawmakers court ruling decision policy trade tariffs prices workers union strike election ' +
  'campaign voters region city police investigation spokesman spokeswoman executive chairman director ' +
  'partners rivals banks lenders budget deficit economy inflation rates central federal national local ' +
  'new major recent early late strong weak public private foreign domestic global said told added noted ' +
  'warned announced confirmed denied expected reported agreed planned refused approved rejected raised ' +
  'cut increased reduced launched opened closed signed reached began continued'
).split(' ');

const ADVERTS = [
  'Advertisement',
  'ADVERTISEMENT',
  'Sign up for our newsletter to get the latest stories in your inbox every morning.',
  'Related: {title}',
  'Read more: {title}',
  'Most read: {title}',
  'This article was updated with additional reporting.',
  'Subscribe to continue reading. Already a subscriber? Log in.',
];

function title(random: Random): string {
  const length = 4 + random.below(6);
  const parts = Array.from({ length }, () => random.pick(VOCABULARY));
  const first = parts[0] ?? 'news';
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return parts.join(' ');
}

export function syntheticSentence(random: Random): string {
  const body = title(random) + ' ' + Array.from({ length: 4 + random.below(12) }, () => random.pick(VOCABULARY)).join(' ');
  if (random.chance(0.2)) return `"${body}," the ${random.pick(VOCABULARY)} said.`;
  return body + '.';
}

function differentWord(random: Random, old: string): string {
  for (;;) {
    const word = random.pick(VOCABULARY);
    if (word !== old.toLowerCase().replace(/[^a-z]/g, '')) return word;
  }
}

/** Replaces one word, keeping punctuation glued to it. */
function replaceWord(page: EditedPage, word: TextSpan, random: Random): void {
  const original = page.text.slice(word.start, word.end);
  const core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(original);
  const lead = core?.[1] ?? '';
  const trail = core?.[3] ?? '';
  splice(page, word.start, word.end, lead + differentWord(random, original) + trail);
}

function wordNear(page: EditedPage, note: TextSpan, random: Random): boolean {
  const before = words(page.text, Math.max(0, note.start - 40), note.start);
  const after = words(page.text, note.end, Math.min(page.text.length, note.end + 40)).filter((w) => w.start > note.end || w.start === note.end);
  const choices = [...before, ...after].filter((w) => !cutsThroughNote(page, w.start, w.end));
  if (choices.length === 0) return false;
  replaceWord(page, random.pick(choices), random);
  return true;
}

/** Changes a word inside a quote of at least five words, once per note, so the note keeps most of its text. */
function wordInside(page: EditedPage, note: TextSpan, random: Random): boolean {
  const inside = words(page.text, note.start, note.end);
  if (inside.length < 5 || note.end - note.start < 24) return false;
  const word = random.pick(inside);
  if (word.end - word.start > (note.end - note.start) * 0.25) return false;
  if (cutsThroughNote(page, word.start, word.end, true)) return false;
  replaceWord(page, word, random);
  return true;
}

function advert(random: Random): string {
  return random.pick(ADVERTS).replace('{title}', title(random));
}

/** Inserts an advert or a "Related" line before the note: at a paragraph start, or splitting its paragraph. */
function insertBefore(page: EditedPage, note: TextSpan, random: Random): boolean {
  const boundaries = paragraphs(page.text)
    .map((p) => p.start)
    .filter((start) => start <= note.start && !insideNote(page, start));
  const paragraph = paragraphAt(page.text, note.start);
  const splits = paragraph
    ? sentences(page.text, paragraph)
        .slice(1)
        .map((s) => s.start)
        .filter((start) => start <= note.start && !insideNote(page, start - 1) && !insideNote(page, start))
    : [];
  const blocks = Array.from({ length: 1 + random.below(2) }, () => advert(random)).join(BLOCK_SEPARATOR);
  if (splits.length > 0 && random.chance(0.3)) {
    const at = random.pick(splits);
    splice(page, at - 1, at, BLOCK_SEPARATOR + blocks + BLOCK_SEPARATOR);
    return true;
  }
  if (boundaries.length === 0) return false;
  const at = random.chance(0.5) ? Math.max(...boundaries) : random.pick(boundaries);
  splice(page, at, at, blocks + BLOCK_SEPARATOR);
  return true;
}

/** Moves the note's paragraph elsewhere; its notes move with it. */
function moveParagraph(page: EditedPage, note: TextSpan, random: Random): boolean {
  const all = paragraphs(page.text);
  const index = all.findIndex((p) => note.start >= p.start && note.end <= p.end);
  const moving = all[index];
  if (!moving || all.length < 2 || cutsThroughNote(page, moving.start, moving.end)) return false;
  const targets = all.filter((_, i) => i !== index && i !== index + 1).map((p) => p.start);
  targets.push(page.text.length);
  if (index === all.length - 1) targets.pop();
  const target = targets.length > 0 ? random.pick(targets) : null;
  if (target === null) return false;
  const block = page.text.slice(moving.start, moving.end);
  const carried = page.spans.map((span) =>
    span && span.start >= moving.start && span.end <= moving.end ? span.start - moving.start : null,
  );
  const lengths = page.spans.map((span) => (span ? span.end - span.start : 0));
  const others: EditedPage = { text: page.text, spans: page.spans.map((span, i) => (carried[i] === null ? span : null)) };
  // Remove the paragraph with one separator, then insert it with one separator at the target.
  const removeStart = moving.end === page.text.length && moving.start > 0 ? moving.start - BLOCK_SEPARATOR.length : moving.start;
  const removeEnd = moving.end === page.text.length ? moving.end : moving.end + BLOCK_SEPARATOR.length;
  splice(others, removeStart, removeEnd, '');
  const targetAfterRemoval = target > moving.start ? target - (removeEnd - removeStart) : target;
  let insertAt: number;
  if (targetAfterRemoval >= others.text.length) {
    insertAt = others.text.length + BLOCK_SEPARATOR.length;
    splice(others, others.text.length, others.text.length, BLOCK_SEPARATOR + block);
  } else {
    insertAt = targetAfterRemoval;
    splice(others, targetAfterRemoval, targetAfterRemoval, block + BLOCK_SEPARATOR);
  }
  page.text = others.text;
  page.spans = others.spans.map((span, i) => {
    const offset = carried[i];
    if (offset === null || offset === undefined) return span;
    const start = insertAt + offset;
    return { start, end: start + (lengths[i] ?? 0) };
  });
  return true;
}

/** Curls straight quotes, dashes and ellipses across the page, or straightens curly ones. */
function typography(page: EditedPage, random: Random): boolean {
  const curl = !/[“”‘’]/.test(page.text) || random.chance(0.5);
  const splices: { start: number; end: number; insert: string }[] = [];
  const text = page.text;
  if (curl) {
    let openDouble = true;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        splices.push({ start: i, end: i + 1, insert: openDouble ? '“' : '”' });
        openDouble = !openDouble;
      } else if (c === "'") {
        const previous = text[i - 1] ?? ' ';
        splices.push({ start: i, end: i + 1, insert: /\s/.test(previous) ? '‘' : '’' });
      } else if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') {
        splices.push({ start: i, end: i + 1, insert: random.chance(0.5) ? '–' : '—' });
      } else if (text.startsWith('...', i)) {
        splices.push({ start: i, end: i + 3, insert: '…' });
        i += 2;
      }
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '“' || c === '”') splices.push({ start: i, end: i + 1, insert: '"' });
      else if (c === '‘' || c === '’') splices.push({ start: i, end: i + 1, insert: "'" });
      else if (c === '–' || c === '—') splices.push({ start: i, end: i + 1, insert: '-' });
      else if (c === '…') splices.push({ start: i, end: i + 1, insert: '...' });
    }
  }
  if (splices.length === 0) return false;
  spliceAll(page, splices);
  return true;
}

/** Spaces become non-breaking, soft hyphens appear, and sentence breaks turn into block breaks or back. */
function whitespace(page: EditedPage, random: Random): boolean {
  const text = page.text;
  const splices: { start: number; end: number; insert: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' && random.chance(0.04)) {
      const previous = text[i - 1] ?? '';
      const sentenceBreak = /[.!?]/.test(previous) && !insideNote(page, i) && !insideNote(page, i + 1);
      splices.push({ start: i, end: i + 1, insert: sentenceBreak && random.chance(0.5) ? BLOCK_SEPARATOR : '\u00a0' });
    } else if (c === '\n' && text[i + 1] === '\n' && random.chance(0.1) && !insideNote(page, i) && !insideNote(page, i + 2)) {
      splices.push({ start: i, end: i + 2, insert: ' ' });
      i++;
    } else if (c !== undefined && /\p{L}/u.test(c) && random.chance(0.002)) {
      splices.push({ start: i + 1, end: i + 1, insert: '\u00ad' });
    }
  }
  if (splices.length === 0) return false;
  spliceAll(page, splices);
  return true;
}

/** Removes the sentences holding the note, or its whole paragraph. */
function deleteNoteText(page: EditedPage, note: TextSpan, random: Random): boolean {
  const paragraph = paragraphAt(page.text, note.start);
  if (!paragraph) return false;
  let start: number;
  let end: number;
  if (random.chance(0.3) || note.end > paragraph.end) {
    const last = paragraphAt(page.text, note.end - 1) ?? paragraph;
    start = paragraph.start;
    end = Math.min(page.text.length, last.end + BLOCK_SEPARATOR.length);
  } else {
    const inParagraph = sentences(page.text, paragraph);
    const first = inParagraph.find((s) => note.start >= s.start && note.start <= s.end + 1);
    const last = inParagraph.find((s) => note.end > s.start && note.end <= s.end + 1);
    if (!first || !last) return false;
    start = first.start;
    end = Math.min(paragraph.end, last.end + 1);
  }
  if (cutsThroughNote(page, start, end)) return false;
  splice(page, start, end, '');
  return true;
}

/** Rewrites the sentence before or after the note (the note's own text stays). */
function rewriteSentence(page: EditedPage, note: TextSpan, random: Random): boolean {
  const paragraph = paragraphAt(page.text, note.start);
  if (!paragraph) return false;
  const neighbours = sentences(page.text, paragraph).filter(
    (s) => (s.end <= note.start || s.start >= note.end) && !cutsThroughNote(page, s.start, s.end),
  );
  const close = neighbours.filter((s) => s.end <= note.start ? note.start - s.end < 3 : s.start - note.end < 3);
  const pool = close.length > 0 ? close : neighbours;
  if (pool.length === 0) return false;
  const sentence = random.pick(pool);
  splice(page, sentence.start, sentence.end, syntheticSentence(random));
  return true;
}

/** Applies one edit aimed at a note (or at the whole page for typography and whitespace); false when it does not apply. */
export function applyEdit(page: EditedPage, kind: EditKind, noteIndex: number, random: Random): boolean {
  if (kind === 'typography') return typography(page, random);
  if (kind === 'whitespace') return whitespace(page, random);
  const note = page.spans[noteIndex];
  if (!note) return false;
  switch (kind) {
    case 'word-near':
      return wordNear(page, note, random);
    case 'word-inside':
      return wordInside(page, note, random);
    case 'insert-before':
      return insertBefore(page, note, random);
    case 'move-paragraph':
      return moveParagraph(page, note, random);
    case 'delete':
      return deleteNoteText(page, note, random);
    case 'rewrite-sentence':
      return rewriteSentence(page, note, random);
  }
}

/** How often each edit is aimed at a note; page-wide edits are drawn separately. */
const NOTE_EDIT_WEIGHTS: readonly [EditKind | 'none', number][] = [
  ['none', 0.2],
  ['word-near', 0.18],
  ['word-inside', 0.12],
  ['insert-before', 0.14],
  ['move-paragraph', 0.1],
  ['delete', 0.12],
  ['rewrite-sentence', 0.14],
];

function weighted(random: Random): EditKind | 'none' {
  let roll = random.next();
  for (const [kind, weight] of NOTE_EDIT_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'none';
}

export interface PageEdit {
  /** The page after the edits. */
  text: string;
  /** Where each note's text is now; null when it is gone. */
  truth: (TextSpan | null)[];
  /** Edits that touched each note (aimed at it, or page-wide). */
  kinds: EditKind[][];
}

/** Edits a page around its notes: page-wide changes sometimes, then one aimed edit for most notes. */
export function editPage(text: string, notes: readonly TextSpan[], random: Random): PageEdit {
  const page: EditedPage = { text, spans: notes.map((n) => ({ start: n.start, end: n.end })) };
  const kinds: EditKind[][] = notes.map(() => []);
  const pageWide = (kind: EditKind) => {
    if (applyEdit(page, kind, -1, random)) kinds.forEach((list) => list.push(kind));
  };
  if (random.chance(0.3)) pageWide('typography');
  if (random.chance(0.3)) pageWide('whitespace');
  const order = notes.map((_, i) => i).sort(() => random.next() - 0.5);
  for (const index of order) {
    const kind = weighted(random);
    if (kind === 'none') continue;
    if (applyEdit(page, kind, index, random)) kinds[index]?.push(kind);
  }
  return { text: page.text, truth: page.spans, kinds };
}

/** Note spans on whole words: mostly a few words, some a sentence, a few a whole paragraph. */
export function pickNoteSpans(text: string, count: number, random: Random): TextSpan[] {
  const blocks = paragraphs(text).filter((p) => p.end - p.start > 20);
  const spans: TextSpan[] = [];
  for (let attempt = 0; spans.length < count && attempt < count * 20; attempt++) {
    if (blocks.length === 0) break;
    const block = random.pick(blocks);
    const roll = random.next();
    let span: TextSpan | null;
    if (roll < 0.05) {
      span = block;
    } else if (roll < 0.2) {
      const sentence = random.pick(sentences(text, block));
      span = sentence.end > sentence.start ? sentence : null;
    } else {
      const inBlock = words(text, block.start, block.end);
      const wordCount = roll < 0.5 ? 1 + random.below(3) : 4 + random.below(10);
      const first = random.below(Math.max(1, inBlock.length - wordCount + 1));
      const from = inBlock[first];
      const to = inBlock[Math.min(inBlock.length - 1, first + wordCount - 1)];
      span = from && to ? { start: from.start, end: to.end } : null;
    }
    if (!span || spans.some((s) => s.start < span.end && span.start < s.end)) continue;
    spans.push(span);
  }
  return spans;
}

/** An article of `paragraphCount` paragraphs mixing the seed's sentences with generated ones. */
export function synthesizeArticle(seed: string, paragraphCount: number, random: Random): string {
  // Each seed sentence at most once: real articles do not repeat themselves.
  const unused = paragraphs(seed)
    .flatMap((p) => sentences(seed, p).map((s) => seed.slice(s.start, s.end)))
    .sort(() => random.next() - 0.5);
  const out: string[] = [];
  for (let i = 0; i < paragraphCount; i++) {
    const length = 2 + random.below(4);
    const parts = Array.from({ length }, () =>
      unused.length > 0 && random.chance(0.5) ? (unused.pop() ?? '') : syntheticSentence(random),
    );
    out.push(parts.join(' '));
  }
  return out.join(BLOCK_SEPARATOR);
}
