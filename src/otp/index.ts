// One-time passwords: HOTP (RFC 4226), TOTP (RFC 6238), Base32 (RFC 4648) and otpauth URIs.
// Pure functions: no DOM, no storage, no clock; time is always passed in, in milliseconds.
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
