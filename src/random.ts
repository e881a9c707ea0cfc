// Uniform choices from the platform's cryptographic random source, for what the person sees drawn
// at random: credential IDs, the software keyboard's shuffled keys. (Secrets: src/otp/random.ts.)

/** One 32-bit word from the CSPRNG; getRandomValues, unlike crypto.subtle, exists in insecure contexts too. */
function randomWord(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * A uniform random integer in [0, `bound`). `word % bound` alone favours the low values whenever
 * 2^32 is not a multiple of `bound`; the words of the incomplete last round are drawn again.
 * `word` is the source of 32-bit words (the CSPRNG; a test gives its own).
 */
export function randomBelow(bound: number, word: () => number = randomWord): number {
  if (!Number.isSafeInteger(bound) || bound < 1 || bound > 2 ** 32) {
    throw new RangeError(`bound must be a whole number in 1 … 2^32, got ${bound}`);
  }
  const limit = 2 ** 32 - (2 ** 32 % bound);
  let value: number;
  do value = word();
  while (value >= limit);
  return value % bound;
}

/** A Fisher–Yates shuffle of a copy of `items`, every order equally likely. */
export function shuffled<T>(items: readonly T[], below: (bound: number) => number = randomBelow): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
