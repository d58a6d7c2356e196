/** Notes over edited pages with known answers, and how anchoring fares on them. */
import { describeSelectors } from './describe.ts';
import { EDIT_KINDS, editPage, pickNoteSpans, type EditKind } from './edits.ts';
import { createRandom } from './random.ts';
import type { Anchor, NoteSelector, TextSpan } from './types.ts';

export interface BenchmarkNote {
  selectors: NoteSelector[];
  /** Where the note's text is on the edited page; null when it was removed (the note must be an orphan). */
  truth: TextSpan | null;
  kinds: EditKind[];
}

export interface BenchmarkPage {
  original: string;
  edited: string;
  notes: BenchmarkNote[];
}

/** Pages with `notesPerPage` notes each (taking articles in turn) until `noteCount` notes exist. */
export function generatePages(articles: readonly string[], noteCount: number, seed: number, notesPerPage = 10): BenchmarkPage[] {
  const random = createRandom(seed);
  const pages: BenchmarkPage[] = [];
  let total = 0;
  for (let i = 0; total < noteCount && articles.length > 0 && i < noteCount * 10; i++) {
    const original = articles[i % articles.length] ?? '';
    const spans = pickNoteSpans(original, Math.min(notesPerPage, noteCount - total), random);
    if (spans.length === 0) continue;
    const edit = editPage(original, spans, random);
    pages.push({
      original,
      edited: edit.text,
      notes: spans.map((span, n) => ({
        selectors: describeSelectors(original, span),
        truth: edit.truth[n] ?? null,
        kinds: edit.kinds[n] ?? [],
      })),
    });
    total += spans.length;
  }
  return pages;
}

export type Verdict = 'right' | 'wrong' | 'orphan-right' | 'orphan-wrong';

/** Share of the union covered by both spans. */
function overlapRatio(a: TextSpan, b: TextSpan): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Placed right = the anchor covers at least half of the union with the note's true text. */
export function judge(truth: TextSpan | null, anchor: Anchor | null): Verdict {
  if (!anchor) return truth ? 'orphan-wrong' : 'orphan-right';
  if (!truth) return 'wrong';
  return overlapRatio(truth, anchor) >= 0.5 ? 'right' : 'wrong';
}

export interface Tally {
  notes: number;
  /** Notes whose text still exists / was removed. */
  present: number;
  removed: number;
  right: number;
  exactBounds: number;
  wrong: number;
  wrongConfident: number;
  orphanRight: number;
  orphanWrong: number;
  byMethod: Record<string, number>;
  byKind: Record<EditKind, { notes: number; right: number; wrong: number; orphanRight: number; orphanWrong: number }>;
}

/** Anchors every page's notes with `anchorPage` and counts the verdicts. */
export function tally(
  pages: readonly BenchmarkPage[],
  anchorPage: (text: string, targets: readonly (readonly NoteSelector[])[]) => (Anchor | null)[],
  confidentAt = 0.8,
): Tally {
  const result: Tally = {
    notes: 0, present: 0, removed: 0, right: 0, exactBounds: 0, wrong: 0, wrongConfident: 0, orphanRight: 0, orphanWrong: 0,
    byMethod: {},
    byKind: Object.fromEntries(EDIT_KINDS.map((k) => [k, { notes: 0, right: 0, wrong: 0, orphanRight: 0, orphanWrong: 0 }])) as Tally['byKind'],
  };
  for (const page of pages) {
    const anchors = anchorPage(page.edited, page.notes.map((n) => n.selectors));
    page.notes.forEach((note, i) => {
      const anchor = anchors[i] ?? null;
      const verdict = judge(note.truth, anchor);
      result.notes++;
      if (note.truth) result.present++;
      else result.removed++;
      const method = anchor ? anchor.method : 'orphan';
      result.byMethod[method] = (result.byMethod[method] ?? 0) + 1;
      if (verdict === 'right') {
        result.right++;
        if (anchor && note.truth && anchor.start === note.truth.start && anchor.end === note.truth.end) result.exactBounds++;
      } else if (verdict === 'wrong') {
        result.wrong++;
        if (anchor && anchor.confidence >= confidentAt) result.wrongConfident++;
      } else if (verdict === 'orphan-right') result.orphanRight++;
      else result.orphanWrong++;
      for (const kind of new Set(note.kinds)) {
        const k = result.byKind[kind];
        k.notes++;
        if (verdict === 'right') k.right++;
        else if (verdict === 'wrong') k.wrong++;
        else if (verdict === 'orphan-right') k.orphanRight++;
        else k.orphanWrong++;
      }
    });
  }
  return result;
}
