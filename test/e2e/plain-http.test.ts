/// <reference types="node" />
/**
 * A trainer serving the hosted build to the room on plain http (a LAN name, not localhost): the
 * page is not a secure context, so it has neither WebCrypto nor a service worker. The demo still
 * registers a token and logs in with it, its hashes from the noble chunk it loads for that.
 * Chromium maps the LAN name to 127.0.0.1; its rules for secure contexts go by the name.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { CHROMIUM_ARGS, recordTraffic } from './browser';
import { DEFAULT, confirmOtp, expectHeading, installToken, login, nextCode, register } from './procedure';
import { serveStatic, type StaticServer } from './static-server';

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

      const token = await installToken(page, 'mobile');
      await register(page, token);
      await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
      await login(page, DEFAULT.contractId, DEFAULT.password);
      await confirmOtp(page, await nextCode(page, token));
      await expectHeading(page, '口座情報');

      const paths = requests.map((request) => new URL(request));
      expect(paths.filter((request) => request.origin !== url.origin)).toEqual([]);
      expect(paths.some((request) => /\/assets\/noble-hashes-[\w-]+\.js$/.test(request.pathname))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
