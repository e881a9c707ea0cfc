/**
 * The composition root: opens the three parties' databases, wires bank → validation service ←
 * token device, and seeds the demo on first run — after `startDemo()` has returned, so the page can
 * show its first screen while the databases open and the seed is written; the parties wait for
 * both (`ready`). The page calls `startDemo()` once; tests and tools `openDemo()`.
 */
import { Bank } from './bank/bank.js';
import { DEFAULT_PASSWORD_ITERATIONS } from './bank/password.js';
import { bankDatabase, type BankSchema } from './bank/schema.js';
import { openChangeFeed, type ChangeFeed } from './changes.js';
import { clock as appClock, type Clock, type ClockSettings } from './clock.js';
import { afterReady, transactionsAfter } from './store/gate.js';
import { openStorage } from './store/open.js';
import type { Database, StorageKind, Transactions } from './store/types.js';
import { onFirstUse } from './lazy.js';
import type { DemoCustomer } from './demo-customers.js';
import { SoftTokenDevice, tokenDatabase, type TokenSchema } from './token/device.js';
import { VipService, vipDatabase, type VipSchema } from './vip/service.js';

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
  /** Whom the seed puts in the bank: the demo's own customers (DEMO_CUSTOMERS) unless given. */
  customers?: readonly DemoCustomer[];
}

/** What a page uses of the demo: its parties, clock and change feed, its readiness, seed and close. */
export interface DemoParties {
  /**
   * Settles once the demo is ready for use: its databases open, seeded on a first run, expired
   * sessions and tickets removed. Every party's operations wait for it (a login sent before then
   * is answered after it), so only a page that shows its state needs it. It rejects with the
   * reason the demo cannot be used — seeding failed — and so does every operation from then on.
   */
  ready: Promise<void>;
  clock: Clock;
  bank: Bank;
  vip: VipService;
  device: SoftTokenDevice;
  /**
   * Every change any party commits, from this demo and from the other tabs of the demo (over one
   * BroadcastChannel, when the data is on disk and so shared): subscribe and read again.
   */
  changes: ChangeFeed;
  /** Puts bank, service and device back to the seed (no token on the device unless `options` name one). */
  resetToSeed(options?: SeedOptions): Promise<void>;
  close(): void;
}

/** The demo as soon as it is started (startDemo): its parties can be used at once. */
export interface StartedDemo extends DemoParties {
  /** Settles once the databases are open, to the demo with where its data is kept. */
  opened: Promise<Demo>;
}

/** The demo with its databases open (openDemo): where its data is kept is known. */
export interface Demo extends DemoParties {
  /** The three parties' databases, for trainers' tools, benchmarks and tests. */
  databases: { bank: Database<BankSchema>; vip: Database<VipSchema>; token: Database<TokenSchema> };
  /**
   * Where data is kept, for all three parties alike; `memory` means a reload forgets everything,
   * and `fallbackReason` says why when IndexedDB was wanted. Data on disk is never cleared but by
   * `resetToSeed`.
   */
  storage: { kind: StorageKind; fallbackReason?: string };
}

const SEED_LOCK = 'otp-rehearsal-seed';
/** How the demo is seeded (demo-seed.ts): loaded on a first visit, or a trainer's reset. */
const loadSeeding = onFirstUse(() => import('./demo-seed.js'));
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

/**
 * The three parties' databases. All three on disk or all three in memory: a token's secret lives on
 * the device and at the service, and the bank names the token, so they are kept — or forgotten —
 * together.
 */
const openPartyStorage = (memory?: boolean) =>
  openStorage<{ bank: BankSchema; vip: VipSchema; token: TokenSchema }>(
    { bank: bankDatabase, vip: vipDatabase, token: tokenDatabase },
    { memory },
  );

/** The databases `openDemoEarly()` began to open, for the next `startDemo()` on disk to take up. */
let early: ReturnType<typeof openPartyStorage> | undefined;

/**
 * Begins to open the demo's databases now: the page's entry calls it before the rest of its code is
 * evaluated, so that the two overlap (on a first visit, the browser creates the databases meanwhile).
 */
export function openDemoEarly() {
  early ??= openPartyStorage();
  early.catch(() => undefined); // said by the startDemo() that takes it up
  return early;
}

/**
 * Starts the demo and returns at once, its databases still opening: a page can show its first
 * screen meanwhile, since every party's operations wait for the databases and the seed (`ready`).
 */
export function startDemo(options: DemoOptions = {}): StartedDemo {
  const clock = options.clock ?? appClock;
  const passwordIterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
  const customers = options.customers;
  const started = options.memory ? undefined : early;
  if (started) early = undefined;
  const opening = started ?? openPartyStorage(options.memory);
  // Tabs share what is on disk, so they hear each other's changes; a demo in memory shares nothing.
  const changes = openChangeFeed({ broadcast: opening.then((storage) => storage.kind === 'indexeddb') });
  const partiesOver = (db: {
    bank: Transactions<BankSchema>;
    vip: Transactions<VipSchema>;
    token: Transactions<TokenSchema>;
  }) => {
    const vip = new VipService(db.vip, changes);
    const device = new SoftTokenDevice(db.token, vip, changes);
    const bank = new Bank(db.bank, vip, { now: () => clock.now(), passwordIterations, changes });
    return { vip, device, bank };
  };
  // Seeding (and the sweep of expired sessions) goes straight to the databases; everyone else waits
  // for it to be done, through the same databases behind `ready`.
  const seeding = opening.then((storage) => partiesOver(storage.databases));
  const stopSharingClock = shareClock(clock, changes, options.settings);

  /** Seeds the three parties (demo-seed.ts); `clear` only for a trainer's explicit reset. */
  async function seed(clear: boolean, { tokensOnDevice = [] }: SeedOptions) {
    const [{ seedParties }, parties] = await Promise.all([loadSeeding(), seeding]);
    await seedParties(parties, { customers, passwordIterations, now: clock.now(), clear, tokensOnDevice });
  }

  const resetToSeed = async (seedOptions: SeedOptions = {}) => {
    await exclusively(SEED_LOCK, () => seed(true, seedOptions));
    changes.post({ party: 'demo', action: 'reset' });
  };
  const close = () => {
    stopSharingClock();
    changes.close();
    // Closed while still opening, too: the databases are closed as soon as they are open.
    void opening.then(
      ({ databases }) => Object.values(databases).forEach((db) => db.close()),
      () => undefined,
    );
  };
  const ready = (async () => {
    const { bank } = await seeding;
    // First run (or a bank that was emptied): seed — once, even if two tabs open together.
    await exclusively(SEED_LOCK, async () => {
      if ((await bank.customerCount()) === 0) await seed(false, options);
    });
    // Sessions and tickets left by earlier visits that have since expired.
    await bank.removeExpired();
  })();
  // Whoever uses the demo hears of a failure from `ready` or from the operation it asked for.
  ready.catch(() => undefined);
  // Everyone else's transactions wait for the databases to open and for `ready`.
  const afterOpen = <P extends keyof Demo['databases']>(party: P) =>
    transactionsAfter(
      opening.then((storage) => storage.databases[party]),
      ready,
    );
  const { bank, vip, device } = partiesOver({
    bank: afterOpen('bank'),
    vip: afterOpen('vip'),
    token: afterOpen('token'),
  });
  const startedDemo = { ready, clock, bank, vip, device, changes, resetToSeed, close };
  const opened = opening.then(({ databases, kind, fallbackReason }): Demo => ({
    ...startedDemo,
    databases: {
      bank: afterReady(databases.bank, ready),
      vip: afterReady(databases.vip, ready),
      token: afterReady(databases.token, ready),
    },
    storage: fallbackReason === undefined ? { kind } : { kind, fallbackReason },
  }));
  return { ...startedDemo, opened };
}

/** Starts the demo (startDemo) and returns it once its databases are open. */
export function openDemo(options: DemoOptions = {}): Promise<Demo> {
  return startDemo(options).opened;
}
