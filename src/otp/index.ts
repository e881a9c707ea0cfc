// One-time passwords: HOTP (RFC 4226), TOTP (RFC 6238), Base32 (RFC 4648) and otpauth URIs.
// Pure functions: no DOM, no storage, no clock; time is always passed in, in milliseconds.
// The API for scripts and tests. The app's own modules import from the module that holds a
// function, not from here: a bundler puts every module this file re-exports into the chunk of
// whoever imports it, and the first screen would then carry uri.ts, which the app needs only when
// a token is added to a phone (own-phone-uri.ts, loaded on first use).
export { type HashAlgorithm, type Hmac, webCryptoHmac, nobleHmac, defaultHmac } from './hmac.js';
export { type OtpOptions, type HotpOptions, OTP_DEFAULTS, hotp } from './hotp.js';
export {
  type TotpOptions,
  type VerifyTotpOptions,
  totp,
  totpStep,
  verifyTotp,
  secondsRemaining,
} from './totp.js';
export { timingSafeEqual } from './compare.js';
export { randomSecret } from './random.js';
export { type Base32ErrorCode, Base32Error, base32Encode, base32Decode } from './base32.js';
export {
  type OtpauthUriOptions,
  type ParsedOtpauthUri,
  type OtpauthUriErrorCode,
  OtpauthUriError,
  otpauthUri,
  parseOtpauthUri,
} from './uri.js';
