import * as OTPAuth from 'otpauth';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../../../src/otp/index.js';
import { openMemoryDatabase } from '../../../src/store/index.js';
import { SoftTokenDevice, tokenDatabase, type TokenSchema } from '../../../src/token/device.js';
import { canShareOnPhone, OWN_PHONE_ISSUER } from '../../../src/token/own-phone.js';
import { ownPhoneUri } from '../../../src/token/own-phone-uri.js';
import { VipService, vipDatabase, type VipSchema } from '../../../src/vip/service.js';
import { okOf } from '../../results.js';

// RFC 6238 Appendix B's SHA-1 seed, "12345678901234567890".
const SEED = new TextEncoder().encode('12345678901234567890');

let vip: VipService;
let device: SoftTokenDevice;
beforeEach(async () => {
  vip = new VipService(await openMemoryDatabase<VipSchema>(vipDatabase));
  device = new SoftTokenDevice(await openMemoryDatabase<TokenSchema>(tokenDatabase), vip);
});

describe('ownPhoneUri', () => {
  it('writes the Key Uri Format with the practice issuer and the credential ID as the account', () => {
    expect(ownPhoneUri('SYMC12345678', SEED)).toBe(
      'otpauth://totp/OTP%20Rehearsal%20%E7%B7%B4%E7%BF%92%E7%94%A8:SYMC12345678' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=OTP%20Rehearsal%20%E7%B7%B4%E7%BF%92%E7%94%A8' +
        '&algorithm=SHA1&digits=6&period=30',
    );
    expect(OWN_PHONE_ISSUER).not.toContain(':');
  });

  it('reads back as the token it came from', () => {
    expect(parseOtpauthUri(ownPhoneUri('SYDC87654321', SEED))).toEqual({
      type: 'totp',
      issuer: 'OTP Rehearsal 練習用',
      account: 'SYDC87654321',
      secret: SEED,
      algorithm: 'SHA-1',
      digits: 6,
      period: 30,
    });
  });

  it('gives another implementation (otpauth, as a phone app) the codes the installed token shows', async () => {
    const token = okOf(await device.install('mobile', Date.UTC(2026, 10, 24))).token;
    const phone = OTPAuth.URI.parse(ownPhoneUri(token.credentialId, token.secret));
    expect(phone).toBeInstanceOf(OTPAuth.TOTP);
    expect(phone.issuer).toBe(OWN_PHONE_ISSUER);
    expect(phone.label).toBe(token.credentialId);
    for (const time of [59_000, 1_111_111_109_000, Date.UTC(2026, 10, 24, 0, 0, 5)]) {
      expect(phone.generate({ timestamp: time })).toBe((await device.code(token, time)).code);
    }
  });

  it('makes a URI for every credential ID canShareOnPhone accepts, and refuses the others', () => {
    // The first screen asks canShareOnPhone whether to offer the disclosure; ownPhoneUri loads later.
    const makes = (credentialId: string) => {
      try {
        ownPhoneUri(credentialId, SEED);
        return true;
      } catch {
        return false;
      }
    };
    for (const credentialId of ['SYMC12345678', 'VSMT12345678', 'a b', 'x:y', '名前', ' SYMC1', '  ', '']) {
      expect(makes(credentialId), JSON.stringify(credentialId)).toBe(canShareOnPhone(credentialId));
    }
    expect(canShareOnPhone('SYMC12345678')).toBe(true);
    expect(canShareOnPhone(' SYMC12345678')).toBe(false);
    expect(canShareOnPhone('')).toBe(false);
  });
});
