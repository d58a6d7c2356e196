import type { NoteColor } from '../db/types';

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

/** What the reader session asks of the on-page UI; the UI itself (Preact, shadow roots) lives in components/page. */
export interface ReaderUi {
  showAddNote(near: DOMRect, onActivate: () => void): void;
  hideAddNote(): void;
  openEditor(request: EditorRequest): void;
  closeEditor(): void;
  readonly editorOpen: boolean;
  toast(message: string, action?: { label: string; run: () => void }): void;
  destroy(): void;
}
