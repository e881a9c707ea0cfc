/**
 * A part of the app loaded on first use, once: a dynamic `import()` of a chunk of the build (the
 * trainer's tools, the software keyboard, the QR encoder, the hashing fallback), or anything else
 * too costly to make before it is needed (the texts' `Intl` formats: src/i18n/ja.ts).
 *
 * One failure policy for every chunk: a load that failed is not tried again, and the person is
 * told to reload the page (`messages.common.loadFailed`). The browser keeps a failed dynamic
 * import failed in its module map until the page is reloaded (HTML "fetch a single module script"
 * stores the failure; Chromium answers the same error to every later `import()` of that URL), so
 * a second try from the same page could only fail again.
 */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
