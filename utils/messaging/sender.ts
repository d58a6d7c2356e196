/** The parts of `runtime.MessageSender` the background looks at. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Only this extension's own pages and content scripts may talk to the background: a message from another
 * extension, or from a web page (which cannot use runtime messaging without `externally_connectable`, which
 * Presslight does not declare) is refused.
 */
export function isOwnSender(sender: MessageSenderInfo | undefined, extensionId: string): boolean {
  return !!sender && sender.id === extensionId;
}

/** Content scripts run in web pages' tabs; extension pages (popup, options) do not. */
export function isContentScript(sender: MessageSenderInfo, extensionOrigin: string): boolean {
  return !!sender.tab && !(sender.url ?? '').startsWith(extensionOrigin);
}
