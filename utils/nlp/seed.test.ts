import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';

const articleText = readFileSync(new URL('../../e2e/fixtures/article.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../../e2e/fixtures/expected.json', import.meta.url), 'utf8')) as {
  companies: { name: string }[];
  quotedOfficials: { name: string; role: string; quotes: { kind: string; text: string }[] }[];
  notHighlighted: Record<string, string[]>;
};

/** The body text as the page's extractor gives it: no headline, no Related line. */
const bodyText = articleText
  .split(/\n\s*\n/)
  .slice(1)
  .filter((block) => !block.startsWith('trade-warRelated'))
  .join('\n\n')
  .trim();

const expectedCompanies = expected.companies.map((company) => company.name).sort();
const countries = expected.notHighlighted['countries and places'] ?? [];

describe.each([
  ['body text', bodyText, false],
  ['full article.txt', articleText, true],
])('seed article (%s)', (_label, text, fullText) => {
  const analysis = analyzeText(text);
  const companies = [...new Set(analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical))].sort();

  it('finds exactly the companies a reader expects', () => {
    // From plain text the Related line may add Qualcomm and NXP (expected.json's plainTextNote).
    const allowed = fullText ? companies.filter((name) => name !== 'Qualcomm' && name !== 'NXP') : companies;
    expect(allowed).toEqual(expectedCompanies);
  });

  it('never calls a country a company', () => {
    for (const entity of analysis.entities) {
      if (countries.includes(entity.text)) expect(entity.type).toBe('location');
    }
  });

  it('clusters mentions under canonical names', () => {
    const canonicalOf = (mention: string): string[] => [...new Set(analysis.entities.filter((entity) => entity.text === mention).map((entity) => entity.canonical))];
    expect(canonicalOf('KDDI Corp')).toEqual(['KDDI']);
    expect(canonicalOf('ATT')).toEqual(['AT&T']);
    expect(canonicalOf('Huawei')).toEqual(['Huawei']);
    // "Huawei’s": the possessive is not part of the name.
    expect(analysis.entities.some((entity) => entity.text.endsWith('’s'))).toBe(false);
    for (const entity of analysis.entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  });

  it('finds Yoshihide Suga as a quoted official with his role and both quotes', () => {
    const official = expected.quotedOfficials[0]!;
    const suga = analysis.people.find((person) => person.name === official.name);
    expect(suga).toBeDefined();
    expect(suga!.quoted).toBe(true);
    expect(suga!.role).toBe(official.role);
    for (const want of official.quotes) {
      const quote = analysis.quotes.find((candidate) => candidate.text === want.text);
      expect(quote, want.text).toBeDefined();
      expect(quote!.kind).toBe(want.kind);
      expect(quote!.speaker?.name).toBe(official.name);
      expect(text.slice(quote!.start, quote!.end)).toBe(want.text);
      expect(text.slice(quote!.speaker!.start, quote!.speaker!.end)).toBe('Yoshihide Suga');
    }
  });

  it('quotes nobody else and does not take scare quotes for quotes', () => {
    const quoted = analysis.people.filter((person) => person.quoted).map((person) => person.name);
    expect(quoted).toEqual(['Yoshihide Suga']);
    expect(analysis.quotes.some((quote) => quote.text === 'encouraged')).toBe(false);
  });
});
