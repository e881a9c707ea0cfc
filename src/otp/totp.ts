// TOTP: RFC 6238 §4, HOTP over the number of time steps since T0 = 0 (the Unix epoch).
import { timingSafeEqual } from './compare.js';
import { checkOtpOptions, hotp, OTP_DEFAULTS, type OtpOptions } from './hotp.js';

export interface TotpOptions extends OtpOptions {
  secret: Uint8Array;
  /** Milliseconds since the epoch, from the app clock; never read here. */
  time: number;
  /** Step length X in seconds (RFC 6238 §4.1), default 30. */
  period?: number;
}

export interface VerifyTotpOptions extends TotpOptions {
  /** The code as entered. */
  code: string;
  /** How many steps of clock drift to accept either way (RFC 6238 §5.2), default 1. */
  window?: number;
}

export function checkPeriod(period: number): void {
  if (!Number.isSafeInteger(period) || period < 1) {
    throw new RangeError(`period must be a whole number of seconds >= 1, got ${period}`);
  }
}

function wholeMilliseconds(time: number): number {
  if (!(time >= 0 && time <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`time must be milliseconds since the epoch in 0 … 2^53 - 1, got ${time}`);
  }
  return Math.floor(time);
}

/** The time-step counter T = floor((time - T0) / X) (RFC 6238 §4.2), with T0 = 0. */
export function totpStep(time: number, period: number = OTP_DEFAULTS.period): number {
  checkPeriod(period);
  const ms = wholeMilliseconds(time);
  const stepMs = period * 1000;
  // Integer arithmetic, not floor(time / 1000 / period): the remainder is exact, so a time exactly
  // on a step boundary can never be rounded into the previous step.
  return (ms - (ms % stepMs)) / stepMs;
}

/** Whole seconds until the next step begins, rounded up: 1 … period (a fresh step shows `period`). */
export function secondsRemaining(time: number, period: number = OTP_DEFAULTS.period): number {
  checkPeriod(period);
  const stepMs = period * 1000;
  return Math.ceil((stepMs - (wholeMilliseconds(time) % stepMs)) / 1000);
}

/** The TOTP value at `time` (RFC 6238 §4.2). T is not limited to 32 bits, as §4.2 requires past 2038. */
export async function totp(options: TotpOptions): Promise<string> {
  // Named fields, not a rest spread: copying options costs a third of a code's time in Node.
  const { secret, time, period = OTP_DEFAULTS.period, digits, algorithm, hmac } = options;
  return hotp({ secret, counter: totpStep(time, period), digits, algorithm, hmac });
}

/**
 * Checks `code` against every step in [-window, +window] around `time` and returns the matching step
 * delta (0, -1, +1, …) or null. Every candidate is computed and compared in constant time before
 * one is chosen, so the response time does not reveal which step matched. The nearest step wins,
 * the current one first, then the past (a slow clock on the token is the common case).
 * A code of the wrong length or with anything but ASCII digits is simply wrong: user input, no throw.
 * Replay protection (RFC 6238 §5.2: accept each step once) is the caller's job; it knows the history.
 */
export async function verifyTotp(options: VerifyTotpOptions): Promise<number | null> {
  const {
    code,
    time,
    window = OTP_DEFAULTS.window,
    period = OTP_DEFAULTS.period,
    secret,
    digits = OTP_DEFAULTS.digits,
    algorithm = OTP_DEFAULTS.algorithm,
    hmac,
  } = options;
  // Programming errors throw even when the code is malformed.
  checkOtpOptions(secret, digits, algorithm);
  if (!Number.isSafeInteger(window) || window < 0) {
    throw new RangeError(`window must be a whole number of steps >= 0, got ${window}`);
  }
  const step = totpStep(time, period);
  if (typeof code !== 'string' || code.length !== digits || !/^[0-9]+$/.test(code)) return null;

  // Counters, not deltas, drive the loop: starting at -window would make the current delta -0 when
  // window is 0. Steps before the epoch do not exist.
  const deltas: number[] = [];
  for (let counter = Math.max(0, step - window); counter <= step + window; counter++) {
    deltas.push(counter - step);
  }
  const candidates = await Promise.all(
    deltas.map((delta) => hotp({ secret, counter: step + delta, digits, algorithm, hmac })),
  );
  const matches = candidates.map((candidate) => timingSafeEqual(candidate, code));

  const rank = (delta: number) => Math.abs(delta) * 2 + (delta > 0 ? 1 : 0);
  let best: number | null = null;
  deltas.forEach((delta, i) => {
    if (matches[i] && (best === null || rank(delta) < rank(best))) best = delta;
  });
  return best;
}
