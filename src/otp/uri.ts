// otpauth:// URIs, the Google Authenticator Key Uri Format that QR codes carry:
// https://github.com/google/google-authenticator/wiki/Key-Uri-Format
import { base32Decode, base32Encode, Base32Error } from './base32.js';
import type { HashAlgorithm } from './hmac.js';
import { checkOtpOptions, OTP_DEFAULTS } from './hotp.js';
import { checkPeriod } from './totp.js';

export interface OtpauthUriOptions {
  secret: Uint8Array;
  /** Provider name, e.g. the bank's. Must not contain ':' (see otpauthUri). */
  issuer?: string;
  /** The user's account name, e.g. a contract number. */
  account: string;
  algorithm?: HashAlgorithm;
  digits?: 6 | 7 | 8;
  /** Seconds per step, default 30. */
  period?: number;
}

export interface ParsedOtpauthUri {
  type: 'totp' | 'hotp';
  issuer?: string;
  account: string;
  secret: Uint8Array;
  algorithm: HashAlgorithm;
  digits: 6 | 7 | 8;
  period: number;
  /** Present for hotp only: the initial counter. */
  counter?: number;
}

export type OtpauthUriErrorCode =
  | 'not-otpauth'
  | 'unknown-type'
  | 'invalid-label'
  | 'duplicate-parameter'
  | 'missing-secret'
  | 'invalid-secret'
  | 'unknown-algorithm'
  | 'invalid-digits'
  | 'invalid-period'
  | 'issuer-mismatch'
  | 'missing-counter'
  | 'invalid-counter';

/** A URI that cannot be imported. A scanned or pasted URI is user input: map `code` to a message. */
export class OtpauthUriError extends Error {
  override name = 'OtpauthUriError';

  constructor(
    message: string,
    readonly code: OtpauthUriErrorCode,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// The Key Uri Format spells the algorithms without the hyphen.
const URI_ALGORITHM: Readonly<Record<HashAlgorithm, string>> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-512': 'SHA512',
};
const FROM_URI_ALGORITHM: ReadonlyMap<string, HashAlgorithm> = new Map(
  Object.entries(URI_ALGORITHM).map(([algorithm, spelling]) => [spelling, algorithm as HashAlgorithm]),
);

/**
 * Builds `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
 * Every parameter is written out, defaults included: some apps ignore what they do not find.
 *
 * The format lets a reader split the label at a literal *or* percent-encoded colon, so a ':' in the
 * issuer (or in the account when there is no issuer) could not be read back; both throw. So does an
 * account starting with a space, which readers drop ("optional spaces may precede the account name").
 */
export function otpauthUri(options: OtpauthUriOptions): string {
  const {
    secret,
    issuer,
    account,
    algorithm = OTP_DEFAULTS.algorithm,
    digits = OTP_DEFAULTS.digits,
    period = OTP_DEFAULTS.period,
  } = options;
  checkOtpOptions(secret, digits, algorithm);
  checkPeriod(period);
  if (typeof account !== 'string' || account === '') {
    throw new TypeError('account must be a non-empty string');
  }
  if (account.startsWith(' ')) throw new RangeError('account must not start with a space');
  if (issuer !== undefined) {
    if (typeof issuer !== 'string' || issuer === '') throw new TypeError('issuer must be a non-empty string');
    if (issuer.includes(':')) {
      throw new RangeError(`issuer must not contain ':', got ${JSON.stringify(issuer)}`);
    }
  } else if (account.includes(':')) {
    throw new RangeError("account must not contain ':' without an issuer: it would be read back as one");
  }

  // encodeURIComponent writes spaces as %20, as the format asks; '+' would be read as a space.
  const label =
    issuer === undefined
      ? encodeURIComponent(account)
      : `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const parameters = [`secret=${base32Encode(secret)}`];
  if (issuer !== undefined) parameters.push(`issuer=${encodeURIComponent(issuer)}`);
  parameters.push(`algorithm=${URI_ALGORITHM[algorithm]}`, `digits=${digits}`, `period=${period}`);
  return `otpauth://totp/${label}?${parameters.join('&')}`;
}

// otpauth://TYPE/LABEL?PARAMETERS, an optional #fragment ignored. Scheme and type are
// case-insensitive like any URI scheme and host (RFC 3986 §3.1, §3.2.2).
const URI_PATTERN = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/is;
const KNOWN_PARAMETERS = ['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter'];

function fail(code: OtpauthUriErrorCode, message: string, options?: ErrorOptions): never {
  throw new OtpauthUriError(message, code, options);
}

/**
 * Reads an otpauth URI as a QR code or a paste delivers it. Lenient where the format's writers vary
 * (parameter case of the algorithm, '+' for spaces in parameters, omitted defaults, unknown extra
 * parameters such as `image`), strict wherever a guess could install a wrong secret.
 */
export function parseOtpauthUri(uri: string): ParsedOtpauthUri {
  const match = URI_PATTERN.exec(String(uri).trim());
  if (!match) fail('not-otpauth', 'Not an otpauth URI: expected otpauth://totp/… or otpauth://hotp/…');
  const [, rawType, rawLabel, rawQuery = ''] = match;

  const type = rawType.toLowerCase();
  if (type !== 'totp' && type !== 'hotp') {
    fail('unknown-type', `Unknown OTP type ${JSON.stringify(rawType)}: expected totp or hotp`);
  }

  let label: string;
  try {
    label = decodeURIComponent(rawLabel);
  } catch (error) {
    fail('invalid-label', 'The label is not valid percent-encoded UTF-8', { cause: error });
  }
  // "Issuer:account" or "account"; the colon may have arrived literal or as %3A, both decoded by now.
  const colon = label.indexOf(':');
  const labelIssuer = colon >= 0 ? label.slice(0, colon) : '';
  const account = (colon >= 0 ? label.slice(colon + 1) : label).replace(/^ +/, '');
  if (account === '') fail('invalid-label', 'The label names no account');

  const parameters = new URLSearchParams(rawQuery);
  for (const name of KNOWN_PARAMETERS) {
    if (parameters.getAll(name).length > 1) {
      fail('duplicate-parameter', `The parameter ${name} appears more than once`);
    }
  }

  const issuerParameter = parameters.get('issuer') ?? '';
  if (issuerParameter && labelIssuer && issuerParameter !== labelIssuer) {
    fail(
      'issuer-mismatch',
      `The issuer parameter ${JSON.stringify(issuerParameter)} disagrees with the label prefix ${JSON.stringify(labelIssuer)}`,
    );
  }
  const issuer = issuerParameter || labelIssuer || undefined;

  const rawSecret = parameters.get('secret');
  if (!rawSecret) fail('missing-secret', 'The secret parameter is missing');
  let secret: Uint8Array;
  try {
    secret = base32Decode(rawSecret);
  } catch (error) {
    if (!(error instanceof Base32Error)) throw error;
    // Name what is wrong without echoing secret material into logs.
    fail('invalid-secret', `The secret is not valid Base32 (${error.code} at index ${error.index})`, {
      cause: error,
    });
  }
  if (secret.length === 0) fail('invalid-secret', 'The secret is empty');

  const rawAlgorithm = parameters.get('algorithm') ?? URI_ALGORITHM[OTP_DEFAULTS.algorithm];
  const algorithm = FROM_URI_ALGORITHM.get(rawAlgorithm.toUpperCase());
  if (!algorithm) {
    fail(
      'unknown-algorithm',
      `Unknown algorithm ${JSON.stringify(rawAlgorithm)}: expected SHA1, SHA256 or SHA512`,
    );
  }

  const rawDigits = parameters.get('digits') ?? String(OTP_DEFAULTS.digits);
  if (!/^[678]$/.test(rawDigits))
    fail('invalid-digits', `digits must be 6, 7 or 8, got ${JSON.stringify(rawDigits)}`);
  const digits = Number(rawDigits) as 6 | 7 | 8;

  const rawPeriod = parameters.get('period') ?? String(OTP_DEFAULTS.period);
  const period = Number(rawPeriod);
  if (!/^[0-9]+$/.test(rawPeriod) || !Number.isSafeInteger(period) || period < 1) {
    fail('invalid-period', `period must be a whole number of seconds >= 1, got ${JSON.stringify(rawPeriod)}`);
  }

  const result: ParsedOtpauthUri = { type, account, secret, algorithm, digits, period };
  if (issuer !== undefined) result.issuer = issuer;
  if (type === 'hotp') {
    const rawCounter = parameters.get('counter');
    if (rawCounter === null) fail('missing-counter', 'An hotp URI needs a counter parameter');
    const counter = Number(rawCounter);
    if (!/^[0-9]+$/.test(rawCounter) || !Number.isSafeInteger(counter)) {
      fail(
        'invalid-counter',
        `counter must be a whole number in 0 … 2^53 - 1, got ${JSON.stringify(rawCounter)}`,
      );
    }
    result.counter = counter;
  }
  return result;
}
