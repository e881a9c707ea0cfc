// Constant-time string comparison for OTP codes.

/**
 * Compares two strings in time that depends only on their length, so response times cannot tell a
 * guesser how many leading digits were right. Different lengths return false at once: the code
 * length is public anyway.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
