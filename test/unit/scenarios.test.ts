import { beforeEach, describe, expect, it } from 'vitest';
import { createClock, type Clock } from '../../src/clock.js';
import { openDemo, type Demo } from '../../src/demo.js';
import { secondsRemaining, totpStep } from '../../src/otp/index.js';
import { EXPIRING_SECONDS_LEFT, SCENARIO_IDS, applyScenario, isScenarioId } from '../../src/scenarios.js';
import { TOKEN_PERIOD } from '../../src/token/device.js';
import { DEFAULT, LOCKED, START, WITH_TOKEN } from './fixtures.js';
import { okOf } from '../results.js';

let realNow: number;
let clock: Clock;
let demo: Demo;

beforeEach(async () => {
  // 12.5 s into a step: not where any scenario leaves the clock.
  realNow = START + 12_500;
  clock = createClock({ realNow: () => realNow });
  demo = await openDemo({ memory: true, passwordIterations: 1000, clock });
  await demo.ready;
});

async function registeredToken(contractId: string) {
  return (await demo.bank.customer(contractId))?.credentialId ?? null;
}

async function installed() {
  return (await demo.device.list()).map((token) => token.credentialId);
}

/** Changes a trainer might leave behind: a new customer, a lock, a token lost, time moved. */
async function messUp() {
  await demo.bank.addCustomer({ contractId: '9999000011', password: 'Extra1234', name: 'x', balance: 1 });
  for (let i = 0; i < 5; i++) await demo.bank.login(DEFAULT.contractId, 'Wrong-password-1');
  for (const token of await demo.device.list()) await demo.device.loseDevice(token.credentialId);
  okOf(await demo.device.install('desktop', clock.now()));
  clock.shift(5 * 60_000);
}

describe('applyScenario', () => {
  it('knows five scenarios', () => {
    expect(SCENARIO_IDS).toHaveLength(5);
    expect(SCENARIO_IDS.every(isScenarioId)).toBe(true);
    expect(isScenarioId('nope')).toBe(false);
  });

  it('fresh-customer: the default customer, no token registered, no app on the device', async () => {
    const result = await applyScenario(demo, 'fresh-customer');
    expect(result).toEqual({ customer: DEFAULT, startAt: 'login' });
    expect(await registeredToken(DEFAULT.contractId)).toBeNull();
    expect(await installed()).toEqual([]);
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    expect(login).toMatchObject({ ok: true, next: 'account' });
  });

  it('token-registered: 2345678901 with its registered mobile token on the device', async () => {
    const result = await applyScenario(demo, 'token-registered');
    const credentialId = await registeredToken(WITH_TOKEN.contractId);
    expect(credentialId).toMatch(/^SYMC\d{8}$/);
    expect(result).toEqual({ customer: WITH_TOKEN, startAt: 'login', credentialId });
    expect(await installed()).toEqual([credentialId]);
    expect(await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password)).toMatchObject({
      ok: true,
      next: 'otp',
    });
  });

  it('locked-customer: 3456789012 locked until the counter unlocks', async () => {
    const result = await applyScenario(demo, 'locked-customer');
    expect(result).toEqual({ customer: LOCKED, startAt: 'login' });
    expect((await demo.bank.customer(LOCKED.contractId))?.locked).toBe(true);
    expect(await installed()).toEqual([]);
    expect(await demo.bank.login(LOCKED.contractId, LOCKED.password)).toEqual({ ok: false, code: 'locked' });
    expect(await demo.bank.staffUnlock(LOCKED.contractId)).toEqual({ ok: true, credentialId: null });
    expect(await demo.bank.login(LOCKED.contractId, LOCKED.password)).toMatchObject({ ok: true });
  });

  it('device-lost: the app is gone from the device but the bank and the service still know the token', async () => {
    const result = await applyScenario(demo, 'device-lost');
    const credentialId = await registeredToken(WITH_TOKEN.contractId);
    expect(credentialId).not.toBeNull();
    expect(result).toEqual({ customer: WITH_TOKEN, startAt: 'login', credentialId });
    expect(await installed()).toEqual([]);
    expect((await demo.vip.list()).map((credential) => credential.credentialId)).toContain(credentialId);
    // Registering a new app is refused until the counter resets the token ID (procedure.md X).
    const start = await demo.bank.startRegistration(WITH_TOKEN.contractId, WITH_TOKEN.password);
    expect(start).toEqual({ ok: false, code: 'token-already-registered' });
    expect(await demo.bank.staffResetToken(WITH_TOKEN.contractId)).toEqual({ ok: true, credentialId });
  });

  it('code-expiring: the clock runs at real speed and the code has 3 s left', async () => {
    clock.freeze();
    clock.setSpeed(4);
    const before = clock.now();
    const result = await applyScenario(demo, 'code-expiring');
    expect(result.customer).toEqual(WITH_TOKEN);
    // Already past the password step: the lesson is the code changing while it is typed at A1.
    expect(result.startAt).toBe('login-otp');
    expect(result.ticket).toMatch(/^[0-9a-f]{32}$/);
    expect(await installed()).toEqual([result.credentialId]);
    expect(clock.state()).toMatchObject({ frozen: false, speed: 1 });
    expect(secondsRemaining(clock.now(), TOKEN_PERIOD)).toBe(EXPIRING_SECONDS_LEFT);
    // Forward, and by less than one period.
    expect(clock.now()).toBeGreaterThan(before);
    expect(clock.now() - before).toBeLessThan(TOKEN_PERIOD * 1000);
    // A whole 3 s: still "3" just under 1 s later, a new step 3 s later.
    realNow += 999;
    expect(secondsRemaining(clock.now(), TOKEN_PERIOD)).toBe(EXPIRING_SECONDS_LEFT);
    realNow += 2001;
    expect(secondsRemaining(clock.now(), TOKEN_PERIOD)).toBe(TOKEN_PERIOD);
  });

  it('code-expiring: the code that has just expired is still accepted (±1 step)', async () => {
    const { credentialId } = await applyScenario(demo, 'code-expiring');
    const [token] = await demo.device.list();
    const shown = await demo.device.code(token, clock.now());
    realNow += EXPIRING_SECONDS_LEFT * 1000 + 5000;
    const now = clock.now();
    expect(totpStep(now, TOKEN_PERIOD)).toBe(shown.step + 1);
    expect((await demo.device.code(token, now)).code).not.toBe(shown.code);
    expect(await demo.vip.validate(credentialId!, shown.code, now)).toMatchObject({ ok: true, delta: -1 });
  });

  it('code-expiring: the bank accepts the just-expired code at A1 with the scenario ticket', async () => {
    const { ticket } = await applyScenario(demo, 'code-expiring');
    const [token] = await demo.device.list();
    const shown = await demo.device.code(token, clock.now());
    realNow += EXPIRING_SECONDS_LEFT * 1000 + 1000;
    expect(await demo.bank.confirmLoginOtp(ticket, shown.code)).toMatchObject({ ok: true });
  });

  for (const id of SCENARIO_IDS) {
    it(`${id}: is reproducible whatever the demo went through`, async () => {
      const first = await applyScenario(demo, id);
      const snapshot = async () => ({
        customers: (await demo.bank.listCustomers()).map(({ credentialId, ...rest }) => ({
          ...rest,
          hasToken: credentialId !== null,
        })),
        tokens: (await demo.device.list()).length,
        credentials: (await demo.vip.list()).length,
        // Times and ids differ between runs (the clock moves on); what was attempted must not.
        audit: okOf(await demo.bank.auditPage()).entries.map(({ contractId, operation, result }) => ({
          contractId,
          operation,
          result,
        })),
      });
      const expected = await snapshot();
      await messUp();
      const second = await applyScenario(demo, id);
      expect(await snapshot()).toEqual(expected);
      expect(second.customer).toEqual(first.customer);
      expect(second.startAt).toBe(first.startAt);
      expect(second.credentialId === undefined).toBe(first.credentialId === undefined);
    });
  }

  it('refuses a demo seeded without the demo customers', async () => {
    const other = await openDemo({
      memory: true,
      passwordIterations: 1000,
      clock,
      customers: [{ contractId: '1111', password: 'Other1234', name: 'x', balance: 0 }],
    });
    await expect(applyScenario(other, 'token-registered')).rejects.toThrow(/2345678901/);
  });
});
