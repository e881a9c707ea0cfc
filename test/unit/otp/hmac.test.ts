import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultHmac, nobleHmac, webCryptoHmac, type HashAlgorithm } from '../../../src/otp/index.js';
import { ascii, hex, RFC4226_SECRET, RFC4226_VECTORS } from '../../vectors/rfc-vectors.js';
import { BACKENDS } from './backends.js';

const ALGORITHMS: readonly HashAlgorithm[] = ['SHA-1', 'SHA-256', 'SHA-512'];
const NODE_NAMES: Record<HashAlgorithm, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
};

/** A third, independent implementation to check both backends against. */
function nodeHmac(algorithm: HashAlgorithm, key: Uint8Array, message: Uint8Array): string {
  return createHmac(NODE_NAMES[algorithm], key).update(message).digest('hex');
}

function counterMessage(counter: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(counter));
  return bytes;
}

/** A key no other test uses, so the module-level caches start cold for it. */
let keySerial = 0;
function freshKey(): Uint8Array {
  keySerial++;
  return ascii(`hmac-test-key-${keySerial}-${Math.random()}`);
}

// RFC 4231 §4.3 test case 2 (RFC 2202 §3 for SHA-1): key "Jefe".
const JEFE = [
  { algorithm: 'SHA-1', mac: 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79' },
  { algorithm: 'SHA-256', mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' },
  {
    algorithm: 'SHA-512',
    mac:
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
      '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  },
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(BACKENDS)('$name', ({ hmac }) => {
  it.each(RFC4226_VECTORS)('gives RFC 4226 Appendix D HMAC-SHA-1 for counter $counter', async (row) => {
    const mac = await hmac('SHA-1', ascii(RFC4226_SECRET), counterMessage(row.counter));
    expect(hex(mac)).toBe(row.hmacSha1);
  });

  it.each(JEFE)('gives the RFC 4231 / RFC 2202 "Jefe" value for $algorithm', async ({ algorithm, mac }) => {
    expect(hex(await hmac(algorithm, ascii('Jefe'), ascii('what do ya want for nothing?')))).toBe(mac);
  });

  it('keys its cache by the key contents, so a mutated key array is never served a stale key', async () => {
    const key = freshKey();
    const message = ascii('message');
    expect(hex(await hmac('SHA-256', key, message))).toBe(nodeHmac('SHA-256', key, message));
    key[0] ^= 0xff;
    expect(hex(await hmac('SHA-256', key, message))).toBe(nodeHmac('SHA-256', key, message));
  });

  it('keeps the algorithm in the cache key', async () => {
    const key = freshKey();
    const message = ascii('message');
    for (const algorithm of ALGORITHMS) {
      expect(hex(await hmac(algorithm, key, message))).toBe(nodeHmac(algorithm, key, message));
    }
  });

  it('rejects an unknown algorithm with a RangeError', async () => {
    await expect(hmac('SHA-384' as HashAlgorithm, freshKey(), ascii('m'))).rejects.toThrow(RangeError);
    await expect(hmac('sha1' as HashAlgorithm, freshKey(), ascii('m'))).rejects.toThrow(
      /Unknown hash algorithm sha1/,
    );
  });
});

describe('webCryptoHmac key cache', () => {
  it('imports a key once per contents, until 32 other keys push those contents out', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    const message = ascii('m');
    const first = freshKey();
    await webCryptoHmac('SHA-1', first, message);
    await webCryptoHmac('SHA-1', Uint8Array.from(first), message); // same contents, another array
    expect(importKey).toHaveBeenCalledTimes(1);

    // 31 more keys fill the cache to 32; a copy of `first` keeps its contents the most recently used.
    for (let i = 0; i < 31; i++) await webCryptoHmac('SHA-1', freshKey(), message);
    await webCryptoHmac('SHA-1', Uint8Array.from(first), message);
    expect(importKey).toHaveBeenCalledTimes(32);

    // 32 new keys now evict those contents: a new array with them imports again.
    for (let i = 0; i < 32; i++) await webCryptoHmac('SHA-1', freshKey(), message);
    importKey.mockClear();
    const copy = Uint8Array.from(first);
    expect(hex(await webCryptoHmac('SHA-1', copy, message))).toBe(nodeHmac('SHA-1', first, message));
    expect(importKey).toHaveBeenCalledTimes(1);
    importKey.mockRestore();
  });

  it('never serves a mutated array the key of its old bytes', async () => {
    const message = ascii('m');
    const key = freshKey();
    await webCryptoHmac('SHA-1', key, message);
    key[0] ^= 0xff;
    expect(hex(await webCryptoHmac('SHA-1', key, message))).toBe(nodeHmac('SHA-1', key, message));
    expect(hex(await nobleHmac('SHA-1', key, message))).toBe(nodeHmac('SHA-1', key, message));
    key[0] ^= 0xff;
    expect(hex(await nobleHmac('SHA-1', key, message))).toBe(nodeHmac('SHA-1', key, message));
  });
});

describe('without crypto.subtle (an insecure context)', () => {
  function hideSubtle(): void {
    // An own property shadows the getter on Crypto.prototype; restored in afterEach.
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
  }
  afterEach(() => {
    Reflect.deleteProperty(globalThis.crypto, 'subtle');
    expect(globalThis.crypto.subtle).toBeDefined();
  });

  it('webCryptoHmac rejects with a message that names the fallback', async () => {
    hideSubtle();
    await expect(webCryptoHmac('SHA-1', freshKey(), ascii('m'))).rejects.toThrow(
      /crypto\.subtle is unavailable.*nobleHmac/,
    );
  });

  it('defaultHmac falls back to noble and still gives the RFC value', async () => {
    hideSubtle();
    const mac = await defaultHmac('SHA-1', ascii(RFC4226_SECRET), counterMessage(0));
    expect(hex(mac)).toBe(RFC4226_VECTORS[0].hmacSha1);
  });
});

describe('defaultHmac', () => {
  it('uses WebCrypto when crypto.subtle exists', async () => {
    const sign = vi.spyOn(globalThis.crypto.subtle, 'sign');
    const mac = await defaultHmac('SHA-1', ascii(RFC4226_SECRET), counterMessage(1));
    expect(hex(mac)).toBe(RFC4226_VECTORS[1].hmacSha1);
    expect(sign).toHaveBeenCalledTimes(1);
  });
});

describe('both backends', () => {
  it('agree with each other and with node:crypto on random keys (1–200 bytes), messages and algorithms', async () => {
    // Keys past the 64/128-byte block size exercise RFC 2104 §2's "hash the key first".
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.uint8Array({ maxLength: 100 }),
        fc.constantFrom(...ALGORITHMS),
        async (key, message, algorithm) => {
          const expected = nodeHmac(algorithm, key, message);
          expect(hex(await webCryptoHmac(algorithm, key, message))).toBe(expected);
          expect(hex(await nobleHmac(algorithm, key, message))).toBe(expected);
        },
      ),
    );
  });
});
