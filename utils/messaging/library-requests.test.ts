import { describe, expect, it } from 'vitest';
import { parseRequest } from './handler';
import { backgroundParamChecks } from './protocol';
import { MAX_IMPORT_CHARS } from '../export/library-file';

const parse = (message: unknown) => parseRequest(backgroundParamChecks, message);

describe('Library requests', () => {
  it('accepts well-formed requests and drops unknown fields', () => {
    expect(parse({ type: 'library.window', params: { query: { text: 'huawei', color: 'blue', extra: 1 }, offset: 0, limit: 40 } })).toEqual({
      type: 'library.window',
      params: { query: { text: 'huawei', color: 'blue' }, offset: 0, limit: 40 },
    });
    expect(parse({ type: 'pages.get', params: { url: 'https://a.example/x' } }).params).toEqual({ url: 'https://a.example/x' });
  });

  it('refuses malformed and oversized ones with the field at fault', () => {
    expect(() => parse({ type: 'library.window', params: { query: {}, offset: -1, limit: 40 } })).toThrow(/params.offset/);
    expect(() => parse({ type: 'library.window', params: { query: {}, offset: 0, limit: 100_000 } })).toThrow(/params.limit/);
    expect(() => parse({ type: 'library.window', params: { query: { color: 'red' }, offset: 0, limit: 1 } })).toThrow(/params.query.color/);
    expect(() => parse({ type: 'library.window', params: { query: { text: 'x'.repeat(501) }, offset: 0, limit: 1 } })).toThrow(/params.query.text/);
    expect(() => parse({ type: 'library.import', params: { text: 42 } })).toThrow(/params.text/);
    expect(() => parse({ type: 'library.import', params: { text: ' '.repeat(MAX_IMPORT_CHARS + 1) } })).toThrow(/longer than/);
    expect(() => parse({ type: 'pages.get', params: { url: '' } })).toThrow(/params.url/);
  });
});
