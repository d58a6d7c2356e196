/** A DOM point: a node and an offset in it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretPositionDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point (the Highlight API has no pointer events: this is how a highlight is found). */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretPositionDocument;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint(x, y);
      return position?.offsetNode ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const range = d.caretRangeFromPoint(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
  } catch {
    // Some documents (e.g. with odd layouts) throw here: no caret, no card.
  }
  return null;
}
