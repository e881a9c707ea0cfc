// What `npm run bench`, `npm run profile:startup` and `npm run lighthouse` share to open a build in
// Chromium: the reference page to measure the app beside, the build served as a static host serves
// it, the moment the login form is on screen, and when a first visit has ended.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the reference page is in its build (and in the project: its source). */
export const REFERENCE_PAGE = 'bench/reference/index.html';

/**
 * Builds one of the bench's own pages (`input`, under bench/) into `outDir` with Vite, on its own
 * (not the app's config), for the app's target.
 */
export async function buildBenchPage(input, outDir, { modulePreload = true } = {}) {
  await viteBuild({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      ...(modulePreload ? {} : { modulePreload: false }),
      rolldownOptions: { input: join(root, input) },
    },
  });
  return outDir;
}

/**
 * Builds the floor for the first screen (bench/reference/) into `outDir`, as the app is built (and,
 * as the app goes, without Vite's module preload helper: build/preload.ts): a page that only opens
 * three IndexedDB databases with idb and renders one Lit form.
 */
export const buildReference = (outDir) => buildBenchPage(REFERENCE_PAGE, outDir, { modulePreload: false });

/** The content types of the build's files, by extension. */
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `folder` on 127.0.0.1 (a secure context), on a port of its own, as a static host serves a
 * build: gzip, and a year's cache for the hashed files under assets/ (the pages are revalidated).
 * So a return visit finds the scripts in the browser's cache (with their compiled code, once the
 * browser has kept it), as a customer's browser does; answering each request from the test
 * (Playwright's routing) would hand them over anew on every visit, which no customer's browser meets.
 */
export async function serveStatic(folder) {
  const base = resolve(folder);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(base + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body = readFileSync(file);
    if (!type.startsWith('image/png') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

/**
 * Watches every page of `context`, from before its first script runs, for a login form on screen:
 * the app's `<bank-login>` form (inside the shell's shadow root), or the reference page's `<form>`
 * (inside `<reference-login>`). Checked once a frame, so the time is that of the first frame that
 * shows the form, whether it comes before the page's load event or after.
 */
export function watchFirstScreen(context) {
  return context.addInitScript(() => {
    window.__firstScreen = new Promise((done) => {
      const loginForm = () =>
        document
          .querySelector('otp-rehearsal-app')
          ?.shadowRoot?.querySelector('bank-login')
          ?.shadowRoot?.querySelector('form') ??
        document.querySelector('reference-login')?.shadowRoot?.querySelector('form');
      const check = () => {
        if (!loginForm()) return requestAnimationFrame(check);
        const loginFormMs = performance.now();
        // The first paint's entry comes once its frame is presented, which can be after the frame
        // above; a page that never paints reports none. Its paintTime (when the renderer painted it,
        // where the browser gives it) compares with the form's frame; its startTime is when the frame
        // was presented, which headless Chromium reports tens of milliseconds later.
        const noPaint = setTimeout(() => done({ firstContentfulPaintMs: NaN, loginFormMs }), 2000);
        new PerformanceObserver((entries, observer) => {
          const paint = entries.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          observer.disconnect();
          clearTimeout(noPaint);
          done({ firstContentfulPaintMs: paint.paintTime ?? paint.startTime, loginFormMs });
        }).observe({ type: 'paint', buffered: true });
      };
      check();
    });
  });
}

/** Milliseconds from navigation to the first contentful paint and to the login form on screen (watchFirstScreen). */
export function firstScreenTimes(page) {
  return page.evaluate(() => window.__firstScreen);
}

/** Milliseconds from navigation to the login form on screen (watchFirstScreen). */
export async function loginFormOnScreen(page) {
  return (await firstScreenTimes(page)).loginFormMs;
}

/** How long a page is left alone after its first visit has done its work, before the return visit. */
const RETURN_AFTER_MS = 300;

/**
 * A return visit comes after the first visit has ended, not in the middle of it: the app's first
 * visit is done once its demo is ready (seeded: the shell's `ready`, about 0.1 s after the form),
 * the reference's once its form is on screen (it renders after its databases are open). Then both
 * pages are left alone for the same short while. A reload during the seed would also measure the
 * seed's interruption, which a customer who comes back does not meet.
 */
export async function firstVisitEnded(page) {
  await page.evaluate(() => document.querySelector('otp-rehearsal-app')?.ready);
  await page.waitForTimeout(RETURN_AFTER_MS);
}
