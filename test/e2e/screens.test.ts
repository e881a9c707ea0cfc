/**
 * Every screen, as a person sees it: a screenshot of each (test-results/screenshots/), axe-core on
 * each with zero violations, English that survives a reload, the software keyboard by clicks, and
 * a 360 px phone with nothing cut off and no sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  e2eSuite,
  expectScreen,
  scrollWidth,
  type App,
  type AxeViolation,
} from './harness.js';
import {
  DEFAULT,
  codeOf,
  confirmOtp,
  installToken,
  login,
  logout,
  mainText,
  nextCode,
  tokenApp,
} from './procedure.js';

const { start } = e2eSuite();

/** Screenshots and axe results of one tour. `expectAccessible()` fails with every violation found. */
function tour(app: App, prefix: string) {
  const found: Record<string, AxeViolation[]> = {};
  return {
    async visit(name: string) {
      // A full-page shot of a scrolled page draws the sticky view switch mid-page: start at the top.
      await app.page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(`${prefix}-${name}`);
      const violations = await axeViolations(app.page);
      if (violations.length > 0) found[name] = violations;
    },
    expectAccessible() {
      expect(found).toEqual({});
    },
  };
}

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

const keyboardDialog = (page: Page, name = 'ソフトウェアキーボード') => page.getByRole('dialog', { name });

describe('every screen in Japanese at 1200 px: screenshot and axe', () => {
  it('L, guide, ご案内, keyboard, R1–R3, A1, account, S1–S3, 窓口', async () => {
    const app = await start();
    const { page } = app;
    const { visit, expectAccessible } = tour(app, 'ja');

    await visit('L');
    await login(page, DEFAULT.contractId, 'Wrong1234');
    await expect.poll(() => mainText(page)).toContain('契約者IDまたはログインパスワードが正しくありません。');
    await visit('L-error');

    await page.getByRole('main').getByRole('link', { name: 'このページのご利用ガイド' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/help/login');
    await expect.poll(() => mainText(page)).toContain('ログイン画面のご利用ガイド');
    await visit('help-login');
    await page.getByRole('button', { name: '元の画面に戻る' }).click();
    await expectScreen(page, 'L');

    await page.getByRole('link', { name: 'ワンタイムパスワードのご案内' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/otp-info');
    await expect
      .poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent())
      .toContain('ワンタイムパスワードのご案内');
    await visit('otp-info');
    await page.getByRole('button', { name: '元の画面に戻る' }).click();
    await expectScreen(page, 'L');

    await page.getByRole('button', { name: 'ソフトウェアキーボード入力' }).click();
    await expect.poll(() => keyboardDialog(page).isVisible()).toBe(true);
    await visit('keyboard');
    await keyboardDialog(page).getByRole('button', { name: '閉じる' }).click();
    await expect.poll(() => keyboardDialog(page).isVisible()).toBe(false);

    const token = await installToken(page, 'mobile');
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await expectScreen(page, 'R1');
    await visit('R1');
    await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expectScreen(page, 'R2');
    await page.getByLabel('トークン ID').fill(token);
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await codeOf(page, token));
    await visit('R2');
    await page.getByRole('button', { name: '登録', exact: true }).click();
    await expectScreen(page, 'R3');
    await visit('R3');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectScreen(page, 'A1');
    await visit('A1');
    await confirmOtp(page, await nextCode(page, token));
    await expectScreen(page, 'account');
    await expect.poll(() => mainText(page)).toContain('山田 太郎');
    await visit('account');
    await logout(page);

    await page.getByRole('link', { name: 'ワンタイムパスワードの利用停止はこちら' }).click();
    await expectScreen(page, 'S1');
    await visit('S1');
    await page.getByLabel('契約者ID', { exact: true }).fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expectScreen(page, 'S2');
    await visit('S2');
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await nextCode(page, token));
    await page.getByRole('button', { name: '停止' }).click();
    await expectScreen(page, 'S3');
    await expect
      .poll(() => mainText(page))
      .toContain('ワンタイムパスワードの利用停止が完了しました。(00001)');
    await visit('S3');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    await expect.poll(() => mainText(page)).toContain('佐藤 花子');
    await visit('counter');

    expectAccessible();
  });
});

describe('English', () => {
  it('switches with the app bar button, survives a reload, and speaks English on a wrong password', async () => {
    const app = await start();
    const { page } = app;
    const { visit, expectAccessible } = tour(app, 'en');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByLabel('Contract ID (user number)').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await expect.poll(() => page.getByLabel('Contract ID (user number)').count()).toBe(1);
    await visit('L');

    await page.getByLabel('Contract ID (user number)').fill(DEFAULT.contractId);
    await page.getByLabel('Login password', { exact: true }).fill('Wrong1234');
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain('The contract ID or login password is incorrect.');
    await visit('L-error');

    await page.getByRole('link', { name: 'Register for one-time passwords here' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/register');
    await expect.poll(() => mainText(page)).toContain('Registration details, screen 1');
    await visit('R1');

    await page.getByRole('link', { name: 'Bank counter' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/counter');
    await expect.poll(() => mainText(page)).toContain('Bank counter (staff)');
    await visit('counter');

    await page.getByRole('main').getByRole('link', { name: 'Back to login' }).click();
    await page.getByLabel('Contract ID (user number)').fill(DEFAULT.contractId);
    await page.getByLabel('Login password', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expect.poll(() => hashOf(page)).toBe('#/account');
    await expect.poll(() => mainText(page)).toContain('Your account');
    await visit('account');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Stop using one-time passwords here' }).click();
    await expect.poll(() => hashOf(page)).toBe('#/deactivate');
    await visit('S1');

    expectAccessible();
  });
});

describe('the software keyboard', () => {
  it('types Demo1234 by clicks, and the login works with it', async () => {
    const app = await start();
    const { page } = app;
    const { visit, expectAccessible } = tour(app, 'ja');

    await page.getByRole('button', { name: 'ソフトウェアキーボード入力' }).click();
    const keyboard = keyboardDialog(page);
    await expect.poll(() => keyboard.isVisible()).toBe(true);
    const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
    const shift = keyboard.getByRole('button', { name: '大文字/小文字' });

    await shift.click();
    await key('D (大文字)').click();
    await shift.click();
    for (const letter of 'emo') await key(`${letter} (小文字)`).click();
    for (const digit of '1234') await key(digit).click();
    await expect.poll(() => keyboard.getByRole('status').textContent()).toContain('8文字入力済み');
    await visit('keyboard-typed');

    await keyboard.getByRole('button', { name: '決定' }).click();
    await expect.poll(() => keyboard.isVisible()).toBe(false);
    const password = page.getByLabel('ログインパスワード', { exact: true });
    // The dialog's close event (which commits) comes a task after it closes.
    await expect.poll(() => password.inputValue()).toBe(DEFAULT.password);

    await page.getByLabel('契約者ID(利用者番号)').fill(DEFAULT.contractId);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await expectScreen(page, 'account');
    await expect.poll(() => mainText(page)).toContain('山田 太郎');

    expectAccessible();
  });
});

describe('a 360 px phone', () => {
  it('L, the keyboard, the token view and R2 fit the width; screenshots and axe', async () => {
    const app = await start({ width: 360, height: 780 });
    const { page } = app;
    const { visit, expectAccessible } = tour(app, 'ja-360');

    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await visit('L');

    await page.getByRole('button', { name: 'ソフトウェアキーボード入力' }).click();
    await expect.poll(() => keyboardDialog(page).isVisible()).toBe(true);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await visit('keyboard');
    await keyboardDialog(page).getByRole('button', { name: '閉じる' }).click();

    // The token view: the panel takes the screen; the bank window is hidden.
    await page.getByRole('button', { name: 'トークン', exact: true }).click();
    await expect.poll(() => page.getByRole('main').isVisible()).toBe(false);
    const token = await installToken(page, 'mobile');
    await codeOf(page, token);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await visit('token');

    await page.getByRole('button', { name: '銀行の画面', exact: true }).click();
    await expect.poll(() => tokenApp(page, token).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await expectScreen(page, 'R1');
    await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expectScreen(page, 'R2');
    await page.getByLabel('トークン ID').fill(token);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    await visit('R2');

    expectAccessible();
  });
});
