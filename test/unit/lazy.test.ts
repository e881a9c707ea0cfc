import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../src/lazy.js';

describe('onFirstUse', () => {
  it('loads on the first call only, and gives every caller the same module', async () => {
    let loads = 0;
    const load = onFirstUse(async () => ({ loaded: ++loads }));
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(loads).toBe(1);
  });

  it('keeps a failure: no second try, the same error to every later call', async () => {
    let loads = 0;
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const load = onFirstUse(async () => {
      loads++;
      throw failure;
    });
    await expect(load()).rejects.toBe(failure);
    await expect(load()).rejects.toBe(failure);
    expect(loads).toBe(1);
  });
});
