import { describe, expect, it } from 'vitest';
import { escapeMarkdown, notesToMarkdown } from './markdown';
import { notesToAnnotationCollection } from './annotations';
import { makeLibrary } from './sample-library';
import { exportFileName } from './file-names';

describe('Markdown export', () => {
  it('groups notes by article, newest article first, with quote, note, date, colour and tags', () => {
    const { notes } = makeLibrary(6, 2);
    const markdown = notesToMarkdown(notes, new Date('2026-01-02T00:00:00Z'));
    expect(markdown.startsWith('# Presslight notes\n\n6 notes on 2 articles, exported 2026-01-02.')).toBe(true);
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toHaveLength(2);
    expect(headings[0]).toContain('Story 1');
    expect(markdown).toContain('> Quoted passage 5 about');
    expect(markdown).toContain('> second line');
    expect(markdown).toContain('Note 5: check the');
    expect(markdown).toMatch(/\*2025-01-01 · pink · #tag3 #follow-up\*/);
  });

  it('escapes markup so the file reads as the text that was written', () => {
    expect(escapeMarkdown('*bold* <b>x</b> [link](y) # no')).toBe('\\*bold\\* \\<b\\>x\\</b\\> \\[link\\]\\(y\\) \\# no');
    expect(escapeMarkdown('1. not a list\n---')).toBe('\\1. not a list\n\\---');
  });
});

describe('W3C Web Annotation export', () => {
  it('writes each note as an Annotation with both selectors, body and tags', () => {
    const { notes } = makeLibrary(5, 2);
    const collection = notesToAnnotationCollection(notes);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(5);
    const first = collection.first.items[0]!;
    expect(first).toMatchObject({ id: `urn:uuid:${notes[0]!.id}`, type: 'Annotation', motivation: 'highlighting' });
    expect(first.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const second = collection.first.items[1]!;
    expect(second.motivation).toBe('commenting');
    expect(second.body).toEqual([
      { type: 'TextualBody', value: notes[1]!.body, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'tag1', purpose: 'tagging' },
      { type: 'TextualBody', value: 'follow up', purpose: 'tagging' },
    ]);
    expect(second.created).toBe(new Date(notes[1]!.created).toISOString());
  });

  it('names files by kind and day', () => {
    expect(exportFileName('jsonld', new Date('2026-03-04T10:00:00Z'))).toBe('presslight-notes-2026-03-04.jsonld');
  });
});
