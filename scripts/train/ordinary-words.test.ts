import { describe, expect, it } from 'vitest';
import { ordinaryWords } from './ordinary-words.ts';

describe('ordinaryWords', () => {
  it('keeps lower-case words written in enough texts, not short or known ones', () => {
    const texts = ['Alerting systems send alerts to us.', 'The alerting rules send mail.', 'Our alerting tool sends alerts. Acme said so.'];
    expect(ordinaryWords(texts, 2, new Set(['send']))).toEqual(['alerting', 'alerts']);
  });
});
