import { describe, expect, it } from 'vitest';
import * as otp from '../../../src/otp/index.js';

describe('src/otp public API', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(otp).sort()).toEqual(
      [
        'Base32Error',
        'OTP_DEFAULTS',
        'OtpauthUriError',
        'base32Decode',
        'base32Encode',
        'defaultHmac',
        'hotp',
        'nobleHmac',
        'otpauthUri',
        'parseOtpauthUri',
        'randomSecret',
        'secondsRemaining',
        'timingSafeEqual',
        'totp',
        'totpStep',
        'verifyTotp',
        'webCryptoHmac',
      ].sort(),
    );
  });
});
