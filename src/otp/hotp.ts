// HOTP: RFC 4226 §5, with the hash choice RFC 6238 §1.2 adds for TOTP.
import { assertAlgorithm, defaultHmac, DIGEST_BYTES, type HashAlgorithm, type Hmac } from './hmac.js';

export interface OtpOptions {
  /** Code length: RFC 4226 §5.3 requires at least 6 digits, "and possibly 7 and 8". */
  digits?: 6 | 7 | 8;
  algorithm?: HashAlgorithm;
  /** HMAC backend; defaultHmac unless a test or a platform needs another. */
  hmac?: Hmac;
}

/** RFC 6238 §4 and §5.2 defaults: SHA-1, 6 digits, 30-second steps, one step of drift either way. */
export const OTP_DEFAULTS = { digits: 6, algorithm: 'SHA-1', period: 30, window: 1 } as const;

export interface HotpOptions extends OtpOptions {
  secret: Uint8Array;
  /** The moving factor C, 8 bytes on the wire (RFC 4226 §5.1). */
  counter: number | bigint;
}

const MAX_COUNTER = 2n ** 64n;

/** Validates the options shared with TOTP; throws because a bad value here is a programming error. */
export function checkOtpOptions(secret: unknown, digits: unknown, algorithm: unknown): void {
  if (!(secret instanceof Uint8Array)) throw new TypeError('secret must be a Uint8Array');
  if (secret.length === 0) throw new RangeError('secret must not be empty');
  if (digits !== 6 && digits !== 7 && digits !== 8) {
    throw new RangeError(`digits must be 6, 7 or 8, got ${String(digits)}`);
  }
  assertAlgorithm(algorithm);
}

function counterBytes(counter: unknown): Uint8Array {
  // Two 32-bit halves rather than a BigInt per code: the same bytes, without BigInt's cost.
  let high: number;
  let low: number;
  if (typeof counter === 'bigint') {
    if (counter < 0n || counter >= MAX_COUNTER) {
      throw new RangeError(`counter must be in 0 … 2^64 - 1, got ${counter}`);
    }
    high = Number(counter >> 32n);
    low = Number(counter & 0xffffffffn);
  } else if (typeof counter === 'number') {
    // Past 2^53 a number no longer names one counter; such callers must use bigint.
    if (!Number.isSafeInteger(counter) || counter < 0) {
      throw new RangeError(`counter must be a non-negative safe integer or a bigint, got ${counter}`);
    }
    high = Math.floor(counter / 2 ** 32);
    low = counter >>> 0;
  } else {
    throw new TypeError(`counter must be a number or a bigint, got ${typeof counter}`);
  }
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, high, false); // big-endian, RFC 4226 §5.2
  view.setUint32(4, low, false);
  return bytes;
}

/** The HOTP value for one counter (RFC 4226 §5.3), zero-padded to `digits`. */
export async function hotp(options: HotpOptions): Promise<string> {
  const {
    secret,
    counter,
    digits = OTP_DEFAULTS.digits,
    algorithm = OTP_DEFAULTS.algorithm,
    hmac = defaultHmac,
  } = options;
  checkOtpOptions(secret, digits, algorithm);
  const message = counterBytes(counter);
  const hs = await hmac(algorithm, secret, message);
  if (hs.length !== DIGEST_BYTES[algorithm]) {
    throw new Error(
      `HMAC-${algorithm} backend returned ${hs.length} bytes, expected ${DIGEST_BYTES[algorithm]}`,
    );
  }
  // Dynamic truncation (RFC 4226 §5.3): the low 4 bits of the last byte pick an offset; the 31 bits
  // there (top bit masked so signed and unsigned readers agree) are reduced modulo 10^digits.
  // RFC 4226 says String[19], SHA-1's last byte; RFC 6238 Appendix A reads the last byte of the
  // longer SHA-256/512 outputs too.
  const offset = hs[hs.length - 1] & 0x0f;
  const binary =
    ((hs[offset] & 0x7f) << 24) | (hs[offset + 1] << 16) | (hs[offset + 2] << 8) | hs[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}
