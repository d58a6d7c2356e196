import { describe, expect, it } from 'vitest';
import { scoreCluster } from './cluster-kind.ts';
import { learnedLexicon } from './lexicon.ts';
import { tokenize } from './tokenize.ts';
import type { NameMention } from './types.ts';

describe('scoreCluster', () => {
  it('reads a name once written with a legal form as no person, whatever the order of its mentions', () => {
    const { tokens } = tokenize('Quorvane Ltd opened. Quorvane grew, and Ltd shares rose.');
    const at = (text: string, from = 0): number => tokens.findIndex((token, index) => index >= from && token.text === text);
    const whole: NameMention = { first: at('Quorvane'), end: at('Quorvane') + 2, modelKind: 'PER', cluster: 0 };
    const alone: NameMention = { first: at('Ltd', whole.end), end: at('Ltd', whole.end) + 1, modelKind: 'PER', cluster: 0 };
    const words = ['Quorvane', 'Ltd'];
    for (const group of [[whole, alone], [alone, whole]]) {
      expect(scoreCluster(tokens, group, words, learnedLexicon()).scores.PER).toBe(0);
    }
  });

  it('reads no business in a people’s adjective before a business’s noun ("their Canadian revenues")', () => {
    const { tokens } = tokenize('The Canadian Radio-television and Telecommunications Commission ruled. Netflix pays five per cent of its Canadian revenues.');
    const at = (from: number): number => tokens.findIndex((token, index) => index >= from && token.text === 'Canadian');
    const group: NameMention[] = [at(0), at(at(0) + 1)].map((first) => ({ first, end: first + 1, modelKind: 'MISC', cluster: 0 }));
    expect(scoreCluster(tokens, group, ['Canadian'], learnedLexicon()).company).toBe(false);
  });
});
