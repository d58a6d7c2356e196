// Test support: DOM Ranges for linkedom documents, whose own Range cannot be set.

/**
 * The text between two DOM boundary points, walking the text nodes in document order (linkedom's Range has no
 * setStart); like a browser's Range.toString(), but leaving out text nodes not in `only` (script, hidden...).
 */
export function textBetween(root: Node, sc: Node, so: number, ec: Node, eo: number, only?: Set<Node>): string {
  let out = '';
  let on = false;
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const data = only && !only.has(n) ? '' : (n as Text).data;
      if (n === sc && n === ec) {
        out += data.slice(so, eo);
        return true;
      }
      if (n === sc) {
        on = true;
        out += data.slice(so);
      } else if (n === ec) {
        out += data.slice(0, eo);
        return true;
      } else if (on) out += data;
      return false;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (walk(c)) return true;
    return false;
  };
  walk(root);
  return out;
}

/** A minimal Range for linkedom documents: setStart/setEnd and toString by walking text nodes. */
export function installRange(d: Document, only?: Set<Node>): void {
  (d as unknown as { createRange: () => unknown }).createRange = () => {
    const r = {
      startContainer: null as Node | null,
      startOffset: 0,
      endContainer: null as Node | null,
      endOffset: 0,
      setStart(n: Node, o: number) {
        r.startContainer = n;
        r.startOffset = o;
      },
      setEnd(n: Node, o: number) {
        r.endContainer = n;
        r.endOffset = o;
      },
      toString() {
        return textBetween(d.body, r.startContainer!, r.startOffset, r.endContainer!, r.endOffset, only);
      },
    };
    return r;
  };
}
