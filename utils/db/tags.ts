import { LIMITS } from '../messaging/shapes';

/** Tags from what a reader typed: comma-separated, trimmed, without duplicates, within the stored limits. */
export function parseTags(input: string): string[] {
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    if (tags.length === LIMITS.tags) break;
  }
  return tags;
}
