import { expect, waitUntil } from '@open-wc/testing';
import { createClock, type Clock } from '../../../src/clock.js';
import { openDemo, openDemoEarly, startDemo, type Demo } from '../../../src/demo.js';
import { bankDatabase } from '../../../src/bank/schema.js';
import { openIndexedDatabase } from '../../../src/store/index.js';
import { deleteDatabase, rawOpen, rawShape, rejection } from '../store/helpers.js';
import { okOf } from '../../results.js';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

describe('openDemo in Chromium', () => {
  // Real time is ours to move: the token, the service and the bank all read this clock.
  let realNow: number;
  let clock: Clock;
  let open: Demo[] = [];

  async function demo(options: { tokensOnDevice?: string[] } = {}): Promise<Demo> {
    const opened = await openDemo({ passwordIterations: 1000, clock, ...options });
    open.push(opened);
    await opened.ready;
    return opened;
  }

  async function deleteAppDatabases() {
    for (const name of APP_DATABASES) await deleteDatabase(name);
  }

  beforeEach(async () => {
    await deleteAppDatabases();
    realNow = Date.UTC(2025, 3, 1, 9, 0, 5);
    clock = createClock({ realNow: () => realNow });
  });

  afterEach(async () => {
    for (const opened of open) opened.close();
    open = [];
    await deleteAppDatabases();
  });

  it('keeps its data in IndexedDB and seeds three customers, one with a token on her own phone, not on this device', async () => {
    const { storage, bank, device, vip } = await demo();

    expect(storage).to.deep.equal({ kind: 'indexeddb' });
    const customers = await bank.listCustomers();
    expect(customers.map((c) => [c.contractId, c.locked])).to.deep.equal([
      ['1234567890', false],
      ['2345678901', false],
      ['3456789012', true],
    ]);
    // A first visit: nobody's phone on the device (the token panel).
    expect(await device.list()).to.deep.equal([]);
    const credentials = await vip.list();
    expect(credentials).to.have.length(1);
    expect(credentials[0].kind).to.equal('mobile');
    expect(
      customers.filter((c) => c.credentialId === credentials[0].credentialId).map((c) => c.contractId),
    ).to.deep.equal(['2345678901']);
    expect(customers.filter((c) => c.credentialId !== null)).to.have.length(1);
  });

  it('opens before it seeds: a login sent at once, on a first visit, waits for the seed and succeeds', async () => {
    const opened = await openDemo({ passwordIterations: 1000, clock });
    open.push(opened);
    let seeded = false;
    void opened.ready.then(() => (seeded = true));
    // Sent before the seed's customers are written (without waiting, the bank would not know them).
    const login = opened.bank.login('1234567890', 'Demo1234');
    expect(await login).to.include({ ok: true, next: 'account' });
    expect(seeded).to.equal(true);
    // A reload finds the seed, and opens without seeding again.
    opened.close();
    const again = await demo();
    expect(await again.bank.customerCount()).to.equal(3);
  });

  it('starts before its databases are open: a login sent at once succeeds, and other tabs hear what it said meanwhile', async () => {
    const other = await demo();
    const heard: unknown[] = [];
    other.changes.subscribe((change, { remote }) => {
      if (remote) heard.push(change);
    });
    const ownClock = createClock({ realNow: () => realNow });
    const started = startDemo({ passwordIterations: 1000, clock: ownClock });
    const login = started.bank.login('1234567890', 'Demo1234');
    // Said before this demo knew its data is on disk, shared with the other tab: sent once it knows.
    ownClock.freeze();
    const opened = await started.opened;
    open.push(opened);
    expect(opened.storage).to.deep.equal({ kind: 'indexeddb' });
    expect(await login).to.include({ ok: true, next: 'account' });
    await waitUntil(() => heard.length > 0, 'the other tab heard nothing');
    expect(heard).to.deep.equal([{ party: 'clock', clock: ownClock.settings() }]);
    expect(other.clock.isRealTime()).to.equal(false);
  });

  it('takes up the databases openDemoEarly began to open, once', async () => {
    const early = openDemoEarly();
    const first = await demo();
    expect(first.storage.kind).to.equal('indexeddb');
    expect(await first.bank.customerCount()).to.equal(3);
    // The next demo opens its own, as a second tab does: closing the first closes the early ones.
    const second = await demo();
    first.close();
    const { databases } = await early;
    const error = await rejection(databases.bank.read(['customers'], (tx) => tx.store('customers').count()));
    expect(error).to.include({ reason: 'closed' });
    expect(await second.bank.customerCount()).to.equal(3);
  });

  it('seeds once when two tabs open a fresh demo at the same moment', async () => {
    const tokensOnDevice = ['2345678901'];
    const [a, b] = await Promise.all([demo({ tokensOnDevice }), demo({ tokensOnDevice })]);
    expect(await a.device.list()).to.have.length(1);
    expect(await b.vip.list()).to.have.length(1);
    const bound = (await a.bank.listCustomers()).filter((c) => c.credentialId !== null);
    expect(bound.map((c) => c.credentialId)).to.deep.equal([(await b.device.list())[0].credentialId]);
  });

  it('does not reseed when opened again: what a reload finds is what was left', async () => {
    const first = await demo({ tokensOnDevice: ['2345678901'] });
    const [token] = await first.device.list();
    const login = await first.bank.login('1234567890', 'Demo1234');
    expect(login).to.include({ ok: true, next: 'account' });
    const customers = await first.bank.listCustomers();
    first.close();

    const second = await demo();
    expect(second.storage.kind).to.equal('indexeddb');
    expect((await second.device.list()).map((t) => t.credentialId)).to.deep.equal([token.credentialId]);
    expect(await second.bank.listCustomers()).to.deep.equal(customers);
    expect(await second.bank.customer('1234567890')).to.include({ lastLoginAt: realNow });
    // The seeded token still works against the seeded service after the re-open.
    const otp = await second.bank.login('2345678901', 'Demo2345');
    expect(otp).to.include({ ok: true, next: 'otp' });
    const { code } = await second.device.code(token, clock.now());
    expect(
      await second.bank.confirmLoginOtp(otp.ok && otp.next === 'otp' ? otp.ticket : '', code),
    ).to.include({
      ok: true,
    });
  });

  it('removes sessions and tickets that expired while the page was closed, when it opens again', async () => {
    const first = await demo();
    const session = await first.bank.login('1234567890', 'Demo1234');
    const ticket = await first.bank.login('2345678901', 'Demo2345');
    expect([session.ok, ticket.ok]).to.deep.equal([true, true]);
    first.close();
    realNow += 10 * 60_000; // the ticket's lifetime; the login session lives on
    const second = await demo();
    const left = await second.databases.bank.read(['sessions'], (tx) => tx.store('sessions').getAll());
    expect(left.map((record) => record.purpose)).to.deep.equal(['account']);
  });

  /** The tokens on disk, read past the demo: credential IDs on the device and at the service. */
  async function onDisk() {
    const read = async (name: string, store: string) => {
      const db = await rawOpen(name);
      try {
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return keys.map(String).sort();
      } finally {
        db.close();
      }
    };
    return {
      device: await read('otp-rehearsal-token', 'tokens'),
      service: await read('otp-rehearsal-vip', 'credentials'),
    };
  }

  it('runs all three parties in memory when one cannot open on disk, and leaves the tokens on disk as they were', async () => {
    const first = await demo();
    okOf(await first.device.install('desktop', clock.now()));
    const before = await onDisk();
    expect(before.device).to.have.length(1);
    expect(before.service).to.have.length(2);
    first.close();
    // An old tab of an older build holds the bank's database open at its version, deaf to the
    // upgrade: the newer build's bank cannot open it (blocked), while the device's and the
    // service's databases open at once.
    await deleteDatabase('otp-rehearsal-bank');
    const older = bankDatabase.migrations.length - 1;
    (
      await openIndexedDatabase({ ...bankDatabase, migrations: bankDatabase.migrations.slice(0, older) })
    ).close();
    const oldTab = await rawOpen('otp-rehearsal-bank', older);
    oldTab.onversionchange = null;
    try {
      const second = await demo();
      expect(second.storage.kind).to.equal('memory');
      expect(second.storage.fallbackReason).to.match(/otp-rehearsal-bank.*BlockedError/);
      expect(Object.values(second.databases).map((db) => db.kind)).to.deep.equal([
        'memory',
        'memory',
        'memory',
      ]);
      // The demo works, on its memory seed.
      expect(await second.vip.list()).to.have.length(1);
      expect(await second.bank.login('1234567890', 'Demo1234')).to.include({ ok: true });
      second.close();
      expect(await onDisk()).to.deep.equal(before);
    } finally {
      oldTab.close();
    }
    // The upgrade that waited goes through now, and its connection is closed at once.
    expect((await rawShape('otp-rehearsal-bank')).version).to.equal(bankDatabase.migrations.length);
  });

  it('seeds a bank found empty beside tokens on disk, and keeps those tokens and their secrets', async () => {
    const first = await demo();
    const mine = okOf(await first.device.install('desktop', clock.now())).token;
    const before = await onDisk();
    first.close();
    await deleteDatabase('otp-rehearsal-bank');

    const second = await demo();
    expect(second.storage).to.deep.equal({ kind: 'indexeddb' });
    expect(await second.bank.listCustomers()).to.have.length(3);
    const after = await onDisk();
    for (const id of before.device) expect(after.device).to.include(id);
    for (const id of before.service) expect(after.service).to.include(id);
    expect(after.device).to.deep.equal(before.device); // the new seed customer's token is on her phone
    expect(after.service).to.have.length(before.service.length + 1); // and known to the service
    const kept = await second.device.get(mine.credentialId);
    expect(Array.from(kept!.secret)).to.deep.equal(Array.from(mine.secret));
  });

  it('registers a new token, then asks for its code at login, and resets to the seed', async () => {
    const { bank, device, vip, resetToSeed } = await demo();
    const registeredAt = clock.now();

    expect(await bank.login('1234567890', 'Demo1234')).to.include({ ok: true, next: 'account' });

    // R1 → R2 → R3 with a newly installed app.
    const token = okOf(await device.install('mobile', clock.now())).token;
    const start = await bank.startRegistration('1234567890', 'Demo1234');
    expect(start.ok).to.equal(true);
    const registration = await bank.completeRegistration(
      start.ok ? start.ticket : '',
      token.credentialId,
      (await device.code(token, clock.now())).code,
    );
    expect(registration).to.deep.equal({ ok: true, credentialId: token.credentialId });

    // A minute later (the registration's code is spent), login goes through A1.
    realNow += 60_000;
    const login = await bank.login('1234567890', 'Demo1234');
    expect(login).to.include({ ok: true, next: 'otp' });
    const ticket = login.ok && login.next === 'otp' ? login.ticket : '';
    const confirmed = await bank.confirmLoginOtp(ticket, (await device.code(token, clock.now())).code);
    expect(confirmed.ok).to.equal(true);
    const account = await bank.account(confirmed.ok ? confirmed.sessionId : '');
    expect(account.ok && account.account).to.include({
      contractId: '1234567890',
      credentialId: token.credentialId,
      previousLoginAt: registeredAt,
    });

    await resetToSeed();
    const customers = await bank.listCustomers();
    const tokens = await device.list();
    expect(customers.map((c) => [c.contractId, c.credentialId !== null, c.lastLoginAt])).to.deep.equal([
      ['1234567890', false, null],
      ['2345678901', true, null],
      ['3456789012', false, null],
    ]);
    expect(tokens).to.deep.equal([]);
    expect((await vip.list()).map((c) => c.credentialId)).to.deep.equal([customers[1].credentialId]);
    // The log as seeded: the five wrong passwords that locked 3456789012.
    const log = okOf(await bank.auditPage()).entries;
    expect(log.map((entry) => [entry.contractId, entry.result])).to.deep.equal(
      Array.from({ length: 5 }, () => ['3456789012', 'wrong-password']),
    );
  });
});
