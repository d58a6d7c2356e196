import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE_FORMAT, LibraryFileError, libraryFileText, MAX_IMPORT_CHARS, parseLibraryFile, toLibraryFile } from './library-file';
import { makeLibrary } from './sample-library';

function fileWith(overrides: Record<string, unknown>): string {
  const { notes, pages } = makeLibrary(3, 2);
  return JSON.stringify({ ...toLibraryFile(notes, pages), ...overrides });
}

function problemOf(text: string): LibraryFileError {
  try {
    parseLibraryFile(text);
  } catch (error) {
    if (error instanceof LibraryFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('Presslight JSON file', () => {
  it('round-trips every note and saved article (without the derived words)', () => {
    const { notes, pages } = makeLibrary(50, 7);
    const parsed = parseLibraryFile(libraryFileText(toLibraryFile(notes, pages)));
    expect(parsed.notes).toEqual(notes.map(({ words: _w, ...note }) => note));
    expect(parsed.pages).toEqual(pages);
  });

  it('writes exactly the file object, one note and one article per line, empty lists included', () => {
    const { notes, pages } = makeLibrary(30, 4);
    for (const file of [toLibraryFile(notes, pages), toLibraryFile([], []), toLibraryFile(notes, [])]) {
      const text = libraryFileText(file);
      expect(JSON.parse(text)).toEqual(file);
      expect(text.split('\n').length).toBe(5 + (file.notes.length && file.notes.length + 1) + (file.pages.length && file.pages.length + 1));
    }
  });

  it('refuses files that are not ours, with what is wrong', () => {
    expect(problemOf('not json').message).toMatch(/not valid JSON/);
    expect(problemOf('[]').message).toMatch(/expected a JSON object/);
    expect(problemOf('{"@context":"http://www.w3.org/ns/anno.jsonld"}').message).toMatch(/not a Presslight JSON export/);
    expect(problemOf(fileWith({ version: 99 })).message).toMatch(/newer Presslight/);
    expect(problemOf(fileWith({ version: '1' })).message).toMatch(/version/);
    expect(problemOf(fileWith({ notes: {} })).message).toMatch(/no “notes” list/);
    expect(problemOf(fileWith({ pages: 'x' })).message).toMatch(/“pages” field is not a list/);
    expect(problemOf(' '.repeat(MAX_IMPORT_CHARS + 1)).message).toMatch(/too large/);
  });

  it('refuses the whole file when any entry is malformed, listing the entries', () => {
    const { notes, pages } = makeLibrary(3, 2);
    const file = toLibraryFile(notes, pages) as unknown as { notes: Record<string, unknown>[] };
    file.notes[1]!.color = 'javascript:alert(1)';
    file.notes[2]!.target = { source: 'https://elsewhere.example/', selector: (file.notes[2]!.target as { selector: unknown }).selector };
    const error = problemOf(JSON.stringify(file));
    expect(error.message).toMatch(/2 entries are malformed/);
    expect(error.problems[0]).toMatch(/^notes\[1\]\.color/);
    expect(error.problems[1]).toMatch(/^notes\[2\]\.target\.source/);
  });

  it('drops unknown fields and ignores prototype keys', () => {
    const { notes, pages } = makeLibrary(1, 1);
    const text = JSON.stringify(toLibraryFile(notes, pages)).replace('"body":', '"__proto__":{"polluted":1},"script":"<x>","body":');
    const parsed = parseLibraryFile(text);
    expect(parsed.notes[0]).not.toHaveProperty('script');
    expect(Object.getPrototypeOf(parsed.notes[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(libraryFileText(toLibraryFile(notes, pages))).format).toBe(LIBRARY_FILE_FORMAT);
  });
});
