// Ordinary words of today's web text: lower-case words many pages write, so that a capitalised one in a heading
// ("Alerting Systems", "Pros & Cons") is known for an ordinary word, not a name. Word counts only, never text.
import { tokenize } from '../../utils/nlp/tokenize.ts';

const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}\-]*\p{Ll}$/u;

/**
 * Lower-case words written in at least `minDocuments` of `texts`, sorted; words of two letters or fewer are left
 * out, as are words in `known` (a list the rules read already).
 */
export function ordinaryWords(texts: Iterable<string>, minDocuments: number, known: ReadonlySet<string>): string[] {
  const documents = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const token of tokenize(text).tokens) if (token.text.length > 2 && LOWER_CASE_WORD.test(token.text)) seen.add(token.text);
    for (const word of seen) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  return [...documents]
    .filter(([word, count]) => count >= minDocuments && !known.has(word))
    .map(([word]) => word)
    .sort();
}
