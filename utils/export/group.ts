import type { NoteRecord } from '../db/types';

export interface ArticleGroup<N extends Pick<NoteRecord, 'page' | 'pageTitle' | 'site' | 'created'>> {
  page: string;
  title: string;
  site: string;
  /** The newest note's creation time. */
  latest: number;
  notes: N[];
}

/** Notes grouped by article, newest article first, newest note first within each. */
export function groupByArticle<N extends Pick<NoteRecord, 'page' | 'pageTitle' | 'site' | 'created' | 'id'>>(notes: readonly N[]): ArticleGroup<N>[] {
  const groups = new Map<string, ArticleGroup<N>>();
  for (const note of notes) {
    let group = groups.get(note.page);
    if (!group) {
      group = { page: note.page, title: note.pageTitle, site: note.site, latest: note.created, notes: [] };
      groups.set(note.page, group);
    }
    group.notes.push(note);
    if (note.created > group.latest) group.latest = note.created;
    if (!group.title && note.pageTitle) group.title = note.pageTitle;
  }
  const newestFirst = (a: N, b: N) => b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const group of groups.values()) group.notes.sort(newestFirst);
  return [...groups.values()].sort((a, b) => b.latest - a.latest || (a.page < b.page ? -1 : 1));
}
