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
