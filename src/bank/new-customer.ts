/**
 * What a trainer types to add a customer (the trainer bar's form, through the bank counter's
 * operations in staff.ts), checked as input.ts checks what customers type. With the trainer's
 * tools, not with a customer's first screen.
 */
import type { BankErrorCode } from './codes.js';
import { isText, parsePassword, toHalfWidth, type Parsed } from './input.js';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: BankErrorCode): Parsed<T> => ({ ok: false, code });

const NEW_PASSWORD_MIN_LENGTH = 8;

/** A password a trainer may give a new customer: at least 8 characters, a letter and a digit. */
export function parseNewPassword(input: unknown): Parsed<string> {
  const parsed = parsePassword(input);
  if (!parsed.ok) return parsed;
  const strong =
    parsed.value.length >= NEW_PASSWORD_MIN_LENGTH &&
    /[A-Za-z]/.test(parsed.value) &&
    /\d/.test(parsed.value);
  return strong ? parsed : fail('weak-password');
}

/** A customer's name: 1–40 characters, no control characters. */
export function parseCustomerName(input: unknown): Parsed<string> {
  if (!isText(input)) return fail('malformed-name');
  const value = input.trim().replace(/\s+/g, ' ');
  if (value.length === 0 || [...value].length > 40 || /[\u0000-\u001F\u007F]/.test(value)) {
    return fail('malformed-name');
  }
  return ok(value);
}

const MAX_BALANCE = 1_000_000_000_000;

/** A balance in whole yen, 0 to 1 trillion; digits with optional commas, or a safe integer. */
export function parseBalance(input: unknown): Parsed<number> {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0 && input <= MAX_BALANCE
      ? ok(input)
      : fail('malformed-balance');
  }
  if (!isText(input)) return fail('malformed-balance');
  const digits = toHalfWidth(input).trim().replace(/,/g, '');
  if (!/^\d{1,13}$/.test(digits)) return fail('malformed-balance');
  const value = Number(digits);
  return value <= MAX_BALANCE ? ok(value) : fail('malformed-balance');
}
