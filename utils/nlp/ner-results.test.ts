import { describe, expect, it } from 'vitest';
import { datelineEnd } from './entities.ts';
import { analyzeText } from './index.ts';
import { tokenize } from './tokenize.ts';

describe('names on a results page', () => {
  it('keeps the tagger’s team reading of a listed place in a results row, and the place in the dateline', () => {
    const text =
      'BASEBALL - MAJOR LEAGUE RESULTS FRIDAY .\nNEW YORK 1996-08-30\nResults of Major League Baseball games played on Friday :\n' +
      'New York 6 Oakland 2\nSeattle 3 Boston 5\nTexas 4 Chicago 3\nDetroit 7 Toronto 1';
    const found = analyzeText(text).entities.map((entity) => `${entity.type === 'location' ? 'place' : 'body'}:${text.slice(entity.start, entity.end)}`);
    expect(found).toContain('place:NEW YORK');
    expect(found).toContain('body:New York');
    expect(found).toContain('body:Oakland');
  });
});

describe('the lead after a dateline', () => {
  it('finds where the lead sentence starts after "PLACE (Agency) -", and nowhere else', () => {
    const start = (text: string): string | undefined => {
      const { tokens, sentences } = tokenize(text);
      return tokens[datelineEnd(tokens, sentences[0]!.first, sentences[0]!.end)]?.text;
    };
    expect(start('OSLO (Reuters) - Equinor said on Monday it would sell its stake.')).toBe('Equinor');
    expect(start('NEW YORK — Acme said it would grow.')).toBe('Acme');
    expect(start('Equinor said on Monday it would sell its stake.')).toBe('Equinor');
  });

  it('reads an unknown name right after "PLACE (Agency) -" like a sentence’s first word', () => {
    const text = 'MUNICH (Reuters) - Zalvoria said on Monday it would close two plants.';
    const found = analyzeText(text).entities.map((entity) => `${entity.type}:${text.slice(entity.start, entity.end)}`);
    expect(found).toContain('company:Zalvoria');
  });
});
