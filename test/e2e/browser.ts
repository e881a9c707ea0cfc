/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = ['--headless=new', ...chromiumArgs];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
}

const SCREENSHOTS = join('test-results', 'screenshots');

/**
 * A fresh browser context (its own IndexedDB) on the served build, watching what a person would
 * not see: requests to anywhere but the page's own origin, uncaught errors, console errors.
 */
export async function openApp(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    clock?: boolean;
    actionTimeout?: number;
    /** Show the first visit's welcome; by default the visitor has closed it before. */
    welcome?: boolean;
  } = {},
) {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // A missing element fails its step within seconds, naming it, rather than at the test's timeout.
  context.setDefaultTimeout(options.actionTimeout ?? 10_000);
  const page: Page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
    else if (request.resourceType() === 'script') scripts.push(new URL(url).pathname);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Page time is ours to move (page.clock.fastForward), so waiting for the next code takes no time.
  if (options.clock) await page.clock.install();
  if (!options.welcome) {
    await context.addInitScript(() => localStorage.setItem('otp-rehearsal-welcome-seen', 'yes'));
  }
  await page.goto(baseUrl);
  return {
    page,
    context,
    baseUrl,
    /** Everything that should not have happened in this test. */
    problems: () => ({ foreignRequests, errors }),
    /** The paths of the scripts the page has fetched so far, in order. */
    scripts: () => [...scripts],
    async screenshot(name: string) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}

/**
 * Records every request of `context` (its workers' and service worker's too) and every error
 * `page` reports: uncaught exceptions and console errors.
 */
export function recordTraffic(context: BrowserContext, page: Page): { requests: string[]; errors: string[] } {
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { requests, errors };
}
