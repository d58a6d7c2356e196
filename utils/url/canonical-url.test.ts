import { describe, expect, it } from 'vitest';
import { canonicalPageUrl, siteOf } from './canonical-url';

describe('canonicalPageUrl', () => {
  it.each([
    ['drops the fragment', 'https://news.example/a#comments', null, 'https://news.example/a'],
    ['drops tracking parameters, keeps the rest', 'https://news.example/a?id=7&utm_source=x&fbclid=1&UTM_Medium=y', null, 'https://news.example/a?id=7'],
    ['drops an empty query', 'https://news.example/a?utm_campaign=z', null, 'https://news.example/a'],
    ['lower-cases the host', 'https://NEWS.Example/A', null, 'https://news.example/A'],
    ['prefers rel=canonical on the same site', 'https://m.news.example/a?x=1', 'https://news.example/a', 'https://news.example/a'],
    ['resolves a relative canonical', 'https://news.example/amp/a', '/a', 'https://news.example/a'],
    ['ignores a canonical on another site', 'https://news.example/a', 'https://evil.example/a', 'https://news.example/a'],
    ['ignores a canonical that is not http(s)', 'https://news.example/a', 'javascript:alert(1)', 'https://news.example/a'],
    ['ignores a malformed canonical', 'https://news.example/a', 'http://[::1', 'https://news.example/a'],
    ['keeps non-http pages, without the fragment', 'file:///tmp/a.html#x', null, 'file:///tmp/a.html'],
  ])('%s', (_name, page, canonical, expected) => {
    expect(canonicalPageUrl(page, canonical)).toBe(expected);
  });
});

describe('siteOf', () => {
  it('is the host without www', () => {
    expect(siteOf('https://www.news.example/a')).toBe('news.example');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('not a url');
  });
});
