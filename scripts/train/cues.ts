import { existsSync, readFileSync } from 'node:fs';

interface PolnearArticle {
  text: string;
  attributions: { content: [number, number][]; source: [number, number][] | null; cue: [number, number][] | null }[];
}

/** Reads PolNeAR jsonl, or null when the shared data is not there. */
export function readPolnear(path: string): PolnearArticle[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PolnearArticle);
}

/** Rough sentences: runs of text up to a full stop, question or exclamation mark (with closing quotes) or a line break. */
const SENTENCE = /[^.!?\n]+[.!?]*["”’]*/g;
const QUOTATION_MARK = /["“”]|''/;

/**
 * Single-word attribution cues ("said", "noted", "according") that mark attributions at least `minCount`
 * times and in at least `minShare` of their occurrences: the speech verbs of news English. A word also
 * qualifies by its share among its uses in sentences that hold a quotation mark: "called" is often a
 * name ("a group called ..."), but in a sentence with a quote it frames the quote ("Bush called Trump
 * “unhinged.”").
 */
export function learnSpeechCues(articles: readonly PolnearArticle[], minCount = 8, minShare = 0.3): { word: string; count: number; share: number }[] {
  const asCue = new Map<string, number>();
  const total = new Map<string, number>();
  const asCueNearQuote = new Map<string, number>();
  const totalNearQuote = new Map<string, number>();
  const add = (counts: Map<string, number>, word: string): void => void counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const article of articles) {
    const cueStarts = new Set<number>();
    for (const attribution of article.attributions) {
      for (const [start, end] of attribution.cue ?? []) {
        for (const match of article.text.slice(start, end).toLowerCase().matchAll(/\p{L}+/gu)) {
          add(asCue, match[0]);
          cueStarts.add(start + match.index!);
        }
      }
    }
    for (const word of article.text.toLowerCase().match(/\p{L}+/gu) ?? []) add(total, word);
    for (const sentence of article.text.matchAll(SENTENCE)) {
      if (!QUOTATION_MARK.test(sentence[0])) continue;
      for (const match of sentence[0].toLowerCase().matchAll(/\p{L}+/gu)) {
        add(totalNearQuote, match[0]);
        if (cueStarts.has(sentence.index! + match.index!)) add(asCueNearQuote, match[0]);
      }
    }
  }
  return [...asCue.keys()]
    .map((word) => {
      const count = asCue.get(word)!;
      const nearQuote = asCueNearQuote.get(word) ?? 0;
      const share = Math.max(count / (total.get(word) ?? count), nearQuote >= minCount ? nearQuote / totalNearQuote.get(word)! : 0);
      return { word, count, share };
    })
    .filter((entry) => entry.count >= minCount && entry.share >= minShare && entry.word.length > 2)
    .sort((a, b) => b.count - a.count);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our', 'my', 'your']);

/**
 * Share of each word's uses that follow a determiner ("the statement", "a call"): high for nouns, which
 * mark attributions as often as verbs do but never head the "<subject> <verb> <clause>" pattern.
 */
export function determinerShares(articles: readonly PolnearArticle[]): Map<string, number> {
  const afterDeterminer = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    const words = article.text.toLowerCase().match(/\p{L}+/gu) ?? [];
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      total.set(word, (total.get(word) ?? 0) + 1);
      if (index > 0 && DETERMINERS.has(words[index - 1]!)) afterDeterminer.set(word, (afterDeterminer.get(word) ?? 0) + 1);
    }
  }
  return new Map([...total].map(([word, count]) => [word, (afterDeterminer.get(word) ?? 0) / count]));
}

/**
 * Verbs that report what someone said, thought or did with words, for reported speech: cues of at least
 * `minShare` of their uses, rarer than the quote cues allow, without adverbs ("publicly") or nouns
 * ("statement", which follows a determiner in more than `maxDeterminerShare` of its uses).
 */
export function learnReportingCues(articles: readonly PolnearArticle[], minCount = 5, minShare = 0.5, maxDeterminerShare = 0.15): { word: string; count: number; share: number }[] {
  const nouns = determinerShares(articles);
  return learnSpeechCues(articles, minCount, minShare).filter((cue) => !cue.word.endsWith('ly') && (nouns.get(cue.word) ?? 0) <= maxDeterminerShare);
}
