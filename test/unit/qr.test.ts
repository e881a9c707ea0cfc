import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrMatrix, qrPath, qrVersion, type QrErrorCorrection } from '../../src/qr.js';

// The structure every QR code must have, checked against ISO/IEC 18004's tables rather than
// against the encoder's own code. At the end, a reader of our own takes symbols apart module by
// module: every block must be an exact Reed–Solomon codeword (a decoder such as jsQR would quietly
// correct a few wrong ones), and the mask must be the one the penalty rules pick. That the symbols
// also decode with a camera-frame reader is qr-decode.test.ts's business.

const LEVELS = ['L', 'M', 'Q', 'H'] as const;

/** ISO/IEC 18004 Table 7: data capacity in bytes (byte mode), versions 1–40. */
const BYTE_CAPACITY: Record<QrErrorCorrection, readonly number[]> = {
  L: [
    17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929, 1003,
    1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809,
    2953,
  ],
  M: [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
    857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
  ],
  Q: [
    11, 20, 32, 46, 60, 74, 86, 108, 130, 151, 177, 203, 241, 258, 292, 322, 364, 394, 442, 482, 509, 565,
    611, 661, 715, 751, 805, 868, 908, 982, 1030, 1112, 1168, 1228, 1283, 1351, 1423, 1499, 1579, 1663,
  ],
  H: [
    7, 14, 24, 34, 44, 58, 64, 84, 98, 119, 137, 155, 177, 194, 220, 250, 280, 310, 338, 382, 403, 439, 461,
    511, 535, 593, 625, 658, 698, 742, 790, 842, 898, 958, 983, 1051, 1093, 1139, 1219, 1273,
  ],
};

/** ISO/IEC 18004 Annex C, Table C.1: the 15 format bits (already XORed with 101010000010010), by mask. */
const FORMAT_BITS: Record<QrErrorCorrection, readonly string[]> = {
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
  Q: [
    '011010101011111',
    '011000001101000',
    '011111100110001',
    '011101000000110',
    '010010010110100',
    '010000110000011',
    '010111011011010',
    '010101111101101',
  ],
  H: [
    '001011010001001',
    '001001110111110',
    '001110011100111',
    '001100111010000',
    '000011101100010',
    '000001001010101',
    '000110100001100',
    '000100000111011',
  ],
};

/** ISO/IEC 18004 Annex D, Table D.1: the 18 version bits, versions 7–40. */
const VERSION_BITS: Record<number, string> = {
  7: '000111110010010100',
  8: '001000010110111100',
  9: '001001101010011001',
  10: '001010010011010011',
  11: '001011101111110110',
  12: '001100011101100010',
  13: '001101100001000111',
  14: '001110011000001101',
  15: '001111100100101000',
  16: '010000101101111000',
  17: '010001010001011101',
  18: '010010101000010111',
  19: '010011010100110010',
  20: '010100100110100110',
  21: '010101011010000011',
  22: '010110100011001001',
  23: '010111011111101100',
  24: '011000111011000100',
  25: '011001000111100001',
  26: '011010111110101011',
  27: '011011000010001110',
  28: '011100110000011010',
  29: '011101001100111111',
  30: '011110110101110101',
  31: '011111001001010000',
  32: '100000100111010101',
  33: '100001011011110000',
  34: '100010100010111010',
  35: '100011011110011111',
  36: '100100101100001011',
  37: '100101010000101110',
  38: '100110101001100100',
  39: '100111010101000001',
  40: '101000110001101001',
};

/**
 * ISO/IEC 18004 Annex E, Table E.1: alignment pattern centre rows/columns, versions 1–40. (jsQR's copy
 * has 74 for 78 in version 23, cozmo/jsQR#251: qr-decode.test.ts leaves version 23 out.)
 */
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
  11: [6, 30, 54],
  12: [6, 32, 58],
  13: [6, 34, 62],
  14: [6, 26, 46, 66],
  15: [6, 26, 48, 70],
  16: [6, 26, 50, 74],
  17: [6, 30, 54, 78],
  18: [6, 30, 56, 82],
  19: [6, 30, 58, 86],
  20: [6, 34, 62, 90],
  21: [6, 28, 50, 72, 94],
  22: [6, 26, 50, 74, 98],
  23: [6, 30, 54, 78, 102],
  24: [6, 28, 54, 80, 106],
  25: [6, 32, 58, 84, 110],
  26: [6, 30, 58, 86, 114],
  27: [6, 34, 62, 90, 118],
  28: [6, 26, 50, 74, 98, 122],
  29: [6, 30, 54, 78, 102, 126],
  30: [6, 26, 52, 78, 104, 130],
  31: [6, 30, 56, 82, 108, 134],
  32: [6, 34, 60, 86, 112, 138],
  33: [6, 30, 58, 86, 114, 142],
  34: [6, 34, 62, 90, 118, 146],
  35: [6, 30, 54, 78, 102, 126, 150],
  36: [6, 24, 50, 76, 102, 128, 154],
  37: [6, 28, 54, 80, 106, 132, 158],
  38: [6, 32, 58, 84, 110, 136, 162],
  39: [6, 26, 54, 82, 110, 138, 166],
  40: [6, 30, 58, 86, 114, 142, 170],
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

/** Where bit i (0 = least significant) of each copy of the format information goes: [row, column]. */
function formatPositions(size: number, i: number): [[number, number], [number, number]] {
  // Around the top-left finder: up column 8, then left along row 8, stepping over the timing patterns.
  const first: [number, number] =
    i <= 5 ? [i, 8] : i === 6 ? [7, 8] : i === 7 ? [8, 8] : i === 8 ? [8, 7] : [8, 14 - i];
  // Split: bits 0–7 along row 8 under the top-right finder, bits 8–14 down column 8 beside the bottom-left one.
  const second: [number, number] = i <= 7 ? [8, size - 1 - i] : [size - 15 + i, 8];
  return [first, second];
}

/** The two copies of the format information, most significant bit first. */
function formatCopies(matrix: Matrix): [string, string] {
  let first = '';
  let second = '';
  for (let i = 14; i >= 0; i--) {
    const [[r1, c1], [r2, c2]] = formatPositions(matrix.length, i);
    first += matrix[r1][c1] ? '1' : '0';
    second += matrix[r2][c2] ? '1' : '0';
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

function expectWellFormed(matrix: Matrix, level: QrErrorCorrection, version: number) {
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

// Large symbols take tens of ms each: room for a loaded two-core machine.
describe('qrMatrix', { timeout: 20_000 }, () => {
  for (const level of LEVELS) {
    it(`uses the smallest version that holds the bytes, at level ${level}, versions 1–10 (ISO/IEC 18004 Table 7)`, () => {
      BYTE_CAPACITY[level].slice(0, 10).forEach((capacity, index) => {
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

  // Every level for versions 1–10 (what otpauth URIs use); above, one level per version in turn, so
  // each level still meets about eight of the large versions: a symbol of version 40 takes ~70 ms.
  it('moves to the next version one byte past each capacity of Table 7, versions 1–40', () => {
    for (let version = 1; version <= 40; version++) {
      for (const level of version <= 10 ? LEVELS : [LEVELS[version % 4]]) {
        const capacity = BYTE_CAPACITY[level][version - 1];
        const full = qrMatrix('x'.repeat(capacity), { errorCorrection: level });
        expect(qrVersion(full), `${version}-${level}`).toBe(version);
        if (version === 40) continue;
        const over = qrMatrix('x'.repeat(capacity + 1), { errorCorrection: level });
        expect(qrVersion(over), `${version}-${level} and a byte`).toBe(version + 1);
      }
    }
  });

  it('draws the function patterns and version information of versions 11–40 (Annexes D and E)', () => {
    for (let version = 11; version <= 40; version++) {
      const level = LEVELS[version % 4];
      const matrix = qrMatrix('x'.repeat(BYTE_CAPACITY[level][version - 1]), { errorCorrection: level });
      expectWellFormed(matrix, level, version);
    }
  });

  it('writes the version and format words of Annexes C and D', () => {
    // Version 7: 000111 and its 12 BCH(18, 6) bits, 0x07C94.
    expect(parseInt(VERSION_BITS[7], 2)).toBe(0x07c94);
    const version7 = qrMatrix('x'.repeat(154), { errorCorrection: 'L' });
    expect(versionCopies(version7)).toEqual([VERSION_BITS[7], VERSION_BITS[7]]);
    // Level M (00), mask 0 (000): the data bits and their BCH(15, 5) bits are all 0, so the word is
    // the XOR mask 0x5412 itself.
    expect(FORMAT_BITS.M[0]).toBe('101010000010010');
    expect(parseInt(FORMAT_BITS.M[0], 2)).toBe(0x5412);
  });

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

  it.each([
    ['L', 2953],
    ['M', 2331],
    ['Q', 1663],
    ['H', 1273],
  ] as const)('at level %s, holds %i bytes at most, and says so in a RangeError', (level, most) => {
    expect(qrVersion(qrMatrix('x'.repeat(most), { errorCorrection: level }))).toBe(40);
    const tooLong = () => qrMatrix('x'.repeat(most + 1), { errorCorrection: level });
    expect(tooLong).toThrow(RangeError);
    expect(tooLong).toThrow(
      `The text (${most + 1} bytes) does not fit in a QR code at level ${level}: at most ${most} bytes`,
    );
  });

  it('refuses an unknown error correction level with a RangeError', () => {
    expect(() => qrMatrix('x', { errorCorrection: 'X' as QrErrorCorrection })).toThrow(RangeError);
  });
});

/** ISO/IEC 18004 Table 1: remainder bits after the last codeword, versions 1–40. */
const REMAINDER_BITS = [
  0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0,
  0, 0, 0, 0,
];

/**
 * ISO/IEC 18004 Table 9, a sample across versions and levels: version, level, error correction
 * codewords per block, then group 1's blocks and the data codewords in each, and group 2's.
 */
const BLOCK_STRUCTURE: [number, QrErrorCorrection, number, number, number, number, number][] = [
  [1, 'M', 10, 1, 16, 0, 0],
  [2, 'L', 10, 1, 34, 0, 0],
  [5, 'Q', 18, 2, 15, 2, 16],
  [5, 'H', 22, 2, 11, 2, 12],
  [7, 'L', 20, 2, 78, 0, 0],
  [10, 'M', 26, 4, 43, 1, 44],
  [15, 'L', 22, 5, 87, 1, 88],
  [18, 'Q', 28, 17, 22, 1, 23],
  [23, 'H', 30, 16, 15, 14, 16],
  [27, 'M', 28, 22, 45, 3, 46],
  [36, 'Q', 30, 46, 24, 10, 25],
  [40, 'H', 30, 20, 15, 61, 16],
  [40, 'L', 30, 19, 118, 6, 119],
];

/** ISO/IEC 18004 Table 10: where each data mask inverts a module (i = row, j = column). */
const MASK_CONDITIONS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/**
 * The function modules of a version, from the standard's geometry: three 9 × 9 (or 8) corners for the
 * finders, separators, format information and dark module; the timing row and column; the alignment
 * patterns not on a finder; the two 6 × 3 version blocks from version 7.
 */
function functionModules(version: number): Matrix {
  const size = 17 + 4 * version;
  const taken = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const take = (top: number, left: number, height: number, width: number) => {
    for (let r = top; r < top + height; r++) for (let c = left; c < left + width; c++) taken[r][c] = true;
  };
  const centres = ALIGNMENT_CENTRES[version];
  for (const row of centres) {
    for (const column of centres) {
      const onFinder = (row < 9 && (column < 9 || column > size - 9)) || (row > size - 9 && column < 9);
      if (!onFinder) take(row - 2, column - 2, 5, 5);
    }
  }
  take(0, 0, 9, 9);
  take(0, size - 8, 9, 8);
  take(size - 8, 0, 8, 9);
  take(6, 0, 1, size);
  take(0, 6, size, 1);
  if (version >= 7) {
    take(0, size - 11, 6, 3);
    take(size - 11, 0, 3, 6);
  }
  return taken;
}

/** The data region's bits in placement order (ISO/IEC 18004 §7.7.3), with the mask taken off. */
function readDataBits(matrix: Matrix, taken: Matrix, mask: number): number[] {
  const size = matrix.length;
  // Pairs of columns from the right edge, the vertical timing pattern's column left out; upwards first.
  const columns = [...Array(size).keys()].reverse().filter((c) => c !== 6);
  const bits: number[] = [];
  for (let pair = 0; pair < columns.length / 2; pair++) {
    const rows = [...Array(size).keys()];
    if (pair % 2 === 0) rows.reverse();
    for (const r of rows) {
      for (const c of columns.slice(2 * pair, 2 * pair + 2)) {
        if (!taken[r][c]) bits.push(Number(matrix[r][c] !== MASK_CONDITIONS[mask](r, c)));
      }
    }
  }
  return bits;
}

// GF(2⁸) with x⁸ + x⁴ + x³ + x² + 1, by exponent and logarithm tables.
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? (x << 1) ^ 0x11d : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
const gfTimes = (a: number, b: number) => (a && b ? EXP[(LOG[a] + LOG[b]) % 255] : 0);

/** A block's codewords as a polynomial (first codeword highest), evaluated at αᵏ. */
function evaluateAt(block: number[], k: number): number {
  return block.reduce((value, codeword) => gfTimes(value, EXP[k]) ^ codeword, 0);
}

/**
 * ISO/IEC 18004 §7.8.3, written out plainly: N1 = 3 for a run of 5 of one colour, plus 1 a module
 * beyond; N2 = 3 a 2 × 2 block; N3 = 40 a 1:1:3:1:1 pattern with 4 light modules before or after it
 * (outside the symbol is light; counted once, as ZXing does); N4 = 10 for each 5 % from half dark.
 */
function penalty(matrix: Matrix): number {
  const size = matrix.length;
  const lines = [...matrix, ...matrix.map((_, c) => matrix.map((row) => row[c]))];
  let score = 0;
  for (const line of lines) {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) {
        run++;
      } else {
        if (run >= 5) score += 3 + run - 5;
        run = 1;
      }
    }
    const light = (i: number) => i < 0 || i >= size || !line[i];
    for (let i = 0; i + 7 <= size; i++) {
      const finderLike = [1, 0, 1, 1, 1, 0, 1].every((dark, k) => line[i + k] === (dark === 1));
      const lightBefore = [1, 2, 3, 4].every((k) => light(i - k));
      const lightAfter = [7, 8, 9, 10].every((k) => light(i + k));
      if (finderLike && (lightBefore || lightAfter)) score += 40;
    }
  }
  for (let r = 0; r + 1 < size; r++) {
    for (let c = 0; c + 1 < size; c++) {
      const block = [matrix[r][c], matrix[r][c + 1], matrix[r + 1][c], matrix[r + 1][c + 1]];
      if (block.every((dark) => dark === block[0])) score += 3;
    }
  }
  const dark = matrix.flat().filter(Boolean).length;
  score += 10 * Math.floor((Math.abs(2 * dark - size * size) * 10) / (size * size));
  return score;
}

/** Text of exactly `length` UTF-8 bytes, about half of them in three-byte kanji and kana. */
function textOfBytes(length: number): string {
  const japanese = '練習用のトークン'.repeat(length).slice(0, Math.floor(length / 6));
  const ascii = Array.from({ length: length - 3 * japanese.length }, (_, i) =>
    String.fromCharCode(33 + ((i * 37) % 94)),
  );
  return japanese + ascii.join('');
}

/**
 * The penalty of the symbol under each of the eight masks, with its format information rewritten
 * to match (Table C.1): its own mask taken off the data modules, and each put on in turn.
 */
function penaltyOfEachMask(matrix: Matrix, level: QrErrorCorrection): number[] {
  const taken = functionModules(qrVersion(matrix));
  const mask = FORMAT_BITS[level].indexOf(formatCopies(matrix)[0]);
  return MASK_CONDITIONS.map((isInverted, m) => {
    const remasked = matrix.map((row, r) =>
      row.map((dark, c) =>
        taken[r][c] ? dark : (dark !== MASK_CONDITIONS[mask](r, c)) !== isInverted(r, c),
      ),
    );
    for (let i = 0; i < 15; i++) {
      const bit = FORMAT_BITS[level][m][14 - i] === '1';
      for (const [r, c] of formatPositions(remasked.length, i)) remasked[r][c] = bit;
    }
    if (m === mask) expect(remasked).toEqual(matrix);
    return penalty(remasked);
  });
}

// Large symbols take tens of ms each: room for a loaded two-core machine.
describe('qrMatrix, read back module by module (no error correction needed)', { timeout: 20_000 }, () => {
  const cases = BLOCK_STRUCTURE.flatMap(([version, level, ecPerBlock, count1, data1, count2, data2]) => {
    const groups: [number, number][] = [
      [count1, data1],
      [count2, data2],
    ];
    const capacity = BYTE_CAPACITY[level][version - 1];
    // Full: the terminator takes the last 4 bits. Three bytes short: terminator, then pad codewords.
    return [capacity, capacity - 3].map((length) => ({ version, level, ecPerBlock, groups, length }));
  });

  it.each(cases)(
    'version $version-$level, $length bytes',
    ({ version, level, ecPerBlock, groups, length }) => {
      const text = textOfBytes(length);
      const matrix = qrMatrix(text, { errorCorrection: level });
      expect(qrVersion(matrix)).toBe(version);

      // What Table 1 says is left for codewords and remainder bits.
      const taken = functionModules(version);
      const blockLengths = groups.flatMap(([count, dataLength]) => Array<number>(count).fill(dataLength));
      const totalCodewords = blockLengths.reduce((sum, dataLength) => sum + dataLength + ecPerBlock, 0);
      const free = taken.flat().filter((isTaken) => !isTaken).length;
      expect(free).toBe(8 * totalCodewords + REMAINDER_BITS[version - 1]);

      const [format, formatCopy] = formatCopies(matrix);
      expect(formatCopy).toBe(format);
      const mask = FORMAT_BITS[level].indexOf(format);
      expect(mask).toBeGreaterThanOrEqual(0);

      const bits = readDataBits(matrix, taken, mask);
      expect(bits.slice(8 * totalCodewords).every((bit) => bit === 0)).toBe(true); // remainder bits
      const codewords = Array.from({ length: totalCodewords }, (_, i) =>
        parseInt(bits.slice(8 * i, 8 * i + 8).join(''), 2),
      );

      // Undo the interleaving: the i-th data codeword of every block in turn, then the same for EC.
      const dataBlocks = blockLengths.map((): number[] => []);
      const ecBlocks = blockLengths.map((): number[] => []);
      let next = 0;
      for (let i = 0; i < Math.max(...blockLengths); i++) {
        blockLengths.forEach((dataLength, b) => i < dataLength && dataBlocks[b].push(codewords[next++]));
      }
      for (let i = 0; i < ecPerBlock; i++) ecBlocks.forEach((block) => block.push(codewords[next++]));
      expect(next).toBe(totalCodewords);

      // Every block is a Reed–Solomon codeword: zero at α⁰ … α^(ec−1), the generator's roots.
      dataBlocks.forEach((data, b) => {
        const syndromes = Array.from({ length: ecPerBlock }, (_, k) =>
          evaluateAt([...data, ...ecBlocks[b]], k),
        );
        expect(
          syndromes.every((syndrome) => syndrome === 0),
          `block ${b}`,
        ).toBe(true);
      });

      // The data: byte mode 0100, the count (8 bits to version 9, 16 after), the UTF-8 bytes, the
      // terminator 0000 (shorter only if the symbol is full), 0s to a byte, then 0xEC 0x11 0xEC …
      const stream = dataBlocks
        .flat()
        .map((codeword) => codeword.toString(2).padStart(8, '0'))
        .join('');
      const countBits = version < 10 ? 8 : 16;
      const bytes = new TextEncoder().encode(text);
      expect(stream.slice(0, 4)).toBe('0100');
      expect(parseInt(stream.slice(4, 4 + countBits), 2)).toBe(bytes.length);
      let at = 4 + countBits;
      const read = Array.from({ length: bytes.length }, (_, i) =>
        parseInt(stream.slice(at + 8 * i, at + 8 * i + 8), 2),
      );
      expect(new Uint8Array(read)).toEqual(bytes);
      at += 8 * bytes.length;
      const terminator = Math.min(4, stream.length - at);
      expect(stream.slice(at, at + terminator)).toBe('0'.repeat(terminator));
      at += terminator;
      const toCodewordBoundary = (8 - (at % 8)) % 8;
      expect(stream.slice(at, at + toCodewordBoundary)).toBe('0'.repeat(toCodewordBoundary));
      at += toCodewordBoundary;
      const pads = Array.from({ length: (stream.length - at) / 8 }, (_, i) =>
        i % 2 === 0 ? '11101100' : '00010001',
      );
      expect(stream.slice(at)).toBe(pads.join(''));
      if (length === BYTE_CAPACITY[level][version - 1]) expect(pads).toHaveLength(0);

      // Of the eight masks, the symbol carries one with the lowest penalty (the first, on a tie).
      const penalties = penaltyOfEachMask(matrix, level);
      expect(mask).toBe(penalties.indexOf(Math.min(...penalties)));
    },
  );

  it('chooses the mask with the lowest penalty (§7.8.3) for 80 short texts across the levels', () => {
    for (let length = 1; length <= 80; length++) {
      const level = LEVELS[length % 4];
      const text = Array.from({ length }, (_, i) =>
        String.fromCharCode(33 + ((i * 31 + length * 7) % 94)),
      ).join('');
      const matrix = qrMatrix(text, { errorCorrection: level });
      const mask = FORMAT_BITS[level].indexOf(formatCopies(matrix)[0]);
      const penalties = penaltyOfEachMask(matrix, level);
      expect(mask, `${length} bytes at ${level}: ${penalties}`).toBe(
        penalties.indexOf(Math.min(...penalties)),
      );
    }
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
