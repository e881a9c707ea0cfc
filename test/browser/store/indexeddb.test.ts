import { expect } from '@open-wc/testing';
import { Bank } from '../../../src/bank/bank.js';
import { pbkdf2Sha256 } from '../../../src/bank/password.js';
import {
  bankDatabase,
  type AuditEntry,
  type BankSchema,
  type CustomerRecord,
} from '../../../src/bank/schema.js';
import {
  StorageError,
  isStorageError,
  openDatabase,
  openIndexedDatabase,
  openMemoryDatabase,
  openStorage,
  type DBSchema,
  type Database,
  type DatabaseDefinition,
  type SchemaEditor,
  type StorageKind,
} from '../../../src/store/index.js';
import type { ValidationService } from '../../../src/vip/service.js';
import { deleteDatabase, rawOpen, rawShape, rawWrite, rejection, uniqueName } from './helpers.js';
import { okOf } from '../../results.js';

interface Thing {
  id: string;
  label: string;
  bytes: Uint8Array;
}

interface LogEntry {
  id?: number;
  contractId: string;
  text: string;
}

interface TestSchema extends DBSchema {
  things: { key: string; value: Thing };
  log: { key: number; value: LogEntry; indexes: { 'by-contract': string } };
}

const createStores = (db: SchemaEditor) => {
  db.createStore('things', { keyPath: 'id' });
  db.createStore('log', { keyPath: 'id', autoIncrement: true });
  db.createIndex('log', 'by-contract', { keyPath: 'contractId' });
};
const addLabelIndex = (db: SchemaEditor) => db.createIndex('things', 'by-label', { keyPath: 'label' });

// Every test opens its databases through these, so afterEach can close and delete them all,
// even after a failed test left an open request pending.
let names: string[] = [];
let opening: { settled: Promise<void>; db?: Database<DBSchema> }[] = [];

function definition(migrations: DatabaseDefinition['migrations'] = [createStores]): DatabaseDefinition {
  const name = uniqueName();
  names.push(name);
  return { name, migrations };
}

function track<S extends DBSchema>(open: Promise<Database<S>>): Promise<Database<S>> {
  const entry: (typeof opening)[number] = {
    settled: open.then(
      (db) => {
        entry.db = db as unknown as Database<DBSchema>;
      },
      () => undefined,
    ),
  };
  opening.push(entry);
  return open;
}

/** Fails with `message` instead of hanging until the test's timeout. */
function within<T>(ms: number, promise: Promise<T>, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

afterEach(async () => {
  const [dbNames, opened] = [names, opening];
  [names, opening] = [[], []];
  // Close what is open first: a pending open may be waiting for one of these to close.
  for (const entry of opened) entry.db?.close();
  for (const entry of opened) {
    await entry.settled;
    entry.db?.close();
  }
  for (const name of dbNames) await deleteDatabase(name);
});

describe('openIndexedDatabase', () => {
  it('keeps records across close and re-open, Uint8Array fields and generated keys included', async () => {
    const notes = definition();
    const first = await track(openIndexedDatabase<TestSchema>(notes));
    const keys = await first.write(['things', 'log'], async (tx) => {
      await tx.store('things').put({ id: 'a', label: 'secret', bytes: new Uint8Array([0, 1, 254, 255]) });
      return [
        await tx.store('log').add({ contractId: '1234567890', text: 'one' }),
        await tx.store('log').add({ contractId: '1234567890', text: 'two' }),
      ];
    });
    first.close();

    const second = await track(openIndexedDatabase<TestSchema>(notes));
    expect(second.kind).to.equal('indexeddb');
    const { thing, log } = await second.read(['things', 'log'], async (tx) => ({
      thing: await tx.store('things').get('a'),
      log: await tx.store('log').getAll(),
    }));
    expect(thing?.bytes).to.be.instanceOf(Uint8Array);
    expect(Array.from(thing!.bytes)).to.deep.equal([0, 1, 254, 255]);
    expect(keys).to.deep.equal([1, 2]);
    expect(log).to.deep.equal([
      { id: 1, contractId: '1234567890', text: 'one' },
      { id: 2, contractId: '1234567890', text: 'two' },
    ]);
    // The key generator was kept too: no generated key is handed out twice.
    const next = await second.write(['log'], (tx) => tx.store('log').add({ contractId: 'x', text: 'three' }));
    expect(next).to.equal(3);
  });

  it('lets two connections (two tabs) read each other and commit concurrent writes', async () => {
    const notes = definition();
    const tabA = await track(openIndexedDatabase<TestSchema>(notes));
    const tabB = await track(openIndexedDatabase<TestSchema>(notes));

    await tabA.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'from A', bytes: new Uint8Array() }),
    );
    const seenByB = await tabB.read(['things'], (tx) => tx.store('things').get('a'));
    expect(seenByB?.label).to.equal('from A');

    const addFifty = (db: Database<TestSchema>, contractId: string) =>
      db.write(['log'], async (tx) => {
        const keys: number[] = [];
        for (let i = 0; i < 50; i++) keys.push(await tx.store('log').add({ contractId, text: `${i}` }));
        return keys;
      });
    const [keysA, keysB] = await Promise.all([addFifty(tabA, 'A'), addFifty(tabB, 'B')]);

    expect(new Set([...keysA, ...keysB]).size).to.equal(100);
    expect(await tabA.read(['log'], (tx) => tx.store('log').count())).to.equal(100);
    expect(await tabB.read(['log'], (tx) => tx.store('log').count('by-contract', 'A'))).to.equal(50);
  });

  it('closes itself when another tab upgrades, and says to reload', async () => {
    const v1 = definition([createStores]);
    const v2: DatabaseDefinition = { name: v1.name, migrations: [createStores, addLabelIndex] };
    const old = await track(openIndexedDatabase<TestSchema>(v1));
    await old.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'kept', bytes: new Uint8Array() }),
    );

    const upgraded = await within(
      2000,
      track(openDatabase<TestSchema>(v2)),
      'The upgrade is blocked: the old connection did not close on versionchange',
    );
    expect(upgraded.kind).to.equal('indexeddb');
    expect(upgraded.fallbackReason).to.equal(undefined);
    expect(await upgraded.read(['things'], (tx) => tx.store('things').get('a'))).to.have.property(
      'label',
      'kept',
    );
    expect((await rawShape(v1.name)).version).to.equal(2);

    // The old page's next operations: a StorageError that says why (the page shows it with a reload).
    const error = await rejection(old.read(['things'], (tx) => tx.store('things').getAll()));
    expect(error).to.be.instanceOf(StorageError);
    expect(error).to.include({ reason: 'newer-version', database: v1.name });
    expect(isStorageError(error)).to.equal(true);
    const writing = await rejection(
      old.write(['things'], (tx) =>
        tx.store('things').put({ id: 'b', label: 'lost', bytes: new Uint8Array() }),
      ),
    );
    expect(writing).to.include({ reason: 'newer-version' });
    expect(await upgraded.read(['things'], (tx) => tx.store('things').count())).to.equal(1);
  });

  it('opens the connection again, unnoticed, when another tab closed it for an upgrade that then failed', async () => {
    const notes = definition();
    const db = await track(openIndexedDatabase<TestSchema>(notes));
    await db.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'kept', bytes: new Uint8Array() }),
    );
    // A newer build's upgrade that fails: our connection closed for it, and the database stays
    // at our version.
    const upgrade = rejection(
      rawOpen(notes.name, 2, (_db, tx) => {
        tx.abort();
      }),
    );
    expect(await upgrade).to.have.property('name', 'AbortError');
    expect((await rawShape(notes.name)).version).to.equal(1);

    await db.write(['things'], (tx) =>
      tx.store('things').put({ id: 'b', label: 'after', bytes: new Uint8Array() }),
    );
    const labels = await db.read(['things'], async (tx) =>
      (await tx.store('things').getAll()).map((t) => t.label),
    );
    expect(labels).to.deep.equal(['kept', 'after']);
  });

  it('says the database was deleted in another tab, and does not create an empty one in its place', async () => {
    const notes = definition();
    const db = await track(openIndexedDatabase<TestSchema>(notes));
    await db.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'x', bytes: new Uint8Array() }),
    );
    await deleteDatabase(notes.name);

    const error = await rejection(
      db.write(['things'], (tx) => tx.store('things').put({ id: 'b', label: 'y', bytes: new Uint8Array() })),
    );
    expect(error).to.be.instanceOf(StorageError);
    expect(error).to.include({ reason: 'deleted' });
    expect((await indexedDB.databases()).map((info) => info.name)).not.to.include(notes.name);
    expect(await rejection(db.read(['things'], (tx) => tx.store('things').count()))).to.include({
      reason: 'deleted',
    });
  });
});

describe('openDatabase', () => {
  it('falls back to memory, saying why, when the database on disk is newer (VersionError)', async () => {
    const notes = definition([createStores, addLabelIndex]);
    (await rawOpen(notes.name, 99)).close();

    const db = await track(openDatabase<TestSchema>(notes));
    expect(db.kind).to.equal('memory');
    expect(db.fallbackReason).to.match(/VersionError/);

    await db.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'memory', bytes: new Uint8Array([7]) }),
    );
    const thing = await db.read(['things'], (tx) => tx.store('things').get('a'));
    expect(Array.from(thing!.bytes)).to.deep.equal([7]);
    // The newer database is left as it was.
    expect((await rawShape(notes.name)).version).to.equal(99);
  });

  it('waits for, then gives up on, an old connection that never lets an upgrade through', async () => {
    const notes = definition([createStores, addLabelIndex]);
    (await openIndexedDatabase<TestSchema>({ ...notes, migrations: [createStores] })).close();
    // An old tab of an older build: open at version 1 and deaf to versionchange.
    const old = await rawOpen(notes.name, 1);
    old.onversionchange = null;
    const started = performance.now();
    const db = await track(openDatabase<TestSchema>(notes));
    expect(db.kind).to.equal('memory');
    expect(db.fallbackReason).to.match(/BlockedError/);
    expect(performance.now() - started).to.be.greaterThan(2500);
    old.close();
  });

  it('gives up on an open that is never answered: queued behind another blocked open', async function () {
    this.timeout(20_000);
    const notes = definition([createStores, addLabelIndex]);
    (await openIndexedDatabase<TestSchema>({ ...notes, migrations: [createStores] })).close();
    const old = await rawOpen(notes.name, 1);
    old.onversionchange = null;
    // Another page's upgrade to version 2 waits, blocked, for the old connection. Ours queues behind
    // it and is told nothing at all: neither opened nor blocked.
    const ahead = indexedDB.open(notes.name, 2);
    await new Promise((resolve) => (ahead.onblocked = resolve));
    ahead.onupgradeneeded = () => ahead.transaction!.abort();
    const started = performance.now();
    const db = await track(openDatabase<TestSchema>(notes));
    expect(db.kind).to.equal('memory');
    expect(db.fallbackReason).to.match(/BlockedError: opening .* got no answer/);
    expect(performance.now() - started).to.be.greaterThan(7500);
    // Once the old tab closes, the queue moves on: the other page's upgrade (aborted here), then ours,
    // which opens late and migrates as it would have.
    old.close();
    await new Promise((resolve) => (ahead.onerror = resolve));
    const after = await rawOpen(notes.name);
    expect(after.version).to.equal(2);
    after.close();
  });

  it('lets an upgrade through once an old connection closes within the grace period', async () => {
    const notes = definition([createStores, addLabelIndex]);
    (await openIndexedDatabase<TestSchema>({ ...notes, migrations: [createStores] })).close();
    const old = await rawOpen(notes.name, 1);
    old.onversionchange = () => setTimeout(() => old.close(), 500);
    const db = await track(openDatabase<TestSchema>(notes));
    expect(db.kind).to.equal('indexeddb');
  });
});

describe('openStorage', () => {
  it('opens every database on disk when all can be', async () => {
    const storage = await openStorage<{ a: TestSchema; b: TestSchema }>({ a: definition(), b: definition() });
    for (const db of Object.values(storage.databases)) track(Promise.resolve(db));
    expect(storage.kind).to.equal('indexeddb');
    expect([storage.databases.a.kind, storage.databases.b.kind]).to.deep.equal(['indexeddb', 'indexeddb']);
  });

  it('puts all in memory when one cannot open, closes the others, and changes nothing on disk', async () => {
    const fine = definition();
    const newer = definition([createStores, addLabelIndex]);
    const kept = await openIndexedDatabase<TestSchema>(fine);
    await kept.write(['things'], (tx) =>
      tx.store('things').put({ id: 'a', label: 'on disk', bytes: new Uint8Array([1]) }),
    );
    kept.close();
    (await rawOpen(newer.name, 99)).close();

    const storage = await openStorage<{ fine: TestSchema; newer: TestSchema }>({ fine, newer });
    expect(storage.kind).to.equal('memory');
    expect(storage.fallbackReason).to.match(new RegExp(`${newer.name}.*VersionError`));
    expect(storage.databases.fine.kind).to.equal('memory');
    expect(storage.databases.fine.fallbackReason).to.equal(storage.fallbackReason);
    expect(await storage.databases.fine.read(['things'], (tx) => tx.store('things').count())).to.equal(0);
    // The database that did open on disk was closed (else this delete would be blocked) untouched.
    const onDisk = await rawOpen(fine.name);
    const label = await new Promise((resolve) => {
      const tx = onDisk.transaction('things');
      const request = tx.objectStore('things').get('a');
      tx.oncomplete = () => resolve(request.result?.label);
    });
    onDisk.close();
    expect(label).to.equal('on disk');
    await deleteDatabase(fine.name);
  });
});

describe('bankDatabase upgrade from version 1', () => {
  const contractId = '1234567890';
  const loginTime = Date.UTC(2025, 3, 1, 9, 30);
  const vipStub: ValidationService = {
    validate: async () => ({ ok: false, code: 'unknown-credential', status: '6004' }),
    credentialStatus: async (ids) => ids.map(() => undefined),
    unlock: async () => ({ ok: false, code: 'unknown-credential' }),
  };

  /** Writes the database exactly as migration 1 left it, with records the way v1 wrote them. */
  async function createVersion1(name: string) {
    const salt = new Uint8Array(16).fill(7);
    const v1Customer = {
      contractId,
      name: '山田 太郎',
      balance: 1_234_567,
      password: { salt, hash: await pbkdf2Sha256('Demo1234', salt, 1000), iterations: 1000 },
      failedAttempts: 0,
      locked: false,
      createdAt: Date.UTC(2024, 0, 1),
    };
    const raw = await rawOpen(name, 1, (db) => {
      const customers = db.createObjectStore('customers', { keyPath: 'contractId' });
      customers.createIndex('by-credential', 'credentialId', { unique: true });
      db.createObjectStore('sessions', { keyPath: 'id' });
      db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
    });
    await rawWrite(raw, ['customers', 'audit'], (tx) => {
      tx.objectStore('customers').put(v1Customer);
      const audit = tx.objectStore('audit');
      audit.add({ time: 1000, contractId, operation: 'login', result: 'ok' });
      audit.add({ time: 2000, contractId: '2345678901', operation: 'login', result: 'wrong-password' });
      audit.add({ time: 3000, contractId, operation: 'logout', result: 'ok' });
    });
    raw.close();
    return v1Customer;
  }

  it('backfills lastLoginAt, keeps every field and indexes the old audit log', async () => {
    const bank = definition(bankDatabase.migrations);
    const v1Customer = await createVersion1(bank.name);

    const db = await track(openDatabase<BankSchema>(bank));
    expect(db.kind).to.equal('indexeddb');
    const { customer, mine, logins } = await db.read(['customers', 'audit'], async (tx) => ({
      customer: await tx.store('customers').get(contractId),
      mine: await tx
        .store('audit')
        .page({ index: 'by-contract', only: contractId, direction: 'prev', limit: 10 }),
      logins: await tx.store('audit').page({ index: 'by-operation', only: 'login', limit: 10 }),
    }));

    expect(customer).to.have.property('lastLoginAt', null);
    const { password, ...rest } = customer!;
    const { password: v1Password, ...v1Rest } = v1Customer;
    expect(rest).to.deep.equal({ ...v1Rest, lastLoginAt: null });
    expect(Array.from(password.hash)).to.deep.equal(Array.from(v1Password.hash));
    expect(Array.from(password.salt)).to.deep.equal(Array.from(v1Password.salt));
    expect(mine.map((entry) => [entry.id, entry.operation])).to.deep.equal([
      [3, 'logout'],
      [1, 'login'],
    ]);
    expect(logins.map((entry) => entry.id)).to.deep.equal([1, 2]);
    expect((await rawShape(bank.name)).indexes.audit).to.deep.equal([
      'by-contract',
      'by-contract-operation',
      'by-operation',
    ]);
  });

  it('lets the bank log the migrated customer in', async () => {
    const bank = definition(bankDatabase.migrations);
    await createVersion1(bank.name);
    const db = await track(openDatabase<BankSchema>(bank));
    const counter = new Bank(db, vipStub, { now: () => loginTime, passwordIterations: 1000 });

    expect(await counter.login(contractId, 'Demo9999')).to.include({ ok: false, code: 'wrong-password' });
    const login = await counter.login(contractId, 'Demo1234');
    expect(login).to.include({ ok: true, next: 'account' });

    const account = await counter.account(login.ok && login.next === 'account' ? login.sessionId : '');
    expect(account.ok && account.account).to.include({
      contractId,
      previousLoginAt: null,
      credentialId: null,
    });
    expect(await counter.customer(contractId)).to.include({ lastLoginAt: loginTime, failedAttempts: 0 });
    const log = okOf(await counter.auditPage({ contractId })).entries;
    expect(log.map((entry) => [entry.operation, entry.result])).to.deep.equal([
      ['login', 'ok'],
      ['login', 'wrong-password'],
      ['logout', 'ok'],
      ['login', 'ok'],
    ]);
  });
});

describe('bankDatabase upgrade from version 2', () => {
  const vipStub: ValidationService = {
    validate: async () => ({ ok: false, code: 'unknown-credential', status: '6004' }),
    credentialStatus: async (ids) => ids.map(() => undefined),
    unlock: async () => ({ ok: false, code: 'unknown-credential' }),
  };
  const [alice, bob] = ['1234567890', '2345678901'];
  const v2Log: AuditEntry[] = [
    { time: 1000, contractId: alice, operation: 'login', result: 'wrong-password' },
    { time: 2000, contractId: bob, operation: 'login', result: 'ok' },
    { time: 3000, contractId: alice, operation: 'login', result: 'ok' },
    { time: 4000, contractId: null, operation: 'login-otp', result: 'flow-expired' },
    { time: 5000, contractId: alice, operation: 'logout', result: 'ok' },
    { time: 6000, contractId: alice, operation: 'login', result: 'ok' },
  ];

  /** A bank database as version 2 of the app left it: its first two migrations, and a log. */
  async function createVersion2(name: string) {
    const v2 = await openIndexedDatabase<BankSchema>({
      name,
      migrations: bankDatabase.migrations.slice(0, 2),
    });
    await v2.write(['audit'], async (tx) => {
      for (const entry of v2Log) await tx.store('audit').add(entry);
    });
    v2.close();
  }

  it('adds the customer+operation index over the entries already logged, newest first', async () => {
    const bank = definition(bankDatabase.migrations);
    await createVersion2(bank.name);

    const db = await track(openDatabase<BankSchema>(bank));
    expect(db.fallbackReason).to.equal(undefined);
    expect(db.kind).to.equal('indexeddb');
    expect(await rawShape(bank.name)).to.deep.equal({
      version: 4,
      indexes: {
        audit: ['by-contract', 'by-contract-operation', 'by-operation'],
        customers: ['by-credential'],
        keys: [],
        sessions: [],
        'unknown-contracts': [],
      },
    });
    const { aliceLogins, count, anonymous } = await db.read(['audit'], async (tx) => ({
      aliceLogins: await tx
        .store('audit')
        .page({ index: 'by-contract-operation', only: [alice, 'login'], direction: 'prev', limit: 10 }),
      count: await tx.store('audit').count('by-contract-operation', [alice, 'login']),
      // An entry without a contract ID has no valid compound key: it is not in the index at all.
      anonymous: await tx.store('audit').count('by-contract-operation'),
    }));
    expect(aliceLogins.map((entry) => [entry.id, entry.time, entry.result])).to.deep.equal([
      [6, 6000, 'ok'],
      [3, 3000, 'ok'],
      [1, 1000, 'wrong-password'],
    ]);
    expect(count).to.equal(3);
    expect(anonymous).to.equal(5);
  });

  it('lets the counter filter and page the migrated log by customer and operation', async () => {
    const bank = definition(bankDatabase.migrations);
    await createVersion2(bank.name);
    const db = await track(openDatabase<BankSchema>(bank));
    expect(db.fallbackReason).to.equal(undefined);
    const counter = new Bank(db, vipStub, { now: () => 7000, passwordIterations: 1000 });

    const page = okOf(await counter.auditPage({ contractId: alice, operation: 'login', limit: 2 }));
    expect(page.total).to.equal(3);
    expect(page.entries.map((entry) => entry.time)).to.deep.equal([6000, 3000]);
    const older = okOf(
      await counter.auditPage({
        contractId: alice,
        operation: 'login',
        at: { olderThan: page.entries[1].id! },
        limit: 2,
      }),
    );
    expect(older.entries.map((entry) => entry.time)).to.deep.equal([1000]);
    expect(
      okOf(await counter.auditPage({ contractId: bob, operation: 'login' })).entries.map((e) => e.time),
    ).to.deep.equal([2000]);
  });
});

describe('bankDatabase upgrade from version 3', () => {
  const vipStub: ValidationService = {
    validate: async () => ({ ok: false, code: 'unknown-credential', status: '6004' }),
    credentialStatus: async (ids) => ids.map(() => undefined),
    unlock: async () => ({ ok: false, code: 'unknown-credential' }),
  };
  const v3Log: AuditEntry[] = [
    { time: 1000, contractId: '1234567890', operation: 'login', result: 'wrong-password' },
    // A one-time password typed into the contract ID field, logged whole by version 3.
    { time: 2000, contractId: '287082', operation: 'login', result: 'unknown-contract' },
    { time: 3000, contractId: '9876543210', operation: 'register-auth', result: 'unknown-contract' },
  ];

  it('masks the unknown contract IDs already logged, and makes the key that counts new ones', async () => {
    const bank = definition(bankDatabase.migrations);
    const v3 = await openIndexedDatabase<BankSchema>({
      name: bank.name,
      migrations: bankDatabase.migrations.slice(0, 3),
    });
    await v3.write(['audit'], async (tx) => {
      for (const entry of v3Log) await tx.store('audit').add(entry);
    });
    v3.close();

    const db = await track(openDatabase<BankSchema>(bank));
    expect(db.kind).to.equal('indexeddb');
    const { log, keys } = await db.read(['audit', 'keys'], async (tx) => ({
      log: await tx.store('audit').getAll(),
      keys: await tx.store('keys').getAll(),
    }));
    expect(log.map((entry) => [entry.id, entry.contractId, entry.result])).to.deep.equal([
      [1, '1234567890', 'wrong-password'],
      [2, '2****2', 'unknown-contract'],
      [3, '98******10', 'unknown-contract'],
    ]);
    expect(keys.map((key) => [key.name, key.key.length])).to.deep.equal([['unknown-contract', 32]]);

    const counter = new Bank(db, vipStub, { now: () => 4000, passwordIterations: 1000 });
    expect(await counter.login('9876543210', 'Whatever1')).to.deep.equal({
      ok: false,
      code: 'wrong-password',
      attemptsRemaining: 4,
    });
    expect(
      okOf(await counter.auditPage({ contractId: '98******10' })).entries.map((entry) => entry.time),
    ).to.deep.equal([4000, 3000]);
  });
});

// The store contract both implementations promise (src/store/types.ts).
const implementations: Record<
  StorageKind,
  <S extends DBSchema>(d: DatabaseDefinition) => Promise<Database<S>>
> = {
  indexeddb: openIndexedDatabase,
  memory: (notes) => openMemoryDatabase(notes),
};

for (const [kind, open] of Object.entries(implementations)) {
  describe(`store contract: ${kind}`, () => {
    it('rolls a write transaction back entirely when its work throws', async () => {
      const db = await track(open<TestSchema>(definition()));
      await db.write(['things'], (tx) =>
        tx.store('things').put({ id: 'before', label: '', bytes: new Uint8Array() }),
      );

      const thrown = new Error('work failed');
      const error = await rejection(
        db.write(['things', 'log'], async (tx) => {
          await tx.store('things').put({ id: 'a', label: '', bytes: new Uint8Array() });
          await tx.store('log').add({ contractId: 'A', text: 'lost' });
          await tx.store('things').delete('before');
          throw thrown;
        }),
      );

      expect(error).to.equal(thrown);
      const { things, log } = await db.read(['things', 'log'], async (tx) => ({
        things: await tx.store('things').getAll(),
        log: await tx.store('log').count(),
      }));
      expect(things.map((thing) => thing.id)).to.deep.equal(['before']);
      expect(log).to.equal(0);
    });

    it('refuses a second customer with the same credential ID and stores nothing', async () => {
      const db = await track(open<BankSchema>(definition(bankDatabase.migrations)));
      const customer = (contractId: string): CustomerRecord => ({
        contractId,
        name: contractId,
        balance: 0,
        password: { salt: new Uint8Array(16), hash: new Uint8Array(32), iterations: 1 },
        credentialId: 'SYMC12345678',
        failedAttempts: 0,
        locked: false,
        createdAt: 0,
        lastLoginAt: null,
      });

      const error = await rejection(
        db.write(['customers'], async (tx) => {
          await tx.store('customers').add(customer('1111111111'));
          await tx.store('customers').add(customer('2222222222'));
        }),
      );

      expect(error).to.be.instanceOf(StorageError);
      expect(error).to.include({ reason: 'failed' });
      expect((error as Error).cause).to.have.property('name', 'ConstraintError');
      expect(await db.read(['customers'], (tx) => tx.store('customers').count())).to.equal(0);
    });

    it('refuses a record it cannot store, midway: a StorageError, and nothing of the transaction written', async () => {
      const db = await track(open<TestSchema>(definition()));
      const error = await rejection(
        db.write(['things', 'log'], async (tx) => {
          await tx.store('log').add({ contractId: 'A', text: 'first' });
          await tx.store('things').put({ id: 'a', label: 'fine', bytes: new Uint8Array() });
          // A function cannot be structured-cloned: IndexedDB refuses the record (DataCloneError).
          await tx
            .store('things')
            .put({ id: 'b', label: 'refused', bytes: new Uint8Array(), call: () => 0 } as never);
        }),
      );
      expect(isStorageError(error)).to.equal(true);
      expect(error).to.include({ reason: 'failed' });
      expect((error as Error).cause).to.have.property('name', 'DataCloneError');
      const counts = await db.read(['things', 'log'], async (tx) => [
        await tx.store('things').count(),
        await tx.store('log').count(),
      ]);
      expect(counts).to.deep.equal([0, 0]);
    });

    it('pages newest first with offset and limit, over the store and over an index', async () => {
      const db = await track(open<TestSchema>(definition()));
      await db.write(['log'], async (tx) => {
        for (let i = 1; i <= 10; i++)
          await tx.store('log').add({ contractId: i % 2 ? 'odd' : 'even', text: `${i}` });
      });

      const pages = await db.read(['log'], async (tx) => {
        const log = tx.store('log');
        const texts = (entries: LogEntry[]) => entries.map((entry) => entry.text);
        return {
          first: texts(await log.page({ direction: 'prev', limit: 3 })),
          second: texts(await log.page({ direction: 'prev', offset: 3, limit: 3 })),
          last: texts(await log.page({ direction: 'prev', offset: 9, limit: 3 })),
          beyond: texts(await log.page({ direction: 'prev', offset: 10, limit: 3 })),
          oldest: texts(await log.page({ limit: 2 })),
          even: texts(
            await log.page({ index: 'by-contract', only: 'even', direction: 'prev', offset: 1, limit: 3 }),
          ),
          odd: texts(await log.page({ index: 'by-contract', only: 'odd', limit: 10 })),
        };
      });

      expect(pages).to.deep.equal({
        first: ['10', '9', '8'],
        second: ['7', '6', '5'],
        last: ['1'],
        beyond: [],
        oldest: ['1', '2'],
        even: ['8', '6', '4'],
        odd: ['1', '3', '5', '7', '9'],
      });
    });

    it('pages by keyset: just past a primary key, over the store and within one index key', async () => {
      const db = await track(open<TestSchema>(definition()));
      await db.write(['log'], async (tx) => {
        for (let i = 1; i <= 10; i++)
          await tx.store('log').add({ contractId: i % 2 ? 'odd' : 'even', text: `${i}` });
      });

      const pages = await db.read(['log'], async (tx) => {
        const log = tx.store('log');
        const texts = (entries: LogEntry[]) => entries.map((entry) => entry.text);
        const odd = { index: 'by-contract' as const, only: 'odd' };
        return {
          older: texts(await log.page({ direction: 'prev', after: 8, limit: 3 })),
          newer: texts(await log.page({ direction: 'next', after: 8, limit: 3 })),
          // Past a key that no record has, and past the last one.
          gap: texts(await log.page({ direction: 'prev', after: 100, limit: 2 })),
          end: texts(await log.page({ direction: 'next', after: 10, limit: 2 })),
          // Within one index key: from its records' own keys and from keys of other records.
          oddOlder: texts(await log.page({ ...odd, direction: 'prev', after: 7, limit: 2 })),
          oddOlderThanEven: texts(await log.page({ ...odd, direction: 'prev', after: 8, limit: 2 })),
          oddNewer: texts(await log.page({ ...odd, direction: 'next', after: 3, limit: 2 })),
          oddNewerThanEven: texts(await log.page({ ...odd, direction: 'next', after: 2, limit: 10 })),
          oddFromTop: texts(await log.page({ ...odd, direction: 'prev', after: 99, limit: 2 })),
          oddPastEnd: texts(await log.page({ ...odd, direction: 'prev', after: 1, limit: 2 })),
          withOffset: texts(await log.page({ ...odd, direction: 'prev', after: 9, offset: 1, limit: 2 })),
        };
      });

      expect(pages).to.deep.equal({
        older: ['7', '6', '5'],
        newer: ['9', '10'],
        gap: ['10', '9'],
        end: [],
        oddOlder: ['5', '3'],
        oddOlderThanEven: ['7', '5'],
        oddNewer: ['5', '7'],
        oddNewerThanEven: ['3', '5', '7', '9'],
        oddFromTop: ['9', '7'],
        oddPastEnd: [],
        withOffset: ['5', '3'],
      });
      const unsupported = await rejection(
        db.read(['log'], (tx) => tx.store('log').page({ index: 'by-contract', after: 3, limit: 1 })),
      );
      expect((unsupported as Error).message).to.match(/needs `only`/);
    });
  });
}
