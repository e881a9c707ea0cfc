/// <reference types="vite/client" />
// The page's entry: defines the app shell, which opens the demo.
import './components/otp-rehearsal-app.js';

// Offline after the first visit: the hosted production build's service worker (vite.config.ts) caches
// every file. Not in development (`npm start`), not in the single file (its build mode is
// 'singlefile', and file:// has no service workers), and never at the cost of the page.
if (
  import.meta.env.PROD &&
  import.meta.env.MODE !== 'singlefile' &&
  'serviceWorker' in navigator &&
  /^https?:$/.test(window.location.protocol)
) {
  // After the page has loaded: the worker then fetches every file of the build to cache it, which
  // must not compete with the first screen's own requests.
  const register = () =>
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // Not a secure context, storage refused, sw.js missing: the demo still works, online only.
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
