/// <reference types="node" />
/**
 * The hosted build where the browser lacks what the demo prefers, each time loading the fallback
 * chunk for it and still running the guide's flows:
 * - served on plain http to the room under a LAN name (a trainer's laptop): not a secure context,
 *   so no WebCrypto (and no service worker); it hashes with the noble chunk. Chromium maps the LAN
 *   name to 127.0.0.1; its rules for secure contexts go by the name;
 * - IndexedDB refusing the bank's database (a newer version left by another copy): the memory store
 *   chunk, and a notice that nothing will be kept.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { CHROMIUM_ARGS, recordTraffic } from './browser.js';
import { DEFAULT, expectHeading, login, registerAndLogIn } from './procedure.js';
import { serveStatic, type StaticServer } from './static-server.js';

const LAN_NAME = 'otp-rehearsal.lan';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hosted build on plain http, from another machine on the LAN', () => {
  it('registers a token and logs in with it, hashing with noble instead of WebCrypto', async () => {
    const url = new URL(server.url);
    url.hostname = LAN_NAME;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const { requests, errors } = recordTraffic(context, page);
      await page.clock.install();
      await page.goto(url.href);
      await expectHeading(page, 'ログイン');
      expect(
        await page.evaluate(() => ({
          secure: window.isSecureContext,
          subtle: globalThis.crypto.subtle !== undefined,
          serviceWorker: 'serviceWorker' in navigator,
        })),
      ).toEqual({ secure: false, subtle: false, serviceWorker: false });

      await registerAndLogIn(page);

      const paths = requests.map((request) => new URL(request));
      expect(paths.filter((request) => request.origin !== url.origin)).toEqual([]);
      expect(paths.some((request) => /\/assets\/noble-hashes-[\w-]+\.js$/.test(request.pathname))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the hosted build where IndexedDB refuses the bank database', () => {
  it('runs on the memory store, says that nothing will be kept, and logs in', async () => {
    // No service worker: it would fetch every file to cache it, and the page's own requests are the point.
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const { requests, errors } = recordTraffic(context, page);
      // From a document of the app's origin, a newer version of the bank's database than the app
      // knows: its own open then fails with a VersionError, as with a newer copy of the app.
      // robots.txt: a plain-text file of the build, so no script of the app runs. Chromium then asks for
      // /favicon.ico, which the build does not have (index.html names icon.svg): answer it here, or
      // its 404 is logged whenever Chromium gets round to it, racing the check below.
      await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await page.goto(new URL('robots.txt', server.url).href);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('otp-rehearsal-bank', 99);
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      );
      await page.goto(server.url);
      await expectHeading(page, 'ログイン');
      await expect
        .poll(() => page.getByRole('main').getByRole('status').first().textContent())
        .toContain('この端末ではデータを保存できないため、再読み込みすると初期状態に戻ります。');
      await login(page, DEFAULT.contractId, DEFAULT.password);
      await expectHeading(page, '口座情報');

      expect(requests.some((request) => /\/assets\/memory-[\w-]+\.js$/.test(request))).toBe(true);
      expect(requests.some((request) => /\/assets\/noble-hashes-[\w-]+\.js$/.test(request))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
