// The RFC vectors again, in real Chromium: its WebCrypto, and noble as the bundle ships it.
import { expect } from '@open-wc/testing';
import { defaultHmac, hotp, nobleHmac, totp, webCryptoHmac, type Hmac } from '../../../src/otp/index.js';
import {
  ascii,
  RFC4226_SECRET,
  RFC4226_VECTORS,
  RFC6238_SEEDS,
  RFC6238_VECTORS,
} from '../../vectors/rfc-vectors.js';

const BACKENDS: readonly { name: string; hmac: Hmac }[] = [
  { name: 'webCryptoHmac', hmac: webCryptoHmac },
  { name: 'nobleHmac', hmac: nobleHmac },
];

for (const { name, hmac } of BACKENDS) {
  describe(`OTP vectors with ${name}`, () => {
    for (const row of RFC4226_VECTORS) {
      it(`RFC 4226 Appendix D: counter ${row.counter} gives ${row.hotp}`, async () => {
        expect(await hotp({ secret: ascii(RFC4226_SECRET), counter: row.counter, hmac })).to.equal(row.hotp);
      });
    }

    for (const row of RFC6238_VECTORS) {
      it(`RFC 6238 Appendix B: ${row.time} s with ${row.algorithm} gives ${row.totp}`, async () => {
        const secret = ascii(RFC6238_SEEDS[row.algorithm]);
        const code = await totp({ secret, time: row.time * 1000, digits: 8, algorithm: row.algorithm, hmac });
        expect(code).to.equal(row.totp);
      });
    }
  });
}

describe('defaultHmac', () => {
  const subtle = globalThis.crypto.subtle;

  afterEach(() => {
    // Drop the own properties the tests set; the prototype's originals show through again.
    Reflect.deleteProperty(subtle, 'sign');
    Reflect.deleteProperty(globalThis.crypto, 'subtle');
  });

  it('runs in a secure context, where crypto.subtle exists', () => {
    expect(globalThis.isSecureContext).to.equal(true);
    expect(subtle).to.be.instanceOf(SubtleCrypto);
  });

  it('picks WebCrypto when crypto.subtle is present', async () => {
    let signs = 0;
    const sign = subtle.sign.bind(subtle);
    Object.defineProperty(subtle, 'sign', {
      configurable: true,
      value: (...args: Parameters<SubtleCrypto['sign']>) => {
        signs++;
        return sign(...args);
      },
    });
    expect(await hotp({ secret: ascii(RFC4226_SECRET), counter: 0, hmac: defaultHmac })).to.equal('755224');
    expect(signs).to.equal(1);
  });

  it('falls back to noble when crypto.subtle is missing, as on a plain-http LAN page', async () => {
    Object.defineProperty(globalThis.crypto, 'subtle', { configurable: true, value: undefined });
    expect(globalThis.crypto.subtle).to.equal(undefined);
    expect(await hotp({ secret: ascii(RFC4226_SECRET), counter: 9, hmac: defaultHmac })).to.equal('520489');
    let error: unknown;
    await webCryptoHmac('SHA-1', ascii('k'), ascii('m')).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/crypto\.subtle is unavailable/);
  });
});
