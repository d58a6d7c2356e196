import type { NoteColor } from '../db/types';
import { ALL_HIGHLIGHT_KINDS, highlightName, type HighlightKind } from './kinds';

/**
 * Colours chosen to read on light and dark pages alike: translucent fills keep the page's own text colour
 * legible whatever the background; quotes are underlined, not filled, so they combine with a person's fill.
 */
const NOTE_FILL: Record<NoteColor, string> = {
  yellow: 'rgba(255, 214, 0, 0.42)',
  green: 'rgba(52, 199, 89, 0.36)',
  blue: 'rgba(64, 156, 255, 0.36)',
  pink: 'rgba(255, 92, 160, 0.34)',
  purple: 'rgba(160, 110, 255, 0.36)',
};

export const HIGHLIGHT_STYLE: Record<HighlightKind, string> = {
  company: 'background-color: rgba(0, 170, 200, 0.24); text-decoration: underline dotted rgba(0, 140, 170, 0.9) 1px;',
  person: 'background-color: rgba(255, 140, 0, 0.26);',
  quote: 'text-decoration: underline rgba(230, 110, 0, 0.95) 2px; text-underline-offset: 3px;',
  focus: 'background-color: rgba(255, 235, 59, 0.8); color: #111;',
  ...(Object.fromEntries(Object.entries(NOTE_FILL).map(([color, fill]) => [`note-${color}`, `background-color: ${fill};`])) as Record<
    `note-${NoteColor}`,
    string
  >),
};

/** In forced-colours mode (Windows high contrast) translucent fills vanish: use system colours and outlines. */
const FORCED_COLORS: Partial<Record<HighlightKind, string>> = {
  company: 'background-color: Mark; color: MarkText;',
  person: 'background-color: Highlight; color: HighlightText;',
  quote: 'text-decoration: underline CanvasText 2px;',
  focus: 'background-color: Highlight; color: HighlightText;',
};

/** The reader's own colours (`#rrggbb`) for entity highlights; fills are made translucent so the page's text stays legible. */
export type EntityColors = Partial<Record<'company' | 'person' | 'quote', string>>;

const HEX = /^#([0-9a-f]{6})$/i;

/** A `#rrggbb` colour with an alpha (0..1) appended, or null when the colour is not of that form. */
export function withAlpha(color: string | undefined, alpha: number): string | null {
  const match = color ? HEX.exec(color) : null;
  if (!match) return null;
  const byte = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `#${match[1]!.toLowerCase()}${byte}`;
}

/** The style of each kind with the reader's colours applied (kinds without a valid colour keep the defaults). */
export function stylesWithColors(colors: EntityColors = {}): Record<HighlightKind, string> {
  const styles = { ...HIGHLIGHT_STYLE };
  const company = withAlpha(colors.company, 0.24);
  const person = withAlpha(colors.person, 0.28);
  const quote = withAlpha(colors.quote, 0.95);
  if (company) styles.company = `background-color: ${company}; text-decoration: underline dotted ${withAlpha(colors.company, 0.9)} 1px;`;
  if (person) styles.person = `background-color: ${person};`;
  if (quote) styles.quote = `text-decoration: underline ${quote} 2px; text-underline-offset: 3px;`;
  return styles;
}

/** The stylesheet for CSS Custom Highlights, or for the wrapping fallback (`selector` of a wrapped kind). */
export function highlightStylesheet(
  mode: 'highlight-api' | 'wrap',
  colors: EntityColors = {},
  wrapSelector = (kind: HighlightKind) => `presslight-mark[data-kind="${kind}"]`,
): string {
  const styles = stylesWithColors(colors);
  const selectorOf = (kind: HighlightKind) => (mode === 'highlight-api' ? `::highlight(${highlightName(kind)})` : wrapSelector(kind));
  const rules = ALL_HIGHLIGHT_KINDS.map((kind) => `${selectorOf(kind)} { ${styles[kind]} }`);
  const forced = ALL_HIGHLIGHT_KINDS.filter((kind) => kind.startsWith('note-') || FORCED_COLORS[kind]).map(
    (kind) => `${selectorOf(kind)} { ${FORCED_COLORS[kind] ?? 'background-color: Mark; color: MarkText;'} }`,
  );
  const wrapBase =
    mode === 'wrap'
      ? 'presslight-mark { all: unset; display: inline; }\npresslight-mark[data-hidden] { background: none !important; text-decoration: none !important; }\n'
      : '';
  return `${wrapBase}${rules.join('\n')}\n@media (forced-colors: active) {\n${forced.join('\n')}\n}`;
}
