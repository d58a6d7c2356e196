import { describe, expect, it } from 'vitest';
import { buildTable } from './features.ts';
import { bundledNameWordClasses } from './lexicon.ts';
import { tokenize } from './tokenize.ts';

describe('the per-text table of word facts', () => {
  it('keeps what a text says of a word across the whole text, however many words came before it', () => {
    // More distinct words than the shared word cache holds: "widget" in lower case opens the text, "Widget" ends it.
    const filler: string[] = [];
    for (let index = 0; index < 60_000; index++) filler.push(`zq${index.toString(36)}`);
    const text = `The widget works. ${filler.join(' ')}. The Widget shop opened.`;
    const { tokens } = tokenize(text);
    const table = buildTable(tokens, bundledNameWordClasses());
    const capitalised = tokens.findIndex((token) => token.text === 'Widget');
    // Bit 2: the word is written in lower case elsewhere in the text.
    expect(table.flags[capitalised]! & 2).toBe(2);
  });
});
