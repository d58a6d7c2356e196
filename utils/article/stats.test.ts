import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectStats } from './stats.ts';

function doc(html: string): Document {
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }).document;
}

describe('collectStats tag counts', () => {
  it('counts images, fields and frames, which the walk does not enter', () => {
    const stats = collectStats(
      doc(`<form><input type="email"><input type="hidden" name="t"><select><option>A</option></select><textarea></textarea><button>Send</button></form>
        <p><img src="a.jpg"><img src="b.jpg"></p><iframe src="https://example.com/embed"></iframe>`),
    );
    expect(stats.tagCounts).toMatchObject({ img: 2, input: 1, select: 1, textarea: 1, iframe: 1, button: 1, form: 1 });
  });
});

describe('collectStats prose', () => {
  it('counts a Chinese paragraph, whose full stops no space follows, as prose', () => {
    const chinese = '市议会周二开会讨论预算，市长表示计划将在春季之前修订。居民们对此表示欢迎，但也提出了一些担忧。'.repeat(2);
    const stats = collectStats(doc(`<article><p>${chinese}</p><p>${chinese}</p></article>`));
    expect(stats.root!.goodCount).toBe(2);
  });
});
