/**
 * The bank's login-with-OTP round trip in the browser's real IndexedDB, with one customer and with
 * many: login (PBKDF2 + a readwrite transaction) → the token's code → confirm (the validation
 * service's HMACs and two transactions, then the bank's). Browser only: it deletes and reseeds
 * the demo's three databases.
 */
import { DEFAULT_PASSWORD_ITERATIONS } from '../src/bank/password.js';
import type { CustomerRecord } from '../src/bank/schema.js';
import { createClock } from '../src/clock.js';
import type { DemoCustomer } from '../src/demo-customers.js';
import { openDemo, type Demo } from '../src/demo.js';

export const DATABASE_NAMES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'] as const;

export interface LoginBenchOptions {
  customerCounts: number[];
  /** The real work factor first; the low one shows what IndexedDB and the HMACs cost alone. */
  passwordIterations: number[];
  warmups: number;
  samples: number;
  /** Filler customers written per readwrite transaction. */
  batchSize: number;
}

export const DEFAULT_LOGIN_BENCH: LoginBenchOptions = {
  customerCounts: [1, 10_000],
  passwordIterations: [DEFAULT_PASSWORD_ITERATIONS, 1000],
  warmups: 2,
  samples: 15,
  batchSize: 1000,
};

export interface LoginRun {
  customers: number;
  passwordIterations: number;
  /** Customers in the bank's store when timing began, counted. */
  storedCustomers: number;
  seedMs: number;
  fillMs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

/** How long the bank takes to refuse, by the reason: it must not tell the reasons apart. */
export interface RefusalTimes {
  passwordIterations: number;
  samples: number;
  unknownContractMs: number;
  wrongPasswordMs: number;
  /** A locked customer's right password: hashed all the same, so the lock is not told apart either. */
  lockedMs: number;
}

export interface LoginBenchResult {
  options: LoginBenchOptions;
  storage: string;
  runs: LoginRun[];
  refusals: RefusalTimes;
}

const REAL: DemoCustomer = {
  contractId: '2345678901',
  password: 'Demo2345',
  name: '佐藤 花子',
  balance: 532_100,
  token: 'mobile',
};
const LOCKED: DemoCustomer = {
  contractId: '3456789012',
  password: 'Demo3456',
  name: '鈴木 一郎',
  balance: 88_000,
  locked: true,
};

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // "blocked" only means a connection is still open; success follows once it closes.
  });
}

/**
 * Percentile of sorted samples, interpolating between the two nearest ranks (numpy's default), so
 * p95 of 15 samples is not simply the maximum.
 */
function percentile(sorted: number[], p: number): number {
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/**
 * Filler contract IDs: 10 digits, spread from 1,000,000,000 to about 4,000,000,000 so the real
 * customer's key sits in the middle of the store's B-tree, not at one end.
 */
function fillerId(i: number): string {
  return String(1_000_000_000 + i * 300_007);
}

async function fill(demo: Demo, count: number, batchSize: number): Promise<void> {
  const template = await demo.databases.bank.read(['customers'], (tx) =>
    tx.store('customers').get(REAL.contractId),
  );
  if (!template) throw new Error('The seeded customer is missing');
  const { credentialId: _none, ...shape } = template;
  for (let first = 0; first < count; first += batchSize) {
    const last = Math.min(count, first + batchSize);
    await demo.databases.bank.write(['customers'], async (tx) => {
      for (let i = first; i < last; i++) {
        const contractId = fillerId(i);
        if (contractId === REAL.contractId) throw new Error(`Filler ${i} collides with the real customer`);
        const record: CustomerRecord = { ...shape, contractId, name: `顧客 ${i}`, balance: i * 100 };
        await tx.store('customers').put(record);
      }
    });
  }
}

async function measure(customers: number, passwordIterations: number, options: LoginBenchOptions) {
  for (const name of DATABASE_NAMES) await deleteDatabase(name);
  const clock = createClock({ realNow: () => Date.now() });
  clock.freeze();

  const seedStart = performance.now();
  // The customer's token on this device (the token panel): the round trip reads its codes.
  const demo = await openDemo({
    clock,
    passwordIterations,
    customers: [REAL],
    tokensOnDevice: [REAL.contractId],
  });
  await demo.ready;
  const seedMs = performance.now() - seedStart;
  try {
    if (demo.storage.kind !== 'indexeddb') {
      throw new Error(`Not IndexedDB: ${demo.storage.fallbackReason ?? demo.storage.kind}`);
    }
    const fillStart = performance.now();
    await fill(demo, customers - 1, options.batchSize);
    const fillMs = performance.now() - fillStart;
    const storedCustomers = await demo.bank.customerCount();
    if (storedCustomers !== customers)
      throw new Error(`${storedCustomers} customers stored, not ${customers}`);
    const [token] = await demo.device.list();
    if (!token) throw new Error('No token installed');

    const roundTrip = async () => {
      // Each step's code is accepted once: move to a fresh step before every login.
      clock.shift(30_000);
      const start = performance.now();
      const login = await demo.bank.login(REAL.contractId, REAL.password);
      if (!login.ok || login.next !== 'otp') throw new Error(`login: ${JSON.stringify(login)}`);
      const { code } = await demo.device.code(token, clock.now());
      const confirmed = await demo.bank.confirmLoginOtp(login.ticket, code);
      if (!confirmed.ok) throw new Error(`confirmLoginOtp: ${JSON.stringify(confirmed)}`);
      return performance.now() - start;
    };

    for (let i = 0; i < options.warmups; i++) await roundTrip();
    const samplesMs: number[] = [];
    for (let i = 0; i < options.samples; i++) samplesMs.push(await roundTrip());
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return {
      customers,
      passwordIterations,
      storedCustomers,
      seedMs,
      fillMs,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      minMs: sorted[0],
      maxMs: sorted[sorted.length - 1],
      samplesMs,
    };
  } finally {
    demo.close();
  }
}

/**
 * Median time of a refused login for an unknown contract ID, a wrong password and a locked
 * customer, with the real work factor: close medians mean the answer's timing does not say which it was. Each unknown
 * ID is new, and the customer is unlocked between wrong passwords (untimed), so no lock cuts a try short.
 */
async function measureRefusals(
  passwordIterations: number,
  options: LoginBenchOptions,
): Promise<RefusalTimes> {
  for (const name of DATABASE_NAMES) await deleteDatabase(name);
  const demo = await openDemo({ passwordIterations, customers: [REAL, LOCKED] });
  try {
    const time = async (attempt: () => Promise<{ ok: boolean; code?: string }>, expected: string) => {
      const start = performance.now();
      const answer = await attempt();
      const elapsed = performance.now() - start;
      if (answer.ok || answer.code !== expected) throw new Error(`refusal: ${JSON.stringify(answer)}`);
      return elapsed;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    const locked: number[] = [];
    for (let i = 0; i < options.warmups + options.samples; i++) {
      const unknownId = String(9_000_000_000 + i);
      // The bank answers an unknown ID as it answers a wrong password; only the audit log knows.
      const tryUnknown = () => time(() => demo.bank.login(unknownId, REAL.password), 'wrong-password');
      const tryWrong = () => time(() => demo.bank.login(REAL.contractId, 'Wrong0000'), 'wrong-password');
      // In turn which goes first, so that neither always follows the (untimed) unlock.
      let u: number;
      let w: number;
      if (i % 2 === 1) {
        u = await tryUnknown();
        w = await tryWrong();
      } else {
        w = await tryWrong();
        u = await tryUnknown();
      }
      await demo.bank.staffUnlock(REAL.contractId);
      const l = await time(() => demo.bank.login(LOCKED.contractId, LOCKED.password), 'locked');
      if (i >= options.warmups) {
        unknown.push(u);
        wrong.push(w);
        locked.push(l);
      }
    }
    const median = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        50,
      );
    return {
      passwordIterations,
      samples: options.samples,
      unknownContractMs: median(unknown),
      wrongPasswordMs: median(wrong),
      lockedMs: median(locked),
    };
  } finally {
    demo.close();
  }
}

export async function runLoginBench(
  options: Partial<LoginBenchOptions> = {},
  progress: (message: string) => void = () => undefined,
): Promise<LoginBenchResult> {
  const merged = { ...DEFAULT_LOGIN_BENCH, ...options };
  const runs: LoginRun[] = [];
  for (const passwordIterations of merged.passwordIterations) {
    for (const customers of merged.customerCounts) {
      progress(
        `login round trip: ${customers.toLocaleString('en-US')} customer${customers === 1 ? '' : 's'}, ${passwordIterations.toLocaleString('en-US')} PBKDF2 iterations`,
      );
      runs.push(await measure(customers, passwordIterations, merged));
    }
  }
  progress('refused logins: unknown contract ID and wrong password');
  const refusals = await measureRefusals(merged.passwordIterations[0], merged);
  for (const name of DATABASE_NAMES) await deleteDatabase(name);
  return { options: merged, storage: 'indexeddb', runs, refusals };
}
