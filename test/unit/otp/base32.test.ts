import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, Base32Error, type Base32ErrorCode } from '../../../src/otp/index.js';
import { ascii, RFC4648_BASE32_VECTORS } from '../../vectors/rfc-vectors.js';

describe('base32Encode', () => {
  it.each(RFC4648_BASE32_VECTORS)(
    'encodes "$text" as RFC 4648 §10 $base32 without padding',
    ({ text, base32 }) => {
      expect(base32Encode(ascii(text))).toBe(base32.replace(/=+$/, ''));
    },
  );

  it('encodes every byte value with the upper-case alphabet', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base32Encode(all)).toMatch(/^[A-Z2-7]+$/);
    expect(base32Encode(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff))).toBe('77777777');
    expect(base32Encode(Uint8Array.of(0, 0, 0, 0, 0))).toBe('AAAAAAAA');
  });
});

describe('base32Decode', () => {
  it.each(RFC4648_BASE32_VECTORS)('decodes RFC 4648 §10 $base32, padded and unpadded', ({ text, base32 }) => {
    expect(base32Decode(base32)).toEqual(ascii(text));
    expect(base32Decode(base32.replace(/=+$/, ''))).toEqual(ascii(text));
  });

  it.each([
    { name: 'lower case', input: 'mzxw6ytboi', text: 'foobar' },
    { name: 'mixed case', input: 'MzXw6YtBoI', text: 'foobar' },
    { name: 'groups of four', input: 'MZXW 6YTB OI', text: 'foobar' },
    { name: 'leading and trailing spaces', input: '  MZXW6YTBOI  ', text: 'foobar' },
    { name: 'spaces inside the padding', input: 'MY== ====', text: 'f' },
    { name: 'padding of any length', input: 'MY=', text: 'f' },
    { name: 'only spaces', input: '   ', text: '' },
    { name: 'only padding', input: '====', text: '' },
    // Documented: leftover low bits are ignored, so "MZ" reads as "MY" does.
    { name: 'non-zero trailing bits', input: 'MZ', text: 'f' },
  ])('accepts $name', ({ input, text }) => {
    expect(base32Decode(input)).toEqual(ascii(text));
  });

  const invalid: { input: string; code: Base32ErrorCode; index: number; message: RegExp }[] = [
    { input: 'MZXW-6YTB', code: 'invalid-character', index: 4, message: /"-" \(U\+002D\) at index 4/ },
    { input: 'MZXQ0', code: 'invalid-character', index: 4, message: /"0" \(U\+0030\) at index 4/ },
    { input: 'MZXQ1', code: 'invalid-character', index: 4, message: /"1"/ },
    { input: 'MZ\tXQ', code: 'invalid-character', index: 2, message: /"\\t" \(U\+0009\)/ },
    { input: 'MZ\nXQ', code: 'invalid-character', index: 2, message: /U\+000A/ },
    { input: 'MZ\u3000XQ', code: 'invalid-character', index: 2, message: /U\+3000/ }, // ideographic space
    { input: 'ＭＺＸＱ', code: 'invalid-character', index: 0, message: /U\+FF2D/ }, // full-width M
    { input: 'MZ\u0131Q', code: 'invalid-character', index: 2, message: /U\+0131/ }, // dotless i, upper-cases to I
    { input: 'MZ\u017fQ', code: 'invalid-character', index: 2, message: /U\+017F/ }, // long s, upper-cases to S
    { input: '😀MY', code: 'invalid-character', index: 0, message: /U\+1F600/ },
    { input: 'M😀Y', code: 'invalid-character', index: 1, message: /at index 1/ },
    {
      input: 'MZ=XQ',
      code: 'misplaced-padding',
      index: 3,
      message: /'=' at index 2 is followed by data "X" .* at index 3/,
    },
    { input: '=MY', code: 'misplaced-padding', index: 1, message: /index 0/ },
    { input: 'M', code: 'invalid-length', index: 1, message: /1 characters leave 1/ },
    { input: 'MZX', code: 'invalid-length', index: 3, message: /leave 3/ },
    { input: 'MZXW6Y', code: 'invalid-length', index: 6, message: /leave 6/ },
    { input: 'MZXW6YTBO', code: 'invalid-length', index: 9, message: /9 characters leave 1/ },
    { input: 'M=======', code: 'invalid-length', index: 8, message: /leave 1/ },
  ];
  it.each(invalid)('rejects $input: $code at $index', ({ input, code, index, message }) => {
    let caught: unknown;
    try {
      base32Decode(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Base32Error);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).toMatchObject({ name: 'Base32Error', code, index });
    expect((caught as Error).message).toMatch(message);
  });
});

describe('base32 round trip', () => {
  it('decodes what it encodes, in any case and grouping', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = base32Encode(bytes);
        expect(text).toMatch(/^[A-Z2-7]*$/);
        expect(text.length).toBe(Math.ceil((bytes.length * 8) / 5));
        expect(base32Decode(text)).toEqual(bytes);
        expect(base32Decode(text.toLowerCase())).toEqual(bytes);
        expect(base32Decode(text.replace(/(.{4})/g, '$1 '))).toEqual(bytes);
        expect(base32Decode(text.padEnd(Math.ceil(text.length / 8) * 8, '='))).toEqual(bytes);
      }),
    );
  });
});
