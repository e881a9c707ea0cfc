// The two HMAC backends every vector table runs against (not a test file itself).
import { nobleHmac, webCryptoHmac, type Hmac } from '../../../src/otp/index.js';

export const BACKENDS: readonly { name: string; hmac: Hmac }[] = [
  { name: 'webCryptoHmac', hmac: webCryptoHmac },
  { name: 'nobleHmac', hmac: nobleHmac },
];
