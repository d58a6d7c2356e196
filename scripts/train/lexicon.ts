import type { ConllDocument } from './conll.ts';
import { tokenize } from '../../utils/nlp/tokenize.ts';

/** Name lists learned from CoNLL train: only names and common words, never running text. */
export interface Lexicon {
  /** Surface names seen at least `minCount` times, nearly always with one type. */
  names: Record<'PER' | 'ORG' | 'LOC' | 'MISC', string[]>;
  /** First tokens of multi-word person names ("Peter"), never seen as part of other types. */
  givenNames: string[];
  /** Frequent words in lower case: a capitalised one in a title-case headline is not a name. */
  commonWords: string[];
}

export function buildLexicon(documents: readonly ConllDocument[], minCount = 2, commonLimit = 6000): Lexicon {
  const typeCounts = new Map<string, Map<string, number>>();
  const firstTokens = new Map<string, number>();
  const otherTypeTokens = new Set<string>();
  const lowerCounts = new Map<string, number>();
  for (const document of documents) {
    for (const entity of document.entities) {
      const name = entity.text.replace(/\s+/g, ' ');
      let counts = typeCounts.get(name);
      if (!counts) typeCounts.set(name, (counts = new Map()));
      counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
      const parts = name.split(' ');
      if (entity.type === 'PER' && parts.length >= 2) firstTokens.set(parts[0]!, (firstTokens.get(parts[0]!) ?? 0) + 1);
      if (entity.type !== 'PER') for (const part of parts) otherTypeTokens.add(part);
    }
    for (const token of tokenize(document.text).tokens) {
      if (/^\p{Ll}[\p{Ll}\-]*$/u.test(token.text)) lowerCounts.set(token.text, (lowerCounts.get(token.text) ?? 0) + 1);
    }
  }
  const names: Lexicon['names'] = { PER: [], ORG: [], LOC: [], MISC: [] };
  for (const [name, counts] of typeCounts) {
    let total = 0;
    let bestType = '';
    let best = 0;
    for (const [type, count] of counts) {
      total += count;
      if (count > best) [bestType, best] = [type, count];
    }
    if (total < minCount || best / total < 0.75) continue;
    // Person names are kept only as single words (surnames used alone); full names add nothing the tagger lacks.
    if (bestType === 'PER' && !name.includes(' ')) names.PER.push(name);
    if (bestType === 'ORG' || bestType === 'LOC' || bestType === 'MISC') names[bestType].push(name);
  }
  for (const list of Object.values(names)) list.sort();
  const givenNames = [...firstTokens]
    .filter(([name, count]) => count >= minCount && !otherTypeTokens.has(name) && /^\p{Lu}\p{Ll}+$/u.test(name))
    .map(([name]) => name)
    .sort();
  const commonWords = [...lowerCounts]
    .filter(([word, count]) => count >= 3 && word.length > 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, commonLimit)
    .map(([word]) => word)
    .sort();
  return { names, givenNames, commonWords };
}
