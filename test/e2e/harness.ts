/// <reference types="node" />
/**
 * What every end-to-end file shares: one Chromium per file, a fresh app (own IndexedDB, fake page
 * time) per test, and after each test the check that nothing a person would not see happened —
 * no request beyond the page's origin, no uncaught error, no console error. Plus the checks the
 * screen tours use: which screen is shown, axe-core, and no sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { launchChromium, openApp } from './browser.js';
import { expectHeading } from './procedure.js';

export type App = Awaited<ReturnType<typeof openApp>>;

/** How long an expect.poll waits for the page to catch up. */
const POLL_TIMEOUT = 10_000;

/**
 * Registers the per-file browser and the per-test check; call once at the top of a test file.
 * `start()` opens the app on the login screen.
 */
export function e2eSuite() {
  let browser: Browser | undefined;
  let current: App | undefined;

  beforeAll(async () => {
    // expect.poll's 1 s default is too short for a bank call (PBKDF2, IndexedDB) on two busy cores.
    vi.setConfig({ expect: { poll: { timeout: POLL_TIMEOUT, interval: 50 } } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    vi.resetConfig();
    await browser?.close();
  });
  afterEach(async () => {
    const app = current;
    current = undefined;
    if (!app) return;
    const problems = app.problems();
    await app.context.close();
    expect(problems).toEqual({ foreignRequests: [], errors: [] });
  });

  return {
    async start(options: { width?: number; height?: number; welcome?: boolean } = {}): Promise<App> {
      if (!browser) throw new Error('The browser did not start');
      current = await openApp(browser, { ...options, clock: true });
      await expectHeading(current.page, 'ログイン');
      return current;
    },
  };
}

/** The screens of the guide, as the router names them (hash) and as a person sees them (titles). */
const SCREENS = {
  L: { hash: '#/login', title: 'ログイン' },
  A1: { hash: '#/login/otp', title: 'ワンタイムパスワード認証' },
  account: { hash: '#/account', title: '口座情報' },
  R1: {
    hash: '#/register',
    title: 'ワンタイムパスワード利用登録',
    step: 'ワンタイムパスワード登録情報入力画面 1',
  },
  R2: {
    hash: '#/register/token',
    title: 'ワンタイムパスワード利用登録',
    step: 'ワンタイムパスワード登録情報入力画面 2',
  },
  R3: {
    hash: '#/register/done',
    title: 'ワンタイムパスワード利用登録',
    step: 'ワンタイムパスワード利用登録完了画面',
  },
  S1: { hash: '#/deactivate', title: 'ワンタイムパスワード利用停止' },
  S2: { hash: '#/deactivate/otp', title: 'ワンタイムパスワード利用停止' },
  S3: { hash: '#/deactivate/done', title: 'ワンタイムパスワード利用停止' },
  counter: { hash: '#/counter', title: '窓口（スタッフ用）' },
} as const;

export type ScreenName = keyof typeof SCREENS;

/** What the bank window shows: the URL's hash, the screen's h2 (any link in it left out) and its h3. */
async function shown(page: Page): Promise<{ hash: string; title: string; step?: string }> {
  const hash = await page.evaluate(() => window.location.hash);
  const main = page.getByRole('main');
  const textWithoutLinks = (element: Element) => {
    const copy = element.cloneNode(true) as Element;
    for (const link of copy.querySelectorAll('a')) link.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const title = await main.getByRole('heading', { level: 2 }).first().evaluate(textWithoutLinks);
  const steps = main.getByRole('heading', { level: 3 });
  const step = (await steps.count()) > 0 ? await steps.first().evaluate(textWithoutLinks) : undefined;
  return { hash, title, ...(step !== undefined ? { step } : {}) };
}

/** Which of `SCREENS` is shown, or undefined (mid-render, or something else). */
export async function screenName(page: Page): Promise<ScreenName | undefined> {
  const now = await shown(page).catch(() => undefined);
  if (!now) return undefined;
  return (Object.keys(SCREENS) as ScreenName[]).find((name) => {
    const screen: { hash: string; title: string; step?: string } = SCREENS[name];
    return (
      screen.hash === now.hash && screen.title === now.title && (!screen.step || screen.step === now.step)
    );
  });
}

export async function expectScreen(page: Page, name: ScreenName) {
  await expect.poll(() => screenName(page)).toBe(name);
}

/** The notice a flow's later step shows when it had to restart (reload, Back, Forward). */
export const RESTART_NOTICE = '再読み込みや「戻る」「進む」で手続きの途中の画面は表示できないため';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations for the whole document (it pierces open shadow roots). The page's CSP
 * (`script-src 'self'`) refuses an injected inline <script> (page.addScriptTag), so axe is
 * evaluated through the DevTools protocol instead, which CSP does not govern; the page's own
 * policy stays in force for everything else.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

/** The page is no wider than the viewport: nothing cut off, no sideways scrolling. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
