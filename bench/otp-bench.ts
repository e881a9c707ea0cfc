/**
 * TOTP generate and verify: ours (src/otp, WebCrypto and noble backends) against otpauth 9.5.2.
 * The same module runs in Node (bundled by esbuild, where otpauth uses node:crypto) and in
 * Chromium (built by Vite, where otpauth uses its own JS SHA-1). It only measures; no timing is
 * asserted. Correctness is checked once before timing, so a fast wrong backend cannot win.
 */
import { Secret, TOTP } from 'otpauth';
import { nobleHmac, totp, verifyTotp, webCryptoHmac, type Hmac } from '../src/otp/index.js';

export interface HarnessOptions {
  /** Untimed running per case before the first round, ms. */
  warmupMs: number;
  /** Length of one timed round, ms. */
  roundMs: number;
  rounds: number;
}

export const DEFAULT_HARNESS: HarnessOptions = { warmupMs: 300, roundMs: 1000, rounds: 5 };

export interface CaseResult {
  name: string;
  /** Median over the rounds. */
  opsPerSec: number;
  /** Every round's ops/s, in order. */
  rounds: number[];
  /** Total operations timed. */
  ops: number;
}

export interface OtpBenchResult {
  harness: HarnessOptions;
  generate: { webCrypto: CaseResult; noble: CaseResult; otpauth: CaseResult };
  verify: { webCrypto: CaseResult; noble: CaseResult; otpauth: CaseResult };
  /** otpauth ops/s ÷ our faster backend's ops/s; ≤ 1.5 is the aim for generate. */
  generateRatio: number;
  verifyRatio: number;
  /** What the verify cases check: a code in none of the window's three steps. */
  verifyCase: string;
  /** Folded from every result so no engine can drop the work as unused. */
  sink: number;
}

type Operation =
  { sync: true; run: (i: number) => unknown } | { sync: false; run: (i: number) => Promise<unknown> };

interface Case {
  name: string;
  op: Operation;
}

let sink = 0;

function consume(value: unknown): void {
  if (typeof value === 'string') sink = (sink + value.charCodeAt(5)) | 0;
  else if (typeof value === 'number') sink = (sink + value) | 0;
  else if (value === null) sink = (sink + 1) | 0;
}

/** Runs `batch` operations starting at iteration `first`. */
async function runBatch(op: Operation, first: number, batch: number): Promise<void> {
  if (op.sync) {
    for (let k = 0; k < batch; k++) consume(op.run(first + k));
  } else {
    for (let k = 0; k < batch; k++) consume(await op.run(first + k));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Warms every case up, then runs the rounds interleaved (round 1 of every case, then round 2 …)
 * so a slow patch of the machine hits every case alike. The clock is read once per batch of
 * about 5 ms, not per operation, so its cost and resolution do not matter.
 */
async function runCases(cases: Case[], options: HarnessOptions): Promise<CaseResult[]> {
  const state = cases.map(() => ({ iteration: 0, batch: 1, rounds: [] as number[], ops: 0 }));

  for (const [index, { op }] of cases.entries()) {
    const s = state[index];
    const start = performance.now();
    let ops = 0;
    while (performance.now() - start < options.warmupMs) {
      await runBatch(op, s.iteration, s.batch);
      s.iteration += s.batch;
      ops += s.batch;
      if (performance.now() - start < 5) s.batch *= 2; // grow quickly from 1 while calibrating
    }
    const opsPerMs = ops / (performance.now() - start);
    s.batch = Math.max(1, Math.round(opsPerMs * 5));
  }

  for (let round = 0; round < options.rounds; round++) {
    for (const [index, { op }] of cases.entries()) {
      const s = state[index];
      let ops = 0;
      const start = performance.now();
      let now = start;
      do {
        await runBatch(op, s.iteration, s.batch);
        s.iteration += s.batch;
        ops += s.batch;
        now = performance.now();
      } while (now - start < options.roundMs);
      s.rounds.push((ops * 1000) / (now - start));
      s.ops += ops;
    }
  }

  return cases.map(({ name }, index) => ({
    name,
    opsPerSec: median(state[index].rounds),
    rounds: state[index].rounds,
    ops: state[index].ops,
  }));
}

const SECRET_HEX = '3132333435363738393031323334353637383930'; // RFC 6238's 20-byte SHA-1 key
const T0 = 1_700_000_000_000; // 2023-11-14, ms
const STEP_MS = 30_000;

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** A new 30-second step every iteration, so no result repeats within a million codes. */
const generateTime = (i: number) => T0 + (i % 1_000_000) * STEP_MS + 7_000;

const VERIFY_CASES = 1024;

export async function runOtpBench(options: Partial<HarnessOptions> = {}): Promise<OtpBenchResult> {
  const harness = { ...DEFAULT_HARNESS, ...options };
  const secret = hexBytes(SECRET_HEX);
  const otpauth = new TOTP({ secret: Secret.fromHex(SECRET_HEX), algorithm: 'SHA1', digits: 6, period: 30 });

  // Correctness first: the three must agree, or the numbers below mean nothing.
  for (let i = 0; i < 64; i++) {
    const time = generateTime(i * 977);
    const expected = otpauth.generate({ timestamp: time });
    for (const [name, hmac] of [
      ['WebCrypto', webCryptoHmac],
      ['noble', nobleHmac],
    ] as const) {
      const ours = await totp({ secret, time, hmac });
      if (ours !== expected) throw new Error(`ours (${name}) gave ${ours}, otpauth ${expected} at ${time}`);
    }
  }

  // Verify inputs: distinct times, each with a code that matches none of steps -1, 0, +1, so every
  // implementation computes all three HMACs (otpauth stops at the first match).
  const verifyTimes: number[] = [];
  const verifyCodes: string[] = [];
  for (let j = 0; j < VERIFY_CASES; j++) {
    const time = T0 + j * 3 * STEP_MS + 12_345;
    let guess = (j * 7919 + 123_457) % 1_000_000;
    let code = String(guess).padStart(6, '0');
    while ((await verifyTotp({ secret, code, time, window: 1, hmac: nobleHmac })) !== null) {
      guess = (guess + 1) % 1_000_000;
      code = String(guess).padStart(6, '0');
    }
    if (otpauth.validate({ token: code, timestamp: time, window: 1 }) !== null) {
      throw new Error(`otpauth accepts ${code} at ${time}, ours does not`);
    }
    if ((await verifyTotp({ secret, code, time, window: 1, hmac: webCryptoHmac })) !== null) {
      throw new Error(`ours (WebCrypto) accepts ${code} at ${time}, ours (noble) does not`);
    }
    verifyTimes.push(time);
    verifyCodes.push(code);
  }
  const at = (i: number) => i % VERIFY_CASES;

  const ourGenerate = (hmac: Hmac): Operation => ({
    sync: false,
    run: (i) => totp({ secret, time: generateTime(i), hmac }),
  });
  const ourVerify = (hmac: Hmac): Operation => ({
    sync: false,
    run: (i) => verifyTotp({ secret, code: verifyCodes[at(i)], time: verifyTimes[at(i)], window: 1, hmac }),
  });

  const [genWebCrypto, genNoble, genOtpauth, verWebCrypto, verNoble, verOtpauth] = await runCases(
    [
      { name: 'generate ours WebCrypto', op: ourGenerate(webCryptoHmac) },
      { name: 'generate ours noble', op: ourGenerate(nobleHmac) },
      {
        name: 'generate otpauth',
        op: { sync: true, run: (i) => otpauth.generate({ timestamp: generateTime(i) }) },
      },
      { name: 'verify ours WebCrypto', op: ourVerify(webCryptoHmac) },
      { name: 'verify ours noble', op: ourVerify(nobleHmac) },
      {
        name: 'verify otpauth',
        op: {
          sync: true,
          run: (i) =>
            otpauth.validate({ token: verifyCodes[at(i)], timestamp: verifyTimes[at(i)], window: 1 }),
        },
      },
    ],
    harness,
  );

  return {
    harness,
    generate: { webCrypto: genWebCrypto, noble: genNoble, otpauth: genOtpauth },
    verify: { webCrypto: verWebCrypto, noble: verNoble, otpauth: verOtpauth },
    generateRatio: genOtpauth.opsPerSec / Math.max(genWebCrypto.opsPerSec, genNoble.opsPerSec),
    verifyRatio: verOtpauth.opsPerSec / Math.max(verWebCrypto.opsPerSec, verNoble.opsPerSec),
    verifyCase: 'window 1, code in no step of the window (all 3 HMACs computed)',
    sink,
  };
}
