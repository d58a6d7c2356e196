import type { NoteColor } from '../db/types';
import type { HighlightKind as SettingsKind } from '../settings/settings';

export interface NoteDraft {
  body: string;
  color: NoteColor;
  tags: string[];
}

export interface EditorRequest {
  mode: 'create' | 'edit';
  quote: string;
  initial: NoteDraft;
  /** Where the note's text is on screen (viewport coordinates), to place the editor beside it. */
  near: DOMRect | null;
  onSave(draft: NoteDraft): Promise<void>;
  onDelete?: () => Promise<void>;
}

export interface CardQuote {
  text: string;
  kind: 'direct' | 'reported';
  /** The quote the pointer or the keyboard is on. */
  current: boolean;
  reveal(): void;
}

/** What a hover/focus card shows about a highlight. Every string is page or reader data: rendered as text only. */
export type CardContent =
  | { kind: 'company'; name: string; mentions: number; onAddNote(): void }
  | { kind: 'person'; name: string; role: string | null; mentions: number; quotes: CardQuote[]; onAddNote(): void }
  | { kind: 'note'; quote: string; body: string; tags: string[]; color: NoteColor; onEdit(): void; onDelete(): void };

export interface CardOptions {
  /** Move the keyboard focus into the card (it was opened from the keyboard); Escape gives it back. */
  focus: boolean;
  /** Called when the card closes itself (Escape, a click elsewhere). */
  onClose(): void;
}

export type LegendKind = SettingsKind;

export interface LegendState {
  counts: Record<LegendKind, number>;
  /** Notes of this page that could not be placed on its text. */
  orphans: number;
  shown: Record<LegendKind, boolean>;
  /** The reader's colours (`#rrggbb`) for the kinds painted in one colour. */
  colors: Partial<Record<LegendKind, string>>;
  /** False while every highlight is hidden (the toggle shortcut). */
  allShown: boolean;
  site: string;
  toggleKind(kind: LegendKind): void;
  toggleAll(): void;
  /** Moves to the next (1) or previous (-1) highlight and opens its card with the keyboard focus in it. */
  step(direction: 1 | -1): void;
  turnOffSite(): void;
}

/** What the reader session asks of the on-page UI; the UI itself (Preact, shadow roots) lives in components/page. */
export interface ReaderUi {
  showAddNote(near: DOMRect, onActivate: () => void): void;
  hideAddNote(): void;
  openEditor(request: EditorRequest): void;
  closeEditor(): void;
  readonly editorOpen: boolean;
  showCard(content: CardContent, near: DOMRect, options: CardOptions): void;
  hideCard(): void;
  readonly cardOpen: boolean;
  /** True while the pointer is over the card (hover cards stay open while the reader moves into them). */
  readonly pointerInCard: boolean;
  /** Shows the legend with its counts and toggles, or removes it with `null`. */
  updateLegend(state: LegendState | null): void;
  /** Moves the keyboard focus to the legend (opening it). */
  focusLegend(): void;
  toast(message: string, action?: { label: string; run: () => void }): void;
  destroy(): void;
}
