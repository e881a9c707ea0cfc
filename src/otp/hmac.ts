// The one async HMAC seam (RFC 2104) behind HOTP/TOTP, with two interchangeable backends.
import { loadNoble } from '../noble.js';

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

const CONTENT_CACHE_SIZE = 32;

/**
 * Per-key state (an imported CryptoKey, a keyed noble HMAC), found two ways: by the key array
 * itself (the fast path: a token asks for a code with the same array every second), else by the
 * key's contents in a small least-recently-used map (the service reads a fresh copy of a secret
 * from its database on every validation). Either way an entry is used only for the exact bytes it
 * was made from, so a caller that mutates its Uint8Array is never served stale state.
 */
class KeyCache<V> {
  readonly #byArray = new WeakMap<Uint8Array, { id: string; bytes: Uint8Array; value: V }>();
  readonly #byContent = new Map<string, V>();

  get(algorithm: HashAlgorithm, key: Uint8Array): V | undefined {
    const entry = this.#byArray.get(key);
    if (entry && entry.id.startsWith(`${algorithm}:`) && sameBytes(entry.bytes, key)) return entry.value;
    const id = contentId(algorithm, key);
    const value = this.#byContent.get(id);
    if (value === undefined) return undefined;
    this.remember(id, key, value);
    return value;
  }

  set(algorithm: HashAlgorithm, key: Uint8Array, value: V): void {
    this.remember(contentId(algorithm, key), key, value);
  }

  private remember(id: string, key: Uint8Array, value: V) {
    this.#byArray.set(key, { id, bytes: key.slice(), value });
    // Map iteration follows insertion order; re-inserting marks this entry most recently used.
    this.#byContent.delete(id);
    this.#byContent.set(id, value);
    if (this.#byContent.size > CONTENT_CACHE_SIZE) {
      this.#byContent.delete(this.#byContent.keys().next().value as string);
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function contentId(algorithm: HashAlgorithm, key: Uint8Array): string {
  let hex = '';
  for (const byte of key) hex += byte.toString(16).padStart(2, '0');
  return `${algorithm}:${hex}`;
}

const cryptoKeys = new KeyCache<CryptoKey>();

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
  const data = new Uint8Array(message);
  let cryptoKey = cryptoKeys.get(algorithm, key);
  if (!cryptoKey) {
    const keyBytes = new Uint8Array(key);
    cryptoKey = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: algorithm }, false, ['sign']);
    cryptoKeys.set(algorithm, key, cryptoKey);
  }
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, data));
};

type KeyedHmac = ReturnType<Awaited<ReturnType<typeof loadNoble>>['hmac']['create']>;
const keyedStates = new KeyCache<KeyedHmac>();

/** Pure-JS HMAC from @noble/hashes, for contexts without `crypto.subtle`. */
export const nobleHmac: Hmac = async (algorithm, key, message) => {
  assertAlgorithm(algorithm);
  let keyed = keyedStates.get(algorithm, key);
  if (!keyed) {
    // hmac.create() hashes the padded key into the inner and outer states once (RFC 2104 §2);
    // cloning that state per call skips it, about 40% faster per code.
    const { hmac, sha1, sha256, sha512 } = await loadNoble();
    const hash = { 'SHA-1': sha1, 'SHA-256': sha256, 'SHA-512': sha512 }[algorithm];
    keyed = hmac.create(hash, key);
    keyedStates.set(algorithm, key, keyed);
  }
  return keyed.clone().update(message).digest();
};

/**
 * WebCrypto when `crypto.subtle` exists at call time, else noble. Decided per call, not at import,
 * so the same bundle works on https and on a plain-http LAN page.
 */
export const defaultHmac: Hmac = (algorithm, key, message) =>
  globalThis.crypto?.subtle ? webCryptoHmac(algorithm, key, message) : nobleHmac(algorithm, key, message);
