/**
 * Password hashing: salted PBKDF2-HMAC-SHA-256 (NIST SP 800-132), through WebCrypto, or
 * @noble/hashes where `crypto.subtle` is missing (a page on plain http is not a secure
 * context). Both give the same bytes. The plain password is never stored.
 */
import { loadNoble } from '../noble.js';

export type Pbkdf2Backend = 'webcrypto' | 'noble';

export interface PasswordHash {
  salt: Uint8Array;
  hash: Uint8Array;
  iterations: number;
}

/** The demo's default work factor: slow enough to be honest, quick enough for a 2-core laptop. */
export const DEFAULT_PASSWORD_ITERATIONS = 100_000;
const HASH_BYTES = 32;
const SALT_BYTES = 16;

const encoder = new TextEncoder();

export async function pbkdf2Sha256(
  password: string,
  salt: Uint8Array,
  iterations: number,
  backend: Pbkdf2Backend = globalThis.crypto?.subtle ? 'webcrypto' : 'noble',
): Promise<Uint8Array> {
  const passwordBytes = encoder.encode(password);
  if (backend === 'noble') {
    const { pbkdf2Async, sha256 } = await loadNoble();
    return pbkdf2Async(sha256, passwordBytes, salt, { c: iterations, dkLen: HASH_BYTES });
  }
  const key = await crypto.subtle.importKey('raw', passwordBytes, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(
  password: string,
  iterations = DEFAULT_PASSWORD_ITERATIONS,
): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt, iterations, hash: await pbkdf2Sha256(password, salt, iterations) };
}

/** Hashes `password` with the stored salt; compare with `sameBytes`. */
export function rehash(password: string, stored: PasswordHash): Promise<Uint8Array> {
  return pbkdf2Sha256(password, stored.salt, stored.iterations);
}

/** Constant-time byte comparison, so a guess's timing says nothing about the hash. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}
