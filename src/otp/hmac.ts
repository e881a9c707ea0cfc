// The one async HMAC seam (RFC 2104) behind HOTP/TOTP, with two interchangeable backends.
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

/** The hash functions RFC 6238 §1.2 allows for TOTP (RFC 4226 HOTP is SHA-1 only). */
export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** HMAC of `message` under `key`. Async because WebCrypto is. */
export type Hmac = (algorithm: HashAlgorithm, key: Uint8Array, message: Uint8Array) => Promise<Uint8Array>;

/** Output length in bytes of each hash, to catch a broken backend before truncating its output. */
export const DIGEST_BYTES: Readonly<Record<HashAlgorithm, number>> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-512': 64,
};

export function assertAlgorithm(algorithm: unknown): asserts algorithm is HashAlgorithm {
  if (typeof algorithm !== 'string' || !Object.hasOwn(DIGEST_BYTES, algorithm)) {
    throw new RangeError(`Unknown hash algorithm ${String(algorithm)}: use 'SHA-1', 'SHA-256' or 'SHA-512'`);
  }
}

const CACHE_SIZE = 32;

/**
 * A small least-recently-used map. Imported keys are cached by the key's *contents*, not the array's
 * identity: a caller that mutates its Uint8Array must never be served a key built from the old bytes.
 */
class BoundedCache<V> {
  readonly #entries = new Map<string, V>();

  get(id: string): V | undefined {
    const value = this.#entries.get(id);
    if (value !== undefined) {
      // Map iteration follows insertion order; re-inserting marks this entry most recently used.
      this.#entries.delete(id);
      this.#entries.set(id, value);
    }
    return value;
  }

  set(id: string, value: V): void {
    this.#entries.delete(id);
    this.#entries.set(id, value);
    if (this.#entries.size > CACHE_SIZE) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }
}

function cacheId(algorithm: HashAlgorithm, key: Uint8Array): string {
  let hex = '';
  for (const byte of key) hex += byte.toString(16).padStart(2, '0');
  return `${algorithm}:${hex}`;
}

const cryptoKeys = new BoundedCache<CryptoKey>();

/**
 * HMAC through `crypto.subtle`. Only exists in secure contexts (https, localhost, file://), so a page
 * served over plain http on a LAN has to fall back to {@link nobleHmac}.
 */
export const webCryptoHmac: Hmac = async (algorithm, key, message) => {
  assertAlgorithm(algorithm);
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('crypto.subtle is unavailable (not a secure context?): use nobleHmac');
  // Copy before the first await: the caller may reuse its arrays while we wait, and the copies are
  // ArrayBuffer-backed, which is what WebCrypto's BufferSource type asks for.
  const keyBytes = new Uint8Array(key);
  const data = new Uint8Array(message);
  const id = cacheId(algorithm, keyBytes);
  let cryptoKey = cryptoKeys.get(id);
  if (!cryptoKey) {
    cryptoKey = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: algorithm }, false, ['sign']);
    cryptoKeys.set(id, cryptoKey);
  }
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, data));
};

const NOBLE_HASHES = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-512': sha512 } as const;

type KeyedHmac = ReturnType<typeof hmac.create>;
const keyedStates = new BoundedCache<KeyedHmac>();

/** Pure-JS HMAC from @noble/hashes, for contexts without `crypto.subtle`. */
export const nobleHmac: Hmac = async (algorithm, key, message) => {
  assertAlgorithm(algorithm);
  const id = cacheId(algorithm, key);
  let keyed = keyedStates.get(id);
  if (!keyed) {
    // hmac.create() hashes the padded key into the inner and outer states once (RFC 2104 §2);
    // cloning that state per call skips it, about 40% faster per code.
    keyed = hmac.create(NOBLE_HASHES[algorithm], key);
    keyedStates.set(id, keyed);
  }
  return keyed.clone().update(message).digest();
};

/**
 * WebCrypto when `crypto.subtle` exists at call time, else noble. Decided per call, not at import,
 * so the same bundle works on https and on a plain-http LAN page.
 */
export const defaultHmac: Hmac = (algorithm, key, message) =>
  globalThis.crypto?.subtle ? webCryptoHmac(algorithm, key, message) : nobleHmac(algorithm, key, message);
