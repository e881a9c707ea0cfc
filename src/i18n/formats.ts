/**
 * A number or date format of the texts, made on its first use rather than when its table loads:
 * the first `Intl` formatter a page makes costs tens of milliseconds (Chromium loads ICU's data for
 * it: 28–54 ms in a fresh profile), and the login page, the first screen of every flow, formats no
 * amount and no date.
 */
export function formatOnFirstUse<F>(make: () => F): () => F {
  let format: F | undefined;
  return () => (format ??= make());
}
