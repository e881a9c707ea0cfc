/**
 * Vite wraps each dynamic `import()` of a client build in its preload helper, `__vitePreload(load,
 * deps, importerUrl)`, which first preloads the imported chunk's CSS and (with modulePreload on) the
 * chunks it imports, and dispatches `vite:preloadError` on a failed import. The helper (about
 * 1.2 KB) stays in the first screen even when every call's `deps` is empty, as it is here:
 * modulePreload is off, and no chunk has CSS (the elements' styles are Lit's `css` templates in
 * their JavaScript); vitejs/vite#18551. Nothing here listens for `vite:preloadError`: a failed load
 * is src/lazy.ts's, and the part that asked for it says so.
 *
 * This plugin makes the helper just call `load`. Should a dynamic import ever get something to
 * preload (`__vite__mapDeps`, Vite's list of them, in a chunk), the build fails, rather than ship
 * a page that skips it.
 */
import type { Plugin } from 'vite';

/** Vite's id for its preload helper's module, `\0vite/preload-helper.js` (importAnalysisBuild.ts). */
const PRELOAD_HELPER = /^\0vite\/preload-helper\.js$/;

/** The helper, reduced to the import it wraps. */
const PLAIN_PRELOAD = 'export const __vitePreload = (load) => load();';

export function plainDynamicImports(): Plugin {
  return {
    name: 'otp-rehearsal:plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    // Before Vite's own import analysis, which loads the helper otherwise.
    load: { filter: { id: PRELOAD_HELPER }, handler: () => PLAIN_PRELOAD },
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) {
          this.error(
            `${file.fileName}: a dynamic import has files to preload, which the plain preload helper would skip (build/preload.ts)`,
          );
        }
      }
    },
  };
}
