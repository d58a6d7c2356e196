/** Keyboard commands (declared in the manifest, so readers can rebind them) and the context menu item. */
export const COMMAND_ADD_NOTE = 'add-note';
export const COMMAND_TOGGLE_HIGHLIGHTS = 'toggle-highlights';
export const COMMAND_FOCUS_LEGEND = 'focus-legend';
export const CONTEXT_MENU_ADD_NOTE = 'presslight-add-note';

export type ReaderCommand = typeof COMMAND_ADD_NOTE | typeof COMMAND_TOGGLE_HIGHLIGHTS | typeof COMMAND_FOCUS_LEGEND;

export const READER_COMMANDS: readonly ReaderCommand[] = [COMMAND_ADD_NOTE, COMMAND_TOGGLE_HIGHLIGHTS, COMMAND_FOCUS_LEGEND];

export function tabCommandFor(command: ReaderCommand) {
  return { type: 'page.command' as const, params: { command } };
}
