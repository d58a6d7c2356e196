/** W3C Web Annotation TextQuoteSelector: the quoted text with up to a few dozen characters of context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the page's text model, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type NoteSelector = TextQuoteSelector | TextPositionSelector;

/** A range of the page's text model, UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor extends TextSpan {
  method: AnchorMethod;
  /** 0..1: 1 = the exact quote with matching context */
  confidence: number;
}
