/**
 * The hosted build's service worker, made by Workbox (vite-plugin-pwa, generateSW): it precaches
 * every file in dist/ with its revision, so the demo works offline after one visit.
 *
 * A new version waits for the page: no skipWaiting, no clientsClaim. An open tab of the old build
 * keeps its worker, which answers from the old revisions (the lazy chunks of that build too) until
 * the tab is reloaded; main.ts hands the shell `updateSW(true)`, and its notice's button activates
 * the waiting worker and reloads.
 *
 * Both builds of `npm run build` run this plugin and each writes dist/sw.js over what dist/ then
 * holds: the hosted build's worker lists the hosted files, and the single-file build, which comes
 * second, writes it again with dist/otp-rehearsal.html in it. The list always names exactly the
 * files of dist/, each with a revision from its content.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function serviceWorker() {
  return VitePWA({
    registerType: 'prompt',
    // main.ts registers it (virtual:pwa-register) after the page's load event, outside the first screen.
    injectRegister: null,
    // public/manifest.webmanifest, as it is.
    manifest: false,
    workbox: {
      cacheId: 'otp-rehearsal',
      // Every file of the build: pages, chunks, icons, the web app manifest, robots.txt.
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,txt}'],
      // Files under assets/ carry their content's hash in their name; every other file gets a
      // revision from its content. Said here, not derived from build.assetsDir, which the single
      // file's build empties (so every file would be taken as hashed, the pages never updated).
      dontCacheBustURLsMatching: /^assets\//,
      cleanupOutdatedCaches: true,
      skipWaiting: false,
      clientsClaim: false,
      // The worker needs no file of its own beside sw.js, so no stale one is ever listed.
      inlineWorkboxRuntime: true,
      // The page under any query string (`./?lang=en`); other addresses are left to the network.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/\/(?:index\.html)?(?:\?[^#]*)?$/],
    },
  });
}
