import { describe, expect, it } from 'vitest';
import { randomBelow, shuffled } from '../../src/random.js';

/** A source that gives these words in turn. */
function words(...values: number[]) {
  let next = 0;
  return () => {
    if (next >= values.length) throw new Error('asked for more words than given');
    return values[next++];
  };
}

describe('randomBelow', () => {
  it('draws again rather than favour the low values: the incomplete last round of 2^32 is refused', () => {
    // 2^32 = 429,496,729 × 10 + 6: the six words from 4,294,967,290 up would favour 0–5.
    expect(randomBelow(10, words(4_294_967_290, 4_294_967_295, 4_294_967_289))).toBe(9);
    expect(randomBelow(10, words(17))).toBe(7);
    // A power of two divides 2^32: no word is refused.
    expect(randomBelow(16, words(2 ** 32 - 1))).toBe(15);
  });

  it('stays in [0, bound) from the CSPRNG, and reaches every value', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = randomBelow(10);
      expect(Number.isInteger(value) && value >= 0 && value < 10).toBe(true);
      seen.add(value);
    }
    // Each digit is missed by 2,000 draws with probability 0.9^2000 (about 10^-92).
    expect(seen.size).toBe(10);
    expect(randomBelow(1)).toBe(0);
  });

  it.each([0, -1, 1.5, NaN, 2 ** 32 + 1])('refuses the bound %s', (bound) => {
    expect(() => randomBelow(bound)).toThrow(RangeError);
  });
});

describe('shuffled', () => {
  it('gives every item once, in a copy', () => {
    const keys = [...'1234567890'];
    const result = shuffled(keys);
    expect([...result].sort()).toEqual([...keys].sort());
    expect(keys).toEqual([...'1234567890']);
    expect(result).not.toBe(keys);
  });

  it('is Fisher–Yates: each choice swaps the last unshuffled item', () => {
    // below(3) → 0 swaps c with a; below(2) → 1 keeps b: [c, b, a].
    const choices = words(0, 1);
    expect(shuffled(['a', 'b', 'c'], () => choices())).toEqual(['c', 'b', 'a']);
  });

  it('reaches every order of three items', () => {
    const orders = new Set(Array.from({ length: 600 }, () => shuffled(['a', 'b', 'c']).join('')));
    // Each of the six is missed by 600 shuffles with probability (5/6)^600 (about 10^-48).
    expect(orders.size).toBe(6);
  });
});
