export type {
  Anchor,
  AnchorMethod,
  NoteSelector,
  TextPositionSelector,
  TextQuoteSelector,
  TextSpan,
} from './types.ts';
export { describeTextQuote } from './text-quote/describe.ts';
export { describeTextPosition } from './text-position/describe.ts';
export { describeSelectors } from './describe.ts';
export { anchor, anchorMany, ORPHAN_THRESHOLD } from './anchor.ts';
export { normalizeForMatching } from './normalize.ts';
export type { NormalizedText } from './normalize.ts';
