import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SPEED, createClock } from '../../../src/clock.js';
import type { Demo } from '../../../src/demo.js';
import { memoryDemo } from '../fixtures.js';
import { okOf } from '../../results.js';

/**
 * Everything the parties keep except what records attempts by design: the audit log, and the
 * bank's count of tries per unknown contract ID (garbage of digits is a contract ID no one has).
 */
async function snapshot(demo: Demo) {
  const { bank, vip, token } = demo.databases;
  return {
    customers: await bank.read(['customers'], (tx) => tx.store('customers').getAll()),
    sessions: await bank.read(['sessions'], (tx) => tx.store('sessions').getAll()),
    credentials: await vip.read(['credentials'], (tx) => tx.store('credentials').getAll()),
    tokens: await token.read(['tokens'], (tx) => tx.store('tokens').getAll()),
  };
}

/** What a person (or a broken page) might hand a party: any value, and text typed in any script. */
const garbage = fc.oneof(
  fc.anything(),
  fc.bigInt(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.stringMatching(/^[0-9０-９ -]{0,20}$/),
  fc.double(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '１２３４',
    'SYMC',
    '000000',
    'null',
    '<script>',
    '🙂'.repeat(99),
    { at: 'x' },
    { at: { olderThan: 'x' } },
    { contractId: 1234567890 },
    { operation: 'drop' },
    { limit: '50' },
    [],
    [null],
    Object.create(null),
    new Uint8Array(3),
  ),
);

let demo: Demo;
beforeAll(async () => {
  demo = await memoryDemo();
});
afterAll(() => demo.close());

type Operation = (a: unknown, b: unknown, c: unknown) => Promise<unknown>;

// Every operation of every party that takes input, with what it answers for garbage: a typed
// refusal (`{ok: false, code}`), or for a lookup, nothing found. None may throw or change a thing.
const refusing: [string, Operation][] = [
  ['bank.login', (a, b) => demo.bank.login(a, b)],
  ['bank.confirmLoginOtp', (a, b) => demo.bank.confirmLoginOtp(a, b)],
  ['bank.startRegistration', (a, b) => demo.bank.startRegistration(a, b)],
  ['bank.completeRegistration', (a, b, c) => demo.bank.completeRegistration(a, b, c)],
  ['bank.startDeactivation', (a, b) => demo.bank.startDeactivation(a, b)],
  ['bank.completeDeactivation', (a, b) => demo.bank.completeDeactivation(a, b)],
  ['bank.cancelFlow', (a) => demo.bank.cancelFlow(a)],
  ['bank.account', (a) => demo.bank.account(a)],
  ['bank.logout', (a) => demo.bank.logout(a)],
  ['bank.staffResetToken', (a) => demo.bank.staffResetToken(a)],
  ['bank.staffUnlock', (a) => demo.bank.staffUnlock(a)],
  ['bank.addCustomer', (a) => demo.bank.addCustomer(a)],
  [
    'bank.addCustomer fields',
    (a, b, c) => demo.bank.addCustomer({ contractId: a, password: b, name: c, balance: a }),
  ],
  ['bank.replaceAll', (a) => demo.bank.replaceAll(a as never)],
  ['bank.seedIfEmpty', (a) => demo.bank.seedIfEmpty(a as never)],
  ['vip.validate', (a, b, c) => demo.vip.validate(a, b, c)],
  ['vip.provision', (a, b) => demo.vip.provision(a, b)],
  ['vip.unlock', (a) => demo.vip.unlock(a)],
  ['device.install', (a, b) => demo.device.install(a, b)],
  ['device.uninstall', (a) => demo.device.uninstall(a)],
  ['device.loseDevice', (a) => demo.device.loseDevice(a)],
  ['device.restore', (a) => demo.device.restore(a)],
];

// The log's queries: none (the newest entries) and `{}` are questions too; anything else is not.
const isEmptyQuery = (query: unknown) =>
  query === undefined ||
  (typeof query === 'object' &&
    query !== null &&
    !Array.isArray(query) &&
    !(query instanceof Uint8Array) &&
    Object.keys(query).length === 0);
const queries: [string, Operation][] = [['bank.auditPage', (a) => demo.bank.auditPage(a)]];

const lookups: [string, Operation, (answer: unknown, a: unknown) => void][] = [
  ['bank.customer', (a) => demo.bank.customer(a), (answer) => expect(answer).toBe(undefined)],
  ['vip.isKnown', (a) => demo.vip.isKnown(a), (answer) => expect(answer).toBe(false)],
  [
    'vip.credentialStatus',
    (a) => demo.vip.credentialStatus(a),
    (answer, a) => expect(answer).toEqual(Array.isArray(a) ? a.map(() => undefined) : []),
  ],
  ['device.get', (a) => demo.device.get(a), (answer) => expect(answer).toBe(undefined)],
];

/** The audit log's entries have only the fields an entry has: nothing typed lands in another. */
async function expectWellFormedLog() {
  for (const entry of okOf(await demo.bank.auditPage({ limit: 500 })).entries) {
    expect(Object.keys(entry).sort()).toEqual(
      [
        'contractId',
        'id',
        'operation',
        'result',
        'time',
        ...('credentialId' in entry ? ['credentialId'] : []),
      ].sort(),
    );
  }
}

describe('random garbage fed to every operation of every party', () => {
  it.each(refusing)('%s answers ok: false with a code and changes nothing', async (_name, operation) => {
    const before = await snapshot(demo);
    await fc.assert(
      fc.asyncProperty(garbage, garbage, garbage, async (a, b, c) => {
        const result = (await operation(a, b, c)) as { ok: boolean; code: string };
        expect(result.ok).toBe(false);
        expect(typeof result.code).toBe('string');
      }),
      { numRuns: 150 },
    );
    expect(await snapshot(demo)).toEqual(before);
    await expectWellFormedLog();
  });

  it.each(queries)('%s refuses all but a question about the log, with a code', async (_name, operation) => {
    const before = await snapshot(demo);
    await fc.assert(
      fc.asyncProperty(garbage, async (a) => {
        const result = (await operation(a, a, a)) as { ok: boolean; code?: string };
        expect(result.ok).toBe(isEmptyQuery(a));
        if (!result.ok) expect(result.code).toBe('malformed-request');
      }),
      { numRuns: 300 },
    );
    expect(await snapshot(demo)).toEqual(before);
  });

  it.each(lookups)('%s finds nothing and changes nothing', async (_name, operation, expectNothing) => {
    const before = await snapshot(demo);
    await fc.assert(
      fc.asyncProperty(garbage, async (a) => {
        expectNothing(await operation(a, a, a), a);
      }),
      { numRuns: 150 },
    );
    expect(await snapshot(demo)).toEqual(before);
  });

  it('the clock takes a shift or a speed only where it is one, and otherwise stays as it was', () => {
    const clock = createClock({ realNow: () => 1_700_000_000_000 });
    fc.assert(
      fc.property(garbage, (a) => {
        const before = clock.state();
        const shifted = clock.shift(a);
        const valid = typeof a === 'number' && before.now + a >= 0 && before.now + a <= 8.64e15;
        expect(shifted).toEqual(valid ? { ok: true } : { ok: false, code: 'malformed-shift' });
        if (!valid) expect(clock.state()).toEqual(before);
        clock.reset();
        const sped = clock.setSpeed(a);
        const validSpeed = typeof a === 'number' && a > 0 && a <= MAX_SPEED;
        expect(sped).toEqual(validSpeed ? { ok: true } : { ok: false, code: 'malformed-speed' });
        expect(clock.state().speed).toBe(validSpeed ? a : 1);
        clock.reset();
      }),
      { numRuns: 500 },
    );
  });
});
