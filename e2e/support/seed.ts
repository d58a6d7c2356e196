import { readFileSync } from 'node:fs';

/** What a reader expects from the seed article (`e2e/fixtures/expected.json`). */
export interface SeedExpectations {
  companies: { name: string; mentions: string[] }[];
  quotedOfficials: { name: string; role: string; mentions: string[]; quotes: { text: string }[] }[];
  notHighlighted: Record<string, string[]>;
}

export const SEED: SeedExpectations = JSON.parse(readFileSync('e2e/fixtures/expected.json', 'utf8'));
export const SUGA = SEED.quotedOfficials[0]!;

/**
 * The seed's company mentions missing from the highlighted texts; a possessive ("Huawei’s") counts as highlighted
 * when the name alone is.
 */
export function missingCompanyMentions(highlighted: readonly string[]): string[] {
  const missing: string[] = [];
  for (const company of SEED.companies) {
    for (const mention of company.mentions) {
      if (!highlighted.some((text) => text === mention || mention === `${text}’s`)) missing.push(`${company.name}: “${mention}”`);
    }
  }
  return missing;
}
