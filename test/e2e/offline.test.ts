/// <reference types="node" />
/**
 * Offline, both ways the demo promises it (issue "Offline"):
 * - the single file dist/otp-rehearsal.html, copied alone to a folder (a USB stick) and opened from
 *   disk (file://), runs the whole procedure and asks for nothing but itself;
 * - the hosted build, once visited, runs with the network gone (its service worker);
 * - a tab open on one build keeps working when a new build is deployed, and is offered the new one.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordTraffic } from './browser.js';
import { buildApp } from './build-app.js';
import { axeViolations } from './harness.js';
import { DEFAULT, expectHeading, installToken, login, registerAndLogIn, shownTokenIds } from './procedure.js';
import { serveStatic, type StaticServer } from './static-server.js';

let browser: Browser;
let context: BrowserContext | undefined;
let stick: string | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await context?.close();
  context = undefined;
  if (stick) rmSync(stick, { recursive: true, force: true });
  stick = undefined;
});

/** The files of a build folder, from its root, with forward slashes. */
function filesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The revision the service worker gives a file of the e2e build: the MD5 of its content (Workbox). */
function revision(file: string): string {
  return createHash('md5')
    .update(readFileSync(join(inject('distDir'), file)))
    .digest('hex');
}

async function openKeyboard(page: Page) {
  await page.getByRole('button', { name: 'ソフトウェアキーボード入力' }).click();
  const keyboard = page.getByRole('dialog', { name: 'ソフトウェアキーボード' });
  await expect.poll(() => keyboard.isVisible()).toBe(true);
  await keyboard.getByRole('button', { name: '閉じる' }).click();
}

/** A fresh context (its own storage) and page, recording every request and every error. */
async function watchedPage(
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  // A screen that never comes fails in seconds, with the locator named, not at the test's timeout.
  page.setDefaultTimeout(15_000);
  const { requests, errors } = recordTraffic(context, page);
  return { page, requests, errors };
}

describe('the single file, opened from disk', () => {
  it('registers a token and logs in with it, asking for nothing but itself', async () => {
    stick = mkdtempSync(join(tmpdir(), 'otp-rehearsal-usb-'));
    const file = join(stick, 'otp-rehearsal.html');
    copyFileSync(inject('singleFile'), file);
    const url = pathToFileURL(file).href;

    const { page, requests, errors } = await watchedPage();
    await page.clock.install();
    await page.goto(url);
    await expectHeading(page, 'ログイン');
    expect(await page.evaluate(() => window.isSecureContext && 'subtle' in crypto)).toBe(true);

    await registerAndLogIn(page);

    // No service worker from file://, and nothing fetched but the page itself (data: URLs are in it).
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    const fetched = requests.filter((request) => !request.startsWith('data:'));
    expect(new Set(fetched.map((request) => request.replace(/#.*$/, '')))).toEqual(new Set([url]));
    expect(errors).toEqual([]);
  });
});

describe('the hosted build, after one visit', () => {
  it('logs in with the network gone, from its service worker', async () => {
    const baseUrl = inject('baseUrl');
    const origin = new URL(baseUrl).origin;
    const { page, requests, errors } = await watchedPage();
    await page.goto(baseUrl);
    await expectHeading(page, 'ログイン');

    // Installed (every file cached) and active; after a reload the page is under its control.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(baseUrl);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, urls: (await cache.keys()).map((request) => request.url) };
    });
    expect(cached.names).toEqual([`otp-rehearsal-precache-v2-${baseUrl}`]);
    // Every file of dist/ but the worker itself: the pages, the web app manifest and the icons under
    // their content's revision, the chunks (hashed names) as they are.
    const files = filesOf(inject('distDir')).filter((file) => file !== 'sw.js');
    expect(
      cached.urls.map((url) => url.slice(baseUrl.length).replace(/\?__WB_REVISION__=\w+$/, '')).sort(),
    ).toEqual(files.sort());
    for (const file of ['index.html', 'otp-rehearsal.html', 'manifest.webmanifest']) {
      expect(cached.urls).toContain(`${baseUrl}${file}?__WB_REVISION__=${revision(file)}`);
    }

    await context!.setOffline(true);
    // Really offline: what is not cached cannot be had (and the console says so, once).
    const before = errors.length;
    const uncached = await page.evaluate(() =>
      fetch('./not-in-the-build.txt').then(
        (response) => `answered ${response.status}`,
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    await expect.poll(() => errors.length).toBe(before + 1);
    expect(errors.splice(before)).toEqual([expect.stringMatching(/^console: Failed to load resource/)]);

    await page.reload();
    await expectHeading(page, 'ログイン');
    // The parts loaded on first use come from the cache too.
    await openKeyboard(page);
    const trainerToggle = page.getByRole('button', { name: 'トレーナー用ツール', exact: true });
    await trainerToggle.click();
    await expect
      .poll(() => page.getByRole('button', { name: 'デモを初期状態に戻す' }).isVisible())
      .toBe(true);
    await trainerToggle.click();
    await expect.poll(() => trainerToggle.getAttribute('aria-expanded')).toBe('false');
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectHeading(page, '口座情報');
    // The single file is there offline too, from the same cache.
    await page.goto(`${baseUrl}otp-rehearsal.html`);
    await expectHeading(page, 'ログイン');

    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a new build deployed while a tab of the old one is open', () => {
  let newBuild: string | undefined;
  let server: StaticServer | undefined;

  afterAll(async () => {
    await server?.close();
    if (newBuild) rmSync(newBuild, { recursive: true, force: true });
  });

  it('keeps the open tab on its build, says a new version is ready, and switches on 再読み込み', async () => {
    // Build B: the same app with one more statement in its entry, so every chunk that imports the
    // entry (the software keyboard's too) has a new name.
    newBuild = mkdtempSync(join(tmpdir(), 'otp-rehearsal-build-b-'));
    await buildApp(newBuild, [
      {
        name: 'build-b',
        transform: (code, id) =>
          id.endsWith('/main.ts') ? `${code}\nglobalThis.otpRehearsalBuild = 'B';\n` : undefined,
      },
    ]);
    const oldBuild = inject('distDir');
    const entryOf = (dist: string) =>
      /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1];
    const keyboardOf = (dist: string) =>
      filesOf(dist).find((file) => /^assets\/software-keyboard-/.test(file))!;
    expect(entryOf(newBuild)).not.toBe(entryOf(oldBuild));
    expect(existsSync(join(newBuild, keyboardOf(oldBuild)))).toBe(false);

    server = await serveStatic(oldBuild);
    const { page, requests, errors } = await watchedPage();
    await page.goto(server.url);
    await expectHeading(page, 'ログイン');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    const scripts = () =>
      page.evaluate(() => [...document.scripts].map((script) => new URL(script.src).pathname));
    expect(await scripts()).toEqual([`/${entryOf(oldBuild)}`]);
    const notice = page.getByRole('status').filter({ hasText: '新しいバージョンがあります。' });
    expect(await notice.count()).toBe(0);

    // Build B deployed in place; the tab checks for a new worker (as a browser does on navigating).
    server.serve(newBuild);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true);

    // The old tab still works on build A: its keyboard's chunk, gone from the server, comes from the cache.
    const asked = requests.length;
    await openKeyboard(page);
    expect(requests.slice(asked).filter((url) => url.endsWith(keyboardOf(oldBuild)))).toHaveLength(1);
    expect(await scripts()).toEqual([`/${entryOf(oldBuild)}`]);
    expect(await page.evaluate(() => 'otpRehearsalBuild' in globalThis)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // 再読み込み: by keyboard, as anyone may press it. The waiting worker takes over and the tab reloads on build B.
    const reload = notice.getByRole('button', { name: '再読み込み' });
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expectHeading(page, 'ログイン');
    expect(await scripts()).toEqual([`/${entryOf(newBuild)}`]);
    expect(await page.evaluate(() => (globalThis as { otpRehearsalBuild?: string }).otpRehearsalBuild)).toBe(
      'B',
    );
    expect(await notice.count()).toBe(0);
    await openKeyboard(page);
    expect(errors).toEqual([]);
  });
});

describe('a part loaded on first use, when its file cannot be fetched', () => {
  it('says so where it was asked for, and changes nothing else', async () => {
    const baseUrl = inject('baseUrl');
    // No service worker (it would answer from its cache), and the lazy chunks refused.
    const { page, errors } = await watchedPage({ serviceWorkers: 'block' });
    await context!.route(/\/assets\/(software-keyboard|tools|own-phone-details)-[\w-]+\.js$/, (route) =>
      route.abort(),
    );
    await page.goto(baseUrl);
    await expectHeading(page, 'ログイン');

    await page.getByLabel('契約者ID(利用者番号)').fill(DEFAULT.contractId);
    await page.getByRole('button', { name: 'ソフトウェアキーボード入力' }).click();
    await expect
      .poll(() => page.getByRole('main').getByRole('alert').textContent())
      .toContain('この機能を読み込めませんでした。');
    expect(await page.getByLabel('契約者ID(利用者番号)').inputValue()).toBe(DEFAULT.contractId);

    await page.getByRole('button', { name: 'トレーナー用ツール', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasNotText: 'ソフトウェア' }).allTextContents())
      .toContain('この機能を読み込めませんでした。ネットワークにつないで、ページを再読み込みしてください。');

    // "Add to an app on your phone" open (its URI, QR code and copy button): the token says to reload.
    await installToken(page, 'mobile');
    const token = page.locator('soft-token').first();
    await token.getByRole('button', { name: 'スマートフォンのアプリに追加' }).click();
    await expect
      .poll(() => token.getByRole('alert').textContent())
      .toContain('この機能を読み込めませんでした。ネットワークにつないで、ページを再読み込みしてください。');
    expect(await token.getByRole('button', { name: 'URIをコピー' }).count()).toBe(0);

    // The login still works; only the failed fetches were reported.
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectHeading(page, '口座情報');
    expect(
      errors.filter(
        (error) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(error),
      ),
    ).toEqual([]);
  });

  it('says so on the token panel when an installed app cannot be shown, and shows it after a reload', async () => {
    const baseUrl = inject('baseUrl');
    const { page, errors } = await watchedPage({ serviceWorkers: 'block' });
    const tokenChunk = /\/assets\/soft-token-[\w-]+\.js$/;
    await context!.route(tokenChunk, (route) => route.abort());
    await page.goto(baseUrl);
    await expectHeading(page, 'ログイン');

    const panel = page.getByRole('complementary', { name: 'ソフトウェアトークン' });
    await panel.getByRole('button', { name: 'VIP Access for Mobile をインストール' }).click();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toBe('この機能を読み込めませんでした。ネットワークにつないで、ページを再読み込みしてください。');
    expect(await panel.locator('soft-token').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The install itself was kept: with the network back, a reload shows the app.
    await context!.unroute(tokenChunk);
    await page.reload();
    expect(await shownTokenIds(page, 1)).toHaveLength(1);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(
      errors.filter(
        (error) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(error),
      ),
    ).toEqual([]);
  });
});
