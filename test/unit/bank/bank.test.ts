import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as password from '../../../src/bank/password.js';
import type { Demo } from '../../../src/demo.js';
import { SESSION_LIFETIME_MS, TICKET_LIFETIME_MS } from '../../../src/bank/bank.js';
import { MAX_FAILED_ATTEMPTS } from '../../../src/bank/codes.js';
import type { InstalledToken } from '../../../src/token/device.js';
import { DEFAULT, LOCKED, WITH_TOKEN, memoryDemo } from '../fixtures.js';
import { okOf } from '../../results.js';

let demo: Demo;
beforeEach(async () => {
  // The seeded customer's phone on this device, as the trainer's "token registered" scenario has it.
  demo = await memoryDemo({ tokensOnDevice: [WITH_TOKEN.contractId] });
});
afterEach(() => demo.close());

const now = () => demo.clock.now();
const codeOf = async (token: InstalledToken) => (await demo.device.code(token, now())).code;
/** A code that is not the token's at any step of the window. */
const wrongCode = async (token: InstalledToken) => {
  const nearby = await Promise.all(
    [-1, 0, 1].map((steps) => demo.device.code(token, now() + steps * 30_000)),
  );
  for (let guess = 0; ; guess++) {
    const code = String(guess).padStart(6, '0');
    if (!nearby.some((shown) => shown.code === code)) return code;
  }
};
const nextStep = () => demo.clock.shift(30_000);
/** The seed's log, newest first: the five wrong passwords that locked 3456789012. */
const SEED_HISTORY = Array.from({ length: MAX_FAILED_ATTEMPTS }, () => [
  LOCKED.contractId,
  'login',
  'wrong-password',
]);

async function registerNewToken(customer = DEFAULT, kind: 'mobile' | 'desktop' = 'mobile') {
  const token = okOf(await demo.device.install(kind, now())).token;
  const started = await demo.bank.startRegistration(customer.contractId, customer.password);
  if (!started.ok) throw new Error(started.code);
  const done = await demo.bank.completeRegistration(started.ticket, token.credentialId, await codeOf(token));
  if (!done.ok) throw new Error(done.code);
  return token;
}

async function seededToken() {
  const [token] = await demo.device.list();
  return token;
}

describe('login without a token', () => {
  it('logs the default customer in and shows the account', async () => {
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    expect(login).toMatchObject({ ok: true, next: 'account' });
    if (!login.ok || login.next !== 'account') return;
    const account = await demo.bank.account(login.sessionId);
    expect(account).toEqual({
      ok: true,
      account: {
        contractId: '1234567890',
        name: '山田 太郎',
        nameEn: 'Taro Yamada',
        balance: 1_234_567,
        credentialId: null,
        previousLoginAt: null,
      },
    });
  });

  it('shows the previous login time on the next login', async () => {
    await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    const firstLogin = now();
    demo.clock.shift(3_600_000);
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!login.ok || login.next !== 'account') throw new Error('login failed');
    expect(await demo.bank.account(login.sessionId)).toMatchObject({
      account: { previousLoginAt: firstLogin },
    });
  });

  it('accepts a full-width contract ID typed through a Japanese IME', async () => {
    expect(await demo.bank.login('１２３４５６７８９０', DEFAULT.password)).toMatchObject({ ok: true });
  });

  it('rejects a password in the wrong case and says how many tries remain', async () => {
    expect(await demo.bank.login(DEFAULT.contractId, 'demo1234')).toEqual({
      ok: false,
      code: 'wrong-password',
      attemptsRemaining: 4,
    });
  });

  it('answers an unknown contract ID exactly as a wrong password: the same code, tries remaining, then locked', async () => {
    const unknown: unknown[] = [];
    const wrong: unknown[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      unknown.push(await demo.bank.login('9999999999', 'Whatever1'));
      wrong.push(await demo.bank.login(DEFAULT.contractId, 'Wrong1234'));
    }
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual([
      { ok: false, code: 'wrong-password', attemptsRemaining: 4 },
      { ok: false, code: 'wrong-password', attemptsRemaining: 3 },
      { ok: false, code: 'wrong-password', attemptsRemaining: 2 },
      { ok: false, code: 'wrong-password', attemptsRemaining: 1 },
      { ok: false, code: 'wrong-password', attemptsRemaining: 0 },
      { ok: false, code: 'locked' },
      { ok: false, code: 'locked' },
    ]);
    // Each unknown ID counts apart, as each customer does.
    expect(await demo.bank.login('9999999998', 'Whatever1')).toEqual(
      await demo.bank.login(WITH_TOKEN.contractId, 'Wrong1234'),
    );
    // R1 and S1 answer alike too, and count with login.
    expect(await demo.bank.startRegistration('9999999999', 'Whatever1')).toEqual({
      ok: false,
      code: 'locked',
    });
    expect(await demo.bank.startDeactivation('9999999997', 'Whatever1')).toEqual({
      ok: false,
      code: 'wrong-password',
      attemptsRemaining: 4,
    });
    // The staff's audit log still says which it was, with the unknown ID masked.
    const log = okOf(await demo.bank.auditPage({ contractId: '99******99' })).entries;
    expect(log.map((entry) => [entry.operation, entry.result])).toEqual([
      ['register-auth', 'unknown-contract'],
      ...Array(7).fill(['login', 'unknown-contract']),
    ]);
    expect(okOf(await demo.bank.auditPage({ contractId: '9999999999' })).entries).toEqual([]);
  });

  it('hashes the password of a locked customer too: the time of the answer tells nothing', async () => {
    const hashed: string[] = [];
    const hashing = vi.spyOn(password, 'rehash').mockImplementation(async (typed, stored) => {
      hashed.push(typed);
      return password.pbkdf2Sha256(typed, stored.salt, stored.iterations);
    });
    try {
      expect(await demo.bank.login(LOCKED.contractId, 'Locked123')).toEqual({ ok: false, code: 'locked' });
      expect(await demo.bank.login('9999999999', 'Unknown123')).toMatchObject({ code: 'wrong-password' });
      expect(await demo.bank.login(DEFAULT.contractId, 'Wrong1234')).toMatchObject({
        code: 'wrong-password',
      });
      expect(hashed).toEqual(['Locked123', 'Unknown123', 'Wrong1234']);
    } finally {
      hashing.mockRestore();
    }
  });

  it('never logs a one-time password typed into the contract ID field, nor any unknown ID whole', async () => {
    const [token] = await demo.device.list();
    const code = await codeOf(token);
    expect(await demo.bank.login(code, WITH_TOKEN.password)).toMatchObject({ code: 'wrong-password' });
    expect(await demo.bank.login('98765432109876', 'Whatever1')).toMatchObject({ code: 'wrong-password' });
    expect(await demo.bank.login('4321', 'Whatever1')).toMatchObject({ code: 'wrong-password' });
    const log = okOf(await demo.bank.auditPage()).entries;
    expect(log.map((entry) => entry.contractId)).toEqual([
      '4**1',
      '98**********76',
      `${code[0]}****${code[5]}`,
      ...SEED_HISTORY.map(([contractId]) => contractId),
    ]);
    const stored = JSON.stringify(
      await demo.databases.bank.read(['audit', 'unknown-contracts', 'sessions', 'customers'], async (tx) => [
        await tx.store('audit').getAll(),
        await tx.store('unknown-contracts').getAll(),
        await tx.store('sessions').getAll(),
        await tx.store('customers').getAll(),
      ]),
    );
    for (const whole of [code, '98765432109876', '4321']) expect(stored).not.toContain(whole);
  });

  it('logs out, after which the session shows nothing', async () => {
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!login.ok || login.next !== 'account') throw new Error('login failed');
    expect(await demo.bank.logout(login.sessionId)).toEqual({ ok: true });
    expect(await demo.bank.account(login.sessionId)).toEqual({ ok: false, code: 'not-signed-in' });
    expect(await demo.bank.logout(login.sessionId)).toEqual({ ok: false, code: 'not-signed-in' });
  });

  it('ends a session after 30 minutes of demo time', async () => {
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!login.ok || login.next !== 'account') throw new Error('login failed');
    demo.clock.shift(30 * 60_000);
    expect(await demo.bank.account(login.sessionId)).toEqual({ ok: false, code: 'not-signed-in' });
  });
});

describe('expired sessions and tickets', () => {
  const sessionIds = () =>
    demo.databases.bank.read(['sessions'], async (tx) =>
      (await tx.store('sessions').getAll()).map((session) => session.id),
    );

  it('removes an expired session when it is used (account page, logout)', async () => {
    const first = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    const second = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!first.ok || first.next !== 'account' || !second.ok || second.next !== 'account') throw new Error();
    demo.clock.shift(30 * 60_000);
    expect(await demo.bank.account(first.sessionId)).toEqual({ ok: false, code: 'not-signed-in' });
    expect(await sessionIds()).toEqual([]);
    expect(await demo.bank.logout(second.sessionId)).toEqual({ ok: false, code: 'not-signed-in' });
    expect(okOf(await demo.bank.auditPage({ operation: 'logout' })).entries).toEqual([]);
  });

  it('removes expired tickets and sessions whenever a new one is opened, and keeps the live ones', async () => {
    const abandoned = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    const otp = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!abandoned.ok || !otp.ok || otp.next !== 'otp') throw new Error();
    demo.clock.shift(TICKET_LIFETIME_MS);
    const live = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!live.ok || live.next !== 'account') throw new Error();
    expect(await sessionIds()).toEqual([live.sessionId]);
  });

  it('removes every expired one at once (the page does so when it opens the demo)', async () => {
    await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    const session = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!session.ok || session.next !== 'account') throw new Error();
    demo.clock.shift(TICKET_LIFETIME_MS);
    expect(await demo.bank.removeExpired()).toBe(1);
    expect(await sessionIds()).toEqual([session.sessionId]);
    demo.clock.shift(SESSION_LIFETIME_MS);
    expect(await demo.bank.removeExpired()).toBe(1);
    expect(await sessionIds()).toEqual([]);
  });
});

describe('lockout', () => {
  it('locks after 5 consecutive wrong passwords, then refuses the right one', async () => {
    const remaining = [];
    for (let i = 0; i < 5; i++) {
      const result = await demo.bank.login(DEFAULT.contractId, 'Wrong123');
      remaining.push(result.ok ? null : result.attemptsRemaining);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    expect(await demo.bank.login(DEFAULT.contractId, DEFAULT.password)).toEqual({
      ok: false,
      code: 'locked',
    });
    expect(await demo.bank.customer(DEFAULT.contractId)).toMatchObject({ locked: true, failedAttempts: 5 });
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    for (let i = 0; i < 4; i++) await demo.bank.login(DEFAULT.contractId, 'Wrong123');
    expect(await demo.bank.login(DEFAULT.contractId, DEFAULT.password)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await demo.bank.login(DEFAULT.contractId, 'Wrong123');
    expect(await demo.bank.customer(DEFAULT.contractId)).toMatchObject({ locked: false, failedAttempts: 4 });
  });

  it('staff unlock lifts the lock of the seeded locked customer', async () => {
    // Locked as a lock comes about: five wrong passwords in a row, each in the log.
    expect(await demo.bank.customer(LOCKED.contractId)).toMatchObject({
      locked: true,
      failedAttempts: MAX_FAILED_ATTEMPTS,
    });
    const failures = okOf(await demo.bank.auditPage({ contractId: LOCKED.contractId })).entries;
    expect(failures.map((entry) => [entry.operation, entry.result])).toEqual(
      Array.from({ length: 5 }, () => ['login', 'wrong-password']),
    );
    expect(failures.every((entry) => entry.time < demo.clock.now())).toBe(true);
    expect(await demo.bank.login(LOCKED.contractId, LOCKED.password)).toEqual({ ok: false, code: 'locked' });
    expect(await demo.bank.staffUnlock(LOCKED.contractId)).toEqual({ ok: true, credentialId: null });
    expect(await demo.bank.login(LOCKED.contractId, LOCKED.password)).toMatchObject({
      ok: true,
      next: 'account',
    });
    expect(await demo.bank.staffUnlock(LOCKED.contractId)).toEqual({ ok: false, code: 'not-locked' });
    expect(await demo.bank.staffUnlock('0000000000')).toEqual({ ok: false, code: 'unknown-contract' });
  });

  it("shows the token's lock at the validation service beside the bank's, and staff unlock clears both", async () => {
    const token = await seededToken();
    const wrongCodes = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
        if (!login.ok) return login;
        if (login.next !== 'otp') throw new Error('expected the OTP step');
        await demo.bank.confirmLoginOtp(login.ticket, await wrongCode(token));
      }
      return undefined;
    };
    await wrongCodes(5);
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      locked: true,
      failedAttempts: 5,
      credential: { failedAttempts: 5, locked: false },
    });
    expect(await demo.bank.staffUnlock(WITH_TOKEN.contractId)).toEqual({
      ok: true,
      credentialId: token.credentialId,
    });
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      locked: false,
      failedAttempts: 0,
      credential: { failedAttempts: 0, locked: false },
    });
    await wrongCodes(5);
    expect(await demo.bank.staffUnlock(WITH_TOKEN.contractId)).toEqual({
      ok: true,
      credentialId: token.credentialId,
    });
    // The right code is accepted: no lock left anywhere.
    nextStep();
    const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
    expect(await demo.bank.confirmLoginOtp(login.ticket, await codeOf(token))).toMatchObject({ ok: true });
    const unlocks = okOf(await demo.bank.auditPage({ operation: 'staff-unlock' })).entries;
    expect(unlocks.map((entry) => [entry.contractId, entry.result, entry.credentialId])).toEqual([
      [WITH_TOKEN.contractId, 'ok', token.credentialId],
      [WITH_TOKEN.contractId, 'ok', token.credentialId],
    ]);
  });

  it("unlocks a token locked at the validation service alone, though the bank's customer is not locked", async () => {
    const token = await seededToken();
    for (let i = 0; i < 10; i++) await demo.vip.validate(token.credentialId, await wrongCode(token), now());
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      locked: false,
      credential: { failedAttempts: 10, locked: true },
    });
    expect(await demo.bank.staffUnlock(WITH_TOKEN.contractId)).toEqual({
      ok: true,
      credentialId: token.credentialId,
    });
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      credential: { failedAttempts: 0, locked: false },
    });
    expect(await demo.bank.staffUnlock(WITH_TOKEN.contractId)).toEqual({ ok: false, code: 'not-locked' });
    expect((await demo.bank.customer(DEFAULT.contractId))?.credential).toBe(null);
  });

  it('locks after 5 wrong codes at the OTP step', async () => {
    const token = await seededToken();
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      const result = await demo.bank.confirmLoginOtp(login.ticket, await wrongCode(token));
      codes.push(result.ok ? 'ok' : `${result.code}:${result.attemptsRemaining}`);
    }
    expect(codes).toEqual(['wrong-code:4', 'wrong-code:3', 'wrong-code:2', 'wrong-code:1', 'wrong-code:0']);
    expect(await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password)).toEqual({
      ok: false,
      code: 'locked',
    });
  });
});

describe('registration R1 → R2 → R3', () => {
  it('binds a new token after a valid code, and login then asks for the OTP', async () => {
    const token = okOf(await demo.device.install('mobile', now())).token;
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    const done = await demo.bank.completeRegistration(
      started.ticket,
      token.credentialId,
      await codeOf(token),
    );
    expect(done).toEqual({ ok: true, credentialId: token.credentialId });
    expect(await demo.bank.customer(DEFAULT.contractId)).toMatchObject({ credentialId: token.credentialId });
    expect(await demo.bank.login(DEFAULT.contractId, DEFAULT.password)).toMatchObject({
      ok: true,
      next: 'otp',
    });
  });

  it('accepts the token ID as the app prints it: grouped, lower case', async () => {
    const token = okOf(await demo.device.install('desktop', now())).token;
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    const typed = token.credentialId.toLowerCase().replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3');
    const code = await codeOf(token);
    expect(
      await demo.bank.completeRegistration(started.ticket, typed, `${code.slice(0, 3)} ${code.slice(3)}`),
    ).toEqual({
      ok: true,
      credentialId: token.credentialId,
    });
  });

  it('refuses R1 when a token is already registered', async () => {
    expect(await demo.bank.startRegistration(WITH_TOKEN.contractId, WITH_TOKEN.password)).toEqual({
      ok: false,
      code: 'token-already-registered',
    });
  });

  it('refuses a wrong code, keeps the ticket, and then accepts the right one', async () => {
    const token = okOf(await demo.device.install('mobile', now())).token;
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    expect(
      await demo.bank.completeRegistration(started.ticket, token.credentialId, await wrongCode(token)),
    ).toEqual({
      ok: false,
      code: 'wrong-code',
      attemptsRemaining: 4,
    });
    expect(await demo.bank.customer(DEFAULT.contractId)).toMatchObject({ credentialId: null });
    expect(
      await demo.bank.completeRegistration(started.ticket, token.credentialId, await codeOf(token)),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses a token ID the validation service does not know, without counting a failure', async () => {
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    expect(await demo.bank.completeRegistration(started.ticket, 'SYMC00000000', '123456')).toEqual({
      ok: false,
      code: 'unknown-credential',
    });
    expect(await demo.bank.customer(DEFAULT.contractId)).toMatchObject({
      failedAttempts: 0,
      credentialId: null,
    });
  });

  it("refuses another customer's token", async () => {
    const theirs = await seededToken();
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    expect(
      await demo.bank.completeRegistration(started.ticket, theirs.credentialId, await codeOf(theirs)),
    ).toEqual({
      ok: false,
      code: 'credential-bound-elsewhere',
    });
  });

  it('refuses a malformed token ID or code as typed', async () => {
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    expect(await demo.bank.completeRegistration(started.ticket, 'SYMC1234', '123456')).toEqual({
      ok: false,
      code: 'malformed-credential-id',
    });
    expect(await demo.bank.completeRegistration(started.ticket, 'SYMC12345678', '12345')).toEqual({
      ok: false,
      code: 'malformed-code',
    });
  });

  it('a ticket works once, for its own flow, for 10 minutes', async () => {
    const token = okOf(await demo.device.install('mobile', now())).token;
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    expect(await demo.bank.completeDeactivation(started.ticket, await codeOf(token))).toEqual({
      ok: false,
      code: 'flow-expired',
    });
    // The misuse above dropped the ticket: the flow starts again at R1.
    const again = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!again.ok) throw new Error(again.code);
    demo.clock.shift(10 * 60_000);
    expect(
      await demo.bank.completeRegistration(again.ticket, token.credentialId, await codeOf(token)),
    ).toEqual({
      ok: false,
      code: 'flow-expired',
    });
    expect(await demo.bank.completeRegistration('no-such-ticket', token.credentialId, '123456')).toEqual({
      ok: false,
      code: 'flow-expired',
    });
  });

  it('cancelling a flow drops its ticket', async () => {
    const token = okOf(await demo.device.install('mobile', now())).token;
    const started = await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password);
    if (!started.ok) throw new Error(started.code);
    await demo.bank.cancelFlow(started.ticket);
    expect(
      await demo.bank.completeRegistration(started.ticket, token.credentialId, await codeOf(token)),
    ).toEqual({
      ok: false,
      code: 'flow-expired',
    });
  });
});

describe('login with OTP (A1)', () => {
  it('accepts the current code, then refuses the same code again (replay)', async () => {
    const token = await seededToken();
    const first = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!first.ok || first.next !== 'otp') throw new Error('expected the OTP step');
    const code = await codeOf(token);
    const confirmed = await demo.bank.confirmLoginOtp(first.ticket, code);
    expect(confirmed).toMatchObject({ ok: true });
    if (!confirmed.ok) return;
    expect(await demo.bank.account(confirmed.sessionId)).toMatchObject({ account: { name: '佐藤 花子' } });

    const second = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!second.ok || second.next !== 'otp') throw new Error('expected the OTP step');
    expect(await demo.bank.confirmLoginOtp(second.ticket, code)).toEqual({
      ok: false,
      code: 'replayed-code',
      retryInSeconds: 30,
    });
    nextStep();
    expect(await demo.bank.confirmLoginOtp(second.ticket, await codeOf(token))).toMatchObject({ ok: true });
  });

  /** The customer's failures at the bank and the token's at the validation service. */
  async function failures(contractId: string, credentialId: string) {
    const customer = await demo.bank.customer(contractId);
    const credential = (await demo.vip.list()).find((c) => c.credentialId === credentialId);
    return {
      bank: [customer?.failedAttempts, customer?.locked],
      vip: [credential?.consecutiveFailures, credential?.locked],
    };
  }

  it('a registration code cannot be replayed for login in the same 30 s, and counts as no failure', async () => {
    const token = await registerNewToken();
    demo.clock.shift(12_000);
    // The person logs in at once, with the code the token still shows: refused, however often.
    for (let attempt = 0; attempt < 2 * MAX_FAILED_ATTEMPTS; attempt++) {
      const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      expect(await demo.bank.confirmLoginOtp(login.ticket, await codeOf(token))).toEqual({
        ok: false,
        code: 'replayed-code',
        retryInSeconds: 18,
      });
    }
    expect(await failures(DEFAULT.contractId, token.credentialId)).toEqual({
      bank: [0, false],
      vip: [0, false],
    });
    const refused = okOf(
      await demo.bank.auditPage({ contractId: DEFAULT.contractId, operation: 'login-otp' }),
    ).entries;
    expect(refused.map((entry) => entry.result)).toEqual(
      Array(2 * MAX_FAILED_ATTEMPTS).fill('replayed-code'),
    );
    // 18 s later the token shows a new code, and it is accepted.
    demo.clock.shift(18_000);
    const login = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
    expect(await demo.bank.confirmLoginOtp(login.ticket, await codeOf(token))).toMatchObject({ ok: true });
  });

  it('a trainer moving the clock back 30 s never locks a customer who types what the token shows', async () => {
    const token = await seededToken();
    const logIn = async () => {
      const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      return demo.bank.confirmLoginOtp(login.ticket, await codeOf(token));
    };
    expect(await logIn()).toMatchObject({ ok: true });
    demo.clock.shift(-30_000);
    for (let attempt = 0; attempt < 2 * MAX_FAILED_ATTEMPTS; attempt++) {
      // The step before the one used: the first code accepted again is two steps (60 s) away.
      expect(await logIn()).toEqual({ ok: false, code: 'replayed-code', retryInSeconds: 60 });
    }
    expect(await failures(WITH_TOKEN.contractId, token.credentialId)).toEqual({
      bank: [0, false],
      vip: [0, false],
    });
    demo.clock.shift(60_000);
    expect(await logIn()).toMatchObject({ ok: true });
  });

  it('still counts a wrong code after replays, from where it stood', async () => {
    const token = await seededToken();
    const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
    expect(await demo.bank.confirmLoginOtp(login.ticket, await wrongCode(token))).toMatchObject({
      code: 'wrong-code',
      attemptsRemaining: 4,
    });
    await demo.vip.validate(token.credentialId, await codeOf(token), now());
    expect(await demo.bank.confirmLoginOtp(login.ticket, await codeOf(token))).toMatchObject({
      code: 'replayed-code',
    });
    expect(await demo.bank.confirmLoginOtp(login.ticket, await wrongCode(token))).toMatchObject({
      code: 'wrong-code',
      attemptsRemaining: 3,
    });
    expect(await failures(WITH_TOKEN.contractId, token.credentialId)).toEqual({
      bank: [2, false],
      vip: [1, false],
    });
  });
});

describe('deactivation S1 → S2 → S3', () => {
  it('unbinds the token with result 00001; login then needs no OTP', async () => {
    const token = await seededToken();
    const started = await demo.bank.startDeactivation(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!started.ok) throw new Error(started.code);
    expect(await demo.bank.completeDeactivation(started.ticket, await codeOf(token))).toEqual({
      ok: true,
      resultCode: '00001',
    });
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({ credentialId: null });
    expect(await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password)).toMatchObject({
      next: 'account',
    });
  });

  it('refuses S1 without a registered token', async () => {
    expect(await demo.bank.startDeactivation(DEFAULT.contractId, DEFAULT.password)).toEqual({
      ok: false,
      code: 'no-token-registered',
    });
  });

  it('keeps the token after a wrong code', async () => {
    const token = await seededToken();
    const started = await demo.bank.startDeactivation(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!started.ok) throw new Error(started.code);
    expect(await demo.bank.completeDeactivation(started.ticket, await wrongCode(token))).toMatchObject({
      ok: false,
      code: 'wrong-code',
    });
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      credentialId: token.credentialId,
    });
  });

  it('changing tokens: deactivate with the old one, register the new one (procedure.md C)', async () => {
    const oldToken = await seededToken();
    const started = await demo.bank.startDeactivation(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!started.ok) throw new Error(started.code);
    await demo.bank.completeDeactivation(started.ticket, await codeOf(oldToken));
    await demo.device.uninstall(oldToken.credentialId);
    nextStep();
    const newToken = await registerNewToken(WITH_TOKEN, 'desktop');
    expect(newToken.credentialId).toMatch(/^SYDC\d{8}$/);
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      credentialId: newToken.credentialId,
    });
  });
});

describe('device lost → reset at the bank counter (procedure.md X)', () => {
  it('staff reset the token ID, and the customer registers a new token', async () => {
    const lost = await seededToken();
    expect(await demo.device.loseDevice(lost.credentialId)).toEqual({ ok: true });
    expect(await demo.device.list()).toEqual([]);
    // The bank still has it: the customer cannot log in without the lost device.
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      credentialId: lost.credentialId,
    });
    expect(await demo.bank.startRegistration(WITH_TOKEN.contractId, WITH_TOKEN.password)).toMatchObject({
      code: 'token-already-registered',
    });
    expect(await demo.bank.staffResetToken(WITH_TOKEN.contractId)).toEqual({
      ok: true,
      credentialId: lost.credentialId,
    });
    const fresh = await registerNewToken(WITH_TOKEN);
    expect(await demo.bank.customer(WITH_TOKEN.contractId)).toMatchObject({
      credentialId: fresh.credentialId,
    });
  });

  it('refuses a reset without a registered token or for an unknown customer', async () => {
    expect(await demo.bank.staffResetToken(DEFAULT.contractId)).toEqual({
      ok: false,
      code: 'no-token-registered',
    });
    expect(await demo.bank.staffResetToken('5555555555')).toEqual({ ok: false, code: 'unknown-contract' });
    expect(await demo.bank.staffResetToken('abc')).toEqual({ ok: false, code: 'malformed-contract-id' });
  });
});

describe('customers added by a trainer', () => {
  it('adds a customer who can then log in', async () => {
    const added = await demo.bank.addCustomer({
      contractId: '1111222233',
      password: 'Pass1234',
      name: ' 高橋  次郎 ',
      balance: '12,000',
    });
    expect(added).toMatchObject({
      ok: true,
      customer: { contractId: '1111222233', name: '高橋 次郎', balance: 12_000 },
    });
    expect(await demo.bank.login('1111222233', 'Pass1234')).toMatchObject({ ok: true, next: 'account' });
  });

  it.each([
    [{ contractId: '12', password: 'Pass1234', name: 'A', balance: 0 }, 'malformed-contract-id'],
    [{ contractId: '1111222233', password: 'short1', name: 'A', balance: 0 }, 'weak-password'],
    [{ contractId: '1111222233', password: 'Pass 1234', name: 'A', balance: 0 }, 'malformed-password'],
    [{ contractId: '1111222233', password: 'Pass1234', name: '   ', balance: 0 }, 'malformed-name'],
    [{ contractId: '1111222233', password: 'Pass1234', name: 'A', balance: -1 }, 'malformed-balance'],
    [{ contractId: '1111222233', password: 'Pass1234', name: 'A', balance: '1.5' }, 'malformed-balance'],
    [{ contractId: DEFAULT.contractId, password: 'Pass1234', name: 'A', balance: 0 }, 'contract-exists'],
  ])('refuses %o with %s', async (input, code) => {
    const before = await demo.bank.listCustomers();
    expect(await demo.bank.addCustomer(input)).toEqual({ ok: false, code });
    expect(await demo.bank.listCustomers()).toEqual(before);
  });
});

describe('audit log', () => {
  it('records every attempt, newest first, filterable and paged — never a password or code', async () => {
    const token = await seededToken();
    await demo.bank.login(DEFAULT.contractId, 'Wrong123');
    await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    await demo.bank.login('9999999999', 'Whatever1');
    const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
    const code = await codeOf(token);
    await demo.bank.confirmLoginOtp(login.ticket, code);

    const all = okOf(await demo.bank.auditPage()).entries;
    expect(all.map((entry) => [entry.contractId, entry.operation, entry.result])).toEqual([
      ['2345678901', 'login-otp', 'ok'],
      ['2345678901', 'login', 'ok'],
      ['99******99', 'login', 'unknown-contract'],
      ['1234567890', 'login', 'ok'],
      ['1234567890', 'login', 'wrong-password'],
      ...SEED_HISTORY,
    ]);
    expect(all[0].credentialId).toBe(token.credentialId);
    expect(
      okOf(await demo.bank.auditPage({ contractId: DEFAULT.contractId })).entries.map(
        (entry) => entry.result,
      ),
    ).toEqual(['ok', 'wrong-password']);
    expect(okOf(await demo.bank.auditPage({ operation: 'login-otp' })).entries).toHaveLength(1);
    expect(
      okOf(await demo.bank.auditPage({ contractId: WITH_TOKEN.contractId, operation: 'login' })).entries,
    ).toHaveLength(1);
    expect(
      okOf(await demo.bank.auditPage({ at: { olderThan: all[0]!.id! }, limit: 2 })).entries.map(
        (entry) => entry.operation,
      ),
    ).toEqual(['login', 'login']);
    // A question the counter cannot ask (an offset walks every entry it skips) is refused whole.
    expect(await demo.bank.auditPage({ offset: 1, limit: 2 })).toEqual({
      ok: false,
      code: 'malformed-request',
    });

    const text = JSON.stringify(all);
    for (const secret of ['Wrong123', DEFAULT.password, WITH_TOKEN.password, 'Whatever1', code]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('reset to seed', () => {
  it("puts back the seeded customers, a token registered on the customer's own phone (not this device) and the seed's log", async () => {
    await registerNewToken();
    await demo.bank.addCustomer({ contractId: '1111222233', password: 'Pass1234', name: 'A', balance: 0 });
    await demo.resetToSeed();
    const customers = await demo.bank.listCustomers();
    expect(
      customers.map((customer) => [customer.contractId, customer.locked, customer.credentialId !== null]),
    ).toEqual([
      ['1234567890', false, false],
      ['2345678901', false, true],
      ['3456789012', true, false],
    ]);
    expect(await demo.device.list()).toEqual([]);
    expect((await demo.vip.list()).map((credential) => credential.credentialId)).toEqual([
      customers[1].credentialId,
    ]);
    const log = okOf(await demo.bank.auditPage()).entries;
    expect(log.map((entry) => [entry.contractId, entry.operation, entry.result])).toEqual(SEED_HISTORY);
  });

  it('puts the token of a customer named in tokensOnDevice on this device, and it logs in', async () => {
    await demo.resetToSeed({ tokensOnDevice: [WITH_TOKEN.contractId] });
    const [token, ...others] = await demo.device.list();
    expect(others).toEqual([]);
    expect(token.credentialId).toBe((await demo.bank.customer(WITH_TOKEN.contractId))?.credentialId);
    const login = await demo.bank.login(WITH_TOKEN.contractId, WITH_TOKEN.password);
    if (!login.ok || login.next !== 'otp') throw new Error('no A1');
    expect(await demo.bank.confirmLoginOtp(login.ticket, await codeOf(token))).toMatchObject({ ok: true });
  });
});

describe('seeding', () => {
  it('two resets at once leave exactly the seed: one token, one credential', async () => {
    const tokensOnDevice = [WITH_TOKEN.contractId];
    await Promise.all([demo.resetToSeed({ tokensOnDevice }), demo.resetToSeed({ tokensOnDevice })]);
    expect(await demo.device.list()).toHaveLength(1);
    expect(await demo.vip.list()).toHaveLength(1);
  });

  it("refuses a seed history that is not the seed customers' own, changing nothing", async () => {
    const records = await demo.databases.bank.read(['customers'], (tx) => tx.store('customers').getAll());
    const entry = { time: 1, contractId: DEFAULT.contractId, operation: 'login', result: 'ok' } as const;
    for (const history of [
      [{ ...entry, contractId: '9999999999' }],
      [{ ...entry, operation: 'nonsense' }],
      [{ ...entry, result: 'nonsense' }],
      [{ ...entry, time: Number.NaN }],
      'nonsense',
    ]) {
      expect(await demo.bank.replaceAll(records, history as never)).toEqual({
        ok: false,
        code: 'malformed-request',
      });
    }
    expect(okOf(await demo.bank.auditPage()).entries).toHaveLength(MAX_FAILED_ATTEMPTS);
  });

  it('a first visit shows no token of anybody on the device', async () => {
    const fresh = await memoryDemo();
    try {
      expect(await fresh.device.list()).toEqual([]);
      expect(await fresh.vip.list()).toHaveLength(1);
    } finally {
      fresh.close();
    }
  });
});

describe('tokenHolders', () => {
  it('names the customer each token is registered to, and leaves out the rest', async () => {
    const seeded = await seededToken();
    const mine = okOf(await demo.device.install('desktop', now())).token;
    const holders = await demo.bank.tokenHolders([seeded.credentialId, mine.credentialId, 'nonsense', 42]);
    expect([...holders]).toEqual([
      [seeded.credentialId, { contractId: WITH_TOKEN.contractId, name: '佐藤 花子', nameEn: 'Hanako Sato' }],
    ]);
    expect(await demo.bank.tokenHolders('SYMC12345678')).toEqual(new Map());
  });
});
