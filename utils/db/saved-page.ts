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

/** What a content script or the popup sends to save an article; the background adds the rest. */
export type SavedPageInput = Omit<SavedPage, 'savedAt' | 'site' | 'entityKeys'>;

export function entityKey(kind: 'company' | 'person', name: string): string {
  return `${kind}:${name.toLowerCase()}`;
}
