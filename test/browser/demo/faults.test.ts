/**
 * Storage failing under the bank during use, in Chromium's IndexedDB: every operation either
 * completes or changes nothing, and says so with a StorageError the page can show.
 *
 * Failures are IndexedDB's own: a record it refuses in the middle of a transaction (a value it
 * cannot clone, so the whole transaction aborts), and another tab's newer version. Nothing of the
 * browser's API is replaced; the refused record is handed through the store interface.
 */
import { expect } from '@open-wc/testing';
import { Bank } from '../../../src/bank/bank.js';
import type { BankSchema } from '../../../src/bank/schema.js';
import { createClock, type Clock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { StorageError, isStorageError, type Database } from '../../../src/store/index.js';
import { okOf } from '../../results.js';
import { deleteDatabase, rawOpen, rejection } from '../store/helpers.js';
import { refusingWritesTo } from '../store/refusing.js';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

/** Everything the bank keeps. */
async function bankState(db: Database<BankSchema>) {
  return db.read(['customers', 'sessions', 'audit', 'unknown-contracts'], async (tx) => ({
    customers: await tx.store('customers').getAll(),
    sessions: await tx.store('sessions').getAll(),
    audit: await tx.store('audit').getAll(),
    unknown: await tx.store('unknown-contracts').getAll(),
  }));
}

describe('storage failing during an operation', () => {
  let realNow: number;
  let clock: Clock;
  let demo: Demo;

  beforeEach(async () => {
    for (const name of APP_DATABASES) await deleteDatabase(name);
    realNow = Date.UTC(2025, 3, 1, 9, 0, 5);
    clock = createClock({ realNow: () => realNow });
    demo = await openDemo({ passwordIterations: 1000, clock, tokensOnDevice: ['2345678901'] });
    await demo.ready;
  });

  afterEach(async () => {
    demo.close();
    for (const name of APP_DATABASES) await deleteDatabase(name);
  });

  /** An operation: what it needs set up first (through the working bank), then the act itself. */
  type Operation = {
    what: string;
    store: 'customers' | 'sessions' | 'audit' | 'unknown-contracts';
    prepare?: () => Promise<string[]>;
    act: (bank: Bank, ...prepared: string[]) => Promise<unknown>;
    /** What the working bank answers (a success, unless the operation is a refusal). */
    answer?: object;
  };
  const operations: Operation[] = [
    {
      what: 'a login (customer, session, log)',
      store: 'audit',
      act: (bank) => bank.login('1234567890', 'Demo1234'),
    },
    {
      what: 'a wrong password (count, log)',
      store: 'audit',
      act: (bank) => bank.login('1234567890', 'Wrong1234'),
      answer: { code: 'wrong-password', attemptsRemaining: 4 },
    },
    {
      what: 'an unknown contract ID (count, log)',
      store: 'unknown-contracts',
      act: (bank) => bank.login('9999999999', 'Wrong1234'),
      answer: { code: 'wrong-password', attemptsRemaining: 4 },
    },
    {
      what: 'a registration start (ticket, log)',
      store: 'sessions',
      act: (bank) => bank.startRegistration('1234567890', 'Demo1234'),
    },
    {
      what: 'a login with a code (customer, session, ticket, log)',
      store: 'sessions',
      prepare: async () => {
        const login = await demo.bank.login('2345678901', 'Demo2345');
        if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
        const [token] = await demo.device.list();
        return [login.ticket, (await demo.device.code(token, clock.now())).code];
      },
      act: (bank, ticket, code) => bank.confirmLoginOtp(ticket, code),
    },
    {
      what: 'a staff token reset (customer, log)',
      store: 'audit',
      act: (bank) => bank.staffResetToken('2345678901'),
    },
    { what: 'a staff unlock (customer, log)', store: 'audit', act: (bank) => bank.staffUnlock('3456789012') },
    {
      what: 'a new customer (customer, log)',
      store: 'audit',
      act: (bank) =>
        bank.addCustomer({ contractId: '5555666677', password: 'Extra1234', name: 'x', balance: 0 }),
    },
  ];

  for (const { what, store, prepare, act, answer = { ok: true } } of operations) {
    it(`${what}: a record refused in ${store} midway writes nothing, and rejects with a StorageError`, async () => {
      const db = demo.databases.bank;
      const refusing = new Bank(refusingWritesTo(db, store), demo.vip, {
        now: () => clock.now(),
        passwordIterations: 1000,
      });
      const prepared = (await prepare?.()) ?? [];
      const before = await bankState(db);
      const error = await rejection(act(refusing, ...prepared));
      expect(isStorageError(error), String(error)).to.equal(true);
      expect(error).to.include({ reason: 'failed', database: 'otp-rehearsal-bank' });
      expect((error as Error).cause).to.have.property('name', 'DataCloneError');
      expect(await bankState(db)).to.deep.equal(before);
      // The same operation through the bank as it is works (the next code: the service used this one).
      realNow += 30_000;
      expect(await act(demo.bank, ...((await prepare?.()) ?? []))).to.include(answer);
    });
  }

  it('another tab opening a newer version: the next operation says so, and nothing is written', async () => {
    const before = await bankState(demo.databases.bank);
    const newer = await rawOpen('otp-rehearsal-bank', 99);
    newer.close();

    const error = await rejection(demo.bank.login('1234567890', 'Wrong1234'));
    expect(error).to.be.instanceOf(StorageError);
    expect(error).to.include({ reason: 'newer-version', database: 'otp-rehearsal-bank' });
    // The device's and the service's databases were not upgraded: they still work.
    expect(okOf(await demo.device.install('mobile', clock.now())).token.credentialId).to.match(/^SYMC/);

    // What is on disk is as it was (read past the closed demo, at the new version).
    const raw = await rawOpen('otp-rehearsal-bank');
    const customers = await new Promise<unknown[]>((resolve) => {
      const tx = raw.transaction('customers');
      const request = tx.objectStore('customers').getAll();
      tx.oncomplete = () => resolve(request.result);
    });
    raw.close();
    expect(customers).to.deep.equal(before.customers);
  });
});
