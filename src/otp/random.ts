// Fresh shared secrets.

/**
 * `bytes` random bytes from the platform CSPRNG. getRandomValues, unlike crypto.subtle, exists in
 * insecure contexts too. The default of 20 bytes is the 160 bits RFC 4226 §4 (R6) recommends.
 */
export function randomSecret(bytes = 20): Uint8Array {
  // 65536 bytes is getRandomValues' per-call limit (Web Cryptography API: QuotaExceededError).
  if (!Number.isSafeInteger(bytes) || bytes < 1 || bytes > 65536) {
    throw new RangeError(`bytes must be a whole number in 1 … 65536, got ${bytes}`);
  }
  return globalThis.crypto.getRandomValues(new Uint8Array(bytes));
}
