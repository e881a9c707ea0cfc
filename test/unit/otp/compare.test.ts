import { describe, expect, it } from 'vitest';
import { timingSafeEqual } from '../../../src/otp/index.js';

describe('timingSafeEqual', () => {
  it.each([
    { a: '', b: '', equal: true },
    { a: '123456', b: '123456', equal: true },
    { a: '123456', b: '123457', equal: false },
    { a: '123456', b: '023456', equal: false },
    { a: '123456', b: '12345', equal: false },
    { a: '12345', b: '123456', equal: false },
    { a: '123456', b: '', equal: false },
    { a: 'é', b: 'e\u0301', equal: false }, // no normalization: codes are ASCII digits
    { a: '\u0100', b: '\u0000', equal: false }, // high bits count too
    { a: '😀', b: '😀', equal: true },
  ])('says $equal for "$a" and "$b"', ({ a, b, equal }) => {
    expect(timingSafeEqual(a, b)).toBe(equal);
    expect(timingSafeEqual(b, a)).toBe(equal);
  });
});
