import { expect } from '@open-wc/testing';
import { createClock, type Clock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { deleteDatabase } from '../store/helpers.js';
import { okOf } from '../../results.js';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

describe('openDemo in Chromium', () => {
  // Real time is ours to move: the token, the service and the bank all read this clock.
  let realNow: number;
  let clock: Clock;
  let open: Demo[] = [];

  async function demo(): Promise<Demo> {
    const opened = await openDemo({ passwordIterations: 1000, clock });
    open.push(opened);
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

  it('keeps its data in IndexedDB and seeds three customers, one with a token on the device', async () => {
    const { storage, bank, device } = await demo();

    expect(storage).to.deep.equal({ kind: 'indexeddb' });
    const customers = await bank.listCustomers();
    expect(customers.map((c) => [c.contractId, c.locked])).to.deep.equal([
      ['1234567890', false],
      ['2345678901', false],
      ['3456789012', true],
    ]);
    const tokens = await device.list();
    expect(tokens).to.have.length(1);
    expect(tokens[0].kind).to.equal('mobile');
    expect(
      customers.filter((c) => c.credentialId === tokens[0].credentialId).map((c) => c.contractId),
    ).to.deep.equal(['2345678901']);
    expect(customers.filter((c) => c.credentialId !== null)).to.have.length(1);
  });

  it('seeds once when two tabs open a fresh demo at the same moment', async () => {
    const [a, b] = await Promise.all([demo(), demo()]);
    expect(await a.device.list()).to.have.length(1);
    expect(await b.vip.list()).to.have.length(1);
    const bound = (await a.bank.listCustomers()).filter((c) => c.credentialId !== null);
    expect(bound.map((c) => c.credentialId)).to.deep.equal([(await b.device.list())[0].credentialId]);
  });

  it('does not reseed when opened again: what a reload finds is what was left', async () => {
    const first = await demo();
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

  it('registers a new token, then asks for its code at login, and resets to the seed', async () => {
    const { bank, device, resetToSeed } = await demo();
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
    expect(tokens.map((t) => t.credentialId)).to.deep.equal([customers[1].credentialId]);
    expect(okOf(await bank.auditLog()).entries).to.deep.equal([]);
  });
});
