// Base32 (RFC 4648 §6), the form authenticator apps show and otpauth URIs carry secrets in.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export type Base32ErrorCode = 'invalid-character' | 'misplaced-padding' | 'invalid-length';

/** Input that is not Base32. `code` is for mapping to a user-facing message; `index` is 0-based. */
export class Base32Error extends Error {
  override name = 'Base32Error';

  constructor(
    message: string,
    readonly code: Base32ErrorCode,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Upper case, no '=' padding: Key Uri Format secrets are written without it. */
export function base32Encode(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff; // 12 bits hold the at most 4 pending + 8 new
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) text += ALPHABET[(buffer << (5 - bits)) & 31]; // zero-filled last group (§6)
  return text;
}

function describe(character: string): string {
  const codePoint = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${JSON.stringify(character)} (U+${codePoint})`;
}

/**
 * Decodes Base32 as people type and paste it: case-insensitive, spaces (U+0020) anywhere are ignored
 * (apps show secrets in groups of four), and '=' padding is allowed only at the end, in any amount
 * (it carries no information). Hyphens and every other character are rejected rather than
 * skipped, so a typo cannot silently yield another secret.
 *
 * A length of 1, 3 or 6 data characters modulo 8 cannot come from whole bytes (RFC 4648 §6) and is
 * rejected. Non-zero bits left over in the last character are ignored, as most decoders do, so
 * encode(decode(text)) may differ from text in its last character; decode(encode(bytes)) never does.
 */
export function base32Decode(text: string): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let dataCharacters = 0;
  let paddingAt = -1;
  let index = 0;
  for (const character of text) {
    if (character === '=') {
      if (paddingAt < 0) paddingAt = index;
    } else if (character !== ' ') {
      // Upper-case ASCII only: toUpperCase() would also turn 'ı' into 'I' and 'ſ' into 'S'.
      const value = ALPHABET.indexOf(
        character >= 'a' && character <= 'z' ? character.toUpperCase() : character,
      );
      if (value < 0) {
        throw new Base32Error(
          `Invalid Base32 character ${describe(character)} at index ${index}: use A-Z and 2-7`,
          'invalid-character',
          index,
        );
      }
      if (paddingAt >= 0) {
        throw new Base32Error(
          `Base32 padding '=' at index ${paddingAt} is followed by data ${describe(character)} at index ${index}`,
          'misplaced-padding',
          index,
        );
      }
      buffer = ((buffer << 5) | value) & 0xfff; // 12 bits hold the at most 7 pending + 5 new
      bits += 5;
      dataCharacters++;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buffer >> bits) & 0xff);
      }
    }
    index += character.length;
  }
  const tail = dataCharacters % 8;
  if (tail === 1 || tail === 3 || tail === 6) {
    throw new Base32Error(
      `Invalid Base32 length: ${dataCharacters} characters leave ${tail} in the last group of 8; ` +
        'only 0, 2, 4, 5 or 7 can end whole bytes',
      'invalid-length',
      text.length,
    );
  }
  return Uint8Array.from(bytes);
}
