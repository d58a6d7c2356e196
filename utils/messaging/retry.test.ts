import { describe, expect, it } from 'vitest';
import { RequestError } from './client';
import { withRetry } from './retry';

function failing(codes: string[], value = 'saved') {
  let calls = 0;
  const request = async () => {
    const code = codes[calls++];
    if (code) throw new RequestError(code as never, code);
    return value;
  };
  return { request, calls: () => calls };
}

describe('withRetry', () => {
  it('retries transient failures until one succeeds', async () => {
    const flaky = failing(['unavailable', 'storage']);
    await expect(withRetry(flaky.request, [0, 0])).resolves.toBe('saved');
    expect(flaky.calls()).toBe(3);
  });

  it('throws the last transient failure when retries run out', async () => {
    const down = failing(['unavailable', 'unavailable', 'unavailable']);
    await expect(withRetry(down.request, [0, 0])).rejects.toMatchObject({ code: 'unavailable' });
    expect(down.calls()).toBe(3);
  });

  it('does not retry what a retry cannot fix', async () => {
    for (const code of ['quota', 'invalid-message']) {
      const final = failing([code]);
      await expect(withRetry(final.request, [0, 0])).rejects.toMatchObject({ code });
      expect(final.calls()).toBe(1);
    }
  });
});
