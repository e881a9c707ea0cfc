import { describe, expect, it } from 'vitest';
import { bankDatabase, type BankSchema } from '../../src/bank/schema.js';
import { createClock } from '../../src/clock.js';
import { DEMO_CUSTOMERS } from '../../src/demo-customers.js';
import { openDemo, startDemo } from '../../src/demo.js';
import { afterReady, transactionsAfter } from '../../src/store/gate.js';
import { openMemoryDatabase } from '../../src/store/memory.js';
import type { CredentialKind } from '../../src/token/device.js';
import { DEFAULT, START, WITH_TOKEN } from './fixtures.js';

const frozenClock = () => {
  const clock = createClock({ realNow: () => START });
  clock.freeze();
  return clock;
};

/** Whether `promise` has settled by the time the promises queued before this call have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await Promise.resolve();
  return done;
}

describe('openDemo: the first screen does not wait for the seed', () => {
  it('returns with the seed still to come, and a login sent at once is answered once it is there', async () => {
    const demo = await openDemo({ memory: true, passwordIterations: 1000, clock: frozenClock() });
    expect(await settled(demo.ready)).toBe(false);
    // Sent before the seed's customers exist: answered as it would be after it, not refused.
    const [plain, withToken] = await Promise.all([
      demo.bank.login(DEFAULT.contractId, DEFAULT.password),
      demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password),
    ]);
    expect(plain).toMatchObject({ ok: true, next: 'account' });
    expect(withToken).toMatchObject({ ok: true, next: 'otp' });
    expect(await settled(demo.ready)).toBe(true);
    expect(await demo.bank.customerCount()).toBe(DEMO_CUSTOMERS.length);
    demo.close();
  });

  it('a seed that fails: ready rejects saying why, and so does every operation', async () => {
    const broken = [{ ...DEMO_CUSTOMERS[1], token: 'watch' as CredentialKind }];
    const demo = await openDemo({
      memory: true,
      passwordIterations: 1000,
      clock: frozenClock(),
      customers: broken,
    });
    const login = demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    await expect(demo.ready).rejects.toThrow(/^Seeding: the token was not installed/);
    await expect(login).rejects.toThrow(/^Seeding/);
    await expect(demo.device.list()).rejects.toThrow(/^Seeding/);
  });
});

describe('startDemo: the first screen does not wait for the databases either', () => {
  it('returns at once; a login sent before the databases are open is answered once they are', async () => {
    const demo = startDemo({ memory: true, passwordIterations: 1000, clock: frozenClock() });
    const login = demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    expect(await settled(demo.opened)).toBe(false);
    const opened = await demo.opened;
    expect(opened.storage).toEqual({ kind: 'memory' });
    // The same parties, now with where their data is kept.
    expect(opened.bank).toBe(demo.bank);
    expect(await login).toMatchObject({ ok: true, next: 'account' });
    await demo.ready;
    expect(await opened.databases.bank.read(['customers'], (tx) => tx.store('customers').count())).toBe(
      DEMO_CUSTOMERS.length,
    );
    demo.close();
  });

  it('closed before its databases are open: ready still settles, and nothing is left open to write to', async () => {
    const demo = startDemo({ memory: true, passwordIterations: 1000, clock: frozenClock() });
    demo.close();
    const { databases } = await demo.opened;
    await demo.ready.catch(() => undefined);
    await expect(databases.bank.read(['customers'], (tx) => tx.store('customers').count())).rejects.toThrow();
  });
});

const customer = (contractId: string) => ({ contractId }) as BankSchema['customers']['value'];
const contractIds = (db: Awaited<ReturnType<typeof openMemoryDatabase<BankSchema>>>) =>
  db.read(['customers'], async (tx) => (await tx.store('customers').getAll()).map((c) => c.contractId));

/** A memory bank database, and the same database recording each transaction asked of it. */
async function recordingDatabase() {
  const db = await openMemoryDatabase<BankSchema>(bankDatabase);
  const asked: string[] = [];
  const recording: typeof db = {
    ...db,
    read: (stores, work) => (asked.push('read'), db.read(stores, work)),
    write: (stores, work) => (asked.push('write'), db.write(stores, work)),
  };
  return { db, asked, recording };
}

describe('afterReady', () => {
  it('holds every transaction until ready, then runs them in the order asked, and later ones at once', async () => {
    const { db, asked, recording } = await recordingDatabase();
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const gated = afterReady(recording, ready);
    expect(gated).toMatchObject({ name: db.name, kind: 'memory' });
    const first = gated.write(['customers'], (tx) => tx.store('customers').put(customer('1')));
    const second = gated.read(['customers'], (tx) => tx.store('customers').count());
    await db.write(['customers'], (tx) => tx.store('customers').put(customer('0')));
    expect(await settled(first)).toBe(false);
    expect(asked).toEqual([]);
    open();
    await Promise.all([first, second]);
    expect(asked).toEqual(['write', 'read']);
    expect(await contractIds(db)).toEqual(['0', '1']);
    const later = gated.write(['customers'], (tx) => tx.store('customers').delete('0'));
    expect(asked).toEqual(['write', 'read', 'write']); // asked of the store at once
    await later;
    expect(await contractIds(gated)).toEqual(['1']);
  });

  it('after a ready that rejected, every transaction rejects with its reason and touches nothing', async () => {
    const db = await openMemoryDatabase<BankSchema>(bankDatabase);
    const gated = afterReady(db, Promise.reject(new Error('no seed')));
    await expect(
      gated.write(['customers'], (tx) => tx.store('customers').put(customer('1'))),
    ).rejects.toThrow('no seed');
    await expect(gated.read(['customers'], () => Promise.resolve(1))).rejects.toThrow('no seed');
    expect(await contractIds(db)).toEqual([]);
  });
});

describe('transactionsAfter: a database still opening', () => {
  it('holds transactions until the database is open and ready has settled, in the order asked', async () => {
    const { db, asked, recording } = await recordingDatabase();
    let open!: (opened: typeof db) => void;
    const opening = new Promise<typeof db>((resolve) => (open = resolve));
    const gated = transactionsAfter(opening, Promise.resolve());
    const first = gated.write(['customers'], (tx) => tx.store('customers').put(customer('1')));
    const second = gated.read(['customers'], (tx) => tx.store('customers').count());
    expect(await settled(first)).toBe(false);
    expect(asked).toEqual([]);
    open(recording);
    await Promise.all([first, second]);
    expect(asked).toEqual(['write', 'read']);
    expect(await contractIds(db)).toEqual(['1']);
  });

  it('a database that could not be opened: every transaction rejects with the reason', async () => {
    const gated = transactionsAfter<BankSchema>(Promise.reject(new Error('no disk')), new Promise(() => {}));
    await expect(gated.read(['customers'], () => Promise.resolve(1))).rejects.toThrow('no disk');
  });
});
