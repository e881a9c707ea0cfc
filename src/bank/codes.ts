/**
 * The bank's one vocabulary of result codes. Every operation returns `{ok: true, …}` or
 * `{ok: false, code}`; the screens map each code to a message (src/i18n). A person's mistake
 * never throws.
 */
export const BANK_ERROR_CODES = [
  // Refused as typed: the field's format is impossible. Nothing is looked up or recorded.
  'malformed-contract-id',
  'malformed-password',
  'malformed-credential-id',
  'malformed-code',
  'malformed-name',
  'malformed-balance',
  'weak-password',
  // Not a request the bank understands at all (a broken page, not a person's typing).
  'malformed-request',
  // Who the customer is.
  'unknown-contract',
  'wrong-password',
  'locked',
  // The customer's token registration.
  'token-already-registered',
  'no-token-registered',
  'unknown-credential',
  'credential-removed',
  'credential-bound-elsewhere',
  'credential-locked',
  'wrong-code',
  'replayed-code',
  // Flow and session state.
  'flow-expired',
  'not-signed-in',
  // Staff and trainer operations.
  'contract-exists',
  'not-locked',
] as const;

export type BankErrorCode = (typeof BANK_ERROR_CODES)[number];

/**
 * The codes only the bank counter's operations answer (a trainer adding a customer, an unlock):
 * their texts are the trainer's tools' (src/i18n/tools.ts), a type only, so that the customer's
 * first screen carries nothing of them.
 */
export type StaffErrorCode = Extract<
  BankErrorCode,
  'malformed-name' | 'malformed-balance' | 'weak-password' | 'contract-exists' | 'not-locked'
>;

/** What a customer's screens can be answered: every code but the counter's own. */
export type CustomerErrorCode = Exclude<BankErrorCode, StaffErrorCode>;

export interface BankFailure {
  ok: false;
  code: BankErrorCode;
  /** After a wrong password or code: tries left before the customer is locked (NIST SP 800-63B). */
  attemptsRemaining?: number;
  /** After a replayed code: seconds until the token shows a code that will be accepted. */
  retryInSeconds?: number;
}

export type BankResult<T extends object = object> = ({ ok: true } & T) | BankFailure;

/** Result code of a completed deactivation, as the guide's S3 screen shows it. */
export const DEACTIVATION_COMPLETE = '00001';

/** Consecutive failed passwords or codes before the bank locks a customer. */
export const MAX_FAILED_ATTEMPTS = 5;

export function failure(code: BankErrorCode, attemptsRemaining?: number): BankFailure {
  return attemptsRemaining === undefined ? { ok: false, code } : { ok: false, code, attemptsRemaining };
}
