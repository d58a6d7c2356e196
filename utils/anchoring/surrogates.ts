/** Moves an offset off the middle of a surrogate pair, towards `direction` (-1 before the pair, +1 after it). */
export function snapToCodePoint(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  if (!splitsPair) return offset;
  return direction < 0 ? offset - 1 : offset + 1;
}
