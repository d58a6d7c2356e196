import { existsSync, readFileSync } from 'node:fs';
import { tokenize, type Sentence, type Token } from '../../utils/nlp/tokenize.ts';
import { TAGS } from '../../utils/nlp/features.ts';

export interface ConllEntity {
  start: number;
  end: number;
  type: string;
  text: string;
}

export interface ConllDocument {
  id: string;
  text: string;
  entities: ConllEntity[];
}

export interface TaggedDocument {
  document: ConllDocument;
  tokens: Token[];
  sentences: Sentence[];
  gold: Uint8Array;
}

/** Reads a CoNLL jsonl file, or returns null when it is not there (a fresh clone has no shared data). */
export function readConll(path: string): ConllDocument[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ConllDocument);
}

/** Tokenizes a document the way the extension does and puts gold BIO tags on the tokens. */
export function toTaggedDocument(document: ConllDocument): TaggedDocument {
  const { tokens, sentences } = tokenize(document.text);
  const gold = new Uint8Array(tokens.length);
  const starts = new Map<number, number>();
  tokens.forEach((token, index) => starts.set(token.start, index));
  for (const entity of document.entities) {
    const begin = TAGS.indexOf(`B-${entity.type}` as (typeof TAGS)[number]);
    if (begin < 0) continue;
    let index = starts.get(entity.start);
    if (index === undefined) continue;
    gold[index] = begin;
    for (index++; index < tokens.length && tokens[index]!.end <= entity.end; index++) gold[index] = begin + 1;
  }
  return { document, tokens, sentences, gold };
}
