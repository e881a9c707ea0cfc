import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../../../src/demo.js';
import { memoryDemo } from '../fixtures.js';

/** Everything the parties keep except the audit log, which records attempts by design. */
async function snapshot(demo: Demo) {
  const { bank, vip, token } = demo.databases;
  return {
    customers: await bank.read(['customers'], (tx) => tx.store('customers').getAll()),
    sessions: await bank.read(['sessions'], (tx) => tx.store('sessions').getAll()),
    credentials: await vip.read(['credentials'], (tx) => tx.store('credentials').getAll()),
    tokens: await token.read(['tokens'], (tx) => tx.store('tokens').getAll()),
  };
}

/** What a person (or a broken page) might hand the bank: any value, and text typed in any script. */
const garbage = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.stringMatching(/^[0-9０-９ -]{0,20}$/),
  fc.constantFrom('', ' ', '\u0000', '１２３４', 'SYMC', '000000', 'null', '<script>', '🙂'.repeat(99)),
);

let demo: Demo;
beforeAll(async () => {
  demo = await memoryDemo();
});
afterAll(() => demo.close());

const operations: [string, (a: unknown, b: unknown, c: unknown) => Promise<unknown>][] = [
  ['login', (a, b) => demo.bank.login(a, b)],
  ['confirmLoginOtp', (a, b) => demo.bank.confirmLoginOtp(a, b)],
  ['startRegistration', (a, b) => demo.bank.startRegistration(a, b)],
  ['completeRegistration', (a, b, c) => demo.bank.completeRegistration(a, b, c)],
  ['startDeactivation', (a, b) => demo.bank.startDeactivation(a, b)],
  ['completeDeactivation', (a, b) => demo.bank.completeDeactivation(a, b)],
  ['account', (a) => demo.bank.account(a)],
  ['logout', (a) => demo.bank.logout(a)],
  ['staffResetToken', (a) => demo.bank.staffResetToken(a)],
  ['staffUnlock', (a) => demo.bank.staffUnlock(a)],
  ['addCustomer', (a, b, c) => demo.bank.addCustomer({ contractId: a, password: b, name: c, balance: a })],
];

describe('random garbage fed to every bank operation', () => {
  it.each(operations)('%s answers ok: false and changes nothing', async (_name, operation) => {
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
    const audit = await demo.bank.auditLog({ limit: 500 });
    for (const entry of audit) {
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
  });
});
