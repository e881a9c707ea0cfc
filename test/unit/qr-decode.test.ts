import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { base32Decode, parseOtpauthUri } from '../../src/otp/index.js';
import { QR_QUIET_ZONE, qrMatrix, type QrErrorCorrection } from '../../src/qr.js';
import { OWN_PHONE_ISSUER } from '../../src/token/own-phone.js';
import { ownPhoneUri } from '../../src/token/own-phone-uri.js';

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

function decode(text: string, errorCorrection?: QrErrorCorrection, scale?: number) {
  const matrix = qrMatrix(text, { errorCorrection });
  const { data, side } = pixels(matrix, scale);
  const found = jsQR(data, side, side, { inversionAttempts: 'dontInvert' });
  return { found, version: (matrix.length - 17) / 4 };
}

/**
 * A spread of versions, and what ISO/IEC 18004 Table 7 says each holds at most in byte mode, by level.
 * Version 23 is left out (and so is 22, whose one byte more lands in 23): jsQR 1.4 has one of its
 * alignment pattern centres wrong (74 for 78, cozmo/jsQR#251) and misreads it.
 */
const VERSIONS = [1, 2, 6, 7, 9, 10, 14, 20, 27, 33, 39, 40];
const BYTE_CAPACITY: Record<QrErrorCorrection, readonly number[]> = {
  L: [17, 32, 134, 154, 230, 271, 458, 858, 1465, 2068, 2809, 2953],
  M: [14, 26, 106, 122, 180, 213, 362, 666, 1125, 1628, 2213, 2331],
  Q: [11, 20, 74, 86, 130, 151, 258, 482, 805, 1168, 1579, 1663],
  H: [7, 14, 58, 64, 98, 119, 194, 382, 625, 898, 1219, 1273],
};

/** Table 7, version 5: 106, 84, 60 and 44 bytes. */
const BYTE_CAPACITY_5: Record<QrErrorCorrection, number> = { L: 106, M: 84, Q: 60, H: 44 };

/** Printable ASCII of the given length, varied so that every mask has something to work on. */
function asciiText(length: number) {
  return Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 53 + (i >> 4)) % 95))).join('');
}

// Large symbols take tens of ms each: room for a loaded two-core machine.
describe('qrMatrix, read back by jsQR', { timeout: 20_000 }, () => {
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

  it.each(['L', 'M', 'Q', 'H'] as const)(
    'reads back a full symbol of each version in a spread over 1–40, and one byte more, at level %s',
    (level) => {
      VERSIONS.forEach((version, index) => {
        const capacity = BYTE_CAPACITY[level][index];
        for (const [length, expected] of [
          [capacity, version],
          [capacity + 1, version + 1],
        ]) {
          if (expected > 40) continue;
          const text = asciiText(length);
          // Two pixels a module: enough for jsQR, and quick on the 177-module version 40.
          const { found, version: encoded } = decode(text, level, 2);
          expect(encoded, `${length} bytes at ${level}`).toBe(expected);
          expect(found?.version, `${length} bytes at ${level}`).toBe(expected);
          expect(found?.data, `${length} bytes at ${level}`).toBe(text);
        }
      });
    },
  );

  it.each(['L', 'M', 'Q', 'H'] as const)(
    'reads back Japanese that fills version 5 to the byte at level %s, and needs version 6 with one kanji more',
    (level) => {
      const capacity = BYTE_CAPACITY_5[level];
      const kanji = '練習用の認証コードを表示します'.repeat(10);
      const full = kanji.slice(0, Math.floor(capacity / 3)) + 'a'.repeat(capacity % 3);
      expect(new TextEncoder().encode(full)).toHaveLength(capacity);
      const over = kanji.slice(0, Math.floor(capacity / 3) + 1);
      for (const [text, version] of [
        [full, 5],
        [over, 6],
      ] as const) {
        const { found, version: encoded } = decode(text, level);
        expect(encoded).toBe(version);
        expect(found?.data).toBe(text);
      }
    },
  );

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
