/**
 * The composition root: opens the three parties' databases, wires bank → validation service ←
 * token device, and seeds the demo on first run. The page calls `openDemo()` once.
 */
import { Bank } from './bank/bank.js';
import { hashPassword, DEFAULT_PASSWORD_ITERATIONS } from './bank/password.js';
import { MAX_FAILED_ATTEMPTS } from './bank/codes.js';
import { bankDatabase, type AuditEntry, type BankSchema, type CustomerRecord } from './bank/schema.js';
import { openChangeFeed, type ChangeFeed } from './changes.js';
import { clock as appClock, type Clock, type ClockSettings } from './clock.js';
import { openStorage } from './store/open.js';
import type { Database, StorageKind } from './store/types.js';
import {
  SoftTokenDevice,
  provisionToken,
  tokenDatabase,
  type CredentialKind,
  type InstalledToken,
  type TokenSchema,
} from './token/device.js';
import { VipService, vipDatabase, type VipSchema } from './vip/service.js';

export interface DemoCustomer {
  contractId: string;
  password: string;
  name: string;
  /** The name English shows: the Japanese name romanised, given name first. */
  nameEn?: string;
  balance: number;
  /**
   * A token of this kind is registered at the bank, on the customer's own phone or PC: on this
   * device (the token panel) only where `SeedOptions.tokensOnDevice` names the customer.
   */
  token?: CredentialKind;
  /** Locked after MAX_FAILED_ATTEMPTS wrong passwords in a row, which the bank's log records. */
  locked?: boolean;
}

/**
 * The seeded customers. Their passwords are public on purpose: this is a practice bank.
 * README.md documents the first one as the default.
 */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    contractId: '1234567890',
    password: 'Demo1234',
    name: '山田 太郎',
    nameEn: 'Taro Yamada',
    balance: 1_234_567,
  },
  {
    contractId: '2345678901',
    password: 'Demo2345',
    name: '佐藤 花子',
    nameEn: 'Hanako Sato',
    balance: 532_100,
    token: 'mobile',
  },
  {
    contractId: '3456789012',
    password: 'Demo3456',
    name: '鈴木 一郎',
    nameEn: 'Ichiro Suzuki',
    balance: 88_000,
    locked: true,
  },
];

/**
 * A small key-value store the page lends the demo to keep settings across reloads (the shell
 * passes one over localStorage; the domain never touches it directly). It may refuse or forget.
 */
export interface DemoSettings {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

/** Where the demo clock's setting is kept (DemoSettings), while a trainer has it moved. */
export const CLOCK_SETTINGS_KEY = 'otp-rehearsal-clock';

/** How the seed is laid out beyond the customers. */
interface SeedOptions {
  /**
   * The customers whose seeded token is on this device, i.e. on the token panel, which stands for
   * the rehearsing person's own phone and PC. None unless named: a first visit shows nobody else's
   * phone, and a trainer's scenario puts one there for a lesson that needs it.
   */
  tokensOnDevice?: readonly string[];
}

export interface DemoOptions extends SeedOptions {
  clock?: Clock;
  /** Keeps the demo clock's setting across reloads; without it, a reload puts the clock back to now. */
  settings?: DemoSettings;
  /** Use memory databases even where IndexedDB works (Node tests). */
  memory?: boolean;
  passwordIterations?: number;
  customers?: readonly DemoCustomer[];
}

export interface Demo {
  clock: Clock;
  bank: Bank;
  vip: VipService;
  device: SoftTokenDevice;
  /** The three parties' databases, for trainers' tools, benchmarks and tests. */
  databases: { bank: Database<BankSchema>; vip: Database<VipSchema>; token: Database<TokenSchema> };
  /**
   * Where data is kept, for all three parties alike; `memory` means a reload forgets everything,
   * and `fallbackReason` says why when IndexedDB was wanted. Data on disk is never cleared but by
   * `resetToSeed`.
   */
  storage: { kind: StorageKind; fallbackReason?: string };
  /**
   * Every change any party commits, from this demo and from the other tabs of the demo (over one
   * BroadcastChannel, when the data is on disk and so shared): subscribe and read again.
   */
  changes: ChangeFeed;
  /** Puts bank, service and device back to the seed (no token on the device unless `options` name one). */
  resetToSeed(options?: SeedOptions): Promise<void>;
  close(): void;
}

const SEED_LOCK = 'otp-rehearsal-seed';
let pageQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` alone: seeding clears the device and the service before it refills them, so two
 * seeds at once would leave orphan tokens. Across tabs through the Web Locks API; where that is
 * missing (Node, old browsers), at least within this page.
 */
function exclusively(lockName: string, work: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(lockName, work);
  const run = pageQueue.then(work, work);
  pageQueue = run.catch(() => undefined);
  return run;
}

/**
 * One demo clock for every tab, kept across reloads: the setting kept in `settings` is adopted
 * first; a trainer's change here is kept and posted; one posted by another tab is adopted. Put
 * back to now, nothing is kept. Returns the function that stops it all.
 */
function shareClock(clock: Clock, changes: ChangeFeed, settings?: DemoSettings): () => void {
  const kept = attempt(() => settings?.get(CLOCK_SETTINGS_KEY) ?? null);
  if (kept) {
    try {
      clock.apply(JSON.parse(kept)); // refuses anything that is no clock setting
    } catch {
      // Unreadable: the clock stays at real time.
    }
  }
  const keep = (value: ClockSettings | null) =>
    attempt(() => settings?.set(CLOCK_SETTINGS_KEY, value && JSON.stringify(value)));
  const stopAdjust = clock.onAdjust((adjusted) => {
    keep(clock.isRealTime() ? null : adjusted);
    changes.post({ party: 'clock', clock: adjusted });
  });
  const stopListening = changes.subscribe((change, { remote }) => {
    if (remote && change.party === 'clock') clock.apply(change.clock);
  });
  return () => {
    stopAdjust();
    stopListening();
  };
}

/** A settings store that refuses (privacy settings, a full disk) only costs keeping the clock. */
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/** The wrong passwords that locked a seed customer: one a minute, the last a minute ago. */
function failedLogins(customer: DemoCustomer, now: number): AuditEntry[] {
  return Array.from({ length: MAX_FAILED_ATTEMPTS }, (_, i) => ({
    time: now - (MAX_FAILED_ATTEMPTS - i) * 60_000,
    contractId: customer.contractId,
    operation: 'login' as const,
    result: 'wrong-password' as const,
  }));
}

export async function openDemo(options: DemoOptions = {}): Promise<Demo> {
  const clock = options.clock ?? appClock;
  const passwordIterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
  const customers = options.customers ?? DEMO_CUSTOMERS;
  // All three on disk or all three in memory: a token's secret lives on the device and at the
  // service, and the bank names the token, so they are kept — or forgotten — together.
  const storage = await openStorage<{ bank: BankSchema; vip: VipSchema; token: TokenSchema }>(
    { bank: bankDatabase, vip: vipDatabase, token: tokenDatabase },
    { memory: options.memory },
  );
  const { bank: bankDb, vip: vipDb, token: tokenDb } = storage.databases;
  // Tabs share what is on disk, so they hear each other's changes; a demo in memory shares nothing.
  const changes = openChangeFeed({ broadcast: storage.kind === 'indexeddb' });
  const vip = new VipService(vipDb, changes);
  const device = new SoftTokenDevice(tokenDb, vip, changes);
  const bank = new Bank(bankDb, vip, { now: () => clock.now(), passwordIterations, changes });
  const databases = [bankDb, vipDb, tokenDb];
  const stopSharingClock = shareClock(clock, changes, options.settings);

  /**
   * Fills the bank with the seed customers and provisions their tokens with the service, installing
   * on this device those of `tokensOnDevice`. `clear` empties the device and the service first: only
   * a trainer's explicit reset does that. The first run adds to what is there: a bank found empty
   * beside tokens on disk (a bank database deleted on its own, or a first seed cut short) must not
   * cost those tokens their secrets.
   */
  async function seed(clear: boolean, { tokensOnDevice = [] }: SeedOptions) {
    // The hashes first, all at once: WebCrypto derives them in parallel, off the main thread,
    // and the first visit waits for them before the login screen can show.
    const hashing = Promise.all(
      customers.map((customer) => hashPassword(customer.password, passwordIterations)),
    );
    const now = clock.now();
    if (clear) await Promise.all([device.clear(), vip.clear(now)]);
    const tokens: (InstalledToken | undefined)[] = [];
    for (const customer of customers) {
      const here = tokensOnDevice.includes(customer.contractId);
      // Elsewhere: the customer's own phone, which this demo does not show; the service knows it.
      const installed =
        customer.token &&
        (here ? await device.install(customer.token, now) : await provisionToken(vip, customer.token, now));
      if (installed && !installed.ok)
        throw new Error(`Seeding: the token was not installed (${installed.code})`);
      tokens.push(installed ? installed.token : undefined);
    }
    const passwords = await hashing;
    const records: CustomerRecord[] = customers.map((customer, i) => ({
      contractId: customer.contractId,
      name: customer.name,
      ...(customer.nameEn ? { nameEn: customer.nameEn } : {}),
      balance: customer.balance,
      password: passwords[i],
      ...(tokens[i] ? { credentialId: tokens[i].credentialId } : {}),
      // A lock comes from failures: the counter shows the five that locked the customer.
      failedAttempts: customer.locked ? MAX_FAILED_ATTEMPTS : 0,
      locked: customer.locked ?? false,
      createdAt: now,
      lastLoginAt: null,
    }));
    const history = customers.flatMap((customer) => (customer.locked ? failedLogins(customer, now) : []));
    const seeded = clear ? await bank.replaceAll(records, history) : await bank.seedIfEmpty(records, history);
    if (!seeded.ok && seeded.code !== 'contract-exists') throw new Error(`Seeding the bank: ${seeded.code}`);
  }

  const resetToSeed = async (seedOptions: SeedOptions = {}) => {
    await exclusively(SEED_LOCK, () => seed(true, seedOptions));
    changes.post({ party: 'demo', action: 'reset' });
  };
  const close = () => {
    stopSharingClock();
    changes.close();
    for (const db of databases) db.close();
  };
  try {
    // First run (or a bank that was emptied): seed — once, even if two tabs open together.
    await exclusively(SEED_LOCK, async () => {
      if ((await bank.customerCount()) === 0) await seed(false, options);
    });
    // Sessions and tickets left by earlier visits that have since expired.
    await bank.removeExpired();
  } catch (error) {
    close(); // nothing left listening or open for a demo the page never gets
    throw error;
  }

  return {
    clock,
    bank,
    vip,
    device,
    databases: { bank: bankDb, vip: vipDb, token: tokenDb },
    storage:
      storage.fallbackReason === undefined
        ? { kind: storage.kind }
        : { kind: storage.kind, fallbackReason: storage.fallbackReason },
    changes,
    resetToSeed,
    close,
  };
}
