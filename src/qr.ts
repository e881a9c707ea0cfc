// QR codes (ISO/IEC 18004) for otpauth:// URIs, so an authenticator app on a phone can scan a
// token. The encoding (Reed–Solomon, masking, version choice) is qrcode-generator's: MIT, no
// dependencies, no DOM. This module keeps its one quirk out of the callers' way and hands back
// plain data that an element draws however it likes.
import qrcode from 'qrcode-generator';

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

/** Version 40 in byte mode at level L holds 2953 bytes; nothing longer fits in any QR code. */
const MAX_BYTES = 2953;

/**
 * The smallest QR code holding `text` as UTF-8 in byte mode: `matrix[row][column]`, `true` for a
 * dark module, without the quiet zone. It is square, 17 + 4 × version modules a side.
 * Throws a RangeError when the text does not fit in version 40.
 */
export function qrMatrix(text: string, options: QrOptions = {}): boolean[][] {
  const level = options.errorCorrection ?? 'M';
  const bytes = new TextEncoder().encode(String(text));
  if (bytes.length > MAX_BYTES) {
    throw new RangeError(`${bytes.length} bytes do not fit in a QR code (at most ${MAX_BYTES})`);
  }
  const code = qrcode(0, level);
  // qrcode-generator's byte mode takes one byte per UTF-16 code unit (`charCode & 0xff`), so
  // anything beyond Latin-1 would be cut short: hand it the UTF-8 bytes, one code unit each.
  code.addData(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''), 'Byte');
  try {
    code.make();
  } catch (error) {
    // It throws strings ("code length overflow. (…)"): give callers an Error with the reason.
    throw new RangeError(`The text does not fit in a QR code at level ${level}`, { cause: error });
  }
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
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
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const run = x - start;
      parts.push(`M${start + margin} ${y + margin}h${run}v1h-${run}z`);
    }
  });
  return parts.join('');
}
