import { describe, expect, it } from 'vitest';
import { randomSecret } from '../../../src/otp/index.js';

describe('randomSecret', () => {
  it('gives 20 bytes (160 bits, RFC 4226 §4 R6) by default', () => {
    expect(randomSecret()).toBeInstanceOf(Uint8Array);
    expect(randomSecret()).toHaveLength(20);
  });

  it.each([1, 32, 64, 65536])('gives %i bytes when asked', (bytes) => {
    expect(randomSecret(bytes)).toHaveLength(bytes);
  });

  it('gives a different secret each time', () => {
    const seen = new Set(Array.from({ length: 50 }, () => randomSecret().join()));
    expect(seen.size).toBe(50);
  });

  it.each([0, -1, 1.5, NaN, 65537])('rejects %s bytes', (bytes) => {
    expect(() => randomSecret(bytes)).toThrow(RangeError);
  });
});
