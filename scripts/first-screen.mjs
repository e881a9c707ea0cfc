// What `npm run bench` and `npm run profile:startup` share to open a build in Chromium: the build
// served through Playwright's request interception, and the moment the login form is on screen.
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Nothing listens here: Playwright answers every request from the build (see serveBuild), so no
// server can be orphaned or collide with another run. 127.0.0.1 makes the page a secure context.
export const ORIGIN = 'http://127.0.0.1:4174';

/** The content types of the build's files, by extension (scripts/lighthouse.mjs serves them too). */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `outDir` to the page (or to every page of a context) through Playwright's request interception. */
export async function serveBuild(pageOrContext, outDir) {
  await pageOrContext.route(`${ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = resolve(outDir, `.${path}`);
    if (!file.startsWith(outDir + sep)) return route.fulfill({ status: 403, body: 'outside the build' });
    try {
      const body = readFileSync(file);
      return route.fulfill({
        status: 200,
        body,
        contentType: MIME[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
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
        const paint = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        // The first paint is reported just after that frame when it is the form's own.
        const report = () => done({ firstContentfulPaintMs: paint() ?? NaN, loginFormMs });
        if (paint() === undefined) requestAnimationFrame(() => setTimeout(report, 0));
        else report();
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
