import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrMatrix, qrPath, qrVersion } from '../../src/qr';

// The structure every QR code must have, checked against ISO/IEC 18004's tables rather than
// against the encoder's own code. That the symbols also decode is qr-decode.test.ts's business.

/** ISO/IEC 18004 Table 7: data capacity in bytes (byte mode), versions 1–10. */
const BYTE_CAPACITY: Record<'L' | 'M', readonly number[]> = {
  L: [17, 32, 53, 78, 106, 134, 154, 192, 230, 271],
  M: [14, 26, 42, 62, 84, 106, 122, 152, 180, 213],
};

/** ISO/IEC 18004 Annex C, Table C.1: the 15 format bits (already XORed with 101010000010010), by mask. */
const FORMAT_BITS: Record<'L' | 'M', readonly string[]> = {
  L: [
    '111011111000100',
    '111001011110011',
    '111110110101010',
    '111100010011101',
    '110011000101111',
    '110001100011000',
    '110110001000001',
    '110100101110110',
  ],
  M: [
    '101010000010010',
    '101000100100101',
    '101111001111100',
    '101101101001011',
    '100010111111001',
    '100000011001110',
    '100111110010111',
    '100101010100000',
  ],
};

/** ISO/IEC 18004 Annex D, Table D.1: the 18 version bits, versions 7–10. */
const VERSION_BITS: Record<number, string> = {
  7: '000111110010010100',
  8: '001000010110111100',
  9: '001001101010011001',
  10: '001010010011010011',
};

/** ISO/IEC 18004 Annex E, Table E.1: alignment pattern centre rows/columns, versions 1–10. */
const ALIGNMENT_CENTRES: Record<number, readonly number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
};

type Matrix = boolean[][];

/** The 7 × 7 finder pattern: a dark ring, a light ring, a dark 3 × 3 centre. */
function expectFinderAt(matrix: Matrix, top: number, left: number) {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      expect(matrix[top + r][left + c], `finder (${top + r}, ${left + c})`).toBe(ring !== 2);
    }
  }
}

/** The light separator around a finder, where it lies inside the symbol. */
function expectSeparatorAround(matrix: Matrix, top: number, left: number) {
  const size = matrix.length;
  for (let r = top - 1; r <= top + 7; r++) {
    for (let c = left - 1; c <= left + 7; c++) {
      const inside = r >= top && r < top + 7 && c >= left && c < left + 7;
      if (inside || r < 0 || c < 0 || r >= size || c >= size) continue;
      expect(matrix[r][c], `separator (${r}, ${c})`).toBe(false);
    }
  }
}

/** The two copies of the format information, most significant bit first. */
function formatCopies(matrix: Matrix): [string, string] {
  const size = matrix.length;
  const bit = (row: number, column: number) => (matrix[row][column] ? '1' : '0');
  let first = '';
  let second = '';
  // Bit i (0 = least significant). Around the top-left finder: up column 8, then left along row 8.
  for (let i = 14; i >= 0; i--) {
    if (i <= 5) first += bit(i, 8);
    else if (i === 6) first += bit(7, 8);
    else if (i === 7) first += bit(8, 8);
    else if (i === 8) first += bit(8, 7);
    else first += bit(8, 14 - i);
    // Split: bits 0–7 along row 8 under the top-right finder, bits 8–14 down column 8 beside the bottom-left one.
    second += i <= 7 ? bit(8, size - 1 - i) : bit(size - 15 + i, 8);
  }
  return [first, second];
}

/** The two copies of the version information, most significant bit first. */
function versionCopies(matrix: Matrix): [string, string] {
  const size = matrix.length;
  let bottomLeft = '';
  let topRight = '';
  for (let i = 17; i >= 0; i--) {
    const a = size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    bottomLeft += matrix[a][b] ? '1' : '0';
    topRight += matrix[b][a] ? '1' : '0';
  }
  return [bottomLeft, topRight];
}

function expectWellFormed(matrix: Matrix, level: 'L' | 'M', version: number) {
  const size = 17 + 4 * version;
  expect(matrix).toHaveLength(size);
  for (const row of matrix) expect(row).toHaveLength(size);
  expect(qrVersion(matrix)).toBe(version);

  // Finder patterns and their separators at three corners, and none at the bottom right.
  expectFinderAt(matrix, 0, 0);
  expectFinderAt(matrix, 0, size - 7);
  expectFinderAt(matrix, size - 7, 0);
  expectSeparatorAround(matrix, 0, 0);
  expectSeparatorAround(matrix, 0, size - 7);
  expectSeparatorAround(matrix, size - 7, 0);
  const bottomRight = matrix.slice(size - 7).map((row) => row.slice(size - 7));
  expect(bottomRight.flat().every(Boolean)).toBe(false);

  // Timing patterns: alternating along row 6 and column 6, dark on even indexes.
  for (let i = 8; i < size - 8; i++) {
    expect(matrix[6][i], `timing row 6, column ${i}`).toBe(i % 2 === 0);
    expect(matrix[i][6], `timing column 6, row ${i}`).toBe(i % 2 === 0);
  }

  // Alignment patterns: 5 × 5 rings at every pair of centres not under a finder.
  const centres = ALIGNMENT_CENTRES[version];
  for (const row of centres) {
    for (const column of centres) {
      const underFinder =
        (row === 6 && column === 6) ||
        (row === 6 && column === size - 7) ||
        (row === size - 7 && column === 6);
      if (underFinder) continue;
      for (let r = -2; r <= 2; r++) {
        for (let c = -2; c <= 2; c++) {
          const ring = Math.max(Math.abs(r), Math.abs(c));
          expect(matrix[row + r][column + c], `alignment (${row + r}, ${column + c})`).toBe(ring !== 1);
        }
      }
    }
  }

  // The dark module beside the bottom-left finder.
  expect(matrix[size - 8][8]).toBe(true);

  // Format information: both copies equal, and one of the eight valid words for this level.
  const [first, second] = formatCopies(matrix);
  expect(second).toBe(first);
  expect(FORMAT_BITS[level]).toContain(first);

  // Version information from version 7 on, in both places.
  if (version >= 7) {
    const [bottomLeft, topRight] = versionCopies(matrix);
    expect(bottomLeft).toBe(VERSION_BITS[version]);
    expect(topRight).toBe(VERSION_BITS[version]);
  }
}

describe('qrMatrix', () => {
  for (const level of ['M', 'L'] as const) {
    it(`uses the smallest version that holds the bytes, at level ${level} (ISO/IEC 18004 Table 7)`, () => {
      BYTE_CAPACITY[level].forEach((capacity, index) => {
        const version = index + 1;
        const full = qrMatrix('x'.repeat(capacity), { errorCorrection: level });
        expectWellFormed(full, level, version);
        if (version < 10) {
          const over = qrMatrix('x'.repeat(capacity + 1), { errorCorrection: level });
          expectWellFormed(over, level, version + 1);
        }
      });
    });
  }

  it('defaults to level M', () => {
    expectWellFormed(qrMatrix('x'.repeat(14)), 'M', 1);
    expectWellFormed(qrMatrix('x'.repeat(15)), 'M', 2);
  });

  it('counts UTF-8 bytes, not characters: a kanji takes three', () => {
    // 4 × 3 bytes + 2 = 14: the most version 1-M holds; one more byte needs version 2.
    expect(qrVersion(qrMatrix('練習用でab'))).toBe(1);
    expect(qrVersion(qrMatrix('練習用でabc'))).toBe(2);
  });

  it('chooses a version for a token URI of ~200 bytes well within what a phone reads', () => {
    const uri =
      'otpauth://totp/OTP%20Rehearsal%20%E7%B7%B4%E7%BF%92%E7%94%A8:SYMC12345678' +
      '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=OTP%20Rehearsal%20%E7%B7%B4%E7%BF%92%E7%94%A8' +
      '&algorithm=SHA1&digits=6&period=30';
    expect(uri).toHaveLength(200);
    expectWellFormed(qrMatrix(uri), 'M', 10);
  });

  it('is deterministic', () => {
    expect(qrMatrix('otpauth://totp/a?secret=AA')).toEqual(qrMatrix('otpauth://totp/a?secret=AA'));
  });

  it('refuses text that no QR code can hold', () => {
    expect(() => qrMatrix('x'.repeat(2954), { errorCorrection: 'L' })).toThrow(RangeError);
    // Fits in bytes, but not at level H (version 40-H holds 1273 bytes).
    expect(() => qrMatrix('x'.repeat(1274), { errorCorrection: 'H' })).toThrow(
      /does not fit in a QR code at level H/,
    );
    expect(qrVersion(qrMatrix('x'.repeat(1273), { errorCorrection: 'H' }))).toBe(40);
  });
});

describe('qrPath', () => {
  it('draws each horizontal run of dark modules as one unit-high rectangle, inside the quiet zone', () => {
    const matrix = [
      [true, true, false],
      [false, false, false],
      [true, false, true],
    ];
    expect(qrPath(matrix)).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
    expect(qrPath(matrix, 0)).toBe('M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z');
    expect(QR_QUIET_ZONE).toBe(4);
  });

  it('covers exactly the dark modules of a real symbol', () => {
    const matrix = qrMatrix('otpauth://totp/a?secret=AA');
    const drawn = new Set<string>();
    for (const [, x, y, run] of qrPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(run); i++) drawn.add(`${Number(y) - 4},${Number(x) - 4 + i}`);
    }
    const dark = matrix.flatMap((row, r) => row.flatMap((on, c) => (on ? [`${r},${c}`] : [])));
    expect([...drawn].sort()).toEqual(dark.sort());
  });
});
