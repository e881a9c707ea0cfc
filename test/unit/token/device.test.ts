import { beforeEach, describe, expect, it } from 'vitest';
import { totp } from '../../../src/otp/index.js';
import { openMemoryDatabase } from '../../../src/store/index.js';
import {
  SoftTokenDevice,
  formatCode,
  formatCredentialId,
  newCredentialId,
  tokenDatabase,
  type TokenSchema,
} from '../../../src/token/device.js';
import { VipService, vipDatabase, type VipSchema } from '../../../src/vip/service.js';
import { okOf } from '../../results.js';

let vip: VipService;
let device: SoftTokenDevice;
beforeEach(async () => {
  vip = new VipService(await openMemoryDatabase<VipSchema>(vipDatabase));
  device = new SoftTokenDevice(await openMemoryDatabase<TokenSchema>(tokenDatabase), vip);
});

describe('soft token device', () => {
  it('makes credential IDs of the app prefix and eight digits, any digit in any place', () => {
    const ids = Array.from({ length: 500 }, () => newCredentialId('desktop'));
    for (const id of ids) expect(id).toMatch(/^SYDC\d{8}$/);
    // Each digit misses a place in 500 IDs with probability 0.9^500 (about 10^-23).
    for (let place = 4; place < 12; place++) {
      expect(new Set(ids.map((id) => id[place])).size, `place ${place}`).toBe(10);
    }
  });

  it('installs each app with its own credential ID prefix and a 20-byte secret, provisioned with the service', async () => {
    const mobile = okOf(await device.install('mobile', 1000)).token;
    const desktop = okOf(await device.install('desktop', 2000)).token;
    expect(mobile.credentialId).toMatch(/^SYMC\d{8}$/);
    expect(desktop.credentialId).toMatch(/^SYDC\d{8}$/);
    expect(mobile.secret).toHaveLength(20);
    expect(await vip.isKnown(mobile.credentialId)).toBe(true);
    expect(await vip.isKnown(desktop.credentialId)).toBe(true);
    expect((await device.list()).map((token) => token.credentialId)).toEqual([
      mobile.credentialId,
      desktop.credentialId,
    ]);
  });

  it('shows the TOTP code for the time and the seconds left in its 30 s period', async () => {
    const token = okOf(await device.install('mobile', 0)).token;
    const time = 1_700_000_012_345;
    expect(await device.code(token, time)).toEqual({
      code: await totp({ secret: token.secret, time }),
      step: Math.floor(time / 30_000),
      secondsRemaining: 28,
    });
    const validated = await vip.validate(token.credentialId, (await device.code(token, time)).code, time);
    expect(validated).toMatchObject({ ok: true, delta: 0 });
  });

  it('uninstall and device lost remove the token from the device only', async () => {
    const first = okOf(await device.install('mobile', 0)).token;
    const second = okOf(await device.install('desktop', 1)).token;
    expect(await device.uninstall(first.credentialId)).toEqual({ ok: true });
    expect(await device.loseDevice(second.credentialId)).toEqual({ ok: true });
    expect(await device.uninstall(first.credentialId)).toEqual({ ok: false, code: 'unknown-token' });
    expect(await device.list()).toEqual([]);
    expect(await vip.isKnown(first.credentialId)).toBe(true);
  });

  it('formats as the app prints: SYMC 1234 5678 and 123 456', () => {
    expect(formatCredentialId('SYMC12345678')).toBe('SYMC 1234 5678');
    expect(formatCode('123456')).toBe('123 456');
  });
});
