import { describe, expect, it } from 'vitest';
import { readNewsText, roleKey } from './news-text.ts';

describe('news-style test articles', () => {
  const sets = {
    development: readNewsText('development.jsonl'),
    development2: readNewsText('development-2.jsonl'),
    development3: readNewsText('development-3.jsonl'),
    development4: readNewsText('development-4.jsonl'),
    development5: readNewsText('development-5.jsonl'),
    development6: readNewsText('development-6.jsonl'),
    development7: readNewsText('development-7.jsonl'),
    development8: readNewsText('development-8.jsonl'),
    development9: readNewsText('development-9.jsonl'),
    development10: readNewsText('development-10.jsonl'),
    heldOut: readNewsText('held-out.jsonl'),
  };

  it.each(Object.entries(sets))('%s: every labelled name, alias and role is written in its article', (_set, articles) => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const missing = [
        ...article.companies.flatMap((company) => company.aliases),
        ...article.quotedPeople.flatMap((person) => [person.name, ...(person.role === null ? [] : [person.role])]),
      ].filter((label) => !article.text.includes(label));
      expect({ id: article.id, missing }).toEqual({ id: article.id, missing: [] });
    }
  });

  it('keeps the sets apart, and every article’s id unique', () => {
    const developmentArticles = Object.entries(sets).flatMap(([name, articles]) => (name === 'heldOut' ? [] : articles));
    const development = new Set(developmentArticles.map((article) => article.text));
    expect(sets.heldOut.filter((article) => development.has(article.text))).toEqual([]);
    const ids = [...developmentArticles, ...sets.heldOut].map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('compares roles whatever the apostrophe', () => {
    expect(roleKey('Japan’s chief government spokesman')).toBe(roleKey("japan's chief government spokesman"));
  });
});
