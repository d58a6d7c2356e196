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

/**
 * Single-word attribution cues ("said", "noted", "according") that mark attributions in at least
 * `minShare` of their occurrences and at least `minCount` times: the speech verbs of news English.
 */
export function learnSpeechCues(articles: readonly PolnearArticle[], minCount = 8, minShare = 0.3): { word: string; count: number; share: number }[] {
  const asCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    for (const attribution of article.attributions) {
      for (const [start, end] of attribution.cue ?? []) {
        for (const word of article.text.slice(start, end).toLowerCase().match(/\p{L}+/gu) ?? []) asCue.set(word, (asCue.get(word) ?? 0) + 1);
      }
    }
    for (const word of article.text.toLowerCase().match(/\p{L}+/gu) ?? []) total.set(word, (total.get(word) ?? 0) + 1);
  }
  return [...asCue]
    .map(([word, count]) => ({ word, count, share: count / (total.get(word) ?? count) }))
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
