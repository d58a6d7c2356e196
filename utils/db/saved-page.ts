/** An article's analysis kept by the reader ("Save article"), so people and companies can be reviewed later. */
export interface SavedPage {
  /** Canonical URL. */
  url: string;
  site: string;
  title: string;
  /** Epoch milliseconds. */
  savedAt: number;
  companies: { name: string; mentions: number }[];
  people: { name: string; role: string | null; quotes: string[] }[];
  /** `company:<name>` and `person:<name>`, lower-cased: a multi-entry index for "notes on articles that mention X". */
  entityKeys: string[];
}

export function entityKey(kind: 'company' | 'person', name: string): string {
  return `${kind}:${name.toLowerCase()}`;
}
