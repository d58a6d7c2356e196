import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../normalize.ts';
import { preparePage } from '../page.ts';
import type { TextQuoteSelector } from '../types.ts';
import { caseConflicts } from './letter-case.ts';
import { prepareQuote } from './query.ts';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

const LONG = 'the government plans to put in place measures aimed at strengthening security that apply to Huawei and ZTE';

describe('caseConflicts', () => {
  it.each([
    ['the same capitals', quote('The old rule', 'on the floor.\n\n', ' of thumb'), 'Leave it on the floor.\n\nThe old rule of thumb', false],
    ['a sentence start found mid-sentence', quote('The old rule', 'on the floor.\n\n', ' of thumb'), 'Sharon said that the old rule of thumb', true],
    ['a capital in the context inside the block', quote('old rule', 'the floor.\n\nThe ', ' of thumb'), 'Sharon said that the old rule of thumb', true],
    ['context in another block is not compared', quote('Techniques used', 'the entire APK.\n\n', ' in File-by-File'), 'my new book. Techniques used in File-by-File', false],
    ['context where the page no longer reads the same is not compared', quote('rule', 'The old ', ''), 'THE NEW rule', false],
    ['a heading in capitals', quote('Sign up for our newsletter'), 'SIGN UP FOR OUR NEWSLETTER', true],
    ['letters without case', quote('露營的話則須', '民宿前', ''), '民宿前露營的話則須待中午', false],
    ['typography folded, capitals kept', quote('“Cybersecurity”'), 'He said "Cybersecurity" twice', false],
    ['a long quote: capitals compared near its ends only', quote(LONG), LONG.replace('strengthening', 'STRENGTHENING'), false],
    ['a long quote: a capital at its end', quote(LONG), LONG.replace('ZTE', 'zte'), true],
  ])('%s', (_name, selector, text, expected) => {
    const page = preparePage(text);
    const query = prepareQuote(selector, null);
    const start = page.text.indexOf(foldForMatching(selector.exact));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(caseConflicts(page, query, { start, end: start + query.exact.length })).toBe(expected);
  });
});
