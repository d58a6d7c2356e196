import { describe, expect, it } from 'vitest';
import { anchor } from '../anchor.ts';
import { describeSelectors } from '../describe.ts';
import { foldForMatching } from '../normalize.ts';
import { preparePage } from '../page.ts';
import { describeTextQuote } from './describe.ts';
import { prepareQuote } from './query.ts';
import { inAnotherSentence } from './sentence.ts';

// A teaser that repeats a sentence of the body, in other words at its start.
const TEASER = 'Forrest Jones advised stuffing the peep hole with a strip of rolled up notepaper when not in use.';
const text = [
  'Video shows bed bug infestation at a New York hotel',
  TEASER,
  '2. Check the peep hole has not been tampered with',
  'This is not common, but can happen, Forrest Jones said. He advised stuffing the peep hole with a strip of rolled up notepaper when not in use. When someone knocks on the door, the paper can be removed.',
].join('\n\n');
const QUOTE = 'peep hole with';
const noteStart = text.indexOf(QUOTE);
const note = { start: noteStart, end: noteStart + QUOTE.length };

/** Whether the occurrence of the quote at `occurrence` (folded) of the edited page is in another sentence than the note's. */
function judged(edited: string, occurrence: number, span = note, quote = QUOTE): boolean {
  const page = preparePage(edited);
  const query = prepareQuote(describeTextQuote(text, span), null);
  const folded = foldForMatching(quote);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = page.text.indexOf(folded, at + 1);
  return inAnotherSentence(page, query, { start: at, end: at + folded.length });
}

describe('inAnotherSentence', () => {
  it.each([
    ['the note itself, unchanged', text, 0, false],
    ['the note with a word changed just before it', text.replace('Jones advised stuffing the peep', 'Jones urged stuffing the peep'), 0, false],
    ['the note with the first word of its sentence changed', text.replace('Forrest Jones advised', 'Forrest Smith advised'), 0, false],
    ['the note after a block inserted before its paragraph', text.replace(TEASER, `Advertisement\n\n${TEASER}`), 0, false],
    ['the body sentence, which begins where it stops agreeing ("… said. He advised stuffing the")', text, 1, true],
    ['the body sentence once the teaser is deleted', text.replace(`${TEASER}\n\n`, ''), 0, true],
    ['the same words after a title, which does not end a sentence ("Mr. He")', text.replace('Jones said. He advised', 'Jones said Mr. He advised'), 1, false],
  ])('%s', (_name, edited, occurrence, expected) => {
    expect(judged(edited, occurrence)).toBe(expected);
  });

  it.each([
    ['a copy whose sentence ends within the stored suffix', 'The board met to discuss the plan for the new plant in the north. Later it voted.', 'The board met to discuss the plan.', true],
    ['the note with a word changed after it', 'The board met to discuss the plan for the new plant in the north. Later it voted.', 'The board met to consider the plan for the new plant in the north. Later it voted.', false],
  ])('suffix side, %s', (_name, original, edited, expected) => {
    const quote = 'The board met to';
    const page = preparePage(edited);
    const query = prepareQuote(describeTextQuote(original, { start: 0, end: quote.length }), null);
    expect(inAnotherSentence(page, query, { start: 0, end: quote.length })).toBe(expected);
  });

  it.each([
    ['the stored prefix crosses a sentence end', 'It rained. The board met to discuss the plan.', 'The board', 'Shares fell. The board met to discuss the plan.'],
    ['the quote begins its sentence', 'The chairman opened the meeting at nine. The board met to discuss the plan.', 'The board', 'The board met to discuss the plan.'],
    ['the quote ends its sentence', 'The board met to discuss the plan for the new plant. Then it voted on the budget.', 'the new plant.', 'They saw the new plant. Then it voted again.'],
  ])('does not apply when %s', (_name, original, quote, edited) => {
    const start = original.indexOf(quote);
    const page = preparePage(edited);
    const query = prepareQuote(describeTextQuote(original, { start, end: start + quote.length }), null);
    const at = page.text.indexOf(foldForMatching(quote));
    expect(inAnotherSentence(page, query, { start: at, end: at + quote.length })).toBe(false);
  });
});

describe('anchor: a deleted sentence whose words stand in another sentence', () => {
  const selectors = describeSelectors(text, note);

  it('orphans the note on the teaser once the teaser is deleted', () => {
    expect(anchor(text.replace(`${TEASER}\n\n`, ''), selectors)).toBeNull();
  });

  it('still finds the note when a word before it changed', () => {
    const edited = text.replace('Jones advised stuffing', 'Jones urged stuffing');
    const found = anchor(edited, selectors);
    expect(found && found.start).toBe(edited.indexOf(QUOTE));
  });
});
