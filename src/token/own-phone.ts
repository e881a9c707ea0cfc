/**
 * "Your own phone as the token": the otpauth:// URI (Google Authenticator Key Uri Format) that lets
 * a trainee add an installed demo token to an authenticator app on a real phone, and log in to
 * the demo bank with the codes that app shows. The secret is the demo's own, made in this browser.
 */
import { otpauthUri } from '../otp/index.js';
import { TOKEN_PERIOD } from './device.js';

/**
 * The issuer the phone's app shows above the code. It says "practice" so that, among a person's
 * real accounts, this one is never mistaken for one. No ':' (the label separator; see otpauthUri).
 */
export const OWN_PHONE_ISSUER = 'OTP Rehearsal 練習用';

/**
 * `otpauth://totp/OTP%20Rehearsal%20…:SYMC12345678?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`:
 * the account is the credential ID, and every parameter is what the VIP Access-like token uses.
 */
export function ownPhoneUri(credentialId: string, secret: Uint8Array): string {
  return otpauthUri({
    secret,
    issuer: OWN_PHONE_ISSUER,
    account: credentialId,
    algorithm: 'SHA-1',
    digits: 6,
    period: TOKEN_PERIOD,
  });
}
