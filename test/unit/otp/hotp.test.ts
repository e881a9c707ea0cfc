import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hotp,
  nobleHmac,
  OTP_DEFAULTS,
  webCryptoHmac,
  type Hmac,
  type HotpOptions,
} from '../../../src/otp/index.js';
import { ascii, RFC4226_SECRET, RFC4226_VECTORS } from '../../vectors/rfc-vectors.js';
import { BACKENDS } from './backends.js';

const SECRET = ascii(RFC4226_SECRET);

describe.each(BACKENDS)('hotp with $name', ({ hmac }) => {
  it.each(RFC4226_VECTORS)('gives RFC 4226 Appendix D HOTP $hotp for counter $counter', async (row) => {
    expect(await hotp({ secret: SECRET, counter: row.counter, hmac })).toBe(row.hotp);
  });

  // Table 2's decimal column: 7 and 8 digits are its last 7 and 8 digits, zero-padded (counter 7
  // truncates to 82162583, so 7 digits give "2162583" and 8 give "82162583").
  it.each(RFC4226_VECTORS)('takes 7 and 8 digits from the truncated decimal $truncated', async (row) => {
    expect(await hotp({ secret: SECRET, counter: row.counter, digits: 7, hmac })).toBe(
      String(row.truncated % 10 ** 7).padStart(7, '0'),
    );
    expect(await hotp({ secret: SECRET, counter: row.counter, digits: 8, hmac })).toBe(
      String(row.truncated % 10 ** 8).padStart(8, '0'),
    );
  });

  it('accepts a bigint counter and gives the same code as the number', async () => {
    expect(await hotp({ secret: SECRET, counter: 9n, hmac })).toBe('520489');
  });
});

describe('hotp', () => {
  it('uses the defaults (SHA-1, 6 digits, defaultHmac) when options are left out', async () => {
    expect(OTP_DEFAULTS).toEqual({ digits: 6, algorithm: 'SHA-1', period: 30, window: 1 });
    expect(await hotp({ secret: SECRET, counter: 0 })).toBe('755224');
  });

  it('encodes the counter as 8 big-endian bytes, the top ones included', async () => {
    const seen: Uint8Array[] = [];
    const recording: Hmac = (algorithm, key, message) => {
      seen.push(Uint8Array.from(message));
      return nobleHmac(algorithm, key, message);
    };
    await hotp({ secret: SECRET, counter: 0x0102030405060708n, hmac: recording });
    await hotp({ secret: SECRET, counter: 2 ** 32, hmac: recording });
    await hotp({ secret: SECRET, counter: 2n ** 64n - 1n, hmac: recording });
    expect(seen).toEqual([
      Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8),
      Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0),
      Uint8Array.of(255, 255, 255, 255, 255, 255, 255, 255),
    ]);
  });

  it('rejects an HMAC backend that returns the wrong number of bytes', async () => {
    const short: Hmac = async () => new Uint8Array(19);
    await expect(hotp({ secret: SECRET, counter: 0, hmac: short })).rejects.toThrow(
      /returned 19 bytes, expected 20/,
    );
  });

  const misuse: { name: string; options: Partial<HotpOptions>; error: typeof Error; message: RegExp }[] = [
    {
      name: 'a negative counter',
      options: { counter: -1 },
      error: RangeError,
      message: /non-negative safe integer/,
    },
    { name: 'a fractional counter', options: { counter: 1.5 }, error: RangeError, message: /got 1.5/ },
    { name: 'a NaN counter', options: { counter: NaN }, error: RangeError, message: /got NaN/ },
    {
      name: 'a counter past 2^53',
      options: { counter: 2 ** 53 },
      error: RangeError,
      message: /safe integer/,
    },
    {
      name: 'a negative bigint',
      options: { counter: -1n },
      error: RangeError,
      message: /0 … 2\^64 - 1, got -1/,
    },
    { name: 'a bigint of 2^64', options: { counter: 2n ** 64n }, error: RangeError, message: /2\^64/ },
    {
      name: 'a string counter',
      options: { counter: '1' as never },
      error: TypeError,
      message: /number or a bigint/,
    },
    {
      name: '5 digits',
      options: { digits: 5 as never },
      error: RangeError,
      message: /digits must be 6, 7 or 8, got 5/,
    },
    { name: '9 digits', options: { digits: 9 as never }, error: RangeError, message: /got 9/ },
    {
      name: 'an empty secret',
      options: { secret: new Uint8Array(0) },
      error: RangeError,
      message: /secret must not be empty/,
    },
    { name: 'a string secret', options: { secret: 'ABC' as never }, error: TypeError, message: /Uint8Array/ },
    {
      name: 'an unknown algorithm',
      options: { algorithm: 'MD5' as never },
      error: RangeError,
      message: /MD5/,
    },
  ];
  it.each(misuse)('rejects $name', async ({ options, error, message }) => {
    const call = hotp({ secret: SECRET, counter: 0, ...options });
    await expect(call).rejects.toThrow(error);
    await expect(call).rejects.toThrow(message);
  });

  it('gives the same code from both backends for random secrets, counters past 2^32, digits and algorithms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.oneof(fc.nat(), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.constant(2 ** 32)),
        fc.constantFrom(6 as const, 7 as const, 8 as const),
        fc.constantFrom('SHA-1' as const, 'SHA-256' as const, 'SHA-512' as const),
        async (secret, counter, digits, algorithm) => {
          const options = { secret, counter, digits, algorithm };
          const code = await hotp({ ...options, hmac: webCryptoHmac });
          expect(code).toMatch(new RegExp(`^[0-9]{${digits}}$`));
          expect(await hotp({ ...options, hmac: nobleHmac })).toBe(code);
        },
      ),
    );
  });
});
