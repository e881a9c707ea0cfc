/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />
// The page's entry: defines the app shell, which opens the demo — its databases already on the way,
// and a remembered language other than Japanese too (page-early.ts).
import './components/internal/page-early.js';
import './components/otp-rehearsal-app.js';

// Offline after the first visit: the hosted production build's service worker (build/service-worker.ts)
// caches every file. Not in development (`npm start`), not in the single file (its build mode is
// 'singlefile', and file:// has no service workers), not where the page is no secure context (plain
// http on a LAN), and never at the cost of the page.
if (
  import.meta.env.PROD &&
  import.meta.env.MODE !== 'singlefile' &&
  window.isSecureContext &&
  'serviceWorker' in navigator &&
  /^https?:$/.test(window.location.protocol)
) {
  // After the page has loaded and shown its first screen, with the demo ready, and from a chunk of its
  // own (with workbox-window): the worker then fetches every file of the build to cache it, which
  // must not compete with the first screen or a first visit's seed.
  const register = async () => {
    const { registerSW } = await import('virtual:pwa-register');
    const updateSW = registerSW({
      // A new version is installed and waits for this tab: the shell offers to switch to it.
      onNeedRefresh() {
        const app = document.querySelector('otp-rehearsal-app');
        if (app) app.activateUpdate = () => void updateSW(true);
      },
    });
  };
  const start = () =>
    register().catch(() => {
      // Storage refused, the chunk not fetched: the demo still works, online only.
    });
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve(undefined);
    else window.addEventListener('load', resolve, { once: true });
  });
  void Promise.all([loaded, document.querySelector('otp-rehearsal-app')?.ready]).then(start);
}
