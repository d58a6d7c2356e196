import { describe, expect, it } from 'vitest';
import { entityMarks, MarkIndex, pointInRects, type Mark } from './marks';

const mark = (kind: Mark['kind'], start: number, end: number, key: string = kind, scope: Mark['scope'] = 'article'): Mark => ({ kind, scope, start, end, key });

describe('MarkIndex', () => {
  const marks = [
    mark('company', 0, 6, 'Huawei'),
    mark('company', 20, 23, 'ZTE'),
    mark('quote', 30, 90, 'Suga'),
    mark('person', 40, 54, 'Suga'),
    mark('note', 35, 60, 'n1', 'page'),
  ];
  const index = new MarkIndex(marks);

  it('finds the most specific mark at an offset, end included', () => {
    expect(index.at('article', 3).map((m) => m.key)).toEqual(['Huawei']);
    expect(index.at('article', 6).map((m) => m.key)).toEqual(['Huawei']);
    expect(index.at('article', 10)).toEqual([]);
    expect(index.at('article', 45).map((m) => m.kind)).toEqual(['person', 'quote']);
    expect(index.at('article', 70).map((m) => m.kind)).toEqual(['quote']);
  });

  it('keeps scopes apart and filters by kind', () => {
    expect(index.at('page', 45).map((m) => m.key)).toEqual(['n1']);
    expect(index.at('article', 45, new Set(['quote'])).map((m) => m.kind)).toEqual(['quote']);
    expect(index.count('company')).toBe(2);
    expect(index.all(new Set(['company', 'note'])).map((m) => m.key).sort()).toEqual(['Huawei', 'ZTE', 'n1']);
  });

  it('answers quickly on many marks', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => mark('company', i * 10, i * 10 + 4, `c${i}`));
    const big = new MarkIndex(many);
    const t = performance.now();
    for (let i = 0; i < 10_000; i++) big.at('article', (i * 37) % 500_000);
    expect(performance.now() - t).toBeLessThan(200);
    expect(big.at('article', 123_452).map((m) => m.key)).toEqual(['c12345']);
  });
});

describe('entityMarks', () => {
  it('marks companies, every mention of quoted people and their quotes, and nothing of unquoted people', () => {
    const marks = entityMarks({
      entities: [
        { type: 'company', start: 0, end: 6, text: 'Huawei', canonical: 'Huawei' },
        { type: 'location', start: 10, end: 15, text: 'Japan', canonical: 'Japan' },
      ],
      people: [
        { name: 'Yoshihide Suga', role: 'spokesman', mentions: [{ start: 20, end: 34 }, { start: 100, end: 104 }], quoted: true },
        { name: 'Trump', role: null, mentions: [{ start: 50, end: 55 }], quoted: false },
      ],
      quotes: [
        { start: 60, end: 90, text: 'x', kind: 'direct', speaker: { name: 'Yoshihide Suga', start: 20, end: 34 } },
        { start: 92, end: 99, text: 'y', kind: 'direct', speaker: null },
      ],
    });
    expect(marks.map((m) => `${m.kind}:${m.start}`)).toEqual(['company:0', 'person:20', 'person:100', 'quote:60']);
  });
});

describe('pointInRects', () => {
  it('hits inside a box and within the slop around it', () => {
    const rects = [{ left: 10, right: 50, top: 10, bottom: 30 }];
    expect(pointInRects({ x: 20, y: 20 }, rects)).toBe(true);
    expect(pointInRects({ x: 50.5, y: 20 }, rects)).toBe(true);
    expect(pointInRects({ x: 60, y: 20 }, rects)).toBe(false);
  });
});
