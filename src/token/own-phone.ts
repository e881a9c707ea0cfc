/**
 * "Your own phone as the token": whether the soft token can offer the otpauth:// URI (Google
 * Authenticator Key Uri Format) that lets a trainee add an installed demo token to an authenticator
 * app on a real phone, and log in to the demo bank with the codes that app shows. The secret is the
 * demo's own, made in this browser.
 *
 * This comes with the first screen, which only shows the disclosure's button; the URI is made by
 * own-phone-uri.ts, loaded with the QR code when the disclosure is first opened.
 */

/**
 * The issuer the phone's app shows above the code. It says "practice" so that, among a person's
 * real accounts, this one is never mistaken for one. No ':' (the label separator; see otpauthUri).
 */
export const OWN_PHONE_ISSUER = 'OTP Rehearsal 練習用';

/**
 * Whether `ownPhoneUri` makes a URI for this credential ID (the account of the URI): not for none,
 * nor for one starting with a space, which `otpauthUri` refuses because readers drop such spaces.
 * Here, apart from the URI's making, so that the first screen can tell whether to offer the
 * disclosure without carrying src/otp/uri.ts; `ownPhoneUri` asks it first, so the two agree.
 */
export function canShareOnPhone(credentialId: string): boolean {
  return credentialId !== '' && !credentialId.startsWith(' ');
}
