import { describe, expect, it } from 'vitest';
import {
  hotp,
  nobleHmac,
  secondsRemaining,
  totp,
  totpStep,
  verifyTotp,
  type Hmac,
  type VerifyTotpOptions,
} from '../../../src/otp/index.js';
import { ascii, RFC6238_SEEDS, RFC6238_VECTORS } from '../../vectors/rfc-vectors.js';
import { BACKENDS } from './backends.js';

const SECRET = ascii(RFC6238_SEEDS['SHA-1']);

describe.each(BACKENDS)('totp with $name', ({ hmac }) => {
  it.each(RFC6238_VECTORS)('gives RFC 6238 Appendix B $totp at $time s with $algorithm', async (row) => {
    const secret = ascii(RFC6238_SEEDS[row.algorithm]);
    const code = await totp({ secret, time: row.time * 1000, digits: 8, algorithm: row.algorithm, hmac });
    expect(code).toBe(row.totp);
  });
});

describe('totpStep', () => {
  it.each(RFC6238_VECTORS.filter((row) => row.algorithm === 'SHA-1'))(
    'gives RFC 6238 Appendix B T = $step at $time s',
    ({ time, step }) => {
      expect(totpStep(time * 1000)).toBe(Number.parseInt(step, 16));
      expect(totpStep(time * 1000 + 999)).toBe(Number.parseInt(step, 16)); // same whole second
    },
  );

  it.each([
    { time: 0, period: 30, step: 0 },
    { time: 29_999, period: 30, step: 0 },
    { time: 30_000, period: 30, step: 1 },
    { time: 59_999.9, period: 30, step: 1 },
    { time: 60_000, period: 60, step: 1 },
    { time: 59_999, period: 60, step: 0 },
    { time: 20_000_000_000_000, period: 30, step: 666_666_666 },
    { time: Number.MAX_SAFE_INTEGER, period: 30, step: Math.floor(Number.MAX_SAFE_INTEGER / 30_000) },
  ])('puts $time ms in step $step of $period s', ({ time, period, step }) => {
    expect(totpStep(time, period)).toBe(step);
  });

  it.each([-1, NaN, Infinity, 2 ** 53])('rejects the time %s', (time) => {
    expect(() => totpStep(time)).toThrow(/time must be milliseconds since the epoch/);
  });

  it.each([0, -30, 1.5, NaN])('rejects the period %s', (period) => {
    expect(() => totpStep(0, period)).toThrow(/period must be a whole number of seconds/);
  });
});

describe('secondsRemaining', () => {
  it.each([
    { time: 0, period: 30, left: 30 },
    { time: 1, period: 30, left: 30 },
    { time: 999, period: 30, left: 30 },
    { time: 1_000, period: 30, left: 29 },
    { time: 29_000, period: 30, left: 1 },
    { time: 29_001, period: 30, left: 1 },
    { time: 29_999, period: 30, left: 1 },
    { time: 29_999.5, period: 30, left: 1 },
    { time: 30_000, period: 30, left: 30 },
    { time: 59_000, period: 60, left: 1 },
    { time: 60_000, period: 60, left: 60 },
    { time: 1_111_111_109_000, period: 30, left: 1 },
  ])('gives $left s at $time ms with $period s steps', ({ time, period, left }) => {
    expect(secondsRemaining(time, period)).toBe(left);
  });

  it('defaults to 30 s steps and rejects a bad period or time', () => {
    expect(secondsRemaining(15_000)).toBe(15);
    expect(() => secondsRemaining(0, 0)).toThrow(RangeError);
    expect(() => secondsRemaining(-1)).toThrow(RangeError);
  });
});

describe('totp', () => {
  it('is hotp of the step, with any period', async () => {
    const time = 1_700_000_000_123;
    expect(await totp({ secret: SECRET, time, period: 60 })).toBe(
      await hotp({ secret: SECRET, counter: Math.floor(time / 60_000) }),
    );
  });

  it('rejects a time before the epoch', async () => {
    await expect(totp({ secret: SECRET, time: -1 })).rejects.toThrow(RangeError);
  });
});

describe('verifyTotp', () => {
  const time = 1_234_567_890_000; // step 41152263, 0 s into it
  const codeAt = (stepDelta: number, digits: 6 | 7 | 8 = 6) =>
    totp({ secret: SECRET, time: time + stepDelta * 30_000, digits });
  const verify = (options: Partial<VerifyTotpOptions> & { code: string }) =>
    verifyTotp({ secret: SECRET, time, ...options });

  it.each([
    { delta: 0, window: undefined, result: 0 },
    { delta: -1, window: undefined, result: -1 },
    { delta: 1, window: undefined, result: 1 },
    { delta: -2, window: undefined, result: null },
    { delta: 2, window: undefined, result: null },
    { delta: -2, window: 2, result: -2 },
    { delta: 2, window: 2, result: 2 },
    { delta: 3, window: 2, result: null },
    { delta: 0, window: 0, result: 0 },
    { delta: -1, window: 0, result: null },
    { delta: 1, window: 0, result: null },
  ])(
    'gives $result for the code $delta steps away with window $window',
    async ({ delta, window, result }) => {
      expect(await verify({ code: await codeAt(delta), window })).toBe(result);
    },
  );

  it('matches at the last millisecond of the step as at the first', async () => {
    const code = await codeAt(0);
    expect(await verify({ code, time: time + 29_999 })).toBe(0);
    expect(await verify({ code, time: time + 30_000 })).toBe(-1);
  });

  it('verifies 8-digit SHA-512 codes with the RFC 6238 seed', async () => {
    const secret = ascii(RFC6238_SEEDS['SHA-512']);
    const options = { secret, digits: 8, algorithm: 'SHA-512', time: 59_000 } as const;
    expect(await verifyTotp({ ...options, code: '90693936' })).toBe(0);
    expect(await verifyTotp({ ...options, code: '90693936', time: 89_000 })).toBe(-1);
  });

  it.each([
    { name: 'too short', code: '12345' },
    { name: 'too long', code: '1234567' },
    { name: 'empty', code: '' },
    { name: 'with a letter', code: '12345a' },
    { name: 'with a space', code: '123 45' },
    { name: 'with a sign', code: '+12345' },
    { name: 'in full-width digits', code: '１２３４５６' },
    { name: 'in Arabic-Indic digits', code: '١٢٣٤٥٦' },
    { name: 'not a string', code: 123456 as never },
  ])('returns null for a code $name', async ({ code }) => {
    expect(await verify({ code })).toBeNull();
  });

  it('returns null for the right code padded to a wrong length', async () => {
    const code = await codeAt(0);
    expect(await verify({ code: ` ${code}` })).toBeNull();
    expect(await verify({ code: code.slice(1) })).toBeNull();
    expect(await verify({ code: await codeAt(0, 8), digits: 6 })).toBeNull();
  });

  it('checks no step before the epoch', async () => {
    const code = await totp({ secret: SECRET, time: 0 });
    expect(await verifyTotp({ secret: SECRET, code, time: 10_000, window: 3 })).toBe(0);
  });

  /** An HMAC whose output depends only on the step, so the test decides which steps share a code. */
  function scriptedHmac(bytesForStep: (step: number) => number, calls: number[]): Hmac {
    return async (_algorithm, _key, message) => {
      const step = Number(new DataView(message.buffer, message.byteOffset).getBigUint64(0));
      calls.push(step);
      return new Uint8Array(20).fill(bytesForStep(step));
    };
  }
  const STEP = totpStep(time);

  it('computes every step in the window even when the current one matches', async () => {
    const calls: number[] = [];
    const hmac = scriptedHmac(() => 0x11, calls);
    const code = await hotp({ secret: SECRET, counter: STEP, hmac });
    expect(await verify({ code, window: 3, hmac })).toBe(0);
    expect(calls.sort((a, b) => a - b)).toEqual(
      [-3, -2, -1, 0, 1, 2, 3, 0].map((d) => STEP + d).sort((a, b) => a - b),
    );
  });

  it.each([
    { name: 'prefers the current step when all match', same: [-1, 0, 1], result: 0 },
    { name: 'prefers the past step over the future one at equal distance', same: [-1, 1], result: -1 },
    { name: 'prefers the nearest step', same: [-2, 1, 2], result: 1 },
    { name: 'prefers -2 over +2', same: [2, -2], result: -2 },
  ])('$name', async ({ same, result }) => {
    const hmac = scriptedHmac((step) => (same.includes(step - STEP) ? 0x22 : 0x33), []);
    const code = await hotp({ secret: SECRET, counter: STEP + same[0], hmac });
    expect(await verify({ code, window: 2, hmac })).toBe(result);
  });

  it.each([
    { name: 'a negative window', options: { window: -1 }, message: /window must be a whole number/ },
    { name: 'a fractional window', options: { window: 0.5 }, message: /window/ },
    { name: 'an empty secret', options: { secret: new Uint8Array(0) }, message: /secret must not be empty/ },
    { name: 'bad digits', options: { digits: 4 as never }, message: /digits must be 6, 7 or 8/ },
    { name: 'a bad time', options: { time: NaN }, message: /time must be/ },
    { name: 'a bad period', options: { period: 0 }, message: /period must be/ },
  ])('throws for $name even when the code is malformed', async ({ options, message }) => {
    await expect(verify({ code: 'x', ...options })).rejects.toThrow(message);
  });

  it('works with the noble backend too', async () => {
    expect(await verify({ code: await codeAt(1), hmac: nobleHmac })).toBe(1);
  });
});
