/**
 * The page's own Web Storage, as the shell keeps its settings in it (the language, whether the
 * welcome was seen, the login session, the demo clock's setting). It can be missing or refuse (privacy settings, some
 * file:// pages): then nothing is kept, and the demo still works for the page's life.
 */

/** Where the chosen language is remembered (the shell; the page's entry reads it early: page-early.ts). */
export const LOCALE_KEY = 'otp-rehearsal-locale';

export function readStored(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(storage: () => Storage, key: string, value: string | null) {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Not kept; the demo still works for this page's life.
  }
}

/** Where the demo keeps settings across reloads (the demo clock's): this page's localStorage. */
export const pageSettings = {
  get: (key: string) => readStored(() => localStorage, key),
  set: (key: string, value: string | null) => writeStored(() => localStorage, key, value),
};
