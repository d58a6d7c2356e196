import { describe, expect, it } from 'vitest';
import { companyKey, matchNames, pagePath } from './pages.ts';
import { surnameKey } from './quotes.ts';

describe('companyKey', () => {
  it.each([
    ['KDDI Corp.', 'kddi'],
    ['The Atlantic', 'atlantic'],
    ['Huawei’s', 'huawei'],
    ['AT&T', 'at t'],
    ['Whole Foods Market', 'whole foods market'],
    ['Amazon.com Inc.', 'amazon'],
  ])('%s → %s', (name, key) => expect(companyKey(name)).toBe(key));
});

describe('matchNames', () => {
  const gold = [
    { label: 'Facebook', keys: ['facebook', 'facebook inc'] },
    { label: 'Whole Foods', keys: ['whole foods', 'whole foods market'] },
  ];
  it('counts each gold name once, ignores uncertain names and second spellings', () => {
    const result = matchNames(['Facebook', 'Facebook Inc', 'Whole Foods Market', 'Getty Images', 'Prime'], gold, new Set(['getty images']), companyKey);
    expect(result.score).toEqual({ found: 3, gold: 2, right: 2 });
    expect(result.extra).toEqual(['Prime']);
    expect(result.missing).toEqual([]);
  });
  it('matches people by surname and lists the missed', () => {
    const people = [{ label: 'Yoshihide Suga', keys: ['suga'] }, { label: 'Jon Sopel', keys: ['sopel'] }];
    const result = matchNames(['Suga'], people, new Set(), surnameKey);
    expect(result.score).toEqual({ found: 1, gold: 2, right: 1 });
    expect(result.missing).toEqual(['Jon Sopel']);
  });
});

describe('pagePath', () => {
  it.each([
    ['bbc-1', '../shared/data/articles/readability/bbc-1/source.html.gz'],
    ['wcxb/0031', '../shared/data/articles/wcxb-dev/html/0031.html.gz'],
  ])('%s', (page, path) => expect(pagePath(page)).toBe(path));
});
