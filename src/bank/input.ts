/**
 * Parsing what a person types into the bank's forms. Each parser returns the normalised value
 * or a result code; nothing here throws for anything a person can type.
 *
 * Japanese keyboards often type full-width characters (「１２３４」) through the IME, and the
 * token shows its code as `123 456`; both are accepted where the meaning is unambiguous.
 * Passwords are never normalised: their letters are case-sensitive (the guide says so).
 */
import type { BankErrorCode } from './codes.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: BankErrorCode };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: BankErrorCode): Parsed<T> => ({ ok: false, code });

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const MAX_INPUT_LENGTH = 256;
export const isText = (input: unknown): input is string =>
  typeof input === 'string' && input.length <= MAX_INPUT_LENGTH;

const CONTRACT_ID_PATTERN = /^\d{4,16}$/;

/** 契約者ID(利用者番号): 4–16 digits; spaces and hyphens between digit groups are dropped. */
export function parseContractId(input: unknown): Parsed<string> {
  if (!isText(input)) return fail('malformed-contract-id');
  const value = toHalfWidth(input).replace(/[\s-]/g, '');
  return CONTRACT_ID_PATTERN.test(value) ? ok(value) : fail('malformed-contract-id');
}

/**
 * A contract ID as the audit log keeps one that no customer has: only a few digits at each end,
 * `12******90`, never the whole. Six digits pass the contract-ID pattern, so this is also where a
 * one-time password typed into the wrong field would otherwise be written down. Up to two digits
 * each end, and never more than half of the ID: `1****6` for six digits.
 */
export function maskContractId(contractId: string): string {
  if (!/^\d+$/.test(contractId)) return contractId; // already masked
  const shown = Math.min(2, Math.floor(contractId.length / 4));
  const hidden = '*'.repeat(contractId.length - 2 * shown);
  return contractId.slice(0, shown) + hidden + contractId.slice(contractId.length - shown);
}

const PASSWORD_MIN_LENGTH = 6;
export const PASSWORD_MAX_LENGTH = 32;

/**
 * ログインパスワード: 6–32 printable ASCII characters, taken exactly as typed. A password is
 * only checked against its hash, so this rejects only what no password can be.
 */
export function parsePassword(input: unknown): Parsed<string> {
  if (!isText(input)) return fail('malformed-password');
  const printableAscii = /^[\x21-\x7E]*$/;
  if (
    input.length < PASSWORD_MIN_LENGTH ||
    input.length > PASSWORD_MAX_LENGTH ||
    !printableAscii.test(input)
  ) {
    return fail('malformed-password');
  }
  return ok(input);
}

const CREDENTIAL_ID_PATTERN = /^[A-Z]{4}\d{8}$/;

/**
 * トークンID / Credential ID: four letters and eight digits (`SYMC12345678`). The app prints
 * it grouped (`SYMC 1234 5678`), so spaces and hyphens are dropped; letters are upper-cased.
 */
export function parseCredentialId(input: unknown): Parsed<string> {
  if (!isText(input)) return fail('malformed-credential-id');
  const value = toHalfWidth(input).replace(/[\s-]/g, '').toUpperCase();
  return CREDENTIAL_ID_PATTERN.test(value) ? ok(value) : fail('malformed-credential-id');
}

/** ワンタイムパスワード: six digits, spaces allowed (the token shows `123 456`). */
export function parseOtpCode(input: unknown): Parsed<string> {
  if (!isText(input)) return fail('malformed-code');
  const value = toHalfWidth(input).replace(/\s/g, '');
  return /^\d{6}$/.test(value) ? ok(value) : fail('malformed-code');
}
