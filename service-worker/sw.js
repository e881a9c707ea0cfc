// The service worker of the hosted build: on install it caches every file of the build, then it
// answers the app's own requests from that cache first, so the demo works offline after one visit.
// This is its source: the build (plugin `serviceWorker` in vite.config.ts) writes it to dist/sw.js
// with the two constants below filled in. Not used by `npm start` (no service worker in development)
// nor by the single file dist/otp-rehearsal.html (a file:// page has none).

/** The build's files, relative to this script ('./' is the page itself). */
const FILES = [];
/** Derived from the files' names and contents: a new build gets a new cache, the old one is deleted. */
const VERSION = 'development';

const PREFIX = 'otp-rehearsal-';
const CACHE = PREFIX + VERSION;
const scope = new URL(self.registration.scope);
/** The page, cached under its folder's address; ./index.html is answered with it too. */
const page = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  // cache: 'reload' — straight from the server, never from the HTTP cache, which may hold the last build.
  const requests = FILES.map((file) => new Request(new URL(file, self.location.href), { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const old = (name) => name.startsWith(PREFIX) && name !== CACHE;
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(old).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only the app's own files; anything else (there is nothing else) is left to the network, uncached.
  const own = url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
  if (request.method === 'GET' && own) event.respondWith(cacheFirst(request, url));
});

async function cacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  // The page, however it is asked for: the folder, index.html, with or without a query string.
  const isPage =
    request.mode === 'navigate' &&
    (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
  // ignoreVary: servers send `Vary: Origin` (vite preview does), and a module script's request has an
  // Origin header that the precaching request had not. The URL alone names a file of the build.
  const cached = await cache.match(isPage ? page : request, { ignoreVary: true });
  if (!cached) return fetch(request);
  // A host that redirected while caching (index.html → ./) left a response a navigation may not use.
  return cached.redirected
    ? new Response(cached.body, {
        status: cached.status,
        statusText: cached.statusText,
        headers: cached.headers,
      })
    : cached;
}
