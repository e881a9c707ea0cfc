// QR codes (ISO/IEC 18004) for otpauth:// URIs, so an authenticator app on a phone can scan a
// token. A small byte-mode-only encoder of our own, no dependencies, no DOM: it hands back plain
// data that an element draws however it likes.
// Approach and block tables after Nayuki's QR Code generator (MIT), nayuki.io/page/qr-code-generator-library

/** L, M, Q, H: about 7, 15, 25 or 30 % of the codewords can be restored. */
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrOptions {
  /**
   * Default M: a phone camera reads a screen through glare and moiré, and an otpauth URI is short
   * enough that M still fits a small version.
   */
  errorCorrection?: QrErrorCorrection;
}

/** The quiet zone a reader needs around the symbol, in modules (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4;

const LEVELS = 'LMQH';

// ISO/IEC 18004 Table 9, by level (L, M, Q, H) then version 1 … 40: error correction codewords
// per block, and the number of blocks. Every block has the same number of EC codewords; the data
// codewords are shared out so that the later blocks (group 2) hold one more than the earlier ones.
const EC_CODEWORDS_PER_BLOCK = [
  [
    7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
  [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  ],
  [
    13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
  [
    17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
  ],
];
const EC_BLOCKS = [
  [
    1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17,
    18, 19, 19, 20, 21, 22, 24, 25,
  ],
  [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
    31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
  ],
  [
    1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38,
    40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
  ],
  [
    1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45,
    48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
  ],
];

/**
 * The smallest QR code holding `text` as UTF-8 in byte mode: `matrix[row][column]`, `true` for a
 * dark module, without the quiet zone. It is square, 17 + 4 × version modules a side.
 * Throws a RangeError when the text does not fit in version 40 at the error correction level.
 */
export function qrMatrix(text: string, options: QrOptions = {}): boolean[][] {
  const level = options.errorCorrection ?? 'M';
  const levelIndex = LEVELS.indexOf(level);
  if (levelIndex < 0) throw new RangeError(`Unknown QR code level ${level}`);
  const bytes = new TextEncoder().encode(String(text));
  let dataCodewords = 0;
  for (let version = 1; version <= 40; version++) {
    const { modules, reserved } = functionPatterns(version);
    const blockCount = EC_BLOCKS[levelIndex][version - 1];
    const ecPerBlock = EC_CODEWORDS_PER_BLOCK[levelIndex][version - 1];
    // Whole codewords fill the modules the function patterns leave; the few left over stay light.
    const freeModules = reserved.reduce((free, row) => free + row.filter((taken) => !taken).length, 0);
    dataCodewords = Math.floor(freeModules / 8) - blockCount * ecPerBlock;
    // Byte mode: a 4-bit mode indicator, a character count of 8 bits (versions 1–9) or 16, the bytes.
    const countBits = version < 10 ? 8 : 16;
    const capacityBits = 8 * dataCodewords;
    if (4 + countBits + 8 * bytes.length > capacityBits) continue;

    let bits =
      '0100' + binary(bytes.length, countBits) + Array.from(bytes, (byte) => binary(byte, 8)).join('');
    // Terminator 0000, then pad codewords 0xEC and 0x11 in turn. The header is 12 or 20 bits, so in
    // byte mode the terminator always fits and ends on a codeword boundary.
    bits = (bits + '0000').padEnd(capacityBits, binary(0xec11, 16));
    const codewords = bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2));
    placeBits(modules, reserved, withErrorCorrection(codewords, blockCount, ecPerBlock));
    return bestMasked(modules, reserved, levelIndex);
  }
  // Version 40 holds its data codewords less 20 bits (3 codewords) for the mode indicator and count.
  throw new RangeError(
    `The text (${bytes.length} bytes) does not fit in a QR code at level ${level}: at most ${dataCodewords - 3} bytes`,
  );
}

/** The version (1 … 40) of a symbol from its size: 21 modules is version 1, each version adds 4. */
export function qrVersion(matrix: readonly (readonly boolean[])[]): number {
  return (matrix.length - 17) / 4;
}

/**
 * An SVG path of the dark modules, one unit per module, offset by `margin` (the quiet zone), for a
 * `viewBox` of `0 0 size+2×margin size+2×margin`. One subpath per horizontal run keeps it short.
 */
export function qrPath(matrix: readonly (readonly boolean[])[], margin = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    for (const run of row.map(Number).join('').matchAll(/1+/g)) {
      const length = run[0].length;
      parts.push(`M${run.index + margin} ${y + margin}h${length}v1h-${length}z`);
    }
  });
  return parts.join('');
}

function binary(value: number, length: number): string {
  return value.toString(2).padStart(length, '0');
}

/** Alignment pattern centres along either axis (ISO/IEC 18004 Annex E): 6, then evenly spaced to the far edge. */
function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  // The spacing is even and the same between all but the first two; this reproduces Table E.1.
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const centres = [6];
  for (let centre = 4 * version + 10; centres.length < count; centre -= step) centres.splice(1, 0, centre);
  return centres;
}

/**
 * A symbol with only its function patterns drawn: finders, separators, timing and alignment patterns,
 * version information, and (reserved, filled in with the mask) the format information.
 */
function functionPatterns(version: number) {
  const size = 17 + 4 * version;
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  // The modules the function patterns take: no data goes there, and no mask applies.
  const reserved = modules.map((row) => row.slice());
  const setFunction = (row: number, column: number, dark: boolean) => {
    modules[row][column] = dark;
    reserved[row][column] = true;
  };
  // Concentric square rings around a centre, dark but for the `light` ones, cut off at the edges.
  const drawRings = (centreRow: number, centreColumn: number, radius: number, light: number[]) => {
    for (let row = centreRow - radius; row <= centreRow + radius; row++) {
      for (let column = centreColumn - radius; column <= centreColumn + radius; column++) {
        const ring = Math.max(Math.abs(row - centreRow), Math.abs(column - centreColumn));
        if (modules[row]?.[column] !== undefined) setFunction(row, column, !light.includes(ring));
      }
    }
  };
  // Finders in three corners, with their light separators.
  drawRings(3, 3, 4, [2, 4]);
  drawRings(3, size - 4, 4, [2, 4]);
  drawRings(size - 4, 3, 4, [2, 4]);
  const centres = alignmentCentres(version);
  for (const row of centres) {
    for (const column of centres) if (!reserved[row][column]) drawRings(row, column, 2, [1]); // none on a finder
  }
  // Timing patterns between the finders; where they cross an alignment pattern, they agree with it.
  for (let i = 8; i < size - 8; i++) {
    const dark = i % 2 === 0;
    setFunction(6, i, dark);
    setFunction(i, 6, dark);
  }
  // Version information from version 7: 6 bits, then 12 of BCH(18, 6) with generator 0x1F25.
  if (version >= 7) {
    const versionBits = withBchCheck(version, 0x1f25, 12);
    for (let i = 0; i < 18; i++) {
      const dark = ((versionBits >> i) & 1) === 1;
      const near = Math.floor(i / 3);
      const far = size - 11 + (i % 3);
      setFunction(far, near, dark); // above the bottom-left finder
      setFunction(near, far, dark); // left of the top-right finder
    }
  }
  drawFormat(reserved, 0x7fff); // reserves the format information's modules: each mask draws its own
  return { modules, reserved };
}

/** Splits the data codewords into blocks, appends each block's Reed–Solomon codewords, and interleaves. */
function withErrorCorrection(data: number[], blockCount: number, ecPerBlock: number): number[] {
  const divisor = reedSolomonDivisor(ecPerBlock);
  // The later blocks (group 2) hold one data codeword more than the earlier ones (group 1).
  const shortBlockLength = Math.floor(data.length / blockCount);
  const shortBlocks = blockCount - (data.length % blockCount);
  const dataBlocks: number[][] = [];
  for (let i = 0, start = 0; i < blockCount; i++) {
    dataBlocks.push(data.slice(start, (start += shortBlockLength + (i < shortBlocks ? 0 : 1))));
  }
  const ecBlocks = dataBlocks.map((block) => reedSolomonRemainder(block, divisor));
  // The first codeword of every block, then the second of every block, … (short blocks run out first).
  const interleave = (blocks: number[][]) =>
    blocks[blockCount - 1].flatMap((_, i) => blocks.flatMap((block) => block[i] ?? []));
  return [...interleave(dataBlocks), ...interleave(ecBlocks)];
}

/** Product in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), shift and add. */
function gfMultiply(x: number, y: number): number {
  let product = 0;
  for (let i = 7; i >= 0; i--) {
    product = (product << 1) ^ ((product >> 7) * 0x11d);
    if ((y >> i) & 1) product ^= x;
  }
  return product;
}

/** The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), coefficients highest first, leading 1 left out. */
function reedSolomonDivisor(degree: number): number[] {
  const coefficients = [...Array<number>(degree - 1).fill(0), 1]; // the polynomial 1
  for (let i = 0, root = 1; i < degree; i++, root = gfMultiply(root, 2)) {
    // Multiply by (x − root); subtraction is XOR in GF(2⁸).
    for (let j = 0; j < degree; j++) {
      coefficients[j] = gfMultiply(coefficients[j], root) ^ (coefficients[j + 1] ?? 0);
    }
  }
  return coefficients;
}

/** The remainder of data × x^degree divided by the generator: the EC codewords of one block. */
function reedSolomonRemainder(data: number[], divisor: number[]): number[] {
  const remainder = divisor.map(() => 0);
  for (const codeword of data) {
    const factor = codeword ^ remainder.shift()!;
    remainder.push(0);
    divisor.forEach((coefficient, i) => (remainder[i] ^= gfMultiply(coefficient, factor)));
  }
  return remainder;
}

/** The eight data masks (ISO/IEC 18004 Table 10): a module is inverted where its mask is true. */
const MASKS: ((row: number, column: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/**
 * Codewords, most significant bit first, in two-module-wide columns from the bottom-right corner, up
 * and down in turn, past the function patterns. The remainder modules at the end stay light.
 */
function placeBits(modules: boolean[][], reserved: boolean[][], codewords: number[]) {
  const size = modules.length;
  const bits = codewords.map((codeword) => binary(codeword, 8)).join('');
  let bitIndex = 0;
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern takes a whole column
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const column of [right, right - 1]) {
        if (!reserved[row][column]) modules[row][column] = bits[bitIndex++] === '1';
      }
    }
    upward = !upward;
  }
}

/** Of the eight masked symbols, the one with the lowest penalty: fewest patterns that confuse a reader. */
function bestMasked(modules: boolean[][], reserved: boolean[][], levelIndex: number): boolean[][] {
  const candidates = MASKS.map((isInverted, mask) => {
    const candidate = modules.map((row, r) =>
      row.map((dark, c) => dark !== (!reserved[r][c] && isInverted(r, c))),
    );
    // Level and mask, 5 bits: the level's are L 01, M 00, Q 11, H 10, its index in LMQH with the low
    // bit flipped. Then 10 bits of BCH(15, 5) with generator 0x537, the whole XORed with 0x5412 so
    // that it is never all light.
    drawFormat(candidate, withBchCheck(((levelIndex ^ 1) << 3) | mask, 0x537, 10) ^ 0x5412);
    return candidate;
  });
  const penalties = candidates.map(penalty);
  return candidates[penalties.indexOf(Math.min(...penalties))];
}

/** Both copies of the 15 format information bits, and the dark module. */
function drawFormat(matrix: boolean[][], formatBits: number) {
  const size = matrix.length;
  for (let i = 0; i < 15; i++) {
    const dark = ((formatBits >> i) & 1) === 1;
    // Bits 0–7: down column 8 beside the top-left finder (skipping the timing row), and along row 8
    // under the top-right one. Bits 8–14: left along row 8 under the top-left finder (skipping the
    // timing column), and down column 8 beside the bottom-left one.
    if (i < 8) matrix[i < 6 ? i : i + 1][8] = matrix[8][size - 1 - i] = dark;
    else matrix[8][i < 9 ? 7 : 14 - i] = matrix[size - 15 + i][8] = dark;
  }
  matrix[size - 8][8] = true;
}

/** `data` followed by the remainder of data × x^checkBits ÷ `generator`, polynomials over GF(2). */
function withBchCheck(data: number, generator: number, checkBits: number): number {
  let remainder = data;
  for (let i = 0; i < checkBits; i++) {
    remainder = (remainder << 1) ^ ((remainder >> (checkBits - 1)) * generator);
  }
  return (data << checkBits) | remainder;
}

/** ISO/IEC 18004 §7.8.3 penalty: the four rules, over rows and columns. */
function penalty(matrix: boolean[][]): number {
  const size = matrix.length;
  const rows = matrix.map((row) => row.map(Number).join(''));
  const columns = rows.map((_, c) => rows.map((row) => row[c]).join(''));
  let score = 0;
  for (const line of [...rows, ...columns]) {
    // Rule 1: a run of five or more modules of one colour costs 3, plus 1 for each module beyond five.
    for (const run of line.match(/0{5,}|1{5,}/g) ?? []) score += run.length - 2;
    // Rule 3: 40 for each 1:1:3:1:1 finder look-alike with four light modules before or after it
    // (once, even with both, as ZXing counts); the quiet zone counts as light.
    score += 40 * (`0000${line}0000`.match(/(?=(?<=0000)1011101|1011101(?=0000))/g)?.length ?? 0);
  }
  // Rule 2: 3 for each 2 × 2 block of one colour, overlapping blocks included.
  for (let r = 0; r < size - 1; r++) {
    for (let c = 0; c < size - 1; c++) {
      const dark = matrix[r][c];
      if (matrix[r][c + 1] === dark && matrix[r + 1][c] === dark && matrix[r + 1][c + 1] === dark) score += 3;
    }
  }
  // Rule 4: 10 for each full 5 % the share of dark modules strays from half.
  const dark = rows.join('').split('1').length - 1;
  const total = size * size;
  score += 10 * Math.floor(Math.abs(dark * 20 - total * 10) / total);
  return score;
}
