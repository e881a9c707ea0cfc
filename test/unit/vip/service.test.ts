import { beforeEach, describe, expect, it } from 'vitest';
import { hotp, totp } from '../../../src/otp/index.js';
import { openMemoryDatabase } from '../../../src/store/index.js';
import { VIP_MAX_FAILURES, VipService, vipDatabase, type VipSchema } from '../../../src/vip/service.js';

const secret = new TextEncoder().encode('12345678901234567890');
const credentialId = 'SYMC12345678';
/** The middle of step 1000, so ±1 step is unambiguous. */
const time = 1000 * 30_000 + 15_000;
const codeAtStep = (step: number) => hotp({ secret, counter: step });

let vip: VipService;
beforeEach(async () => {
  vip = new VipService(await openMemoryDatabase<VipSchema>(vipDatabase));
  expect(await vip.provision({ credentialId, kind: 'mobile', secret }, 0)).toEqual({ ok: true });
});

describe('validation service', () => {
  it('accepts the current code (status 0000)', async () => {
    expect(await vip.validate(credentialId, await totp({ secret, time }), time)).toEqual({
      ok: true,
      status: '0000',
      step: 1000,
      delta: 0,
    });
  });

  it.each([
    [-1, true],
    [1, true],
    [-2, false],
    [2, false],
  ])('window edge: a code %i step(s) away is accepted: %s', async (delta, accepted) => {
    const result = await vip.validate(credentialId, await codeAtStep(1000 + delta), time);
    expect(result.ok).toBe(accepted);
    if (result.ok) expect(result.delta).toBe(delta);
    else expect(result).toEqual({ ok: false, code: 'wrong-code', status: '6009' });
  });

  it('is time-forward only: a used code and every earlier one fail as replayed', async () => {
    expect(await vip.validate(credentialId, await codeAtStep(1001), time)).toMatchObject({
      ok: true,
      delta: 1,
    });
    expect(await vip.validate(credentialId, await codeAtStep(1001), time)).toMatchObject({
      code: 'replayed-code',
    });
    expect(await vip.validate(credentialId, await codeAtStep(1000), time)).toMatchObject({
      code: 'replayed-code',
    });
    expect(await vip.validate(credentialId, await codeAtStep(999), time)).toMatchObject({
      code: 'replayed-code',
    });
    // The next step's code is fresh once its time comes.
    expect(await vip.validate(credentialId, await codeAtStep(1002), time + 60_000)).toMatchObject({
      ok: true,
      delta: 0,
    });
  });

  it('counts no replayed code towards the lock, and says when the token shows an accepted code', async () => {
    expect(await vip.validate(credentialId, await codeAtStep(1000), time)).toMatchObject({ ok: true });
    // 15 s into step 1000: the token shows step 1001's code in 15 s.
    for (let i = 0; i < 2 * VIP_MAX_FAILURES; i++) {
      expect(await vip.validate(credentialId, await codeAtStep(1000), time)).toEqual({
        ok: false,
        code: 'replayed-code',
        status: '6009',
        retryInSeconds: 15,
      });
    }
    expect((await vip.list())[0]).toMatchObject({ consecutiveFailures: 0, locked: false });
    // A trainer moved the clock back 30 s: step 999's code was used too (time-forward only), and
    // the first code accepted again is step 1001's, 45 s away.
    expect(await vip.validate(credentialId, await codeAtStep(999), time - 30_000)).toMatchObject({
      code: 'replayed-code',
      retryInSeconds: 45,
    });
    // An old code typed while the token already shows a fresh one: "enter the one shown now".
    expect(await vip.validate(credentialId, await codeAtStep(1000), time + 30_000)).toMatchObject({
      code: 'replayed-code',
      retryInSeconds: 0,
    });
    expect((await vip.list())[0]).toMatchObject({ consecutiveFailures: 0, locked: false });
    expect(await vip.validate(credentialId, await codeAtStep(1001), time + 30_000)).toMatchObject({
      ok: true,
    });
  });

  it('refuses unknown and malformed credentials (6004) and malformed codes', async () => {
    expect(await vip.validate('SYMC00000000', '123456', time)).toEqual({
      ok: false,
      code: 'unknown-credential',
      status: '6004',
    });
    expect(await vip.validate('symc12345678', '123456', time)).toMatchObject({
      code: 'malformed-credential-id',
    });
    expect(await vip.validate(credentialId, '12345', time)).toMatchObject({ code: 'malformed-code' });
    expect(await vip.validate(credentialId, '１２３４５６', time)).toMatchObject({ code: 'malformed-code' });
  });

  it('locks a credential after 10 consecutive invalid codes; a good code resets the count', async () => {
    const wrong = (await codeAtStep(1000)) === '000000' ? '000001' : '000000';
    for (let i = 0; i < 9; i++) await vip.validate(credentialId, wrong, time);
    expect((await vip.list())[0]).toMatchObject({ consecutiveFailures: 9, locked: false });
    expect(await vip.validate(credentialId, await codeAtStep(1000), time)).toMatchObject({ ok: true });
    expect((await vip.list())[0]).toMatchObject({ consecutiveFailures: 0 });
    for (let i = 0; i < 10; i++) await vip.validate(credentialId, wrong, time);
    expect(await vip.validate(credentialId, await codeAtStep(1001), time + 30_000)).toMatchObject({
      code: 'credential-locked',
    });
    expect(await vip.credentialStatus([credentialId, 'SYMC99999999'])).toEqual([
      { credentialId, consecutiveFailures: 10, locked: true },
      undefined,
    ]);
    expect(await vip.unlock(credentialId)).toEqual({ ok: true });
    expect(await vip.credentialStatus([credentialId])).toEqual([
      { credentialId, consecutiveFailures: 0, locked: false },
    ]);
    expect(await vip.unlock('SYMC99999999')).toEqual({ ok: false, code: 'unknown-credential' });
    expect(await vip.validate(credentialId, await codeAtStep(1001), time + 30_000)).toMatchObject({
      ok: true,
    });
  });

  it('refuses to provision an existing credential ID again', async () => {
    expect(await vip.provision({ credentialId, kind: 'desktop', secret: new Uint8Array(20) }, 0)).toEqual({
      ok: false,
      code: 'credential-exists',
    });
    expect(await vip.isKnown(credentialId)).toBe(true);
    expect(await vip.isKnown('SYMC99999999')).toBe(false);
  });

  it('never lists a secret', async () => {
    expect(JSON.stringify(await vip.list())).not.toMatch(/secret/);
  });
});
