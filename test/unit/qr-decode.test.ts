import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { base32Decode, parseOtpauthUri } from '../../src/otp';
import { QR_QUIET_ZONE, qrMatrix, type QrErrorCorrection } from '../../src/qr';
import { OWN_PHONE_ISSUER, ownPhoneUri } from '../../src/token/own-phone';

// The encoder checked by a decoder written by someone else (jsQR, which reads camera frames):
// draw the symbol as pixels, black on white with its quiet zone, and read it back.

/** RGBA pixels of the symbol, `scale` pixels a module, with the quiet zone. */
function pixels(matrix: boolean[][], scale = 4) {
  const side = (matrix.length + 2 * QR_QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const at = (((r + QR_QUIET_ZONE) * scale + y) * side + (c + QR_QUIET_ZONE) * scale + x) * 4;
          data.fill(0, at, at + 3);
        }
      }
    }),
  );
  return { data, side };
}

function decode(text: string, errorCorrection?: QrErrorCorrection) {
  const matrix = qrMatrix(text, { errorCorrection });
  const { data, side } = pixels(matrix);
  const found = jsQR(data, side, side, { inversionAttempts: 'dontInvert' });
  return { found, version: (matrix.length - 17) / 4 };
}

describe('qrMatrix, read back by jsQR', () => {
  it('reads back a demo token URI, Japanese issuer and all, as the same secret and credential ID', () => {
    const secret = base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    const uri = ownPhoneUri('SYMC12345678', secret);
    const { found, version } = decode(uri);
    expect(found?.data).toBe(uri);
    expect(found?.version).toBe(version);
    const parsed = parseOtpauthUri(found!.data);
    expect(parsed.account).toBe('SYMC12345678');
    expect(parsed.issuer).toBe(OWN_PHONE_ISSUER);
    expect(parsed.secret).toEqual(secret);
  });

  it.each(['L', 'M', 'Q', 'H'] as const)('reads back at level %s', (level) => {
    const text = 'otpauth://totp/ACME%20Co:john.doe%40email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ';
    expect(decode(text, level).found?.data).toBe(text);
  });

  it('reads back UTF-8 text', () => {
    expect(decode('練習用のトークン — demo').found?.data).toBe('練習用のトークン — demo');
  });

  it('reads back any printable ASCII up to 300 bytes (versions 1–13), whichever mask it picks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 300 }), (text) => {
        expect(decode(text).found?.data).toBe(text);
      }),
      { numRuns: 60 },
    );
  });
});
