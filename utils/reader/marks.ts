import type { TextAnalysis } from '../nlp/index';
import { partitionPoint } from '../sorted/partition-point';

/** What a highlighted span is; a card tells the reader about it. */
export type MarkKind = 'company' | 'person' | 'quote' | 'note';

/** The text a mark's offsets refer to: the article's body, or the whole page's text (notes). */
export type MarkScope = 'article' | 'page';

export interface Mark {
  kind: MarkKind;
  scope: MarkScope;
  start: number;
  end: number;
  /** The company's or person's canonical name, the quote's speaker, or the note's id. */
  key: string;
}

/** When marks overlap at a point, the most specific one wins: a note, then a name, then the quote around it. */
const PRIORITY: Record<MarkKind, number> = { note: 0, person: 1, company: 1, quote: 2 };

/** How many earlier marks of one kind are looked at for one that still reaches a point (marks of a kind rarely nest). */
const LOOK_BACK = 8;

/** The entity marks of an analysis: companies, quoted people's every mention, and their quotes. */
export function entityMarks(analysis: TextAnalysis): Mark[] {
  const quoted = new Set(analysis.people.filter((person) => person.quoted).map((person) => person.name));
  const marks: Mark[] = [];
  for (const entity of analysis.entities) {
    if (entity.type === 'company') marks.push({ kind: 'company', scope: 'article', start: entity.start, end: entity.end, key: entity.canonical });
  }
  for (const person of analysis.people) {
    if (!quoted.has(person.name)) continue;
    for (const mention of person.mentions) marks.push({ kind: 'person', scope: 'article', start: mention.start, end: mention.end, key: person.name });
  }
  for (const quote of analysis.quotes) {
    if (quote.speaker && quoted.has(quote.speaker.name)) {
      marks.push({ kind: 'quote', scope: 'article', start: quote.start, end: quote.end, key: quote.speaker.name });
    }
  }
  return marks;
}

/** Marks sorted for lookups by offset: which marks are at this point of the text? */
export class MarkIndex {
  private readonly lists = new Map<string, Mark[]>();

  constructor(marks: readonly Mark[]) {
    for (const mark of marks) {
      const id = `${mark.scope}:${mark.kind}`;
      let list = this.lists.get(id);
      if (!list) this.lists.set(id, (list = []));
      list.push(mark);
    }
    for (const list of this.lists.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Marks of this scope whose span holds `offset` (its end included: a caret just after a word still points at it), most specific first. */
  at(scope: MarkScope, offset: number, kinds?: ReadonlySet<MarkKind>): Mark[] {
    const found: Mark[] = [];
    for (const [id, list] of this.lists) {
      if (!id.startsWith(`${scope}:`)) continue;
      if (kinds && !kinds.has(list[0]!.kind)) continue;
      const lo = partitionPoint(list.length, (index) => list[index]!.start <= offset);
      for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
        const mark = list[i]!;
        if (mark.end >= offset) found.push(mark);
      }
    }
    return found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.end - a.start - (b.end - b.start));
  }

  count(kind: MarkKind): number {
    let total = 0;
    for (const [id, list] of this.lists) if (id.endsWith(`:${kind}`)) total += list.length;
    return total;
  }

  all(kinds?: ReadonlySet<MarkKind>): Mark[] {
    const result: Mark[] = [];
    for (const list of this.lists.values()) if (!kinds || kinds.has(list[0]!.kind)) result.push(...list);
    return result;
  }
}

export interface Point {
  x: number;
  y: number;
}

/** True when the point lies in one of the boxes (grown by `slop` pixels, for the gaps between lines and letters). */
export function pointInRects(point: Point, rects: Iterable<{ left: number; right: number; top: number; bottom: number }>, slop = 1): boolean {
  for (const rect of rects) {
    if (point.x >= rect.left - slop && point.x <= rect.right + slop && point.y >= rect.top - slop && point.y <= rect.bottom + slop) return true;
  }
  return false;
}
