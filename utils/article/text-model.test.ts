import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockQuoteRanges, boundaryPoints, buildTextModel, offsetFromPoint, rangeFromOffsets, type TextModel } from './text-model.ts';
import { installRange } from './test-range.ts';

function doc(html: string): Document {
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }).document;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();


const PAGE = `
  <div id="a">
    <h2>  A   heading </h2>
    <p>First <b>bold</b>   words,
       and <a href="#">a link</a>.</p>
    <script>var x = "not text";</script>
    <style>.x{}</style>
    <p hidden>hidden paragraph</p>
    <p aria-hidden="true">aria hidden</p>
    <p style="display: none">display none</p>
    <ul><li>one</li><li>two <i>three</i></li></ul>
    <blockquote><p>“A quote,” she said.</p></blockquote>
    <div class="skipme"><p>skipped box</p></div>
    <p>Line<br>break and&nbsp;nbsp</p>
    <p><span>glued</span><span>together</span> and <em>spaced</em> <em>apart</em></p>
  </div>`;

describe('buildTextModel', () => {
  it('separates blocks by a blank line, collapses whitespace and skips hidden and non-text elements', () => {
    const d = doc(PAGE);
    const m = buildTextModel([d.getElementById('a')!], { skip: (el) => el.getAttribute('class') === 'skipme' });
    expect(m.text).toBe(
      [
        'A heading',
        'First bold words, and a link.',
        'one',
        'two three',
        '“A quote,” she said.',
        'Line',
        'break and nbsp',
        'gluedtogether and spaced apart',
      ].join('\n\n'),
    );
  });

  it('keeps segments sorted and non-overlapping, each mapping to its text node', () => {
    const d = doc(PAGE);
    const m = buildTextModel([d.body]);
    let last = 0;
    for (const s of m.segments) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      last = s.end;
      const fromNode = s.node.data.slice(s.offset, s.offset + (s.end - s.start));
      expect(collapse(fromNode) || ' ').toBe(collapse(m.text.slice(s.start, s.end)) || ' ');
    }
  });

  it('gives an empty model for no roots', () => {
    const m = buildTextModel([]);
    expect(m.text).toBe('');
    expect(m.segments).toHaveLength(0);
  });
});

describe('rangeFromOffsets / offsetFromPoint', () => {
  const build = (): { d: Document; m: TextModel } => {
    const d = doc(PAGE + '<p>Tail   text   with  many\n spaces.</p>');
    const m = buildTextModel([d.body]);
    installRange(d, new Set(m.segments.map((s) => s.node)));
    return { d, m };
  };

  it('round-trips random spans: the range holds the same characters as the text slice (whitespace aside)', () => {
    const { m } = build();
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 500; k++) {
      let a = rand(m.text.length);
      let b = a + 1 + rand(Math.min(80, m.text.length - a));
      // Spans are meant to start and end on mapped characters (words); trim separators like a caller would.
      while (a < b && /\s/.test(m.text[a]!)) a++;
      while (b > a && /\s/.test(m.text[b - 1]!)) b--;
      if (a >= b) continue;
      const r = rangeFromOffsets(m, a, b)!;
      expect(r).not.toBeNull();
      // Range.toString() concatenates raw node data (no block separators), so compare without whitespace.
      expect(r.toString().replace(/\s+/g, '')).toBe(m.text.slice(a, b).replace(/\s+/g, ''));
      // Within one block, the collapsed range text is the slice itself.
      if (!m.text.slice(a, b).includes('\n')) expect(collapse(r.toString())).toBe(m.text.slice(a, b));
      // And back: the range's boundary points give the same offsets.
      expect(offsetFromPoint(m, r.startContainer, r.startOffset)).toBe(a);
      expect(offsetFromPoint(m, r.endContainer, r.endOffset, 'backward')).toBe(b);
    }
  });

  it('maps a point inside an element (not a text node) to the next character', () => {
    const { d, m } = build();
    const ul = d.getElementsByTagName('ul')[0]!;
    expect(offsetFromPoint(m, ul, 1)).toBe(m.text.indexOf('two three'));
    expect(offsetFromPoint(m, ul, 0)).toBe(m.text.indexOf('one'));
    const p = d.getElementsByTagName('p')[0]!;
    expect(offsetFromPoint(m, p, p.childNodes.length, 'backward')).toBe(m.text.indexOf('a link.') + 'a link.'.length);
  });

  it('snaps points in collapsed whitespace and returns null outside the roots', () => {
    const d = doc('<div id="x"><p>one   two</p></div><p id="out">outside</p>');
    const m = buildTextModel([d.getElementById('x')!]);
    expect(m.text).toBe('one two');
    const t = d.getElementsByTagName('p')[0]!.firstChild!;
    expect(offsetFromPoint(m, t, 3)).toBe(3); // the first space
    expect(offsetFromPoint(m, t, 5)).toBe(4); // inside the collapsed run -> next word
    expect(offsetFromPoint(m, t, 5, 'backward')).toBe(4); // after the kept space
    expect(offsetFromPoint(m, d.getElementById('out')!.firstChild!, 2)).toBeNull();
  });

  it('maps spans across blocks and returns null for spans with no mapped character', () => {
    const { m } = build();
    const i = m.text.indexOf('\n\n');
    expect(boundaryPoints(m, i, i + 2)).toBeNull();
    const p = boundaryPoints(m, 0, m.text.length)!;
    expect(p.startContainer.data.trim().startsWith('A')).toBe(true);
    expect(p.endContainer.data.slice(0, p.endOffset).endsWith('spaces.')).toBe(true);
  });
});

describe('blockQuoteRanges', () => {
  it('gives the text of each block quote, the outermost where they nest, from its first character to its last', () => {
    const d = doc(`<div id="a">
      <p>Jason Snell disagreed. Jason:</p>
      <blockquote><p>You should never use a <b>rate card</b>.</p><p>I learned this at a magazine.</p>
        <blockquote><p>Nested words.</p></blockquote></blockquote>
      <p>Between.</p>
      <blockquote>One more.</blockquote>
      <p>After.</p></div>`);
    const m = buildTextModel([d.getElementById('a')!]);
    expect(blockQuoteRanges(m).map((span) => m.text.slice(span.start, span.end))).toEqual([
      'You should never use a rate card.\n\nI learned this at a magazine.\n\nNested words.',
      'One more.',
    ]);
  });

  it('finds none in a text without block quotes, and none outside the roots read', () => {
    const d = doc('<blockquote><p>Outside.</p></blockquote><div id="a"><p>Plain words.</p></div>');
    const m = buildTextModel([d.getElementById('a')!]);
    expect(blockQuoteRanges(m)).toEqual([]);
  });

  it('reads thousands of nested block quotes as one', () => {
    const depth = 3000;
    const d = doc(`<div id="a">${'<blockquote><p>Words.</p>'.repeat(depth)}${'</blockquote>'.repeat(depth)}</div>`);
    const m = buildTextModel([d.getElementById('a')!]);
    expect(blockQuoteRanges(m)).toEqual([{ start: 0, end: m.text.length }]);
  });

  it('does not read a root that is a block quote, or one around it: the body itself is no quote', () => {
    const d = doc('<blockquote><div id="a"><p>All the article.</p></div></blockquote>');
    expect(blockQuoteRanges(buildTextModel([d.getElementById('a')!]))).toEqual([]);
    expect(blockQuoteRanges(buildTextModel([d.querySelector('blockquote')!]))).toEqual([]);
  });
});
