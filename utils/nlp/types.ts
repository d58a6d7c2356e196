import type { NameSpan } from './ner.ts';

export type EntityType = 'company' | 'organization' | 'person' | 'location';

export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  canonical: string;
}

export interface Person {
  name: string;
  role: string | null;
  mentions: { start: number; end: number }[];
  quoted: boolean;
}

export interface Quote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'reported';
  speaker: { name: string; start: number; end: number } | null;
}

export interface TextAnalysis {
  entities: EntityMention[];
  people: Person[];
  quotes: Quote[];
}

/** One mention of a name, in token indices (end exclusive). */
export interface NameMention {
  first: number;
  end: number;
  /** How the tagger typed this mention; null when it was found by matching a name seen elsewhere. */
  modelKind: NameSpan['kind'] | null;
  cluster: number;
}

/** All mentions of one entity in the text. */
export interface EntityCluster {
  id: number;
  type: EntityType;
  canonical: string;
  /** Name tokens of the longest mention, suffixes and possessives removed. */
  nameTokens: string[];
  mentions: NameMention[];
}

export interface EntityResult {
  clusters: EntityCluster[];
  /** Every kept mention, in text order. */
  mentions: NameMention[];
}
