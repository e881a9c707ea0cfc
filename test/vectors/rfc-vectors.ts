// Published test vectors, copied verbatim, shared by the unit (Vitest) and browser (WTR) suites.
// Plain data: no test framework here.
import type { HashAlgorithm } from '../../src/otp/index.js';

/** ASCII text as bytes: the RFCs write their seeds as ASCII strings. */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** RFC 4226 Appendix D: secret "12345678901234567890", 6 digits. */
export const RFC4226_SECRET = '12345678901234567890';

/** Table 1 (HMAC-SHA-1 of the counter), Table 2 (truncated decimal) and the 6-digit HOTP values. */
export const RFC4226_VECTORS: readonly {
  counter: number;
  hmacSha1: string;
  truncated: number;
  hotp: string;
}[] = [
  { counter: 0, hmacSha1: 'cc93cf18508d94934c64b65d8ba7667fb7cde4b0', truncated: 1284755224, hotp: '755224' },
  { counter: 1, hmacSha1: '75a48a19d4cbe100644e8ac1397eea747a2d33ab', truncated: 1094287082, hotp: '287082' },
  { counter: 2, hmacSha1: '0bacb7fa082fef30782211938bc1c5e70416ff44', truncated: 137359152, hotp: '359152' },
  { counter: 3, hmacSha1: '66c28227d03a2d5529262ff016a1e6ef76557ece', truncated: 1726969429, hotp: '969429' },
  { counter: 4, hmacSha1: 'a904c900a64b35909874b33e61c5938a8e15ed1c', truncated: 1640338314, hotp: '338314' },
  { counter: 5, hmacSha1: 'a37e783d7b7233c083d4f62926c7a25f238d0316', truncated: 868254676, hotp: '254676' },
  { counter: 6, hmacSha1: 'bc9cd28561042c83f219324d3c607256c03272ae', truncated: 1918287922, hotp: '287922' },
  { counter: 7, hmacSha1: 'a4fb960c0bc06e1eabb804e5b397cdc4b45596fa', truncated: 82162583, hotp: '162583' },
  { counter: 8, hmacSha1: '1b3c89f65e6c9e883012052823443f048b4332db', truncated: 673399871, hotp: '399871' },
  { counter: 9, hmacSha1: '1637409809a679dc698207310c8c7fc07290d9e5', truncated: 645520489, hotp: '520489' },
];

/**
 * RFC 6238 Appendix B seeds, per Errata 2866: the table was computed with a seed as long as each
 * hash's output, not the 20-byte seed the text names for all three.
 */
export const RFC6238_SEEDS: Readonly<Record<HashAlgorithm, string>> = {
  'SHA-1': '12345678901234567890',
  'SHA-256': '12345678901234567890123456789012',
  'SHA-512': '1234567890123456789012345678901234567890123456789012345678901234',
};

/** RFC 6238 Appendix B: T0 = 0, X = 30, 8 digits. `time` in seconds, `step` the "Value of T (hex)". */
export const RFC6238_VECTORS: readonly {
  time: number;
  step: string;
  algorithm: HashAlgorithm;
  totp: string;
}[] = [
  { time: 59, step: '0000000000000001', algorithm: 'SHA-1', totp: '94287082' },
  { time: 1111111109, step: '00000000023523EC', algorithm: 'SHA-1', totp: '07081804' },
  { time: 1111111111, step: '00000000023523ED', algorithm: 'SHA-1', totp: '14050471' },
  { time: 1234567890, step: '000000000273EF07', algorithm: 'SHA-1', totp: '89005924' },
  { time: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-1', totp: '69279037' },
  { time: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-1', totp: '65353130' },
  { time: 59, step: '0000000000000001', algorithm: 'SHA-256', totp: '46119246' },
  { time: 1111111109, step: '00000000023523EC', algorithm: 'SHA-256', totp: '68084774' },
  { time: 1111111111, step: '00000000023523ED', algorithm: 'SHA-256', totp: '67062674' },
  { time: 1234567890, step: '000000000273EF07', algorithm: 'SHA-256', totp: '91819424' },
  { time: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-256', totp: '90698825' },
  { time: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-256', totp: '77737706' },
  { time: 59, step: '0000000000000001', algorithm: 'SHA-512', totp: '90693936' },
  { time: 1111111109, step: '00000000023523EC', algorithm: 'SHA-512', totp: '25091201' },
  { time: 1111111111, step: '00000000023523ED', algorithm: 'SHA-512', totp: '99943326' },
  { time: 1234567890, step: '000000000273EF07', algorithm: 'SHA-512', totp: '93441116' },
  { time: 2000000000, step: '0000000003F940AA', algorithm: 'SHA-512', totp: '38618901' },
  { time: 20000000000, step: '0000000027BC86AA', algorithm: 'SHA-512', totp: '47863826' },
];

/** RFC 4648 §10 Base32 vectors, with the padding our encoder leaves off. */
export const RFC4648_BASE32_VECTORS: readonly { text: string; base32: string }[] = [
  { text: '', base32: '' },
  { text: 'f', base32: 'MY======' },
  { text: 'fo', base32: 'MZXQ====' },
  { text: 'foo', base32: 'MZXW6===' },
  { text: 'foob', base32: 'MZXW6YQ=' },
  { text: 'fooba', base32: 'MZXW6YTB' },
  { text: 'foobar', base32: 'MZXW6YTBOI======' },
];
