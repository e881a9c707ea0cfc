/**
 * The otpauth:// URI of "your own phone as the token" (see own-phone.ts): loaded with the QR code
 * when the soft token's "Add to an app on your phone" is first opened, not with the first screen.
 */
import { otpauthUri } from '../otp/uri.js';
import { TOKEN_PERIOD } from './device.js';
import { canShareOnPhone, OWN_PHONE_ISSUER } from './own-phone.js';

/**
 * `otpauth://totp/OTP%20Rehearsal%20…:SYMC12345678?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`:
 * the account is the credential ID, and every parameter is what the VIP Access-like token uses.
 * Throws for a credential ID that `canShareOnPhone` refuses.
 */
export function ownPhoneUri(credentialId: string, secret: Uint8Array): string {
  if (!canShareOnPhone(credentialId)) {
    throw new RangeError('The credential ID cannot be the account of an otpauth URI');
  }
  return otpauthUri({
    secret,
    issuer: OWN_PHONE_ISSUER,
    account: credentialId,
    algorithm: 'SHA-1',
    digits: 6,
    period: TOKEN_PERIOD,
  });
}
